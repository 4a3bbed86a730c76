"""Plain records shared by every layer; they mirror ../shared/eval/SCHEMA.md."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from datetime import date

EVENT_TYPES = ("meeting", "visit", "invitation")
STATUSES = ("occurred", "planned", "hypothetical", "unconfirmed", "not_occurred")
TRAVEL_MODES = ("rail", "air", "sea", "road")
PRECISIONS = ("year", "month", "day")


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
        return PRECISIONS[min(self.date.count("-"), 2)]

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
