"""Who is in a group meeting (issue #10; SCHEMA.md rules 2, 3 and 16).

Three readings of the parse, each seen in several real texts:

- "The leaders of Kyrgyzstan and Tajikistan met": countries' leaders stand for
  the people the article names as leading them (rule 3: named people only);
- "Putin hosted the June 20 meeting, the second between Aliyev and Sarkisian": the
  host is at the table with the parties, one meeting of all of them (mediators who
  "brokered" or "moderated between" are `presence.mediated_meetings`);
- "Marcos, accompanied by First Lady Liza Marcos and House Speaker Romualdez, …":
  a leader's own entourage travels with the leader, it is not whom the leader met.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.coordinated_partners import coordinated_phrases
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.frame import named_leader
from summitwatch.nlp.lexicon import lexicon, load_patterns, word_set

_OFFICE_OF = {"state", "government"}  # 'heads of state of A and B'


def _patterns() -> dict:
    return load_patterns("groups.json")


@cache
def _lineup_cues() -> re.Pattern[str]:
    """'from left', 'l-r' … as whole words, in one pattern (tried on every
    sentence)."""
    cues = "|".join(re.escape(cue) for cue in _patterns()["lineup_cues"])
    return re.compile(rf"(?<![a-z])(?:{cues})(?![a-z])")


def lined_up(sent: Span) -> bool:
    """'meets with, from left, A, B and C', '(L-R) A, B and C': a caption that names
    people in their order in one picture."""
    return _lineup_cues().search(span_text(sent).lower()) is not None


def _words(key: str) -> frozenset[str]:
    """One word list of groups.json as a set (`lexicon.word_set`)."""
    return word_set("groups.json", key)


def _countries_of(index: DocIndex, head: Token) -> list[str]:
    """The countries after 'of' on `head` ('leaders of A, B and C'), through
    'heads of state of …'."""
    found: list[str] = []
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if pobj.lemma_.lower() in _OFFICE_OF:
                found += _countries_of(index, pobj)
                continue
            named = index.countries_in((pobj, *pobj.conjuncts))
            found += [code for code in named if code not in found]
    return found


def leaders_of(index: DocIndex, head: Token) -> list[Participant]:
    """'the leaders of Armenia and Azerbaijan': the leader of each country whom the
    article names; nobody unless every country's leader is named (rule 3)."""
    if head.lemma_.lower() not in _words("leader_nouns") or head.tag_ != "NNS":
        return []
    codes = _countries_of(index, head)
    if len(codes) < 2:
        return []
    on = index.on or index.published
    people = [named_leader(index, code, on) for code in codes]
    if any(p is None for p in people):
        return []
    return [p for p in people if p is not None]


def _between_prep(token: Token) -> Token | None:
    """'between' in the clause of `token`: on it, its object ('broker a peace
    agreement between …', 'the meeting -- the second between A and B') or its
    place ('an accord in Tashkent between …'), not inside its subject or another
    clause."""
    for t in token.subtree:
        if t.dep_ != "prep" or t.lower_ != "between":
            continue
        path = [a for a in t.ancestors if a.i != token.i and token in a.ancestors]
        if not any(a.pos_ in ("VERB", "AUX") or a.dep_ in SUBJECT_DEPS for a in path):
            return t
    return None


def hosts_between(token: Token) -> bool:
    """'hosted the talks between Aliyev and Pashinyan', 'chaired the meeting
    between …': one meeting of the host and the parties."""
    lemmas = _words("hosting_lemmas")
    return (
        token.pos_ == "VERB"
        and token.lemma_.lower() in lemmas
        and _between_prep(token) is not None
    )


def hosted_parties(index: DocIndex, trigger: Token) -> list[Participant]:
    """The people 'between' whom a host brings the talks (or the meeting noun it
    hosted): they sit at one table with the host (rule 2)."""
    from summitwatch.nlp.references import persons_under  # references reads groups too

    verb = trigger if trigger.pos_ == "VERB" else trigger.head
    if verb is not trigger and trigger.dep_ != "dobj":
        return []
    prep = _between_prep(verb) if hosts_between(verb) else None
    if prep is None:
        return []
    parties = [p for c in prep.children for p in persons_under(index, c)]
    stray = [  # 'between Sadat and Begin' parsed with Begin a conjunct of the verb
        m.participant
        for c in verb.children
        if c.dep_ == "conj" and c.i > prep.i and (m := index.person_at.get(c.i))
    ]
    more = stray + _representatives(index, prep)
    return parties + [p for p in dict.fromkeys(more) if p not in parties]


