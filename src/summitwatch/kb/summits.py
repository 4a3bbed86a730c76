"""The calendar of multilateral summits (kb/data/summits.jsonl) and the series they
belong to (kb/data/summit_series.json): lookups by date range, by name in text, and
the member countries of a series on a day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from summitwatch.errors import NotFound
from summitwatch.kb.names import strip_accents
from summitwatch.kb.people import _parse_day

ORDINAL_WORDS = dict(
    zip(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(),
        range(1, 11),
        strict=True,
    )
)
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
_ORDINAL = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")
_RELATIVE_YEAR = {"this year": 0, "last year": -1, "next year": 1}


def _words(text: str) -> str:
    """' the 2019 g20 osaka summit ': lowercase words without accents, space-padded,
    so a phrase matches only at word boundaries. Unlike `fold` it keeps digits, which
    tell 'G7' from 'G20' and years apart."""
    bare = strip_accents(text).lower().replace("’", "'").replace("'s ", " ")
    return " " + " ".join(re.findall(r"[a-z0-9]+", bare)) + " "


def _key(text: str) -> str:
    """The lookup key of a name: its words, without a leading 'the' or spaces."""
    return _words(text).removeprefix(" the ").replace(" ", "")


@dataclass(frozen=True)
class Summit:
    id: str
    series: str
    number: int | None
    year: int
    name: str
    city: str | None
    country: str
    start: date | None
    end: date | None
    status: str
    aliases: tuple[str, ...] = ()
    numbers: tuple[int, ...] = ()
    announced: date | None = None
    note: str = ""

    @property
    def dates(self) -> tuple[date, date] | None:
        return (self.start, self.end or self.start) if self.start else None

    def overlaps(self, start: date, end: date) -> bool:
        """Dated editions by their days; undated ones when their year lies wholly
        inside the range (so a year query lists announced editions)."""
        if self.dates:
            return self.dates[0] <= end and start <= self.dates[1]
        return start <= date(self.year, 1, 1) and date(self.year, 12, 31) <= end

    def distance(self, day: date) -> int:
        """Days from `day` to the edition (mid-year when its dates are unknown)."""
        first, last = self.dates or (date(self.year, 7, 1), date(self.year, 7, 1))
        return (
            0
            if first <= day <= last
            else min(abs((first - day).days), abs((last - day).days))
        )

    @classmethod
    def from_dict(cls, row: dict) -> Summit:
        return cls(
            id=row["id"],
            series=row["series"],
            number=row.get("number"),
            year=row["year"],
            name=row["name"],
            city=row.get("city"),
            country=row["country"],
            start=_parse_day(row.get("start")),
            end=_parse_day(row.get("end"), end=True),
            status=row["status"],
            aliases=tuple(row.get("aliases", ())),
            numbers=tuple(
                row.get("numbers") or ([row["number"]] if row.get("number") else [])
            ),
            announced=_parse_day(row.get("announced")),
            note=row.get("note", ""),
        )


@dataclass(frozen=True)
class Series:
    id: str
    name: str
    full_name: str
    aliases: tuple[str, ...]
    kind: str
    members: tuple[tuple[str, date | None, date | None], ...] | None  # None: open
    includes: tuple[str, ...] = ()

    @property
    def open(self) -> bool:
        return self.members is None

    @classmethod
    def from_dict(cls, row: dict) -> Series:
        members = row["members"]
        return cls(
            id=row["id"],
            name=row["name"],
            full_name=row.get("full_name", row["name"]),
            aliases=tuple(row.get("aliases", ())),
            kind=row.get("kind", "summit"),
            members=None
            if members == "open"
            else tuple(
                (
                    m["country"],
                    _parse_day(m.get("from")),
                    _parse_day(m.get("to"), end=True),
                )
                for m in members
            ),
            includes=tuple(row.get("includes", ())),
        )


class SummitCalendar:
    """Every edition, indexed once: by series, by folded alias, by city words."""

    def __init__(self, summits: list[Summit], series: list[Series]) -> None:
        self.summits = sorted(
            summits, key=lambda s: (s.start or date(s.year, 12, 31), s.id)
        )
        self.series = {s.id: s for s in series}
        self._series_key = {
            _key(n): s.id
            for s in series
            for n in (s.id, s.name, s.full_name, *s.aliases)
        }
        self._series_phrases = sorted(
            {
                (_words(n), s.id)
                for s in series
                for n in (s.id, s.name, s.full_name, *s.aliases)
            },
            key=lambda item: -len(item[0]),
        )
        self._by_alias: dict[str, list[Summit]] = defaultdict(list)
        self._by_series: dict[str, list[Summit]] = defaultdict(list)
        for summit in self.summits:
            self._by_series[summit.series].append(summit)
            for alias in {summit.name, *summit.aliases}:
                self._by_alias[_key(alias)].append(summit)
        self._cities = {_words(s.city) for s in self.summits if s.city}

    def series_id(self, text: str) -> str:
        """'G8', 'Group of Twenty', 'g20' → the series id."""
        key = _key(text)
        if key not in self._series_key:
            raise NotFound(f"unknown summit series: {text!r}")
        return self._series_key[key]

    def between(self, start: date, end: date) -> list[Summit]:
        return [s for s in self.summits if s.overlaps(start, end)]

    def members(self, series: str, on: date) -> set[str]:
        """ISO3 codes (and 'EU'/'AU' for the unions) in `series` on `on`; empty for
        open forums (`Series.open`), which any country's leader may attend."""
        info = self.series[self.series_id(series)]
        found = {
            code
            for code, first, last in info.members or ()
            if (first is None or first <= on) and (last is None or on <= last)
        }
        for other in info.includes:
            found |= self.members(other, on)
        return found

    def named(self, text: str, near: date | None = None) -> Summit | None:
        """The edition `text` names ('the 2019 G20 Osaka summit', 'APEC 2014',
        'the Osaka summit', "this year's BRICS summit"), nearest `near` if several."""
        found = self._by_alias.get(_key(text))
        if not found:
            found = self._parse(_words(text), near)
        if not found:
            return None
        if near is None:
            return found[0] if len(found) == 1 else None
        return min(found, key=lambda s: (s.distance(near), s.id))

    def _parse(self, words: str, near: date | None) -> list[Summit]:
        series = next(
            (sid for phrase, sid in self._series_phrases if phrase in words), None
        )
        cities = {c for c in self._cities if c in words}
        if series is None and not cities:
            return []
        found = self._by_series[series] if series else self.summits
        if cities:
            found = [s for s in found if s.city and _words(s.city) in cities]
        years = {int(y) for y in _YEAR.findall(words)}
        if near is not None:
            years |= {
                near.year + shift
                for phrase, shift in _RELATIVE_YEAR.items()
                if f" {phrase} " in words
            }
        if years:
            found = [s for s in found if s.year in years]
        numbers = {int(n) for n in _ORDINAL.findall(words)}
        numbers |= {n for word, n in ORDINAL_WORDS.items() if f" {word} " in words}
        if numbers:
            found = [s for s in found if numbers & set(s.numbers)]
        return found
