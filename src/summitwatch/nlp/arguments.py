"""The arguments of an event trigger: who (agents and counterparts), where and when."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.dates import foreign_date, resolve_date
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.mentions import (
    PRONOUNS,
    PersonMention,
    PersonResolver,
    PlaceMention,
    description_country,
)
from summitwatch.nlp.speakers import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SECOND_PERSON,
    Turns,
)

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "appos")
FALLBACK_WINDOW = 12  # tokens: a loose place further away belongs to another clause
COUNTERPART_PREPS = ("with", "between", "among", "alongside", "beside", "to", "by",
                     "of", "next")  # fmt: skip


@dataclass
class DocIndex:
    """Per-document lookups from token index to the person, place or date there."""

    doc: Doc
    kb: KnowledgeBase
    published: date | None
    resolver: PersonResolver
    persons: list[PersonMention] = field(default_factory=list)
    person_at: dict[int, PersonMention] = field(default_factory=dict)
    place_at: dict[int, PlaceMention] = field(default_factory=dict)
    date_at: dict[int, tuple[Span, str]] = field(default_factory=dict)
    on: date | None = None  # the date of the event being read, for descriptions
    turns: Turns | None = None  # speaker turns: who 'I', 'you' and 'we' are
    home: str | None = None  # whose 'The President' (the writing office's country)

    def add_person(self, mention: PersonMention) -> None:
        self.persons.append(mention)
        for i in range(mention.start, mention.end):
            self.person_at[i] = mention

    def last_two(self, token: Token) -> list[Participant]:
        """'the two leaders' / 'they': the last two people named in this or the last two
        sentences, when exactly two (or, for 'the two', at least two) were named."""
        sent = token.sent
        start = sent.start
        for _ in range(2):
            if start > 0:
                start = self.doc[start - 1].sent.start
        named: list[Participant] = []
        for mention in self.persons:
            if start <= mention.start < token.i and mention.participant not in named:
                named.append(mention.participant)
        if token.lemma_.lower() in _LEADER_NOUNS:  # "the two leaders": not aides
            leaders = [p for p in named if self._leads(p)]
            if len(leaders) >= 2:
                named = leaders
        if token.lower_ in ("they", "them"):
            previous = self.doc[max(sent.start - 1, 0)].sent.start
            recent = {
                m.participant.name
                for m in self.persons
                if sent.start > m.start >= previous
            }
            return named[-2:] if len(recent) == 2 else []
        return named[-2:] if len(named) >= 2 else []

    def _leads(self, who: Participant) -> bool:
        person = self.kb.person(who.person_id or "")
        if person is not None:
            return person.is_leader_on(self.on or self.published)
        office = (who.office or "").lower()
        return any(w in office for w in ("president", "prime minister", "king"))

    def antecedent(
        self, token: Token, exclude: tuple[str, ...] = ()
    ) -> Participant | None:
        """The person a pronoun refers to: the latest mention in this or the last
        sentence, other than the people in `exclude` (an object is not its subject)."""
        gender = PRONOUNS.get(token.lower_)
        candidates: list[PersonMention] = []
        sent = token.sent
        earliest = sent.start
        if sent.start > 0:
            earliest = self.doc[sent.start - 1].sent.start
        for mention in self.persons:
            if mention.start >= token.i:
                break
            if mention.start < earliest or mention.participant.name in exclude:
                continue
            person = self.kb.person(mention.participant.person_id or "")
            if (
                gender
                and person is not None
                and getattr(person, "gender", None) not in (None, gender)
            ):
                continue
            candidates.append(mention)
        if not candidates:
            return None
        above = {a.i for a in token.ancestors}
        governing = [m for m in candidates if _subject_of(self.doc, m, above)]
        if governing:  # "Obama called Najib to inform him that he will not …"
            return governing[-1].participant
        if token.sent.start > candidates[-1].start:  # only earlier sentences: their
            subjects = [m for m in candidates if _is_subject(self.doc, m)]  # subject
            if subjects:
                return subjects[-1].participant
        return candidates[-1].participant


_LEADER_NOUNS = frozenset({"leader", "president", "head", "statesman", "premier"})


def _subject_of(doc: Doc, mention: PersonMention, verbs: set[int]) -> bool:
    """The mention is the subject of one of `verbs` (the clauses above a pronoun)."""
    token = doc[mention.start : mention.end].root
    while token.dep_ in ("appos", "compound") and token.head is not token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.i in verbs


def _is_subject(doc: Doc, mention: PersonMention) -> bool:
    """The mention is (in apposition to) the subject of its clause."""
    token = doc[mention.start : mention.end].root
    for _ in range(2):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("appos", "compound") or token.head is token:
            return False
        token = token.head
    return False


def governing_verb(trigger: Token) -> Token:
    token = trigger
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return trigger if trigger.pos_ in ("VERB", "AUX") else token


_OBJECT_CONTROL = {
    "invite",
    "ask",
    "urge",
    "allow",
    "persuade",
    "encourage",
    "welcome",
    "request",
    "tell",
    "help",
    "enable",
    "expect",
    "want",
    "permit",
}


def subjects(verb: Token) -> list[Token]:
    if verb.dep_ == "amod" and verb.tag_ == "VBG":
        return [verb.head]  # "talks with visiting Secretary of State Clinton"
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.dep_ == "relcl" and found and all(t.tag_ in ("WDT", "WP") for t in found):
        return [verb.head]  # "Kim's itinerary, which included…": the itinerary
    if (
        not found
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _OBJECT_CONTROL
    ):
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            return objects
    if not found and verb.dep_ == "conj" and _in_parentheses(verb.head):
        before = _verb_before_parenthesis(verb.head)
        if before is not None:
            return subjects(before)
    if (
        not found
        and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl")
        and (verb.head is not verb)
    ):
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [verb.head]
        return subjects(verb.head) if verb.head.pos_ in ("VERB", "AUX") else []
    if not found and verb.dep_ == "relcl":
        return [verb.head]
    return found


def _in_parentheses(token: Token) -> bool:
    sent = token.sent
    opened = [t.i for t in sent if t.text == "(" and t.i < token.i]
    closed = [t.i for t in sent if t.text == ")" and t.i < token.i]
    return bool(opened) and (not closed or max(closed) < max(opened))


def _verb_before_parenthesis(token: Token) -> Token | None:
    """A parenthesis cannot be coordinated with: the verb before it is the real one."""
    sent = token.sent
    opening = max(t.i for t in sent if t.text == "(" and t.i < token.i)
    for t in reversed(sent.doc[sent.start : opening]):
        if t.pos_ == "VERB":
            return t
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def persons_under(
    index: DocIndex,
    token: Token,
    *,
    skip: Token | None = None,
    exclude: tuple[str, ...] = (),
) -> list[Participant]:
    """People named in `token`'s subtree, plus a pronoun or description at its head."""
    out: list[Participant] = []
    for head in _conjuncts(token):
        out.extend(_reference(index, head, exclude))
    for t in _subtree_without_possessors(token):
        if skip is not None and t.i == skip.i:
            continue
        mention = index.person_at.get(t.i)
        if mention and mention.participant not in out:
            out.append(mention.participant)
    return _unique(out)


