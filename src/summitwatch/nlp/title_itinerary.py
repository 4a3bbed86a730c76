"""A trip's countries listed in the page title: one visit to each (issue #10).

'Travel to Kenya, Nigeria, …, India and China, August 22-September 5, 2016' is a
one-line itinerary; the title is read as one row, dated by its own date, travelled
by the first person the body names.
"""

from __future__ import annotations

import re

from summitwatch.models import Event, Location
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.row_events import row_event
from summitwatch.nlp.status import event_status
from summitwatch.nlp.table_rows import Row, line_spans, row_date

# 'Travel to …', or a release headline 'Secretary Kerry Travel to …' / 'Secretary
# Pompeo to Travel to …': a few capitalised words (the traveller) may come first.
_ITINERARY = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*\s+){0,4}(?:to\s+)?"
    r"(?:travel|trip|tour|visits?|journey) to\b",
    re.I,
)
_STOP_KINDS = ("country", "city")
_TRAVEL_LEMMAS = {"travel", "visit", "go", "tour", "fly"}


def title_itinerary(index: DocIndex) -> list[Event]:
    """'Travel to Kenya, Nigeria, …, India and China, August 22-September 5, 2016':
    a title that lists a trip's countries gives one visit to each, by the person the
    page is about (the first one its body names)."""
    lines = line_spans(index)
    if len(lines) < 2 or not _ITINERARY.match(span_text(lines[0])):
        return []
    title = lines[0]
    names = re.split(r",|\band\b", _ITINERARY.sub("", span_text(title)))
    found = (index.kb.place(n.strip()) for n in names if n.strip())
    stops = [p for p in found if p is not None and p.kind in _STOP_KINDS]
    # 'Secretary Kerry Travel to'
    named = [p for _, p in index.people_in(title.start, title.end)]
    body_people = [
        p for line in lines[1:4] for _, p in index.people_in(line.start, line.end)
    ]
    if len(stops) < 2 or not (named or body_people):
        return []
    traveller = (named or body_people)[0]
    row = Row(title, row_date(index, title))
    events = [
        row_event("visit", [traveller], _stop(c), row, index)
        for c in dict.fromkeys(stops)
        if c.country != traveller.country
    ]
    status = _body_status(index, lines[1:], traveller)
    for event in events:
        event.status = status or event.status
    return events


def _body_status(index: DocIndex, lines, traveller) -> str | None:
    """The trip's status as the body tells it: the first travel word of a sentence
    naming the traveller ('Secretary of State John Kerry will travel to Colombo'
    under 'Secretary Kerry Travel to …' is planned, not a trip already made)."""
    for line in lines:
        for token in line:
            if token.lemma_.lower() not in _TRAVEL_LEMMAS or token.pos_ != "VERB":
                continue
            sent = token.sent
            if any(p == traveller for _, p in index.people_in(sent.start, sent.end)):
                status, _ = event_status(
                    token, sent, event_date=None, published=index.published
                )
                return status
    return None


def _stop(place) -> Location:
    """A listed city is that city ('Colombo, Nairobi, Mogadishu'), a country the
    country."""
    if place.kind == "city":
        return Location(city=place.name, country=place.country)
    return Location(country=place.country)