def _representatives(index: DocIndex, prep: Token) -> list[Participant]:
    """'between Egypt, represented by Sadat, and Israel represented by Begin': the
    parse often hangs the second party elsewhere; whoever 'represented' a party
    after the 'between' is one of them."""
    out: list[Participant] = []
    for token in prep.sent[prep.i - prep.sent.start :]:
        if token.lemma_.lower() != "represent" or token.tag_ != "VBN":
            continue
        for agent in (c for c in token.children if c.dep_ == "agent"):
            out += [
                m.participant
                for t in agent.subtree
                if (m := index.person_at.get(t.i)) and m.start == t.i
            ]
    return out


def host_subjects(index: DocIndex, verb: Token) -> list[Participant]:
    """Who hosts: the subject of the hosting verb or of the clause it depends on
    ('Putin was glad to host …')."""
    from summitwatch.nlp.references import persons_under

    for token in (verb, *verb.ancestors):
        subject = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subject:
            return [p for s in subject for p in persons_under(index, s)]
        if token.pos_ == "NOUN":
            return []
    return []


def hosting_subjects(index: DocIndex, trigger: Token) -> list[Participant]:
    """'Putin hosted the June 20 meeting, the second between Aliyev and Sarkisian':
    the subject of a hosting verb whose object is the meeting noun."""
    from summitwatch.nlp.clause_subjects import subjects
    from summitwatch.nlp.references import persons_under

    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.lemma_.lower() not in _words("hosting_lemmas"):
        return []
    return [p for s in subjects(verb) for p in persons_under(index, s)]


def is_entourage(token: Token, index: DocIndex) -> bool:
    """Is `token` inside 'accompanied by …' hung on a person of the same country
    ('Marcos, accompanied by First Lady Liza Marcos')? A host who accompanies a
    guest ('Xi, accompanied by Kim') is a counterpart, not entourage."""
    if _travels_with(token, index):
        return True
    lemmas = _words("entourage_lemmas")
    for verb in (token, *token.ancestors):
        if verb.lemma_.lower() not in lemmas or verb.dep_ not in ("acl", "advcl"):
            continue
        principal = _principal(index, verb)
        companion = index.person_at.get(token.i)
        if principal is None or companion is None:
            return False
        if companion.participant.country is None:  # an aide the KB lacks, titled
            return bool(companion.participant.office)  # 'Deputy Secretary of Defense'
        return bool(principal.country) and principal.country == (
            companion.participant.country
        )
    return False


def couple_alone(people: list[Participant]) -> Participant | None:
    """The leader of 'X and first lady Y are greeted …': people who are the leader
    and the leader's compatriot spouses, nobody else; None for anyone else."""
    consorts = _words("consort_offices")

    def consort(p: Participant) -> bool:
        office = (p.office or "").lower()
        return any(word in office for word in consorts)

    leaders = [p for p in people if not consort(p)]
    if len(leaders) != 1 or len(people) < 2 or not leaders[0].country:
        return None
    return leaders[0] if all(p.country == leaders[0].country for p in people) else None


def _travels_with(token: Token, index: DocIndex) -> bool:
    """'Obama visited Ghana in 2009 with first lady Michelle Obama': a compatriot
    named by the trip verb's 'with' travels along; not a counterpart met there."""
    prep = token.head
    while prep.dep_ in ("conj", "appos") and prep.head is not prep:
        prep = prep.head  # 'with his wife and Foreign Minister X'
    if token.dep_ not in ("pobj", "conj", "appos") or prep.lower_ != "with":
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _words(
        "travel_companion_lemmas"
    ):
        return False
    companion = index.person_at.get(token.i)
    travellers = [
        index.person_at[s.i].participant
        for s in verb.children
        if s.dep_ == "nsubj" and s.i in index.person_at
    ]
    if companion is None or len(travellers) != 1:
        return False
    home = travellers[0].country
    return bool(home) and home == companion.participant.country