def _subtree_without_possessors(token: Token) -> list[Token]:
    """'Kim's envoy Choe': Choe is the argument, Kim only qualifies him."""
    out = [token]
    for child in token.children:
        if child.dep_ == "poss" and child.i not in range(*_ent_bounds(token)):
            continue
        out.extend(_subtree_without_possessors(child))
    return out


def _ent_bounds(token: Token) -> tuple[int, int]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start, ent.end
    return token.i, token.i + 1


def _reference(
    index: DocIndex, head: Token, exclude: tuple[str, ...] = ()
) -> list[Participant]:
    if head.i in index.person_at:
        return []
    if _the_two(head):
        return index.last_two(head)
    if head.lower_ in _PERSONAL and head.tag_ in ("PRP", "PRP$"):
        return index.turns.resolve(head.lower_, head.i) if index.turns else []
    if head.lower_ in PRONOUNS and head.tag_ in ("PRP", "PRP$"):
        who = _cataphor(index, head) or index.antecedent(head, exclude)
        return [who] if who else []
    relations = lexicon().triggers["relation_words"]
    if head.lemma_.lower() in relations:
        anchors = [c for c in head.children if c.dep_ == "poss"]
        for anchor in anchors:
            base = _reference(index, anchor) or [
                m.participant
                for i in range(anchor.i, anchor.i + 1)
                if (m := index.person_at.get(i))
            ]
            if base:
                who = index.resolver.relative(base[0], relations[head.lemma_.lower()])
                return [who] if who else []
    if _bare_title(head) and index.home:  # White House readouts: "The President"
        who = index.resolver.country_leader(index.home, index.on)
        return [who] if who else []
    code = description_country(head, index.kb) if head.pos_ == "NOUN" else None
    if code:
        who = index.resolver.country_leader(code, index.on)
        return [who] if who else []
    return []


