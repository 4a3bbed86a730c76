"""Where an event happened: the places governed by a trigger, told apart from
the parties' countries, titles and topics that only name a country."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Span, Token

from summitwatch.nlp.announced import dated_relative_clause
from summitwatch.nlp.clause_subjects import governing_verb, where_clause
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.doc_index import FALLBACK_WINDOW, DocIndex
from summitwatch.nlp.event_dates import dated_apart
from summitwatch.nlp.joint_talk import talk_topic
from summitwatch.nlp.lexicon import lexicon, load_patterns, word_set
from summitwatch.nlp.mentions import (
    PlaceMention,
)
from summitwatch.nlp.person_clause import in_persons_past_clause
from summitwatch.nlp.status import trip_clause
from summitwatch.nlp.time_clause import since_clause, since_phrase
from summitwatch.nlp.topics import inside_topic, topic_prep


def places_for(
    index: DocIndex, trigger: Token, *, fallback: bool = True
) -> list[PlaceMention]:
    """Venue candidates: places in the trigger's destination phrases, else the
    sentence's.

    The sentence reader asks for each trigger, and again when it builds the event;
    the answer rests only on the parse and the index's mentions, complete before any
    reader runs, so the governed places are kept per trigger (`DocIndex.memo`).
    """
    kept: dict[int, list[PlaceMention]]
    kept = index.memo.setdefault("places_for", {})  # type: ignore[assignment]
    governed = kept.get(trigger.i)
    if governed is None:
        governed = kept[trigger.i] = _governed_places(index, trigger)
    if governed or not fallback:
        return list(governed)
    return _loose_places(index, trigger)


def _governed_places(index: DocIndex, trigger: Token) -> list[PlaceMention]:
    """The places in the trigger's own destination phrases (or its clause's)."""
    preps = set(lexicon().triggers["destination_preps"]) - {"from"}
    verb = governing_verb(trigger)
    heads = [trigger, verb]
    if verb.dep_ in ("xcomp", "advcl", "conj") and verb.head is not verb:
        if not dated_apart(index, verb.head, trigger):  # each conjunct its own time
            heads.append(verb.head)
    told = trip_clause(trigger)
    if told is not None:  # 'the visit that I had in Israel'
        heads.insert(1, told)
    found: list[PlaceMention] = _where_clause(index, verb) or welcomed_to(
        index, trigger
    )
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
                and not talk_topic(head, child.i)  # 'discussed Taiwan'
            ):
                for conj in (child, *child.conjuncts):
                    found += _places_in(index, conj, shallow=True)
        if found:
            break
    found = found or _visit_scene(index, verb) or _on_the_sidelines(index, verb)
    found = found or _since_clause(index, verb)
    return _unique_places(found or _named_accord(index, trigger))


def _since_clause(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """'the first visit to Mexico by a prime minister since Mr. Kaifu went in 1989,
    the first to Chile since Mr. Kishi went in 1959': a trip told by a bare 'went'
    in a 'since' clause went where the first it dates went."""
    if verb.dep_ != "advcl" or not since_clause(verb):
        return []
    head = verb.head  # 'the first to Chile since …', or 'This was the first visit
    # to Mexico … since …' with the clause hung on 'was'
    firsts = [head, *(c for c in head.children if c.dep_ == "attr")]
    found: list[PlaceMention] = []
    for prep in (c for first in firsts for c in first.children):
        if prep.dep_ == "prep" and prep.lower_ == "to":
            found += _places_in(index, prep)
    return found


def _name_place(index: DocIndex, noun: Token) -> list[PlaceMention]:
    """The town or site an accord's name opens with ('Nassau', 'Camp David'); the
    index leaves such names out as venues (`mentions._inside_name`)."""
    words = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not words or words[-1].i != noun.i - 1:
        return []
    start, end = words[0].i, noun.i
    text = index.doc[start:end].text
    place = index.kb.place(text)
    if place is None or place.kind not in ("city", "site"):
        return []
    return [PlaceMention(place, start, end, text)]


def _named_accord(index: DocIndex, trigger: Token) -> list[PlaceMention]:
    """'The Nassau Agreement … was a treaty negotiated between Kennedy … and
    Macmillan', 'The Simla Agreement was signed by …': an accord the clause is about,
    named after the town (or site) it was made in, places the meeting that made it
    when nothing else does."""
    nouns = word_set("venue.json", "accord_nouns")
    token = trigger
    while True:
        for subject in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lemma_.lower() not in nouns:
                continue
            return _name_place(index, subject)
        if token.head is token or token.dep_ not in ("acl", "attr", "relcl", "conj"):
            return []
        token = token.head


def _loose_places(index: DocIndex, trigger: Token) -> list[PlaceMention]:
    """The place nearest the trigger in its sentence, when nothing governs one."""
    sent = trigger.sent
    parties = party_countries(index, sent)
    loose = [
        m
        for i, m in sorted(index.place_at.items())
        if sent.start <= i < sent.end
        and i == m.start
        and not is_title(index, m)
        and not is_topic(index, m)
        and not talk_topic(trigger, i)
        and abs(i - trigger.i) <= FALLBACK_WINDOW
        and not _is_counterpart(index, m)
        and m.start not in parties
        and index.doc[m.start : m.end].root.dep_ not in ("nsubj", "nsubjpass")
        and not _anothers_destination(index, m, trigger)
        and not dated_relative_clause(index.doc[m.start], trigger)
        and not in_persons_past_clause(index.doc[m.start])  # his own earlier trip
        and not since_phrase(index.doc[m.start], trigger)
        and not dated_apart(index, index.doc[m.start], trigger)  # 'received X in
        # Moscow last month, and today we had talks with Y'
        and not owner_only(index, m)
    ]
    loose.sort(key=lambda m: (m.start < trigger.i, abs(m.start - trigger.i)))
    return _unique_places(loose[:1])


def _anothers_destination(
    index: DocIndex, mention: PlaceMention, trigger: Token
) -> bool:
    """'the April 8 State visit of Prime Minister Chretien; his travel in May to
    Mexico': a place in another trip noun's own destination phrase is that trip's."""
    prep = index.doc[mention.start : mention.end].root.head
    noun = prep.head
    words = lexicon().triggers["visit_nouns"]
    return (
        prep.dep_ == "prep"
        and prep.lower_ in lexicon().triggers["destination_preps"]
        and noun.i != trigger.i
        and not trigger.left_edge.i <= noun.i <= trigger.right_edge.i  # 'go forward
        # with his planned travel to Malaysia': the same trip
        and noun.pos_ == "NOUN"
        and noun.lemma_.lower() in words
    )