def _principal(index: DocIndex, verb: Token) -> Participant | None:
    """The person an 'accompanied by' participle describes."""
    head = verb.head
    if verb.dep_ == "advcl":  # 'Accompanied by …, Marcos met …'
        head = next((c for c in head.children if c.dep_ == "nsubj"), head)
    mention = index.person_at.get(head.i)
    return mention.participant if mention else None


def entourage(index: DocIndex, tokens) -> set[str]:
    """Names of the people in `tokens` who only accompany a leader of their own
    country."""
    return {
        index.person_at[t.i].participant.name
        for t in tokens
        if t.i in index.person_at and is_entourage(t, index)
    }


def joined_at_the_meeting(trigger: Token) -> bool:
    """'Xi was joined by Foreign Minister Wang Yi at the talks': more people at the
    meeting just reported, not a meeting of a leader with his own ministers."""
    if trigger.dep_ == "pobj" and trigger.head.dep_ == "prep":
        trigger = trigger.head.head  # the noun 'talks' of 'joined … at the talks'
    if trigger.lemma_.lower() != "join" or not any(
        c.dep_ == "auxpass" for c in trigger.children
    ):
        return False
    nouns = set(lexicon().triggers["meeting_nouns"])
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("at", "in", "for", "during")
        and any(
            o.lemma_.lower() in nouns
            and any(d.lower_ in ("the", "that", "this") for d in o.children)
            for o in p.children
        )
        for p in trigger.children
    )


def _cue_words(token: Token) -> set[str]:
    """The words on `token` and on a light verb or noun it hangs from, one and two
    deep ('met separately', 'separate meetings', 'met … in turn')."""
    near = [token, token.head] if token.dep_ in ("dobj", "pobj", "attr") else [token]
    words: set[str] = set()
    for head in near:
        for child in head.children:
            words.add(child.lower_)
            words.update(f"{child.lower_} {g.lower_}" for g in child.children)
            if any(t.lower_ == "-" for t in child.subtree):  # 'one - on - one'
                words.add("".join(t.lower_ for t in child.subtree))
    return words


def _plural_occasions(token: Token) -> bool:
    """'held meetings with A, B and C', 'will host A and B in upcoming meetings':
    several meetings, one each."""
    nouns = _words("apart_nouns")
    near = [token, *(o for p in token.children if p.dep_ == "prep" for o in p.children)]
    return any(t.tag_ == "NNS" and t.lemma_.lower() in nouns for t in near)


def pairs(trigger: Token, agents: list, others: list) -> list[list]:
    """The meetings of 'A met B and C' told apart: each agent with each counterpart,
    or 'A and B met C and D respectively' one to one."""
    if "respectively" in _cue_words(trigger) and len(agents) == len(others) > 1:
        return [[a, o] for a, o in zip(agents, others, strict=True)]
    return [[a, o] for a in agents for o in others]


def apart(trigger: Token) -> bool:
    """'Biden met separately with Trudeau and Obrador', 'held bilateral meetings with
    A, B and C', 'met A, B and C in turn': one meeting with each, even on the
    sidelines of a gathering (rule 2)."""
    if _apart_here(trigger) or _each_with_its_own(trigger):
        return True
    return _borrows(trigger) and any(_apart_here(t) for t in _other_triggers(trigger))