def _cataphor(index: DocIndex, pronoun: Token) -> Participant | None:
    """'Following his meeting with Mugabe, the South African president said …':
    a possessive in a phrase fronted before the subject refers ahead to it."""
    if pronoun.tag_ != "PRP$":
        return None
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or pronoun.i >= subject.left_edge.i:
        return None
    if not any(a.i == root.i for a in pronoun.ancestors):
        return None
    people = persons_under(index, subject)
    return people[0] if len(people) == 1 else None


def _bare_title(head: Token) -> bool:
    """'The President' with a capital and nothing else: the writing office's own."""
    return (
        head.lower_ == "president"
        and head.text[0].isupper()
        and not head.ent_type_  # not part of a name
        and [c.lower_ for c in head.children] == ["the"]
    )


_PERSONAL = FIRST_PERSON | SECOND_PERSON | FIRST_PLURAL
_EXPLETIVE = frozenset({"it", "this", "that", "there"})


def implicit_agent(index: DocIndex, verb: Token) -> list[Participant]:
    """The unstated subject of an infinitive or an imperative: 'I am pleased to
    welcome you' (I), 'Phuc stated that it was an honour to meet Abe' (Phuc), and in
    a speaker's turn 'It is a pleasure to welcome you to Tokyo', 'Welcome to
    Moscow' (the speaker)."""
    if any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in _EXPLETIVE for c in verb.children
    ):
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _author(index, verb.head)  # "a letter from her brother inviting Moon"
    token = verb
    for _ in range(4):
        if token.head is token:
            break
        if token.dep_ == "pcomp" and token.head.lower_ in ("from", "by"):
            sender = [
                p
                for c in token.head.children
                if c.dep_ == "pobj"
                for p in persons_under(index, c)
            ]
            if sender:  # "a letter from Kim inviting Moon", parsed flat
                return sender
        if token.dep_ == "pcomp" and token.head.lower_ == "for":
            thanked = _thanked(token.head.head)
            if thanked is not None:  # "thank you for coming": the one thanked
                return persons_under(index, thanked)
        token = token.head
        subject = [
            c
            for c in token.children
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in _EXPLETIVE
        ]
        if subject:
            return persons_under(index, subject[0])
    turn = index.turns.at(verb.i) if index.turns else None
    return [turn.speaker] if turn and turn.speaker else []


