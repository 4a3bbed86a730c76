"""Trip lists and visit tables: one row, one trip (issue #10, class 6).

Encyclopedia trip lists ("Saudi Arabia | Madina, Makkah, Jeddah | 18–19 September
2018 | State visit | …") and the Office of the Historian's visit lists ("President
Shehu Shagari Official visit. October 3–8, 1980") do not parse as sentences. A row
is read by its cells instead (`table_rows`, `row_events`); this module is the entry
point `extract.py` calls: it sets the sentence readings of rows aside and gives
every row's events, with a summit table's rows read as group meetings
(`summit_rows`) and attendance lists and title itineraries added, and it hands on
`row_merge.add_rows`, which folds the sentence events into the rows'.
"""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event, Participant
from summitwatch.nlp.attendance_lists import attendance_list, participant_table
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.frame import Frame, listed_meeting, party_leaders
from summitwatch.nlp.leader_table import leader_table_meetings
from summitwatch.nlp.received_rows import list_host, received_row
from summitwatch.nlp.row_events import row_events
from summitwatch.nlp.row_merge import add_rows
from summitwatch.nlp.row_people import list_subject
from summitwatch.nlp.row_places import list_destination
from summitwatch.nlp.summit_rows import participant_headers, summit_row
from summitwatch.nlp.table_rows import find_rows
from summitwatch.nlp.title_itinerary import title_itinerary

__all__ = ["add_rows", "itemized_rows", "read_tables"]  # what extract.py calls


def read_tables(
    index: DocIndex,
    per_sentence: list[tuple[Span, list[Event]]],
    frame: Frame | None = None,
) -> list[tuple[Span, list[Event]]]:
    """Replace the sentence readings of table rows by the rows' own events; add the
    gathering of an attendance list."""
    groups = (
        [
            None  # a memorandum's participants block is its own list
            if frame.memorandum
            else attendance_list(index, frame) or participant_table(index, frame),
            party_leaders(index, frame),
            listed_meeting(frame, next(index.doc.sents)),
        ]
        if frame
        else []
    )
    groups += title_itinerary(index)
    if any(groups):
        per_sentence = [*per_sentence, (index.doc[-1:], [g for g in groups if g])]
    rows = find_rows(index)
    if not rows:
        return per_sentence
    out: list[tuple[Span, list[Event]]] = []
    for sent, events in per_sentence:
        inside = [r for r in rows if r.span.start <= sent.start < r.span.end]
        if not inside:
            out.append((sent, events))
            continue
        row = inside[0]
        kept = events if "|" in row.span.text else []  # prose in a details cell
        out.append((sent, kept))
    return out


def itemized_rows(index: DocIndex) -> list[Event]:
    """Every row's events. They stay apart from the sentence events' folding: a
    list itemises its stops (SCHEMA.md rule 1), so a row's country-level stay, its
    extra cities and its meeting are separate events."""
    led = leader_table_meetings(index)  # one meeting a row (two offices' tables)
    rows = find_rows(index)
    if not rows:
        return led
    subject = list_subject(index)
    host = list_host(index, subject)  # 'List of state visits received by …'
    if host is not None:
        found = [e for row in rows for e in received_row(index, row, host)]
        return led + [e for i, e in enumerate(found)
                      if not any(_same_row_event(e, f) for f in found[:i])]  # fmt: skip
    destination = list_destination(index, any(r.columned for r in rows))
    starts = participant_headers(index)
    out: list[Event] = []
    country: str | None = None  # the Country cell a row span carries down
    carried: Participant | None = None  # 'December 9, 1994 … Attended …': the
    # Guest or President cell spans this row from the row above
    for row in rows:
        group = summit_row(index, row, starts)  # one summit a row (rule 16)
        events = (
            [group]
            if group
            else row_events(index, row, subject, destination, carried, country)
        )
        if group is None:
            carried = events[0].participants[0] if events else carried
            country = events[0].location.country if events else None
        for event in events:
            if not any(_same_row_event(event, e) for e in out):
                out.append(event)
    return led + out


def _same_row_event(a: Event, b: Event) -> bool:
    return (a.type, a.names, a.location.city, a.location.country, a.date) == (
        b.type, b.names, b.location.city, b.location.country, b.date)  # fmt: skip
