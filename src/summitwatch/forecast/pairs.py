"""Pairs and as-of views: which meetings and signals concern two leaders (or the
leaders of two countries), using only what the record knew on a given day."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from functools import cached_property

import numpy as np

from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.forecast import places
from summitwatch.forecast.index import SIGNAL_KINDS, RecordIndex, record_index
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.record import Item, Person, Record


@dataclass(frozen=True)
class Side:
    """One side of a pair: a country (its top leaders) or one person."""

    kind: str  # country | person
    code: str  # ISO3, or the person's folded name
    label: str
    country: str | None

    def has(self, person: Person) -> bool:
        if self.kind == "person":
            return person.key == self.code
        return person.country == self.code


@dataclass(frozen=True)
class Pair:
    a: Side
    b: Side

    @property
    def label(self) -> str:
        return f"{self.a.label} – {self.b.label}"

    @property
    def countries(self) -> tuple[str | None, str | None]:
        return self.a.country, self.b.country


class View:
    """The record as known at the end of `day`.

    What does not depend on the day (each meeting's leaders, dyads, activity, first
    sightings, signals by dyad) comes from the record's `RecordIndex`, cut at the
    view's day: the same as computing it from the view's own items.
    """

    def __init__(self, record: Record, day: date, book: PeopleBook) -> None:
        self.record, self.day, self.book = record, day, book
        self.items = record.known_by(day)
        self._leader_cache: dict[tuple[str, date], bool] = {}
        self._ordinal = day.toordinal()
        self.memo: dict = {}  # per-view results other modules compute once

    @cached_property
    def index(self) -> RecordIndex:
        return record_index(self.record, self.book)

    @cached_property
    def meetings(self) -> list[Item]:
        """Meetings known by the view's day, by month."""
        return self.index.meetings_by(self._ordinal)

    def is_leader(self, person: Person, day: date | None = None) -> bool:
        day = day or self.day
        cached = self._leader_cache.get((person.key, day))
        if cached is None:
            verdict = self.book.is_leader(person.name, day)
            if verdict is None:
                verdict = self.index.seen_abroad(person, self._ordinal)
            cached = self._leader_cache[(person.key, day)] = verdict
        return cached

    def on_side(
        self,
        side: Side,
        person: Person,
        day: date | None = None,
        *,
        strict: bool = True,
    ) -> bool:
        """Whether the person speaks for the side; `strict=False` (signals) accepts
        anyone of the country the KB cannot place, since invitees may be new leaders."""
        if side.kind == "person" or not side.has(person):
            return side.has(person)
        if not strict and self.book.is_leader(person.name, day or self.day) is None:
            return True
        return self.is_leader(person, day)

    @cached_property
    def _by_country(self) -> dict[str, list[Item]]:
        out: dict[str, list[Item]] = defaultdict(list)
        for m in self.meetings:
            for country in m.countries:
                out[country].append(m)
        return out

    @cached_property
    def _by_dyad(self) -> dict[frozenset[str], list[Item]]:
        out: dict[frozenset[str], list[Item]] = defaultdict(list)
        for m in self.meetings:
            codes = sorted(m.countries)
            for i, a in enumerate(codes):
                for b in codes[i + 1 :]:
                    out[frozenset((a, b))].append(m)
        return out

    def pair_meetings(self, pair: Pair) -> list[Item]:
        a, b = pair.countries
        if a and b and a != b:
            pool = self._by_dyad.get(frozenset((a, b)), [])
        else:
            pool = self._by_country.get(a or b, []) if (a or b) else self.meetings
        return [m for m in pool if self._spans(pair, m.people, m.start)]

    def _spans(self, pair: Pair, people: tuple[Person, ...], day: date) -> bool:
        a = any(self.on_side(pair.a, p, day) for p in people)
        return a and any(self.on_side(pair.b, p, day) for p in people)

    @cached_property
    def dyad_months(self) -> dict[frozenset[str], list[int]]:
        """Sorted meeting months for every country dyad, leaders only."""
        out = {}
        for dyad, dated in self.index.dyads.items():
            months = dated.upto(self._ordinal)
            if months.size:
                out[dyad] = months.tolist()
        return out

    @cached_property
    def activity(self) -> dict[str, np.ndarray]:
        """Country code or person key → sorted months of their leaders' meetings
        with leaders of another country (or of none)."""
        out = {}
        for key, dated in self.index.activity.items():
            months = dated.upto(self._ordinal)
            if months.size:
                out[key] = months
        return out

    @cached_property
    def first_met(self) -> dict[frozenset[str], int]:
        """Two people's folded names → the month they first met."""
        out: dict[frozenset[str], int] = {}
        for m in self.meetings:
            keys = sorted({p.key for p in m.people})
            for i, a in enumerate(keys):
                for b in keys[i + 1 :]:
                    out.setdefault(frozenset((a, b)), m.month)
        return out

    @cached_property
    def countries(self) -> list[str]:
        return sorted({c for dyad in self.dyad_months for c in dyad})

    @cached_property
    def start_month(self) -> int | None:
        return self.meetings[0].month if self.meetings else None

    def _candidates(self, pair: Pair) -> list[Item]:
        """Signal and visit items that could concern the pair (by country dyad)."""
        a, b = pair.countries
        if a and b:
            key = ("candidates", frozenset((a, b)))
            if key not in self.memo:
                self.memo[key] = self.index.signals_by(key[1], self._ordinal)
            return self.memo[key]
        return [i for i in self.items if i.kind in SIGNAL_KINDS or i.kind == "visit"]

    def signals(self, pair: Pair) -> list[Item]:
        """Invitations, plans, proposals and cancellations between the two sides."""
        return [
            i
            for i in self._candidates(pair)
            if i.kind in SIGNAL_KINDS and self._signal_fits(pair, i)
        ]

    def _signal_fits(self, pair: Pair, item: Item) -> bool:
        if item.event_type == "invitation" and len(item.people) >= 2:
            inviter, invitee = item.people[0], item.people[1]
            return any(
                self._is(x, inviter) and self._is(y, invitee)
                for x, y in ((pair.a, pair.b), (pair.b, pair.a))
            )
        if item.event_type == "visit" and item.people:
            return self._visit_between(pair, item.people[0], item.country)
        a = any(self.on_side(pair.a, p, strict=False) for p in item.people)
        return a and any(self.on_side(pair.b, p, strict=False) for p in item.people)

    def _is(self, side: Side, person: Person) -> bool:
        """A side's leader, or the side's government named as a whole ('Russia')."""
        if self.on_side(side, person, strict=False):
            return True
        government = places.country_code(person.name)
        return government is not None and government == side.country

    def _visit_between(self, pair: Pair, traveller: Person, to: str | None) -> bool:
        return any(
            self.on_side(x, traveller, strict=False)
            and to is not None
            and to == y.country
            for x, y in ((pair.a, pair.b), (pair.b, pair.a))
        )

    def envoy_visits(self, pair: Pair) -> list[Item]:
        """Occurred visits to one side's country by a non-leader of the other side."""
        out = []
        for item in self._candidates(pair):
            if item.kind != "visit" or not item.people or item.country is None:
                continue
            traveller = item.people[0]
            if self.is_leader(traveller, item.start):
                continue
            for x, y in ((pair.a, pair.b), (pair.b, pair.a)):
                if traveller.country == x.country and item.country == y.country:
                    out.append(item)
        return out

    @cached_property
    def _by_mover(self) -> dict[str, list[Item]]:
        """Country code and person key → meetings and visits they took part in."""
        out: dict[str, list[Item]] = defaultdict(list)
        for item in self.items:
            if item.kind in ("meeting", "visit") and item.country:
                for key in {p.country for p in item.people if p.country} | {
                    p.key for p in item.people
                }:
                    out[key].append(item)
        return out

    def trips(self, side: Side) -> list[Item]:
        """Meetings and visits abroad by the side's person (or its leaders)."""
        key = ("trips", side)
        if key not in self.memo:
            self.memo[key] = self._trips(side)
        return self.memo[key]

    def _trips(self, side: Side) -> list[Item]:
        out = []
        pool = self._by_mover.get(side.code, [])
        for item in pool:
            if item.kind not in ("meeting", "visit") or not item.country:
                continue
            movers = item.people[:1] if item.kind == "visit" else item.people
            if any(
                self.on_side(side, p, item.start) and p.country != item.country
                for p in movers
            ):
                out.append(item)
        return out

    @cached_property
    def _first_seen(self) -> dict[str, dict[str, tuple[str, int]]]:
        """Country → {leader key: (name, month first seen in a meeting)}."""
        return self.index.first_seen(self._ordinal)

    def first_seen(self, side: Side) -> dict[str, tuple[str, int]]:
        """Each of the side's leaders → (name, month first seen in the record)."""
        found = self._first_seen.get(side.country or "", {})
        if side.kind == "person":
            return {k: v for k, v in found.items() if k == side.code}
        return found

    def current_leader(self, side: Side) -> str | None:
        """The side's person, else the leader now (KB), else the latest seen."""
        if side.kind == "person":
            return side.label
        name = self.book.leader_of(side.code, self.day)
        recent: Counter[str] = Counter()
        for m in self.meetings[-400:]:
            for p in m.people:
                if p.country == side.code and self.is_leader(p, m.start):
                    recent[p.name] = m.month
        if name and (name in recent or not recent or self._in_office(recent) is None):
            return name
        # the KB's top office-holder never meets anyone in the record (a ceremonial
        # head of state, such as Japan's emperor): the leader in office who does
        return self._in_office(recent) or name

    def _in_office(self, recent: Counter[str]) -> str | None:
        """The most recently seen of these leaders still in office on the view's day."""
        for who in sorted(recent, key=recent.__getitem__, reverse=True):
            if self.book.is_leader(who, self.day) is not False:
                return who
        return None