def _author(index: DocIndex, noun: Token) -> list[Participant]:
    """Who a noun stands for as an actor: a person named there, or the sender in
    'a letter / message from X'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return [p for g in child.children for p in persons_under(index, g)]
    return [m.participant for i in (noun.i,) if (m := index.person_at.get(i))]


_THANKING = frozenset(
    "thank congratulate praise commend applaud salute credit blame".split()
)


def _thanked(verb: Token) -> Token | None:
    """The object of 'thank X for …', whom the '…' is about."""
    if verb.lemma_.lower() not in _THANKING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


_PAIR_NOUNS = {
    "leader",
    "man",
    "president",
    "side",
    "head",
    "counterpart",
    "statesman",
    "leaders",
    "men",
    "presidents",
    "sides",
    "heads",
    "counterparts",
}


def _the_two(head: Token) -> bool:
    """'the two leaders', 'both men', and 'they' (checked against the text later)."""
    if head.lower_ in ("they", "them") and head.tag_ == "PRP":
        return True
    return head.lemma_.lower() in _PAIR_NOUNS and any(
        c.lower_ in ("two", "both") for c in head.children
    )


def _unique(people: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out = []
    for p in people:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


_RECEIVING = {
    "receive",
    "accept",
    "decline",
    "get",
    "reject",
    "turn",
    "have",
    "snub",
    "ignore",
    "welcome",
    "refuse",
    "spurn",
    "rebuff",
    "pay",
    "make",
    "visit",
    "travel",
    "come",
    "go",
    "arrive",
}
DECLINING = {"decline", "reject", "turn", "snub", "ignore", "refuse", "spurn", "rebuff"}
ACCEPTING = {"accept", "take"}


def invitation_roles(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]]:
    """(inviters, invitees) of 'invite': active subject/object, or passive
    agent/subject.
    """
    thanks = _thanked_for(index, trigger)
    if thanks is not None:
        return thanks
    verb = governing_verb(trigger)
    inviters: list[Participant] = []
    invitees: list[Participant] = []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        for subj in subjects(verb):  # "despite having been invited by Putin"
            invitees += persons_under(index, subj)
    at_invitation = verb is not trigger and trigger.head.lower_ in ("at", "on", "upon")
    for child in verb.children:
        if child.i == trigger.i:
            continue
        if child.dep_ == "nsubjpass":
            invitees += persons_under(index, child)
        elif child.dep_ == "nsubj" and at_invitation:  # "X came at Putin's invitation"
            invitees += persons_under(index, child)
        elif child.dep_ == "nsubj":
            inviters += persons_under(index, child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
            for pobj in child.children:
                inviters += persons_under(index, pobj)
        elif child.dep_ in ("dobj", "dative") or (
            child.dep_ == "prep"
            and child.lower_ in ("to", "for")
            and verb is not trigger
        ):
            invitees += persons_under(index, child)
    if verb is not trigger and verb.lemma_.lower() in _RECEIVING and not at_invitation:
        inviters, invitees = invitees, inviters
        if not invitees:  # "thank you for accepting our invitation"
            invitees = implicit_agent(index, verb)
    for rel in trigger.children:  # "an invitation he received"
        if rel.dep_ == "relcl" and rel.lemma_.lower() in _RECEIVING:
            for subj in rel.children:
                if subj.dep_ == "nsubj":
                    invitees += persons_under(index, subj)
    if verb is trigger and not inviters and not passive:
        inviters = implicit_agent(index, verb)  # "thank Obama for inviting me"
    if verb is not trigger:  # the noun 'invitation'
        for child in trigger.children:
            if child.dep_ == "poss" and child.lower_ in FIRST_PLURAL and index.turns:
                inviters += index.turns.resolve("i", child.i)  # "our invitation"
            elif child.dep_ == "poss":
                inviters += persons_under(index, child)
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    inviters += persons_under(index, pobj)
            elif child.dep_ == "prep" and child.lower_ in ("to", "for"):
                for pobj in child.children:
                    invitees += persons_under(index, pobj)
    invitees = [p for p in _unique(invitees) if p not in inviters]
    return _unique(inviters), invitees


_GRATITUDE = frozenset({"gratitude", "grateful", "thanks", "appreciation"})


def _thanked_for(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]] | None:
    """'thank you for the invitation', 'expressed his gratitude for the invitation':
    the one thanked invited the one thanking."""
    if trigger.pos_ != "NOUN" or trigger.head.lower_ != "for":
        return None
    word = trigger.head.head
    if word.lemma_.lower() in _THANKING:
        thanked = _thanked(word)
        inviters = persons_under(index, thanked) if thanked is not None else []
        invitees = [p for s in subjects(word) for p in persons_under(index, s)]
        return inviters, invitees or implicit_agent(index, word)
    if word.lemma_.lower() in _GRATITUDE:
        verb = governing_verb(word)
        invitees = [p for s in subjects(verb) for p in persons_under(index, s)]
        return [], invitees
    return None


_LIGHT_VERBS = frozenset("hold have pay make conduct attend".split())


def _own_verb(trigger: Token, verb: Token) -> bool:
    """The verb states the trigger's own act: the trigger itself, or a light verb
    with it as object ('to hold talks', 'to pay a visit'), not 'looking forward to
    the visit of the King'."""
    return verb is trigger or (
        trigger.head is verb
        and trigger.dep_ == "dobj"
        and verb.lemma_.lower() in _LIGHT_VERBS
    )


