"""Rows of a summit table: one summit a row, its participants side by side (issue #10;
SCHEMA.md rules 2 and 16).

Encyclopedia pages on a series of summits ("Summit | Host Country | Participants |
Host City | Date", then "1st | Japan | Wen Jiabao | Tarō Asō | Lee Myung-bak |
Dazaifu | 13 December 2008") list, in each row, the leaders present at that edition.
A trip table reads a row as one traveller's journey; under a header that names the
participants, the row is instead one group meeting of everyone it names, at the
row's city and on its date.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from summitwatch.models import Event, Location
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.row_events import row_event
from summitwatch.nlp.row_places import places_in, row_location
from summitwatch.nlp.table_rows import Row, is_rule, line_spans


@cache
def _cues() -> tuple[re.Pattern[str], ...]:
    words = load_patterns("groups.json")["participant_list_cues"]
    return tuple(re.compile(rf"\b{re.escape(w)}\b", re.I) for w in words)


def participant_headers(index: DocIndex) -> list[int]:
    """Where the tables whose header names participants start (the token after the
    header rule '---|---|'), for the header line above the rule or the one below."""
    lines = line_spans(index)
    starts = []
    for i, line in enumerate(lines):
        if not is_rule(line) or i == 0:
            continue
        header = [lines[i - 1].text] + (
            [lines[i + 1].text] if i + 1 < len(lines) else []
        )
        if "|" in header[0] and any(c.search(" ".join(header)) for c in _cues()):
            starts.append(line.end)
    return starts


def summit_row(index: DocIndex, row: Row, starts: list[int]) -> Event | None:
    """The group meeting of a row under a participants header: two or more people,
    at the row's city (else its country) on the row's date."""
    if not any(start <= row.span.start for start in starts):
        return None
    people = [p for _, p in index.people_in(row.span.start, row.span.end)]
    if len(people) < 2 or row.date is None:
        return None
    return row_event("meeting", people, row_place(index, row.span), row, index)


def row_place(index: DocIndex, span: Span) -> Location:
    """The row's city ('Beijing'), else its host country's cell ('Japan')."""
    places = [p for _, p in places_in(index, span)]
    city = next((p for p in places if p.kind in ("city", "site")), None)
    country = city.country if city else next((p.country for p in places), None)
    return row_location(city, country)