def resolve_side(text: str, record: Record, book: PeopleBook) -> Side:
    """'RUS' / 'Russia' → a country side; 'Kim Jong-un' → a person side."""
    value = text.strip()
    known = {c for _, c in record.people.values() if c}
    if (
        len(value) == 3
        and value.isalpha()
        and (places.is_country(value.upper()) or value.upper() in known)
    ):
        code = value.upper()
        return Side("country", code, code, code)
    person = _record_person(value, record) or _kb_person(value, record, book)
    if person is not None:
        return person
    code = places.country_code(value)
    if code is not None:
        return Side("country", code, code, code)
    raise UnknownPerson(text)


def _record_person(name: str, record: Record) -> Side | None:
    found = record.people.get(places.fold(name))
    if not found:
        return None
    label, country = found
    return Side("person", places.fold(name), label, country)


def _kb_person(name: str, record: Record, book: PeopleBook) -> Side | None:
    if not book.knows(name):
        return None
    canonical, country = book.canonical(name)
    in_record = _record_person(canonical, record)
    return in_record or Side("person", places.fold(canonical), canonical, country)


def resolve_pair(a: str, b: str, record: Record, book: PeopleBook) -> Pair:
    side_a, side_b = resolve_side(a, record, book), resolve_side(b, record, book)
    if (side_a.kind, side_a.code) == (side_b.kind, side_b.code):
        raise BadArgument(f"a pair needs two different sides, got {a!r} twice")
    return Pair(side_a, side_b)