def delegation_members(index: DocIndex, verb: Token) -> list[Participant]:
    """'lead a delegation to Kuala Lumpur, including Pritzker and Froman': the
    members travel too."""
    return _unique(
        [
            p
            for t in verb.subtree
            if t.lower_ == "including"
            for c in t.children
            if c.dep_ == "pobj"
            for p in persons_under(index, c)
        ]
    )


def _between(index: DocIndex, trigger: Token) -> list[Participant]:
    """The people of 'a summit between X and Y' / 'talks among X, Y and Z'."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return _unique(
        [
            p
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for p in persons_under(index, c)
        ]
    )


def agents_and_counterparts(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]]:
    """(who acts, whom they meet) for a trigger, from the dependency parse."""
    between = _between(index, trigger)
    if len(between) >= 2:  # "a meeting between Medvedev and Kim": exactly those
        return [], between
    verb = governing_verb(trigger)
    agents: list[Participant] = []
    others: list[Participant] = []
    for subj in subjects(verb):
        agents += persons_under(index, subj)
        if subj.lemma_.lower() in lexicon().triggers["visit_nouns"]:
            for owner in (c for c in subj.children if c.dep_ == "poss"):
                agents += persons_under(index, owner)  # "Kim's itinerary included…"
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                agents += persons_under(index, pobj)
    heads = [verb] if verb is trigger else [verb, trigger]
    subject_names = tuple(p.name for p in agents)
    for head in heads:
        for child in head.children:
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "poss" and head is trigger):
                target = agents if child.dep_ == "poss" and not agents else others
                target += persons_under(index, child, exclude=subject_names)
            elif (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and head is trigger
                and (trigger.lemma_.lower() in lexicon().triggers["visit_nouns"])
            ):
                for pobj in child.children:  # "the visit of President Xi to Ahmedabad"
                    agents = persons_under(index, pobj) + agents
            elif child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPS:
                for pobj in child.children:
                    others += persons_under(index, pobj, exclude=subject_names)
            elif child.dep_ in ("compound", "nmod") and head is trigger:
                others += persons_under(index, child)
    if not agents and verb.pos_ in ("VERB", "AUX") and _own_verb(trigger, verb):
        agents = implicit_agent(index, verb)
    if not agents and others and verb.pos_ == "VERB":
        agents = _fronted_person(index, verb, others)
    owners = [
        p
        for c in trigger.children
        if c.dep_ == "poss" and verb is not trigger
        for p in persons_under(index, c)
    ]
    if owners:
        others = [p for p in others if p not in owners]
        agents = owners
    agents = _unique(agents)
    others = [p for p in _unique(others) if p not in agents]
    return agents, others


def _fronted_person(
    index: DocIndex, verb: Token, others: list[Participant]
) -> list[Participant]:
    """'Mr. Shinzo Abe, Prime Minister of Japan, who is attending …, held a summit
    meeting with …': when the parse of a long sentence loses the subject, the first
    person named before the verb, outside any prepositional phrase, is it."""
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS for c in verb.children):
        return []
    for mention in index.persons:
        if not verb.sent.start <= mention.start < verb.i:
            continue
        token = index.doc[mention.start : mention.end].root
        if any(a.dep_ == "pobj" for a in (token, *token.ancestors) if a.i < verb.i):
            continue
        if mention.participant not in others:
            return [mention.participant]
    return []


def places_for(
    index: DocIndex, trigger: Token, *, fallback: bool = True
) -> list[PlaceMention]:
    """Venue candidates: places in the trigger's destination phrases, else the
    sentence's.
    """
    preps = set(lexicon().triggers["destination_preps"]) - {"from"}
    verb = governing_verb(trigger)
    heads = [trigger, verb]
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head is not verb:
        heads.append(verb.head)
    found: list[PlaceMention] = _where_clause(index, verb)
    if found:  # "travel to Ulaanbaatar, Mongolia, where she will meet …"
        return found
    parties = party_countries(index, trigger.sent)
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in preps:
                found += _places_in(index, child)
            elif child.dep_ == "prep" and child.lower_ in ("between", "with"):
                # "a meeting between A and B in Yangzhou": the venue hangs on B
                for person in (t for p in child.children for t in (p, *p.conjuncts)):
                    for grand in person.children:
                        if grand.dep_ == "prep" and grand.lower_ in ("in", "at"):
                            found += _places_in(index, grand)
            elif child.dep_ == "advmod":
                for grand in child.children:
                    if grand.dep_ == "prep" and grand.lower_ in preps:
                        found += _places_in(index, grand)
            elif (
                child.dep_
                in ("dobj", "poss", "compound", "nmod", "npadvmod", "attr", "nsubj")
                and child.i not in index.person_at
                and child.i not in parties
            ):
                for conj in (child, *child.conjuncts):
                    found += _places_in(index, conj, shallow=True)
        if found:
            break
    if found or not fallback:
        return _unique_places(found)
    sent = trigger.sent
    loose = [
        m
        for i, m in sorted(index.place_at.items())
        if sent.start <= i < sent.end
        and i == m.start
        and not is_title(index, m)
        and not is_topic(index, m)
        and abs(i - trigger.i) <= FALLBACK_WINDOW
        and not _is_counterpart(index, m)
        and m.start not in parties
        and index.doc[m.start : m.end].root.dep_ not in ("nsubj", "nsubjpass")
    ]
    loose.sort(key=lambda m: (m.start < trigger.i, abs(m.start - trigger.i)))
    return _unique_places(loose[:1])


def _where_clause(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """The place a 'where' clause hangs on is the venue of the clause's events."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return []
    head = verb.head
    while head.dep_ in ("appos", "conj", "compound") and head.i not in index.place_at:
        head = head.head
    mention = index.place_at.get(head.i)
    if mention is None and head.dep_ == "appos":
        mention = index.place_at.get(head.head.i)
    return [mention] if mention is not None else []


