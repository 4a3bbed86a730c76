"""The record as the forecaster reads it: meetings and signals, each with the date it
became known, so that any view "as of" a day sees only what was known that day.

Built once from `list[Mention]` (no database needed); `Record.as_of(day)` is cheap.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import compress

import numpy as np

from summitwatch.forecast import places
from summitwatch.forecast.dates import month_index, parse_prefix
from summitwatch.models import Event, Mention, Participant

log = logging.getLogger(__name__)

CountryOf = Callable[[Participant], str | None]


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    country: str | None


@dataclass(frozen=True)
class Item:
    """One meeting or signal: who, where, when it happened and when it became known."""

    kind: (
        str  # meeting | visit | invitation | planned | proposed | cancelled | withdrawn
    )
    event_type: str  # the Event's type: meeting | visit | invitation
    event_id: str
    known: date
    start: date
    end: date
    people: tuple[Person, ...]
    city: str | None = None
    country: str | None = None
    travel_mode: str | None = None
    evidence: str = ""
    source: str | None = None
    dated: bool = True

    @cached_property
    def month(self) -> int:
        return month_index(self.start)

    @cached_property
    def known_month(self) -> int:
        return month_index(self.known)

    @cached_property
    def countries(self) -> frozenset[str]:
        return frozenset(p.country for p in self.people if p.country)

    def when(self) -> str:
        return self.start.isoformat() if self.start == self.end else _span(self)


def _span(item: Item) -> str:
    if item.start.month == 1 and item.end.month == 12 and item.start.day == 1:
        return str(item.start.year)
    return item.start.isoformat()[:7]


def default_country_of(participant: Participant) -> str | None:
    """The participant's country, or the country a government inviter is named after."""
    return participant.country or places.country_code(participant.name)


def _kind(event: Event) -> str | None:
    if event.status == "hypothetical":
        return "proposed"
    if event.type == "invitation":
        return {"occurred": "invitation", "not_occurred": "withdrawn"}.get(event.status)
    if event.status in ("planned", "occurred"):
        return event.type if event.status == "occurred" else "planned"
    return "cancelled" if event.status == "not_occurred" else None


@dataclass
class Record:
    """Every mention, sorted and indexed; the single input of the forecaster."""

    items: list[Item]
    fingerprint: str
    dropped: int = 0
    _views: dict = field(default_factory=dict, repr=False)

    @classmethod
    def from_mentions(
        cls, mentions: Iterable[Mention], *, country_of: CountryOf | None = None
    ) -> Record:
        country_of = country_of or default_country_of
        items, dropped, digest = [], 0, hashlib.sha256()
        for mention in mentions:
            digest.update(_mention_key(mention).encode())
            if _kind(mention.event) is None:
                continue  # unconfirmed reports neither count as meetings nor signal
            item = _to_item(mention, country_of)
            if item is None:
                dropped += 1
            else:
                items.append(item)
        if dropped:
            log.warning(
                "%d mentions had neither a date nor a publication date", dropped
            )
        items.sort(key=lambda i: (i.known, i.start, i.event_id))
        return cls(_dedupe_meetings(items), digest.hexdigest()[:16], dropped)

    @property
    def people(self) -> dict[str, tuple[str, str | None]]:
        """Folded name → (display name, country) for everyone the record names."""
        if "people" not in self._views:
            found: dict[str, tuple[str, str | None]] = {}
            for item in self.items:
                for p in item.people:
                    if p.key not in found or (p.country and not found[p.key][1]):
                        found[p.key] = (p.name, p.country)
            self._views["people"] = found
        return self._views["people"]

    @property
    def first_known(self) -> date | None:
        if "first" not in self._views:
            self._views["first"] = min((i.start for i in self.items), default=None)
        return self._views["first"]

    @property
    def last_known(self) -> date | None:
        return self.items[-1].known if self.items else None

    def known_by(self, day: date) -> list[Item]:
        """Items known on `day`; occurred events must also have started by then."""
        if "visible" not in self._views:  # a view per fit: one pass, then a mask
            days = [visible(item) for item in self.items]
            self._views["visible"] = np.array(days, dtype=np.int64)
        return list(compress(self.items, self._views["visible"] <= day.toordinal()))


def visible(item: Item) -> int:
    """The first day (ordinal) an item is known: published, and for occurred
    events also begun."""
    if item.kind in ("meeting", "visit"):
        return max(item.known, item.start).toordinal()
    return item.known.toordinal()


def _mention_key(mention: Mention) -> str:
    e = mention.event
    names = ",".join(f"{p.name}/{p.country}" for p in e.participants)
    where = f"{e.location.city}/{e.location.country}/{e.travel_mode}"
    return (
        f"{mention.event_id}|{e.type}|{e.status}|{e.date}|{e.published}|{names}"
        f"|{where}\n"
    )


def _to_item(mention: Mention, country_of: CountryOf) -> Item | None:
    event = mention.event
    kind = _kind(event)
    span = parse_prefix(event.date)
    known = parse_prefix(event.published)
    if kind is None or (span is None and known is None):
        return None
    if known is None:  # no publication date: known once the event is over
        known = span
    start, end = span if span else (known[1], known[1])
    if kind in ("meeting", "visit"):
        start, end = min(start, known[1]), min(end, known[1])
    people = tuple(_person(p, country_of) for p in event.participants)
    return Item(
        kind, event.type, mention.event_id, known[1], start, end, people,
        event.location.city, event.location.country, event.travel_mode,
        event.evidence, event.source, span is not None,
    )  # fmt: skip


def _person(participant: Participant, country_of: CountryOf) -> Person:
    return Person(
        places.fold(participant.name), participant.name, country_of(participant)
    )


def _dedupe_meetings(items: list[Item]) -> list[Item]:
    """One occurred meeting per event_id: the first mention to report it wins."""
    seen: set[str] = set()
    out = []
    for item in items:
        if item.kind == "meeting":
            if item.event_id in seen or len(item.countries) < 1 or len(item.people) < 2:
                continue
            seen.add(item.event_id)
        out.append(item)
    return out