_SIDELINES = frozenset({"sidelines", "margins", "sideline", "margin"})


def _on_the_sidelines(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """'having discussions with Trump … on the sidelines of the G7 summit meeting,
    which will be held in Canada': the gathering's place, even where the parse hung
    the phrase lower in the clause."""
    for token in verb.subtree:
        if token.lower_ not in _SIDELINES:
            continue
        for of in (c for c in token.children if c.lower_ == "of"):
            found = [m for g in of.children for m in _places_in(index, g)]
            if found:
                return found
    return []


def _visit_scene(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """'When he visited Saudi Arabia in 1970, he directly approached King Faisal
    about visiting Japan': a visit in a 'when' clause sets the scene of the main
    verb; the place the talk was about is no venue."""
    visits = set(lexicon().triggers["visit_verbs"])
    found: list[PlaceMention] = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in visits:
            continue
        if not any(c.lower_ in ("when", "while") for c in clause.children):
            continue
        for child in clause.children:
            if child.dep_ == "dobj":
                found += _places_in(index, child, shallow=True)
            elif child.dep_ == "prep" and child.lower_ in ("to", "in"):
                found += _places_in(index, child)
    return found


def welcomed_to(index: DocIndex, trigger: Token) -> list[PlaceMention]:
    """'will welcome Brazil's president, Luiz Inacio Lula da Silva, to the White
    House': the place a guest is welcomed to is the venue, also when the parse hangs
    'to the White House' on the guest rather than on the verb."""
    lemmas = word_set("announced.json", "welcoming_lemmas")
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in lemmas:
        return []
    guests = [c for c in trigger.children if c.dep_ in ("dobj", "appos")]
    for phrase in [trigger, *guests]:
        for prep in phrase.children:  # the parser may make 'to' a dative
            if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
                found = _places_in(index, prep)
                if found:
                    return found
    return []


def _where_relative(verb: Token) -> Token | None:
    """The 'where' clause the verb tells, also through an infinitive: in 'Jordan,
    where he is scheduled to have lunch with …' the parser hangs 'where' on 'have'
    and makes 'scheduled' the relative clause ('are due to …': 'due' a complement);
    the chain of xcomp and acomp links up to that clause is one clause."""
    chain = [verb]
    while chain[-1].dep_ in ("xcomp", "acomp") and chain[-1].head is not chain[-1]:
        chain.append(chain[-1].head)
    top = chain[-1]
    if where_clause(top) or (
        top.dep_ == "relcl"
        and any(
            c.lower_ == "where" and c.dep_ == "advmod"
            for t in chain
            for c in t.children
        )
    ):
        return top
    return None


def _where_clause(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """The place a 'where' clause hangs on is the venue of the clause's events."""
    clause = _where_relative(verb)
    if clause is None:
        return []
    head = clause.head
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
    kept: dict[tuple[int, int], set[int]]
    kept = index.memo.setdefault("party_countries", {})  # type: ignore[assignment]
    key = (sent.start, sent.end)  # asked once per trigger of the sentence
    if key not in kept:
        kept[key] = _party_countries(index, sent)
    return kept[key]


def _party_countries(index: DocIndex, sent: Span) -> set[int]:
    nouns = set(lexicon().triggers["meeting_nouns"])
    out: set[int] = set()
    for word in with_lemma(sent, word_set("triggers.json", "meeting_nouns")):
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


_DASHES = frozenset({"-", "–", "—", "/"})


def _dash_pairs(index: DocIndex, sent: Span) -> set[int]:
    """'Eritrea–Ethiopia', 'Russia–United States': two countries joined by a dash
    name the two sides, whatever the parse made of them."""
    out: set[int] = set()
    for t in with_lower(sent, _DASHES):
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
    while root.dep_ in ("conj", "appos") and root.head is not root:
        root = root.head  # 'the leaders of Kyrgyzstan and Tajikistan', 'Kim of
        # Korea (ROK)': a conjunct or a bracketed short name qualifies as its head does
    head = root.head
    while head.dep_ == "compound" and head.head is not head:
        head = head.head  # "Primorye Territory Governor": up to the governor
    people = set(lexicon().triggers["people_nouns"]) | set(
        lexicon().triggers["head_of_state_words"]
    )
    if root.dep_ == "pobj" and head.lower_ == "of":
        owner = _owner_of(root)  # "President of the Republic of Uganda", "Hu of China"
        return owner.lemma_.lower() in people or owner.i in index.person_at
    if root.dep_ == "pobj" and head.lower_ == "for":  # 'negotiated between Kennedy
        # for the United States and Macmillan for the United Kingdom': the side each
        # stands for (the parser hangs 'for' on the verb as often as on the name)
        return head.head.i in index.person_at or head.i - 1 in index.person_at
    return root.dep_ in ("compound", "amod", "nmod", "poss") and (
        head.i in index.person_at
        or head.ent_type_ == "PERSON"
        or head.lemma_.lower() in people
    )


_STATE_WORDS = frozenset(
    "republic kingdom state states federation emirate emirates commonwealth union "
    "people government".split()
)


@cache
def _layers() -> frozenset[str]:
    """The state words and office bodies an 'of'-phrase passes through, built once
    (asked for each place named after a title)."""
    return _STATE_WORDS | frozenset(load_patterns("venue.json")["office_bodies"])


def _owner_of(pobj: Token) -> Token:
    """What an 'of'-phrase qualifies, through 'the Republic of …' layers and the
    bodies an office belongs to ('General Secretary of the Communist Party of the
    Soviet Union', 'Chairman of the Council of Ministers of …')."""
    layers = _layers()
    owner = pobj.head.head
    while (
        owner.dep_ == "pobj"
        and owner.head.lower_ == "of"
        and owner.lemma_.lower() in layers
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
        if since_phrase(t, token):  # 'for the first time since the G7 Hiroshima
            continue  # Summit': the place of the occasion the period starts from
        if mention and t.i == mention.start and not is_title(index, mention):
            if not is_topic(index, mention) and not (
                t is not token and owner_only(index, mention)
            ):
                out.append(mention)
    return out


_TOPIC_PREPS = frozenset({"on", "about", "regarding", "concerning"})


def owner_only(index: DocIndex, mention: PlaceMention) -> bool:
    """'tensions spawned by Syria's civil war', 'escalate Ukraine's mass protests': a
    country in the possessive owns a thing and says nothing of where the sentence's
    event happened; kept only when the owned noun is itself a destination ('at
    Russia's Black Sea resort', 'in Ukraine's capital') or a place itself ('visited
    China's capital')."""
    root = index.doc[mention.start : mention.end].root
    owned = root.head
    if root.dep_ != "poss" or owned is root or owned.pos_ != "NOUN":
        return False
    if owned.lemma_.lower() in lexicon().triggers["goal_verbs"]["reach"]:
        return False
    prep = owned.head
    if owned.dep_ == "pobj" and prep.lower_ == "of" and _occasion(prep.head):
        return False  # 'the celebrations of Kenya's ruling party': held in Kenya
    return not (
        owned.dep_ == "pobj" and prep.lower_ in lexicon().triggers["destination_preps"]
    )


def _occasion(token: Token) -> bool:
    """An occasion someone attends ('will not be attending the celebrations of
    Kenya's ruling party'): whose it is says where it is held. Only the object of an
    attending verb: a possessive under any other noun ('talks on Syria's war') stays
    the owner of a thing."""
    triggers = lexicon().triggers
    lemma = token.lemma_.lower()
    return (
        token.pos_ == "NOUN"
        and (
            lemma in triggers["meeting_nouns"]
            or lemma in triggers["inauguration_nouns"]
        )
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in triggers["attending_verbs"]
    )


def is_topic(index: DocIndex, mention: PlaceMention) -> bool:
    """'a report on Zimbabwe', 'the Conference on Afghanistan', 'tensions with
    North Korea': a place that is the subject matter of a noun, or the other side
    of a relation, not where anything happens."""
    root = index.doc[mention.start : mention.end].root
    while root.dep_ == "conj" and root.head is not root:
        root = root.head  # 'their discussion of China and Taiwan'
    prep = root.head
    return (
        root.dep_ == "pobj"
        and (
            (
                prep.lower_ in _TOPIC_PREPS
                and prep.head.pos_ in ("NOUN", "PROPN")
                and prep.head.i not in index.place_at
            )
            or topic_prep(prep)  # 'the issue of …', 'tensions with North Korea'
        )
        or inside_topic(root)
    )  # 'issues, including policies toward North Korea'


def _unique_places(found: list[PlaceMention]) -> list[PlaceMention]:
    out: list[PlaceMention] = []
    for m in found:
        if all(m.place != o.place for o in out):
            out.append(m)
    return out
