"""Facts of the record that a view's day does not change, worked out once per
record and KB, each with the first day a view may see it.

Every `pairs.View` (the record as known at the end of a day) needs each meeting's
leaders, the dyads' meeting months, everyone's activity, when each leader was
first seen and the signals between two countries. A model fit builds seven views
of one record (the as-of day and six year-ends for the blend), and rebuilding these
for each took a third of the fit on a large record. Yet whether a person led a
meeting hardly depends on the view: the KB's verdict on that person at the
meeting's date does not at all, and the record-only test (lacking a KB, someone
seen meeting a person from another country) holds from the day the first such
meeting became known. So each fact is kept once with its *visible day*: the day
the meeting became known, or later, the day the record first showed that person
abroad. A view at day D keeps the facts visible by D, which is exactly what it
would have computed from its own items: nothing known after D reaches it.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from itertools import compress
from weakref import WeakKeyDictionary

import numpy as np

from summitwatch.forecast import places
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.record import Item, Person, Record, visible

SIGNAL_KINDS = ("invitation", "planned", "proposed", "cancelled", "withdrawn")
NEVER = date.max.toordinal()

Dyad = frozenset[str]


class Dated:
    """Meeting months, each with the day it becomes visible; cut at a view's day."""

    def __init__(self, rows: list[tuple[int, int]]) -> None:
        rows.sort()
        self.days = np.array([day for day, _ in rows], dtype=np.int64)
        self.months = np.array([month for _, month in rows], dtype=np.int64)

    def upto(self, day: int) -> np.ndarray:
        """Sorted months visible by `day` (empty when none)."""
        return np.sort(self.months[: np.searchsorted(self.days, day, side="right")])


class RecordIndex:
    """Leaders, dyads, activity, first sightings and signals of one record, read
    with one KB (`PeopleBook`); `View` cuts each at its day."""

    def __init__(self, record: Record, book: PeopleBook) -> None:
        self.meetings = sorted(
            (i for i in record.items if i.kind == "meeting"), key=_by_month
        )
        days = [visible(m) for m in self.meetings]
        self.meeting_days = np.array(days, dtype=np.int64)
        self.abroad = _abroad(self.meetings, days)
        dyads: dict[Dyad, list[tuple[int, int]]] = defaultdict(list)
        activity: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.sightings: dict[str, dict[str, list[tuple[int, str, int]]]] = {}
        for m, shown in zip(self.meetings, days, strict=True):
            leaders = self._leaders(m, shown, book)
            if not leaders:
                continue
            if all(day == shown for day, _ in leaders):  # as soon as it is known
                led, active = _at_once(leaders, shown)
            else:
                led, active = _dyads_led(leaders), _active(leaders)
            for dyad, day in led.items():
                dyads[dyad].append((day, m.month))
            for key, day in active.items():
                activity[key].append((day, m.month))
            for day, p in leaders:
                if p.country:  # in the meeting's order of people, as the view reads
                    found = self.sightings.setdefault(p.country, {})
                    found.setdefault(p.key, []).append((day, p.name, m.month))
        self.dyads = {dyad: Dated(rows) for dyad, rows in dyads.items()}
        self.activity = {key: Dated(rows) for key, rows in activity.items()}
        self.signals = _signal_index(record.items)

    def _leaders(
        self, meeting: Item, shown: int, book: PeopleBook
    ) -> list[tuple[int, Person]]:
        """(visible day, person) for the people who led the meeting, in its order:
        the KB's verdict on the meeting's date, else a person seen abroad."""
        out = []
        for p in meeting.people:
            verdict = book.is_leader(p.name, meeting.start)
            if verdict is None and p.key in self.abroad:
                out.append((max(shown, self.abroad[p.key]), p))
            elif verdict:
                out.append((shown, p))
        return out

    def seen_abroad(self, person: Person, day: int) -> bool:
        """Whether the record shows the person meeting someone from another country
        by `day`: a leader, lacking a KB."""
        return self.abroad.get(person.key, NEVER) <= day

    def meetings_by(self, day: int) -> list[Item]:
        """Meetings known by `day`, by month (as `View.meetings`)."""
        return list(compress(self.meetings, self.meeting_days <= day))

    def first_seen(self, day: int) -> dict[str, dict[str, tuple[str, int]]]:
        """Country → {leader key: (name, month of the first meeting led)} by `day`."""
        out: dict[str, dict[str, tuple[str, int]]] = {}
        for country, keys in self.sightings.items():
            for key, rows in keys.items():
                first = next((row for row in rows if row[0] <= day), None)
                if first is not None:
                    out.setdefault(country, {})[key] = first[1:]
        return out

    def signals_by(self, dyad: Dyad, day: int) -> list[Item]:
        """Signals and visits that could concern the dyad, known by `day`."""
        rows = self.signals.get(dyad, ())
        return [item for item, shown in rows if shown <= day]


