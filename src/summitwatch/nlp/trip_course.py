"""The stops a trip noun's own verb carries (issue #10, visits on unseen text).

News and Historian notes often let the trip itself travel: "The trip began in
India, where Mr. Obama signed …" (VOA), "a world tour that would take him to 11
countries in 3 weeks, including Pakistan, Afghanistan, and India" (Office of the
Historian), "Rice's trip will take her to Israel, …, Jordan, Egypt and Saudi
Arabia", "Trump's first foreign trip will include stops in Israel, …", "a tour that
began in Gambia and continued in Brazil" (VOA; its later legs). No travel
verb has the traveller as subject, so the sentence reader finds the trip noun with
no one on it. Read over the parse: a trip noun (`trip_course.json`) that is the
subject of a course verb ("begin", "take", "include"), or whose relative clause
is one ("a tour that would take him to"); the places in that verb's own phrases
are the stops; the traveller is the verb's personal object ("take him"), else the
trip's possessor, else the subject of the clause the noun hangs from ("X left
Washington on the first leg of a tour"), else the one person the sentence before
names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.event_dates import date_for, later_stop_date
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.references import persons_under

_SUBJECTS = ("nsubj", "nsubjpass")
_OTHER_CLAUSES = ("relcl", "advcl", "ccomp", "conj", "acl")


def course_stops(
    index: DocIndex, sent: Span, found: list[Event], make_event: Callable[..., Event]
) -> list[Event]:
    """One visit per stop a trip noun's course verb names, `make_event` being the
    sentence reader's builder; none where the sentence's own reading has them."""
    nouns = word_set("trip_course.json", "trip_nouns")
    out: list[Event] = []
    for noun in with_lemma(sent, nouns):  # runs on every sentence: the cue index
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in nouns:
            continue
        verb = _course_verb(noun)
        if verb is None:
            continue
        traveller = _traveller(index, noun, verb)
        if traveller is None:
            continue
        when = date_for(index, noun, [traveller])
        stops = [s for v in (verb, *_next_legs(verb)) for s in _stops(index, v)]
        for stop in stops:
            if stop.place.country == traveller.country:
                continue  # 'left Washington …': home is no stop
            if _told(found + out, traveller, stop):
                continue
            out.append(make_event("visit", noun, [traveller], stop, when))
            when = later_stop_date(when)  # the trip's first day is its first stop's
    return out


def _course_verb(noun: Token) -> Token | None:
    """The verb that carries the trip: its head when the noun is the subject
    ('The trip began in'), or its relative clause ('a tour that would take him')."""
    verbs = word_set("trip_course.json", "course_verbs")
    if noun.dep_ in _SUBJECTS and noun.head.lemma_.lower() in verbs:
        return noun.head
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() in verbs and any(
            c.dep_ in _SUBJECTS and c.tag_ == "WDT" for c in clause.children
        ):
            return clause
    return None


def _next_legs(verb: Token) -> list[Token]:
    """'a tour that began in Gambia and continued in Brazil': course verbs joined to
    the trip's own carry its later stops."""
    verbs = word_set("trip_course.json", "course_verbs")
    return [c for c in verb.conjuncts if c.lemma_.lower() in verbs and c.i > verb.i]


def _stops(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """The places in the verb's own phrases, not in a clause below them ('India,
    where Mr. Obama signed …' keeps India, not what the where-clause names)."""
    preps = word_set("trip_course.json", "course_preps")
    found: list[PlaceMention] = []
    for token in _own_tokens(verb):
        mention = index.place_at.get(token.i)
        if mention is None or mention in found or mention.start < 0:
            continue
        if token.i != index.doc[mention.start : mention.end].root.i:
            continue
        if mention.place.kind not in ("country", "city"):
            continue
        if _under_prep(token, preps) or (
            token.head.i == verb.i and token.dep_ == "dobj"
        ):
            found.append(mention)
    return found


def _own_tokens(head: Token) -> list[Token]:
    """`head`'s subtree without the clauses hung below it."""
    out = [head]
    for child in head.children:
        if child.dep_ in _OTHER_CLAUSES and child.pos_ in ("VERB", "AUX"):
            continue
        if child.dep_ in _SUBJECTS:
            continue
        out.extend(_own_tokens(child))
    return out


def _under_prep(token: Token, preps: frozenset[str]) -> bool:
    """A place that is the object of a course preposition, or coordinated with one."""
    for t in (token, *token.ancestors):
        if t.dep_ in ("prep", "pcomp") or t.lower_ in preps:
            return t.lower_ in preps
        if t.dep_ not in ("pobj", "conj", "appos", "compound", "dobj", "nmod"):
            return False
    return False


def _traveller(index: DocIndex, noun: Token, verb: Token) -> Participant | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            people = persons_under(index, child)
            if len(people) == 1:
                return people[0]
    owners = [
        p for c in noun.children if c.dep_ == "poss" for p in persons_under(index, c)
    ]
    if len(owners) == 1:
        return owners[0]
    clause = _clause_above(noun)
    if clause is not None:
        people = [
            p
            for c in clause.children
            if c.dep_ in _SUBJECTS
            for p in persons_under(index, c)
        ]
        if len(people) == 1:
            return people[0]
        return None
    return _only_person_before(index, noun)


def _clause_above(noun: Token) -> Token | None:
    """The verb of the clause the noun hangs from through prepositions ('left
    Washington on the first leg of a world tour'); none for a subject."""
    token = noun
    while token.dep_ in ("pobj", "prep") and token.head is not token:
        token = token.head
    if token is noun or token.pos_ not in ("VERB", "AUX"):
        return None
    return token


def _only_person_before(index: DocIndex, noun: Token) -> Participant | None:
    """'… following a 10-day Asian tour. … The trip began in India': the one person
    the two sentences before name."""
    start = window_start(noun.sent, 2)
    named = index.people_in(start, noun.i, same_name=True, latest=True)
    return named[0][1] if len(named) == 1 else None


def _told(events: list[Event], traveller: Participant, stop: PlaceMention) -> bool:
    return any(
        traveller.name in (p.name for p in e.participants)
        and e.location is not None
        and e.location.country == stop.place.country
        for e in events
    )
