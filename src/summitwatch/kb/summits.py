"""The calendar of multilateral summits (kb/data/summits.jsonl) and the series they
belong to (kb/data/summit_series.json): lookups by date range, by name in text, and
the member countries of a series on a day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from functools import lru_cache

from summitwatch.errors import NotFound
from summitwatch.kb.names import strip_accents

_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth"
ORDINAL_WORDS = {word: n for n, word in enumerate(_ORDINALS.split(), 1)}
_YEAR = re.compile(r"\b(19[89]\d|20[0-4]\d)\b")
ORDINAL_NUMBER = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b")  # "55th"
_RELATIVE_YEAR = {"this year": 0, "last year": -1, "next year": 1}
REACH = {"city": 31, "series": 400}  # days from `near` an unspecific phrase may reach


def _words(text: str) -> str:
    """' the 2019 g20 osaka summit ': lowercase words without accents, space-padded,
    so a phrase matches only at word boundaries. Unlike `fold` it keeps digits, which
    tell 'G7' from 'G20' and years apart."""
    bare = strip_accents(text).lower().replace("’", "'").replace("'s ", " ")
    return " " + " ".join(re.findall(r"[a-z0-9]+", bare)) + " "


@lru_cache(maxsize=4096)
def _key(text: str) -> str:
    """The lookup key of a name: its words, without a leading 'the' or spaces."""
    return _words(text).removeprefix(" the ").replace(" ", "")


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


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
    status: str  # held | cancelled | postponed | virtual | planned
    announced: date | None = None
    # the day an edition convened at short notice or rescheduled was first announced:
    # before it the edition was on no calendar (None: set years ahead)
    scheduled: date | None = None
    note: str = ""
    aliases: tuple[str, ...] = ()
    numbers: tuple[int, ...] = ()  # the ordinals it carries (joint sessions: two)

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
        first, last = self.dates or (date(self.year, 7, 1),) * 2
        return max((first - day).days, (day - last).days, 0)

    def to_dict(self) -> dict:
        skip = ("aliases", "numbers")
        data = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip
        }
        return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()}

    @classmethod
    def from_dict(cls, row: dict) -> Summit:
        plain = ("id", "series", "number", "year", "name", "city", "country", "status")
        return cls(
            **{k: row.get(k) for k in plain},
            start=_day(row.get("start")),
            end=_day(row.get("end")),
            announced=_day(row.get("announced")),
            scheduled=_day(row.get("scheduled")),
            note=row.get("note", ""),
            aliases=tuple(row.get("aliases", ())),
            numbers=tuple(row.get("numbers") or filter(None, [row.get("number")])),
        )


@dataclass(frozen=True)
class Series:
    id: str
    name: str
    names: tuple[str, ...]  # id, name, full name and aliases
    kind: str  # summit | forum | parade | bloc
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
            names=(row["id"], row["name"], row["full_name"], *row.get("aliases", ())),
            kind=row.get("kind", "summit"),
            members=None
            if members == "open"
            else tuple(
                (m["country"], _day(m.get("from")), _day(m.get("to"))) for m in members
            ),
            includes=tuple(row.get("includes", ())),
        )


class SummitCalendar:
    """Every edition, indexed once: by series, by alias key, by city words."""

    def __init__(self, summits: list[Summit], series: list[Series]) -> None:
        self.summits = sorted(
            summits, key=lambda s: (s.start or date(s.year, 12, 31), s.id)
        )
        self.series = {s.id: s for s in series}
        self._series_key = {_key(n): s.id for s in series for n in s.names}
        phrases = {(_words(n), s.id) for s in series for n in s.names}
        self._series_phrases = sorted(phrases, key=lambda item: -len(item[0]))
        self._by_alias: dict[str, list[Summit]] = defaultdict(list)
        self._by_series: dict[str, list[Summit]] = defaultdict(list)
        for summit in self.summits:
            self._by_series[summit.series].append(summit)
            for key in {_key(a) for a in (summit.name, *summit.aliases)}:
                self._by_alias[key].append(summit)
        # each edition's city folded once, not for every phrase `_parse` reads
        self._city_words = {s: _words(s.city) for s in self.summits if s.city}
        self._cities = set(self._city_words.values())

    def series_id(self, text: str) -> str:
        """'G8', 'Group of Twenty', 'g20' → the series id."""
        if _key(text) not in self._series_key:
            raise NotFound(f"unknown summit series: {text!r}")
        return self._series_key[_key(text)]

    def between(self, start: date, end: date) -> list[Summit]:
        return [s for s in self.summits if s.overlaps(start, end)]

    def select(
        self,
        *,
        year: int | None = None,
        series: str | None = None,
        country: str | None = None,
    ) -> list[Summit]:
        """Editions by year, series (any of its names) and host country, by date."""
        sid = self.series_id(series) if series else None
        return [
            s
            for s in self.summits
            if (year is None or s.year == year)
            and (sid is None or s.series == sid)
            and (country is None or s.country == country.upper())
        ]

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
        'the Osaka summit', "this year's BRICS summit"), nearest `near` if several.

        Without a year or ordinal the phrase may mean a bilateral meeting ('the
        Helsinki summit' of 2018), so the edition must lie within `REACH` days of
        `near`: a month for a bare city, about a year for a named series."""
        words = _words(text)
        series = next((sid for p, sid in self._series_phrases if p in words), None)
        found = self._by_alias.get(_key(text)) or self._parse(words, series, near)
        if not found:
            return None
        if near is None:
            return found[0] if len(found) == 1 else None
        best = min(found, key=lambda s: (s.distance(near), s.id))
        specific = self.dated_by(text, near)
        reach = REACH["series" if series else "city"]
        return best if specific or best.distance(near) <= reach else None

    def dated_by(self, text: str, near: date | None = None) -> bool:
        """Does `text` name its edition by year or ordinal ('the 2015 summit',
        "last year's forum", 'COP21'), rather than only by series or city?"""
        words = _words(text)
        return bool(_YEAR.search(words) or _numbers(words) or _relative(words, near))

    def seat(self, text: str) -> tuple[str, str] | None:
        """(city, country) of a series whose every known edition met in one city
        ('the UN General Assembly': New York), for an edition the calendar lacks
        ('while attending the UN General Assembly' in 1960)."""
        words = _words(text)
        series = next((sid for p, sid in self._series_phrases if p in words), None)
        places = {(s.city, s.country) for s in self._by_series.get(series or "", [])}
        if len(places) != 1:
            return None
        city, country = next(iter(places))
        return (city, country) if city else None

    def _parse(self, words: str, series: str | None, near: date | None) -> list[Summit]:
        """Editions of the series or city named, narrowed by year and ordinal."""
        cities = {c for c in self._cities if c in words}
        if series is None and not cities:
            return []
        found = self._by_series[series] if series else self.summits
        if cities:
            found = [s for s in found if self._city_words.get(s) in cities]
        if years := {int(y) for y in _YEAR.findall(words)} | _relative(words, near):
            found = [s for s in found if s.year in years]
        if numbers := _numbers(words):
            found = [s for s in found if numbers & set(s.numbers)]
        return found


def _numbers(words: str) -> set[int]:
    """Ordinals in the words: '25th', 'first'."""
    found = {int(n) for n in ORDINAL_NUMBER.findall(words)}
    return found | {n for word, n in ORDINAL_WORDS.items() if f" {word} " in words}


def _relative(words: str, near: date | None) -> set[int]:
    """Years meant by "this year's", "last year's", "next year's" from `near`."""
    if near is None:
        return set()
    return {
        near.year + k for phrase, k in _RELATIVE_YEAR.items() if f" {phrase} " in words
    }
