"""Plain records shared by every layer; they mirror ../shared/eval/SCHEMA.md."""

from __future__ import annotations

import calendar
import hashlib
import re
from dataclasses import asdict, dataclass, field
from datetime import date

from summitwatch.errors import BadArgument

EVENT_TYPES = ("meeting", "visit", "invitation")
STATUSES = ("occurred", "planned", "hypothetical", "unconfirmed", "not_occurred")
# Statuses of an event whose time has come (it happened, or did not, or may have).
REALISED = frozenset({"occurred", "unconfirmed", "not_occurred"})
# Which status wins when two reports of one event disagree (SCHEMA.md rule 5).
STATUS_PRIORITY = ("not_occurred", "unconfirmed", "occurred", "planned", "hypothetical")
TRAVEL_MODES = ("rail", "air", "sea", "road")
PRECISIONS = ("year", "month", "day")
DATE_FORMS = {"year": "YYYY, YYYY-MM or YYYY-MM-DD", "day": "YYYY-MM-DD"}
_PARTIAL = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date known to the year, the month or the day: '2019', '2019-04', '2019-04-25'.

    The one parser of such dates for every layer (records, the KB's office terms, the
    forecaster, CLI options and API parameters), so they agree on what a month
    covers and on what they refuse. Ordered by first day, then coarser first.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        date(self.year, self.month or 1, self.day or 1)  # ValueError if no such day
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")

    @classmethod
    def parse(cls, value: str) -> PartialDate:
        """'2019' / '2019-04' / '2019-04-25' (surrounding space ignored); ValueError
        for anything else, or for a day that does not exist."""
        match = _PARTIAL.fullmatch(value.strip()) if isinstance(value, str) else None
        if not match:
            raise ValueError(f"not a date: {value!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)  # type: ignore[arg-type]

    @classmethod
    def prefix(cls, value: str | None) -> PartialDate | None:
        """The date a value starts with ('2015-02-23T10:00Z' → 2015-02-23); None
        when it starts with no real date."""
        match = _PARTIAL.match(value.strip()) if isinstance(value, str) else None
        try:
            return cls.parse(match.group()) if match else None
        except ValueError:
            return None

    @classmethod
    def argument(
        cls, value: str, option: str, *, precision: str = "year"
    ) -> PartialDate:
        """A user's date (CLI option or API parameter), with the one message for a
        bad one; `precision="day"` asks for a whole day."""
        forms = DATE_FORMS[precision]
        try:
            found = cls.parse(value)
        except ValueError:
            found = None
        if found is None or PRECISIONS.index(found.precision) < PRECISIONS.index(
            precision
        ):
            raise BadArgument(f"{option}: bad date {value!r} (want {forms})")
        return found

    @classmethod
    def of(cls, day: date) -> PartialDate:
        return cls(day.year, day.month, day.day)

    @property
    def precision(self) -> str:
        return "year" if self.month is None else "month" if self.day is None else "day"

    @property
    def first(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def last(self) -> date:
        if self.month is None:
            return date(self.year, 12, 31)
        if self.day is None:
            return date(
                self.year, self.month, calendar.monthrange(self.year, self.month)[1]
            )
        return date(self.year, self.month, self.day)

    def bounds(self) -> tuple[date, date]:
        """The first and last day the date covers ('2019-02' → Feb 1 and Feb 28)."""
        return self.first, self.last

    def isoformat(self) -> str:
        parts = [f"{self.year:04d}"]
        parts += [f"{p:02d}" for p in (self.month, self.day) if p is not None]
        return "-".join(parts)

    __str__ = isoformat

    def _key(self) -> tuple[date, int]:
        return self.first, PRECISIONS.index(self.precision)

    def __lt__(self, other: PartialDate) -> bool:
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        return self._key() >= other._key()


@dataclass(frozen=True)
class Article:
    """One source text after ingest: the clean main text plus what we know about it."""

    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    path: str | None = None
    author: str | None = None
    language: str | None = None

    @property
    def content_hash(self) -> str:
        """Identity of the article's content; re-ingesting the same text is a no-op."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def source(self) -> str:
        return self.url or self.path or f"sha256:{self.content_hash[:12]}"


@dataclass(frozen=True)
class Participant:
    """A person taking part in an event; `person_id` is None when not in the KB."""

    name: str
    person_id: str | None = None
    country: str | None = None
    office: str | None = None


@dataclass(frozen=True)
class Location:
    city: str | None = None
    country: str | None = None
    region: str | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass
class Event:
    """One diplomatic event as one article tells it (a *mention* in store terms)."""

    type: str
    status: str
    participants: list[Participant]
    location: Location = field(default_factory=Location)
    date: str | None = None
    travel_mode: str | None = None
    evidence: str = ""
    start_char: int | None = None
    end_char: int | None = None
    confidence: float = 0.5
    source: str | None = None
    published: str | None = None

    @property
    def date_precision(self) -> str | None:
        if not self.date:
            return None
        return PRECISIONS[min(self.date.count("-"), 2)]  # the shape, even if unreal

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.participants]

    def to_record(self) -> dict:
        """The SCHEMA.md record, plus extra fields the scorer ignores."""
        return {
            "type": self.type,
            "status": self.status,
            "participants": self.names,
            "location": {"city": self.location.city, "country": self.location.country},
            "date": self.date,
            "travel_mode": self.travel_mode,
            "evidence": self.evidence,
            "date_precision": self.date_precision,
            "lat": self.location.lat,
            "lon": self.location.lon,
            "region": self.location.region,
            "people": [asdict(p) for p in self.participants],
            "start_char": self.start_char,
            "end_char": self.end_char,
            "confidence": round(self.confidence, 3),
            "source": self.source,
            "published": self.published,
        }

    @classmethod
    def from_record(cls, record: dict) -> Event:
        """Inverse of `to_record`; tolerates plain SCHEMA.md records."""
        people = record.get("people") or [{"name": n} for n in record["participants"]]
        loc = record.get("location") or {}
        return cls(
            type=record["type"],
            status=record["status"],
            participants=[Participant(**p) for p in people],
            location=Location(
                city=loc.get("city"),
                country=loc.get("country"),
                region=record.get("region"),
                lat=record.get("lat"),
                lon=record.get("lon"),
            ),
            date=record.get("date"),
            travel_mode=record.get("travel_mode"),
            evidence=record.get("evidence", ""),
            start_char=record.get("start_char"),
            end_char=record.get("end_char"),
            confidence=record.get("confidence", 0.5),
            source=record.get("source"),
            published=record.get("published"),
        )


@dataclass(frozen=True)
class Mention:
    """One source's account of a merged record event, as the forecaster reads it.

    `event.published` is the date the source became known (an article's publication
    date, or a history row's end date), so "as of" filtering needs nothing else.
    """

    event_id: str
    event: Event
