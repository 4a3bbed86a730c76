"""Sentence events and row events together: each said once (issue #10, class 6).

The sentence reader also reads the prose inside a row's notes cell; the row reads
that better (it knows the traveller and the year). This folds a sentence event that
retells a row's trip or meeting into the row's, and drops readings of a row's
cells that the row overrules.
"""

from __future__ import annotations

from dataclasses import replace

from summitwatch.kb.names import one_city
from summitwatch.models import Event
from summitwatch.nlp.assemble import merge_pair, same_event


def add_rows(
    events: list[Event], rows: list[Event], tabled: int | None = None
) -> list[Event]:
    """The sentence events plus the rows' own, a sentence event that retells a
    row's trip or meeting folded into it. The first `tabled` rows are a table's
    (the rest are a prose itinerary's stops): only theirs overrule the reading of
    their own cells."""
    out = list(rows)
    table = rows[: len(rows) if tabled is None else tabled]
    for event in events:
        if _garbled_row_reading(event, table):
            continue
        same = [
            i
            for i, row in enumerate(out[: len(rows)])
            if same_event(row, event) or _part_of_row_meeting(event, row)
        ]
        city = event.location.city
        exact = [i for i in same if city is None or _one_city(city, out[i])]
        cityless = [i for i in same if not out[i].location.city]
        taken = bool(city) and any(e.location.city == city for e in out[: len(rows)])
        if exact or (cityless and not taken):  # 'Japan' listed, 'Tokyo' in prose
            i = (exact or cityless)[0]
            out[i] = merge_pair(out[i], event)
        else:
            out.append(event)
    return out


def _one_city(city: str, row: Event) -> bool:
    """The row names the same city, perhaps with more words ('New York City')."""
    return bool(row.location.city) and one_city(city, row.location.city or "")


def _garbled_row_reading(event: Event, rows: list[Event]) -> bool:
    """A sentence reading of a row's notes cell that the row itself reads
    better: 'met with Emperor Hirohito and Prime Minister Ohira' without its
    subject (the row's traveller) is no meeting of the two; 'Attended the funeral
    …' is the row's own trip, which the row gives as its meeting (rule 1)."""
    mine = [r for r in rows if _inside(r, event.start_char)]
    if not mine:
        return False
    travellers = {r.participants[0].name for r in mine if r.participants}
    names = set(event.names)
    if any(
        r.type == event.type
        and set(r.names) == names
        and r.location.country == event.location.country
        and (
            event.location.city in (None, r.location.city)
            or len(names) > 2
            or event.location.city in (r.location.city or "").split()
        )
        for r in mine
    ):
        return True  # the row's own event, read without the row's year ('Berlin'
        # of the row's 'West Berlin' cell read in its notes; a group
        # the row gathers is placed by the row: 'attended the inauguration of X
        # with Y. Afterwards toured Bogor' is not in Bogor)
    if event.type == "meeting":
        return not names & travellers or _row_counterparts_read_together(event, mine)
    met_there = any(
        r.type == "meeting" and r.location.country == event.location.country
        for r in mine
    )
    return event.type == "visit" and names <= travellers and met_there


def _row_counterparts_read_together(event: Event, rows: list[Event]) -> bool:
    """'attended the ASEAN Summit, and met with A, B, C and D' read by the
    sentence reader as one group: the row has decided between pairs and a group
    (each of them met in a meeting of the row), and its reading stands."""
    met = {n for r in rows if r.type == "meeting" for n in r.names[1:]}
    others = set(event.names[1:])
    return len(others) > 1 and others <= met


def _part_of_row_meeting(event: Event, row: Event) -> bool:
    """A reading of the row's own prose that the row already holds: a pairwise
    reading of 'meeting with President X and First Lady Y' inside the row's group
    meeting of the couple, or 'Met President Johnson' resolved on the publication
    date to a namesake the row, read on its own date, did not take."""
    if not _inside(row, event.start_char) or not event.type == row.type == "meeting":
        return False
    ours = list(row.names)
    others = [n for n in ours if n not in event.names]
    if any(n.split()[-1] not in event.evidence for n in others):
        return False  # 'met with … Charles III at Buckingham Palace': a meeting of
        # its own, apart from the row's gathering at his coronation with Kiro
    for name in event.names:
        same = [n for n in ours if n == name or n.split()[-1] == name.split()[-1]]
        if not same:
            return False
        ours.remove(same[0])
    return same_event(replace(event, participants=row.participants), row)


def _inside(row: Event, at: int | None) -> bool:
    """Whether the character `at` lies in the row's own text."""
    start = row.start_char
    return at is not None and start is not None and start <= at < (row.end_char or 0)