def _each_with_its_own(trigger: Token) -> bool:
    """'held informal talks with A, informal talks with B, and a conversation with
    C', 'a summit meeting with A, and with B': each counterpart is met under a
    'with' of its own (Kantei and MOFA day reports), one meeting each (rule 2)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    withs = [
        t
        for t in verb.subtree
        if t.lower_ == "with"
        and t.dep_ == "prep"
        and t.head.lower_ not in ("along", "together")
        and any(c.ent_type_ == "PERSON" for c in t.subtree)
    ]
    repeats = [  # 'with A, and with B' hung elsewhere by the parser
        c for w in withs for c in coordinated_phrases(w, verb) if c.lower_ == "with"
    ]
    return len(withs) + len(repeats) >= 2


def _apart_here(token: Token) -> bool:
    return bool(_cue_words(token) & _words("apart_cues")) or _plural_occasions(token)


def together(trigger: Token) -> bool:
    """One occasion with everyone named (rule 2): a photo caption that lines people up
    ('meets with, from left, A, B and C'), a photo verb ('poses with A and B'), one
    meeting noun ("Obama's meeting with A, B and C"), a host with several guests
    ('hosted Trudeau and Obrador at the White House')."""
    if lined_up(trigger.sent) or _together_here(trigger) or country_chain(trigger):
        return True
    if _formats(trigger) or _formats(trigger.head):
        return True
    return _borrows(trigger) and any(
        _together_here(t) for t in _other_triggers(trigger) if not _borrows(t)
    )


_CHAIN_STOP = frozenset({",", ";", ":", "with", "and", "between"})
_DASH = re.compile(r"\s*[-\u2013\u2014]\s*")


def country_chain(trigger: Token) -> bool:
    """'held a Japan-U.S.-ROK Summit Meeting with A and B', 'the US-Japan-South Korea
    summit': a meeting named by three or more parties joined by dashes is one
    meeting of all of them (MOFA readouts, wire reports)."""
    doc = trigger.doc
    start = trigger.i
    while (
        start > max(trigger.sent.start, trigger.i - 14)
        and doc[start - 1].pos_ in ("PROPN", "PUNCT", "ADJ", "NOUN", "ADP")
        and doc[start - 1].lower_ not in _CHAIN_STOP
        and (doc[start - 1].pos_ != "ADP" or doc[start - 1].lower_ == "of")
    ):
        start -= 1
    parts = _DASH.split(doc[start : trigger.i].text)
    return sum(1 for part in parts if part[:1].isupper()) >= 3


def _together_here(token: Token) -> bool:
    """The guests listed on the word itself: 'poses with A and B', 'hosted A and B',
    'a meeting with the presidents of A, B and C'."""
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in _words("photo_lemmas"):
        return _lists_guests(token)
    if token.pos_ == "VERB" and lemma in word_set("announced.json", "welcoming_lemmas"):
        perfect = any(c.lower_ in ("has", "have", "had") for c in token.children)
        placed = lemma == "host" or any(  # 'welcomed A, B and C to the White House'
            c.dep_ == "prep" and c.lower_ in _words("welcoming_preps")
            for c in token.children
        )
        return placed and not perfect and _lists_guests(token)  # not 'has hosted …'
    nouns = [token] if token.pos_ == "NOUN" else _objects(token)
    return any(
        n.tag_ == "NN"
        and n.lemma_.lower() in _words("occasion_nouns")
        and (_lists_guests(n) or _lists_guests(n.head))
        for n in nouns
    )


def _guests(token: Token) -> list[Token]:
    """Who a verb or noun takes as guests: its objects and those of its 'with'."""
    heads = [c for c in token.children if c.dep_ == "dobj"]
    return heads + [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ == "with"
        for o in p.children
        if o.dep_ == "pobj"
    ]


def _lists_guests(token: Token) -> bool:
    """An object or a 'with' that coordinates people ('A, B and C') or is a plural
    ('the presidents of A, B and C'), not one person and an aside about another."""
    return any(h.tag_ in ("NNS", "NNPS") or _listed_people(h) for h in _guests(token))


def _listed_people(head: Token) -> bool:
    """'A, B and C', or 'Estonia's President A, Latvia's President B and …' parsed
    as appositions: another person coordinated with `head`, not one inside an
    aside about it ('Jenkins, the deserter who is married to Soga')."""
    return any(
        token.ent_type_ == "PERSON" or token.tag_ in ("NNS", "NNPS")
        for token in coordinated(head)
    )


def coordinated(head: Token) -> list[Token]:
    """The words coordinated with `head`, in reading order of the tree (breadth
    first): its conjuncts and what the parser hangs as appositions in a list ('A,
    B and C'), and theirs in turn. `head` itself is not among them."""
    out: list[Token] = []
    todo = [c for c in head.children if c.dep_ in ("conj", "appos")]
    while todo:
        token = todo.pop(0)
        out.append(token)
        todo += [c for c in token.children if c.dep_ in ("conj", "appos")]
    return out


def _borrows(token: Token) -> bool:
    """A meeting noun that names nobody itself ('ahead of the summit', 'on the
    sidelines of the G20 summit'): its people are the clause's, and so is whether
    they met together or one by one."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    holders = [token, token.head] if token.dep_ == "dobj" else [token]
    return not any(
        c.dep_ == "prep" and c.lower_ in ("with", "between", "among")
        for h in holders
        for c in h.children
    )


def another_occasion(trigger: Token) -> bool:
    """'met A, B and C before the group dinner': a meeting noun that names nobody,
    before or after which the clause's people met; its 'group' is not theirs."""
    if not _borrows(trigger) or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ == "of" and prep.head.dep_ == "pcomp":  # 'ahead of', 'prior to'
        prep = prep.head.head
    return prep.lower_ in _words("other_occasion_preps")


def _formats(token: Token) -> list[Token]:
    """'met … in the Normandy format', 'held a summit meeting in a lunch meeting
    format with A and B': a format of several parties (not a bilateral one)."""
    nouns = _words("format_nouns")
    return [
        o
        for p in token.children
        if p.dep_ == "prep" and p.lower_ in ("in", "under")
        for o in p.children
        if o.lemma_.lower() in nouns
        and not any(c.lower_ in _words("apart_cues") for c in o.children)
    ]


def format_partners(index: DocIndex, head: Token) -> list[Participant]:
    """The people 'with' whom a meeting is held in a format ('in a lunch meeting
    format with the Honorable Donald Trump … and Mr. Moon'): the parse hangs them
    on the format, not on the meeting."""
    from summitwatch.nlp.references import persons_under

    return [
        p
        for fmt in _formats(head)
        for w in fmt.children
        if w.dep_ == "prep" and w.lower_ == "with"
        for o in w.children
        for p in persons_under(index, o)
    ]


def unnamed_guests(trigger: Token) -> bool:
    """'hosted the leaders of Cape Verde, Malawi, Senegal and Sierra Leone', 'met
    with four visiting African heads of state': guests named only by a plural."""
    if trigger.pos_ != "VERB":
        return False
    nouns = _words("leader_nouns")
    return any(h.tag_ == "NNS" and h.lemma_.lower() in nouns for h in _guests(trigger))


def the_meeting(trigger: Token) -> bool:
    """'Leaders at the meeting included …', 'The meeting is attended by …': the
    meeting just told, named by a definite noun that lists no one itself."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.tag_ == "NN"
        and trigger.lemma_.lower() in _words("occasion_nouns")
        and any(c.lower_ in ("the", "that", "this") for c in trigger.children)
        and _borrows(trigger)
    )


_CLAUSES = frozenset({"relcl", "advcl", "ccomp", "acl", "xcomp"})


def same_clause(token: Token, trigger: Token) -> bool:
    """Is `token` outside every subordinate clause that leaves `trigger` out?"""
    for head in (token, *token.ancestors):
        if head.dep_ in _CLAUSES and not head.is_ancestor(trigger) and head != trigger:
            return False
    return True


def _other_triggers(trigger: Token) -> list[Token]:
    """The sentence's other meeting words."""
    words = _meeting_words()
    return [
        t
        for t in trigger.sent
        if t.i != trigger.i and t.pos_ in ("VERB", "NOUN") and t.lemma_.lower() in words
    ]


@cache
def _meeting_words() -> frozenset[str]:
    triggers = lexicon().triggers
    return frozenset(triggers["meeting_verbs"]) | frozenset(triggers["meeting_nouns"])


def _objects(verb: Token) -> list[Token]:
    """'held a meeting with …': the noun a light verb takes."""
    return [c for c in verb.children if c.dep_ == "dobj"]


def fold_pairs_into_group(found: list[Event]) -> list[Event]:
    """One sentence's readings of one gathering: a pair that a group meeting of the
    same sentence holds, with the same status and date, is part of it (rule 2; the
    parse of a long readout sentence often loses one of the guests on one trigger
    and keeps them on another)."""
    groups = [e for e in found if e.type == "meeting" and len(e.participants) >= 3]
    return [
        e
        for e in found
        if not any(
            e.type == "meeting"
            and set(e.names) < set(g.names)
            and (e.status, e.date) == (g.status, g.date)
            for g in groups
        )
    ]