def party_countries(index: DocIndex, sent: Span) -> set[int]:
    """Tokens of the countries named as the parties of a meeting ('the Japan-Uganda
    Summit Meeting', 'the Eritrea–Ethiopia summit', 'US-China talks'): two or more
    countries modifying a meeting word are who meets, not where."""
    nouns = set(lexicon().triggers["meeting_nouns"])
    out: set[int] = set()
    for word in sent:
        if word.lemma_.lower() not in nouns or word.pos_ not in ("NOUN", "PROPN"):
            continue
        tokens = [
            t
            for c in word.children
            if c.dep_ in ("compound", "nmod", "amod") and c.i < word.i
            for t in c.subtree
        ]
        found = [t.i for t in tokens if (m := index.place_at.get(t.i)) and (
            m.place.kind == "country")]  # fmt: skip
        countries = {index.place_at[i].place.country for i in found}
        if len(countries) >= 2:
            out.update(found)
    return out | _dash_pairs(index, sent)


_DASHES = {"-", "–", "—", "/"}


def _dash_pairs(index: DocIndex, sent: Span) -> set[int]:
    """'Eritrea–Ethiopia', 'Russia–United States': two countries joined by a dash
    name the two sides, whatever the parse made of them."""
    out: set[int] = set()
    for t in sent:
        if t.text not in _DASHES or t.i == 0 or t.i + 1 >= len(index.doc):
            continue
        left = index.place_at.get(t.i - 1)
        right = index.place_at.get(t.i + 1)
        if left and right and left.place.kind == right.place.kind == "country":
            out.update(range(left.start, left.end))
            out.update(range(right.start, right.end))
    return out


def is_title(index: DocIndex, mention: PlaceMention) -> bool:
    """'South Korea President Roh', 'Chinese analysts', 'the leaders of South Korea':
    a place that qualifies people rather than naming where something happens."""
    root = index.doc[mention.start : mention.end].root
    head = root.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head  # "Primorye Territory Governor": up to the governor
    people = set(lexicon().triggers["people_nouns"]) | set(
        lexicon().triggers["head_of_state_words"]
    )
    if root.dep_ == "pobj" and head.lower_ == "of":
        owner = _owner_of(root)  # "President of the Republic of Uganda", "Hu of China"
        return owner.lemma_.lower() in people or owner.i in index.person_at
    return root.dep_ in ("compound", "amod", "nmod", "poss") and (
        head.i in index.person_at
        or head.ent_type_ == "PERSON"
        or head.lemma_.lower() in people
    )


