"""Prose itineraries: one trip, its stops listed in a sentence (issue #10, class 6).

'In the first visit, he went to Washington, Honolulu, New York City, Knoxville …',
'Later, he visited Knoxville in Tennessee, Salem and Eugene in Oregon, …', 'he also
visited Mexico (on 16–18 May 1960) and Canada (on 25–28 May 1960)'. The sentence
reader finds one visit for the first place; a list itemises its stops, and each
stop is a visit (SCHEMA.md rule 1; trip lists follow the same convention).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span

from summitwatch.models import Event, Location
from summitwatch.nlp.dates import YEAR
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.event_dates import later_stop_date
from summitwatch.nlp.mentions import PlaceMention, location_of
from summitwatch.nlp.told import told_event

# What may stand between two stops of one list: commas, 'and', 'in' before a
# state ('Knoxville in Tennessee'), a parenthesis with the stop's dates.
_LINK = re.compile(
    r"^(?:\s*\([^()]*\))?[\s,;]*(?:(?:and|as well as)\b\s*)?(?:in\b\s*)?"
    r"(?:[A-Z][a-z]+\s*(?:,|\band\b)\s*(?:and\b\s*)?)?$"  # a stop the KB lacks
)
_TRAVEL = re.compile(
    r"\b(?:he|she|they)\s+(?:also\s+|later\s+|then\s+)?"
    r"(?:went|travell?ed|visited|toured|flew)\b(?:\s+to\b)?",
    re.I,
)
MIN_STOPS = 2


def _mentions(index: DocIndex, sent: Span) -> list[PlaceMention]:
    return [
        m
        for i in range(sent.start, sent.end)
        if (m := index.place_at.get(i)) is not None and m.start == i
    ]


def _chain(index: DocIndex, sent: Span, first: PlaceMention) -> list[PlaceMention]:
    """The places listed with `first`, in order, up to the first break."""
    mentions = _mentions(index, sent)
    at = next((n for n, m in enumerate(mentions) if m.start == first.start), None)
    if at is None:
        return []
    chain = [first]
    for prev, nxt in zip(mentions[at:], mentions[at + 1 :], strict=False):
        between = index.doc[prev.end : nxt.start].text
        if not _LINK.match(between) and not _LINK.match(
            _undated(index, prev.end, nxt.start)
        ):
            break
        chain += _untagged_stops(index, prev.end, nxt.start)
        chain.append(nxt)
    return chain


def _undated(index: DocIndex, start: int, end: int) -> str:
    """The text between two stops without the dates of a semicolon list: 'Brazil,
    February 23–26; Argentina, February 26–29; and Uruguay' (real 437) lists one
    stop per item, each dated after a comma. Only where the item ends in ';'."""
    doc = index.doc
    if ";" not in doc[start:end].text:
        return doc[start:end].text
    kept: list[str] = []
    i = start
    while i < end:
        span = index.date_at.get(i)
        if span is not None and span[1]:
            i = max(span[0].end, i + 1)
            continue
        kept.append(doc[i].text_with_ws)
        i += 1
    return "".join(kept)


def _untagged_stops(index: DocIndex, start: int, end: int) -> list[PlaceMention]:
    """'Salem and Eugene, San Francisco': a stop the NER took for a person (or
    missed) between two listed stops, kept when the KB knows a city of that name."""
    out: list[PlaceMention] = []
    for token in index.doc[start:end]:
        if not token.text[:1].isupper() or token.lower_ in ("and", "in"):
            continue
        place = index.kb.place(token.text)
        if place is not None and place.kind == "city":
            out.append(PlaceMention(place, token.i, token.i + 1, token.text))
    return out


def _own_date(index: DocIndex, mention: PlaceMention) -> str | None:
    """'Mexico (on 16–18 May 1960)': the date in the parenthesis after a stop, or
    after its comma in a semicolon list ('Brazil, February 23–26; Argentina, …')."""
    doc = index.doc
    if mention.end >= len(doc) or doc[mention.end].text not in ("(", ","):
        return None
    close = ")" if doc[mention.end].text == "(" else ";"
    if close == ";" and mention.end + 1 not in index.date_at:
        return None  # the date must open the item's rest: 'Brazil, February 23–26;'
    for i in range(mention.end, min(len(doc), mention.end + 12)):
        if doc[i].text == close:
            return None
        if i in index.date_at and index.date_at[i][1]:
            if close == ";" and not _item_ends(index, i):
                return None
            return index.date_at[i][1]
    return None


def _item_ends(index: DocIndex, i: int) -> bool:
    """The date at token `i` closes its item of a semicolon list: ';' or the
    sentence's end right after it ('Uruguay, March 2–3.')."""
    end = index.date_at[i][0].end
    doc = index.doc
    rest = doc[end : doc[i].sent.end]
    return all(t.is_punct or t.is_space for t in rest) or doc[end].text == ";"


def _stop_location(mention: PlaceMention) -> Location | None:
    place = mention.place
    if place.kind in ("city", "site"):
        return location_of(place, region=False)
    if place.kind == "country":
        return Location(country=place.country)
    return None  # a state or province adds nothing to the trip's country


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3}


