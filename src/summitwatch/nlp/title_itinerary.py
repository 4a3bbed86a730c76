"""A trip's countries listed in the page title: one visit to each (issue #10).

'Travel to Kenya, Nigeria, …, India and China, August 22-September 5, 2016' is a
one-line itinerary; the title is read as one row, dated by its own date, travelled
by the first person the body names.
"""

from __future__ import annotations

import re

from summitwatch.models import Event, Location
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.row_events import row_event
from summitwatch.nlp.row_people import people_in
from summitwatch.nlp.table_rows import Row, line_spans, row_date

_ITINERARY = re.compile(r"^\s*(?:travel|trip|tour|visits?|journey) to\b", re.I)


def title_itinerary(index: DocIndex) -> list[Event]:
    """'Travel to Kenya, Nigeria, …, India and China, August 22-September 5, 2016':
    a title that lists a trip's countries gives one visit to each, by the person the
    page is about (the first one its body names)."""
    lines = line_spans(index)
    if len(lines) < 2 or not _ITINERARY.match(lines[0].text):
        return []
    title = lines[0]
    names = re.split(r",|\band\b", _ITINERARY.sub("", title.text))
    found = (index.kb.place(n.strip()) for n in names if n.strip())
    countries = [p for p in found if p is not None and p.kind == "country"]
    body_people = [p for line in lines[1:4] for _, p in people_in(index, line)]
    if len(countries) < 2 or not body_people:
        return []
    traveller = body_people[0]
    row = Row(title, row_date(index, title))
    return [
        row_event("visit", [traveller], Location(country=c.country), row, index)
        for c in dict.fromkeys(countries)
        if c.country != traveller.country
    ]