_STATE_WORDS = frozenset(
    "republic kingdom state states federation emirate emirates commonwealth union "
    "people government".split()
)


def _owner_of(pobj: Token) -> Token:
    """What an 'of'-phrase qualifies, through 'the Republic of …' layers."""
    owner = pobj.head.head
    while (
        owner.dep_ == "pobj"
        and owner.head.lower_ == "of"
        and owner.lemma_.lower() in _STATE_WORDS
    ):
        owner = owner.head.head
    return owner


def _is_counterpart(index: DocIndex, mention: PlaceMention) -> bool:
    """'talks with South Korea, China': countries met, not venues."""
    token = index.doc[mention.start : mention.end].root
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in (
        "with",
        "between",
        "against",
        "and",
        "among",
    )


def _places_in(
    index: DocIndex, token: Token, *, shallow: bool = False
) -> list[PlaceMention]:
    tokens = [token] if shallow else list(token.subtree)
    if shallow and token.i in index.place_at:
        mention = index.place_at[token.i]
        tokens = [index.doc[mention.start]]
    out = []
    for t in tokens:
        mention = index.place_at.get(t.i)
        if mention and t.i == mention.start and not is_title(index, mention):
            if not is_topic(index, mention):
                out.append(mention)
    return out


_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})


def is_topic(index: DocIndex, mention: PlaceMention) -> bool:
    """'a report on Zimbabwe', 'the Conference on Afghanistan': a place that is the
    subject matter of a noun, not where anything happens."""
    root = index.doc[mention.start : mention.end].root
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in _TOPIC_PREPS
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.i not in index.place_at
    )


def _unique_places(found: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for m in found:
        if all(m.place != o.place for o in out):
            out.append(m)
    return out


_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1
    )
}


def date_for(index: DocIndex, trigger: Token, agents: list[Participant]) -> str | None:
    """The date nearest the trigger: in its own phrases first, then in the sentence."""
    verb = governing_verb(trigger)
    own = {t.i for t in trigger.subtree} | {t.i for t in verb.subtree if t.dep_ not in (
        "relcl", "advcl")}  # fmt: skip
    sent = trigger.sent
    candidates = [
        (i, d) for i, d in index.date_at.items() if sent.start <= i < sent.end
    ]
    if not candidates:
        return None
    candidates = [c for c in candidates if c[0] in own or abs(c[0] - trigger.i) <= 10]
    candidates = [c for c in candidates if not foreign_date(c[1][0], trigger)]
    candidates.sort(key=lambda c: (c[0] not in own, abs(c[0] - trigger.i)))
    for _, (span, value) in candidates:
        if value:
            return value
        found = _term_year(index, span, agents)
        if found:
            return found
    return None


def _term_year(index: DocIndex, span: Span, agents: list[Participant]) -> str | None:
    """'in his sixth year as leader' → the KB's term start + 5."""
    match = re.search(
        r"(\w+) year (?:as|in office)",
        span.text.lower() + " " + span.doc[span.end : span.end + 3].text.lower(),
    )
    if not match or match[1] not in _ORDINALS or not agents:
        return None
    person = index.kb.person(agents[0].person_id or "")
    office = person.first_top_office() if person else None
    if office is None or office.start is None:
        return None
    return str(office.start.year + _ORDINALS[match[1]] - 1)


def _bare_years(doc: Doc) -> list[Span]:
    """Years the NER left out ('the leader's 2011 zig-zag rail journey')."""
    return [
        doc[t.i : t.i + 1]
        for t in doc
        if t.like_num
        and re.fullmatch(r"(19[5-9]\d|20[0-4]\d)", t.text)
        and t.ent_type_ in ("", "QUANTITY", "CARDINAL")
    ]


_PAST_AUX = {"had", "did", "was", "were"}  # a present perfect may frame a future