def _abroad(meetings: list[Item], days: list[int]) -> dict[str, int]:
    """Person key → the first day the record shows them meeting a foreigner."""
    out: dict[str, int] = {}
    for m, day in zip(meetings, days, strict=True):
        if len(m.countries) >= 2:
            for p in m.people:
                if day < out.get(p.key, NEVER):
                    out[p.key] = day
    return out


def _at_once(
    leaders: list[tuple[int, Person]], day: int
) -> tuple[dict[Dyad, int], dict[str, int]]:
    """`_dyads_led` and `_active` when every leader is seen on the same day."""
    countries = {p.country for _, p in leaders}
    sides = [c for c in countries if c]
    led = {frozenset((a, b)): day for a in sides for b in sides if a < b}
    if len(countries) < 2:
        return led, {}
    return led, dict.fromkeys([*sides, *(p.key for _, p in leaders)], day)


def _dyads_led(leaders: list[tuple[int, Person]]) -> dict[Dyad, int]:
    """Each dyad of the leaders' countries → the day both sides' leaders are seen."""
    first: dict[str, int] = {}
    for day, p in leaders:
        if p.country:
            first[p.country] = min(day, first.get(p.country, NEVER))
    return {
        frozenset((a, b)): max(first[a], first[b])
        for a in first
        for b in first
        if a < b
    }


def _active(leaders: list[tuple[int, Person]]) -> dict[str, int]:
    """Country or person key → the day the meeting counts as its activity: leaders
    of two countries (or one and a leader of none) are seen, and one is theirs."""
    countries: set[str | None] = set()
    both = None
    for day, p in sorted(leaders, key=lambda row: row[0]):
        countries.add(p.country)
        if len(countries) >= 2:
            both = day
            break
    if both is None:
        return {}
    out: dict[str, int] = {}
    for day, p in leaders:
        for key in (p.country, p.key) if p.country else (p.key,):
            out[key] = min(day, out.get(key, NEVER))
    return {key: max(day, both) for key, day in out.items()}


def _signal_index(items: list[Item]) -> dict[Dyad, list[tuple[Item, int]]]:
    """Signal and visit items by the country dyad they could concern, in the
    record's order, each with its visible day."""
    out: dict[Dyad, list[tuple[Item, int]]] = defaultdict(list)
    for item in items:
        if item.kind in SIGNAL_KINDS or item.kind == "visit":
            for dyad in _dyads_of(item):
                out[dyad].append((item, visible(item)))
    return dict(out)


def _dyads_of(item: Item) -> set[Dyad]:
    codes = {p.country for p in item.people if p.country}
    codes |= {c for p in item.people if (c := places.country_code(p.name))}
    if item.country:
        codes.add(item.country)
    return {frozenset((a, b)) for a in codes for b in codes if a < b}


def _by_month(item: Item) -> tuple[int, date]:
    return item.month, item.start


_INDEXES = "record_index"


def record_index(record: Record, book: PeopleBook) -> RecordIndex:
    """The record's index for this KB, built on first use and kept with the record
    (per book object, held weakly)."""
    by_book = record._views.setdefault(_INDEXES, WeakKeyDictionary())
    if book not in by_book:
        by_book[book] = RecordIndex(record, book)
    return by_book[book]
