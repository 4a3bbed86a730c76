"""Where an event told only by its occasion happened (SCHEMA.md rule 17).

Readouts place a meeting by the gathering it was held at, not by a city: 'happy to
meet President X again following last year's Eastern Economic Forum', 'on the
sidelines of COP21', 'the bilateral talks on the occasion of the funeral service for
former Prime Minister Obuchi'. The gathering names the place: a summit or forum by its
edition in the KB calendar (`SummitCalendar.named`, the edition nearest the
publication date, or the year the phrase gives), a funeral, inauguration or coronation
of someone the KB knows by that person's country. Only events that have no country
of their own take it; an edition named with its year ('last year's forum', 'the 2015
summit') also dates an undated event. Words: `patterns/occasion_places.json`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.kb.places import Place
from summitwatch.models import Event
from summitwatch.nlp.dates import dates_agree
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.frame import LEDE_SENTENCES, Frame, summit_date
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import location_of

_PHRASE_DEPS = ("pobj", "dobj")
_PLACED = ("meeting", "visit")


@dataclass(frozen=True)
class Occasion:
    place: Place
    date: str | None  # the edition's days, when the phrase names its year or ordinal
    personal: bool = False  # someone's funeral, inauguration, coronation


@cache
def _words() -> dict:
    return load_patterns("occasion_places.json")


def _person_noun(token: Token) -> bool:
    """'funeral', 'inauguration', or 'funeral service' (the word as a compound)."""
    nouns = word_set("occasion_places.json", "person_occasions")
    if token.lemma_.lower() in nouns:
        return True
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in nouns for c in token.children
    )


def _whose(index: DocIndex, noun: Token) -> Place | None:
    """The country of the person a funeral or inauguration is of ('of the late
    former Prime Minister Keizo Obuchi', 'for President Funes'): someone living
    the phrase names, else someone dead (the mention index's `dead_at`)."""
    preps = set(_words()["person_occasion_preps"])
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for mentions in (index.person_at, index.dead_at):
            for token in prep.subtree:
                mention = mentions.get(token.i)
                code = mention.participant.country if mention is not None else None
                if code:
                    return index.kb.places.countries.get(code)
    return None


def _edition(index: DocIndex, head: Token) -> Occasion | None:
    """The calendar's edition the phrase ending at `head` names, nearest the
    publication date ('last year's Eastern Economic Forum': the year before it)."""
    gatherings = word_set("frame.json", "gathering_nouns")
    if head.pos_ != "PROPN" and head.lemma_.lower() not in gatherings:
        return None
    phrase = index.doc[head.left_edge.i : head.i + 1].text
    summit = index.kb.summit_named(phrase, index.published)
    if summit is None or summit.status in ("cancelled", "postponed"):
        return None
    place = index.kb.place(summit.city, country=summit.country) if summit.city else None
    place = place or index.kb.places.countries.get(summit.country)
    if place is None:
        return None
    specific = index.kb.calendar.dated_by(phrase, index.published)
    when = summit_date(summit.start, summit.end, summit.year) if specific else None
    return Occasion(place, when)


def occasion_in(index: DocIndex, sent: Span) -> Occasion | None:
    """The first occasion the sentence names as where or when something happened:
    a phrase governed by a preposition of place or time, or attended; not the
    topic of talk ('discussed the G20 summit') or a time bound ('since the summit')."""
    barred = set(_words()["not_at_the_occasion"])
    for token in sent:
        if token.dep_ not in _PHRASE_DEPS or token.pos_ not in ("NOUN", "PROPN"):
            continue
        if token.i in index.person_at or token.ent_type_ == "PERSON":
            continue  # 'with NATO Secretary General Spaak': a person, no gathering
        if token.dep_ == "pobj" and token.head.lower_ in barred:
            continue
        if token.dep_ == "dobj" and token.head.lemma_.lower() != "attend":
            continue
        if _person_noun(token):
            place = _whose(index, token)
            if place is not None:
                return Occasion(place, None, personal=True)
            continue
        found = _edition(index, token)
        if found is not None:
            return found
    return None


def place_at_occasion(index: DocIndex, sent: Span, events: list[Event]) -> None:
    """Events of the sentence with no country take its occasion's place (and the
    edition's date when they have none and the phrase names the edition)."""
    placeless = [
        e
        for e in events
        if e.type in _PLACED
        and e.location.country is None
        and e.location.city is None
        and e.start_char is not None
        and sent.start_char <= e.start_char < sent.end_char
    ]
    if not placeless:
        return
    found = occasion_in(index, sent)
    if found is None:
        return
    for event in placeless:
        if found.date and event.date and not dates_agree(event.date, found.date):
            continue  # the occasion is of another time than the event
        event.location = location_of(found.place)
        if found.date and len(found.date) > len(event.date or ""):
            event.date = found.date  # 'at the 2023 G7 summit': its days, not 2023


def frame_occasion(index: DocIndex, frame: Frame) -> None:
    """'bilateral meetings … with various dignitaries who have come to attend the
    funeral of the late former Prime Minister Obuchi': a page about someone's
    funeral or inauguration is placed in that person's country when nothing else
    places it, so its meetings listed one by one take that country
    (`fill_from_frame`). Summits named in the lede are the calendar's
    (`frame._from_calendar`)."""
    if frame.place is not None:
        return
    for n, sent in enumerate(index.doc.sents):
        if n >= LEDE_SENTENCES:
            return
        if not any(_person_noun(t) for t in sent):
            continue  # no funeral or inauguration: only a personal occasion counts
        found = occasion_in(index, sent)
        if found is not None and found.personal:
            frame.place = found.place
            return