def _clause_tense(span: Span) -> str:
    """'future' when the verb the date belongs to is future ('will meet on Friday') or
    the date says so ('next week'); 'past' when that verb is past ('since he visited
    the Philippines in January', 'my last visit … back in February'), so a yearless
    month falls before the publication, not in the nearest year; else ''. A past verb
    in another clause of the sentence does not count."""
    if any(t.lower_ in ("next", "upcoming", "coming") for t in span):
        return "future"
    token = span.root
    if token.head.lower_ == "in" and token.head.head.lower_ == "back":
        return "past"  # 'back in February'
    through_noun = False  # 'an invitation he received to an event in April'
    for _ in range(4):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
            if aux & {"will", "shall", "'ll", "wo"}:
                return "future"
            if (
                (token.tag_ == "VBD" or aux & _PAST_AUX)
                and not through_noun
                and token.dep_ != "relcl"  # 'an invitation he received … in April'
            ):
                return "past"
            if token.tag_ in ("VBD", "VBN") or aux & _PAST_AUX:
                return ""
        elif token.pos_ in ("NOUN", "PROPN") and token.dep_ != "pobj":
            through_noun = True  # the date dates that noun's event, not the verb's
    return "future" if any(t.lower_ in ("will", "upcoming") for t in span.sent) else ""


def _heading_year(ent: Span) -> bool:
    """A year alone on its line: a section heading of a list ('2019', then rows
    '21–22 August | Berlin | …' without years)."""
    text = ent.doc.text
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(re.fullmatch(r"(1[89]|20)\d{2}", line)) and line == ent.text.strip()


_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|[-–—])?\s*$")


def _range_end_year(ent: Span, following: list[Span]) -> int | None:
    """'from January 29 to February 4, 1979' cut in two by the NER (or by a lost
    dash: 'January 29   February 4, 1979'): the end's year, which the start shares."""
    if not following or re.search(r"\b(1[89]|20)\d{2}\b", ent.text):
        return None
    end = following[0]
    gap = ent.doc[ent.end : end.start].text
    year = re.search(r"\b(1[89]|20)\d{2}\b", end.text)
    if year and end.start - ent.end <= 2 and _RANGE_GAP.match(gap):
        return int(year.group(0))
    return None


def resolve_doc_dates(doc: Doc, published: date | None) -> dict[int, tuple[Span, str]]:
    """Resolve every DATE entity. A date without a year ('on 26 March') takes the year
    the paragraph is talking about, if it named one, else the publication's."""
    out = {}
    year_in_focus: int | None = None
    last_end = 0
    spans = sorted(
        [e for e in doc.ents if e.label_ == "DATE"] + _bare_years(doc),
        key=lambda s: s.start,
    )
    section_year: int | None = None
    for n, ent in enumerate(spans):
        if "\n" in doc[last_end : ent.start].text_with_ws:
            year_in_focus = section_year  # a new paragraph: the section's year, if any
        last_end = ent.end
        if _heading_year(ent):  # a list's section heading '2019' dates its rows
            section_year = year_in_focus = int(ent.text.strip())
            out[ent.start] = (ent, ent.text.strip())
            continue
        tense = _clause_tense(ent)
        explicit = re.search(r"\b(1[89]|20)\d{2}\b", ent.text)
        relative = re.search(r"\b(last|next|this|coming|past)\b", ent.text.lower())
        value = resolve_date(
            ent.text,
            published,
            future=tense == "future",
            past=tense == "past",
            year_hint=None if relative else year_in_focus,
        )
        if ent.start in out:  # the end of a range already read with its start
            if explicit and not foreign_date(ent, ent.root):
                year_in_focus = int(explicit.group(0))
            continue
        if not relative and _range_end_year(ent, spans[n + 1 : n + 2]):
            end = spans[n + 1]  # one range, at the precision both ends share
            value = resolve_date(f"{ent.text} – {end.text}", published) or value
            out[end.start] = (end, value or "")
        if explicit and value and not foreign_date(ent, ent.root):
            # 'the signing of the Helsinki Accords in 1975' sets no year for later
            year_in_focus = int(value[:4])
        out[ent.start] = (ent, value or "")
    return out