def _ordinal_year(index: DocIndex, sent: Span) -> str | None:
    """'… in 1960 and 1967. In the second visit, he went to …': the year of the
    visit the ordinal counts, from the years the sentence before lists."""
    word = next((t.lower_ for t in sent[:6] if t.lower_ in _ORDINALS), None)
    if word is None or sent.start == 0:
        return None
    before = index.doc[sent.start - 1].sent
    years = YEAR.findall(before.text)
    n = _ORDINALS[word]
    return years[n] if len(years) >= 2 and n < len(years) else None


def expand(index: DocIndex, sent: Span, events: list[Event]) -> list[Event]:
    """The other stops of a listed itinerary whose first stop the sentence reader
    read as a visit: one visit each, kept apart from the per-sentence folding
    (which would merge them into one trip)."""
    out: list[Event] = []
    for event in events:
        if event.type != "visit" or not event.location.country:
            continue
        first = next(
            (m for m in _mentions(index, sent) if _matches(m, event.location)),
            None,
        )
        if first is None:
            continue
        stops = [
            (m, loc) for m in _chain(index, sent, first) if (loc := _stop_location(m))
        ]
        if len(stops) < MIN_STOPS:
            continue
        kind = first.place.kind == "country"
        year = event.date or _ordinal_year(index, sent)
        abroad = _across_borders(stops, event.location.country)
        for mention, loc in stops:
            if (mention.place.kind == "country") != kind:
                continue
            if not kind and not abroad and loc.country != event.location.country:
                # a namesake abroad ('Salem' in India): re-read in the trip's country
                loc = _reread(index, mention, event.location.country)
                if loc is None:
                    continue
            later = mention.start != first.start
            date = _own_date(index, mention) or (
                later_stop_date(year) if later else year
            )
            stop = replace(event, location=loc, date=date)
            if (mention.start != first.start or date != event.date) and all(
                (e.location.city, e.location.country) != (loc.city, loc.country)
                for e in [*out, event]  # 'the Sunnylands estate in Rancho Mirage'
            ):
                out.append(stop)
    return out


def _across_borders(
    stops: list[tuple[PlaceMention, Location]], home: str | None
) -> bool:
    """'will travel to Jerusalem, Ramallah, Ho Chi Minh City, Hanoi, Tacloban, and
    Manila': most cities listed lie outside the first one's country, so each is read
    in its own; a domestic tour ('Knoxville …, Salem and Eugene') has most in one,
    and a stray abroad is a namesake there."""
    cities = [loc.country for m, loc in stops if m.place.kind != "country"]
    return bool(cities) and 2 * cities.count(home) <= len(cities)


def _reread(index: DocIndex, mention: PlaceMention, country: str | None):
    """A stop's namesake in the trip's country ('Salem', Oregon, not Salem, India)."""
    place = index.kb.place(mention.text, country=country) if country else None
    if place is None or place.country != country:
        return None
    return location_of(place, region=False)


def _narrative_year(index: DocIndex, sent: Span) -> str | None:
    """The latest date the narrative gave before the sentence."""
    before = index.dates_in(0, sent.start, text_order=True)
    return before[-1][1][:4] if before else None


def pronoun_trips(index: DocIndex, sent: Span, events: list[Event]) -> list[Event]:
    """'Later, he visited Knoxville in Tennessee, Salem and Eugene in Oregon, …' where
    the sentence reader found no traveller: the person the narrative is about (the
    one named most often before it), one visit per listed stop, past tense only."""
    if events:
        return []
    found = _TRAVEL.search(span_text(sent))
    if found is None:
        return []
    verb = sent.char_span(found.start(), found.end(), alignment_mode="expand")
    if verb is None or not any(t.tag_ == "VBD" for t in verb):
        return []
    after = [m for m in _mentions(index, sent) if m.start >= verb.end]
    if not after:
        return []
    before = [m for m in index.persons if m.start < sent.start]
    if not before:
        return []
    names = [m.participant.name for m in before]  # the narrative's protagonist:
    traveller = max(  # the most named, the latest of equals ('hosted by X' is not)
        reversed([m.participant for m in before]), key=lambda p: names.count(p.name)
    )
    stops = [
        (m, loc) for m in _chain(index, sent, after[0]) if (loc := _stop_location(m))
    ]
    if len(stops) < MIN_STOPS:
        return []
    countries = [loc.country for _, loc in stops if loc.city]
    # ties go to the first named, not to the hash order of a set (reproducible runs)
    home = max(dict.fromkeys(countries), key=countries.count) if countries else None
    stops = [  # 'Salem' among Oregon's stops is no Indian city
        (m, loc if not loc.city or loc.country == home else _reread(index, m, home))
        for m, loc in stops
    ]
    stops = [(m, loc) for m, loc in stops if loc is not None]
    year = _ordinal_year(index, sent) or _narrative_year(index, sent)
    return [
        told_event("visit", [traveller], loc, _own_date(index, m) or year, sent)
        for m, loc in stops
    ]


def _matches(mention: PlaceMention, loc: Location) -> bool:
    place = mention.place
    if loc.city:
        return place.kind in ("city", "site") and place.venue_city == loc.city
    return place.kind == "country" and place.country == loc.country
