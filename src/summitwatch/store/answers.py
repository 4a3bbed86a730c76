"""What the store's questions return: plain dataclasses with `to_dict()` for JSON."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

T = TypeVar("T")


def _jsonable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


class JsonView:
    """An answer the CLI, the API and the watcher hand on as JSON."""

    def to_dict(self) -> dict[str, Any]:
        return _jsonable(asdict(self))  # type: ignore[call-overload]


@dataclass
class PersonView(JsonView):
    id: int
    name: str
    kb_id: str | None = None
    country: str | None = None
    office: str | None = None
    events: int = 0


@dataclass
class EventView(JsonView):
    """A merged event: best date and place, derived status, who took part."""

    id: str
    type: str
    status: str
    status_disputed: bool
    statuses: dict[str, int]
    date: str | None
    date_precision: str | None
    city: str | None
    country: str | None
    region: str | None
    lat: float | None
    lon: float | None
    travel_mode: str | None
    n_sources: int
    first_reported: date | None
    participants: list[PersonView] = field(default_factory=list)

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.participants]

    @property
    def place(self) -> str:
        return ", ".join(x for x in (self.city or self.region, self.country) if x)


@dataclass
class SourceView(JsonView):
    """One source's account (a mention) of an event, with its evidence."""

    mention_id: int
    source: str
    kind: str
    title: str | None
    published: date | None
    status: str
    date: str | None
    city: str | None
    country: str | None
    travel_mode: str | None
    evidence: str
    start_char: int | None
    end_char: int | None
    confidence: float
    names: list[str] = field(default_factory=list)


@dataclass
class EventDetail(JsonView):
    event: EventView
    sources: list[SourceView]


@dataclass
class Venue(JsonView):
    city: str | None
    country: str | None
    count: int


@dataclass
class PairHistory(JsonView):
    """Occurred meetings of two sides (people or countries); whose turn to host."""

    a: str
    b: str
    count: int
    first: EventView | None
    last: EventView | None
    venues: list[Venue]
    last_hosted: dict[str, str | None]
    turn_to_host: str | None
    events: list[EventView]


@dataclass
class IngestResult(JsonView):
    """What storing one article did: `status` is new, replaced or unchanged."""

    source: str
    article_id: int
    status: str
    mentions: int = 0
    event_ids: list[str] = field(default_factory=list)


@dataclass
class Page(JsonView, Generic[T]):
    """One page of a longer answer: its items and how many there are in all.

    Iterating a page gives its items, so `for view in store.events()` reads on."""

    items: list[T]
    total: int
    limit: int | None = None
    offset: int = 0

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    def __getitem__(self, index: int) -> T:
        return self.items[index]

    @property
    def more(self) -> bool:
        return self.offset + len(self.items) < self.total
