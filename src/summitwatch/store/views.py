"""Load events as `EventView`s: one query for the rows, one for their people."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import Select, Text, bindparam, select, type_coerce
from sqlalchemy.engine import Connection, Row

from summitwatch.store.answers import EventView, PersonView
from summitwatch.store.schema import EventParticipantRow, EventRow, PersonRow

EVENT_COLUMNS = (
    EventRow.id, EventRow.type, EventRow.status, EventRow.status_disputed,
    type_coerce(EventRow.statuses, Text).label("statuses"), EventRow.date,
    EventRow.date_precision, EventRow.city, EventRow.country, EventRow.region,
    EventRow.lat, EventRow.lon, EventRow.travel_mode, EventRow.n_sources,
    EventRow.first_reported,
)  # fmt: skip
_CHUNK = 5000  # SQLite allows 32766 parameters per statement


def event_select() -> Select:
    return select(*EVENT_COLUMNS)


def _view(row: Row) -> EventView:
    """Positional, in EVENT_COLUMNS order (hot path: thousands of rows per query)."""
    (id_, type_, status, disputed, statuses, *rest) = row
    if isinstance(statuses, str):
        statuses = _statuses(statuses)  # SQLite: JSON text; psycopg decodes itself
    counts = dict(statuses or {})
    return EventView(str(id_), type_, status, bool(disputed), counts, *rest)


@lru_cache(maxsize=1024)
def _statuses(text: str) -> tuple[tuple[str, int], ...]:
    """Status counts are a handful of distinct JSON strings: decode each once."""
    return tuple(json.loads(text).items())


def people_of(
    conn: Connection, event_ids: Sequence[int]
) -> dict[int, list[PersonView]]:
    """Participants of each event, in their stored order."""
    found: dict[int, list[tuple[int, PersonView]]] = defaultdict(list)
    seen: dict[int, PersonView] = {}  # one object per person per result
    for start in range(0, len(event_ids), _CHUNK):
        chunk = list(event_ids[start : start + _CHUNK])
        for event_id, position, *person in conn.execute(_PEOPLE, {"ids": chunk}).all():
            view = seen.get(person[0]) or seen.setdefault(
                person[0], PersonView(*person)
            )
            found[event_id].append((position, view))
    # sorted here, not in SQL: an ORDER BY costs SQLite a temp B-tree per query
    return {e: [v for _, v in sorted(pairs, key=_first)] for e, pairs in found.items()}


def _first(pair: tuple[int, PersonView]) -> int:
    return pair[0]


_PEOPLE = (
    select(
        EventParticipantRow.event_id,
        EventParticipantRow.position,
        PersonRow.id,
        PersonRow.name,
        PersonRow.kb_id,
        PersonRow.country,
        PersonRow.office,
    )  # fmt: skip
    .join(PersonRow, PersonRow.id == EventParticipantRow.person_id)
    .where(EventParticipantRow.event_id.in_(bindparam("ids", expanding=True)))
)


def load_views(conn: Connection, query: Select) -> list[EventView]:
    """Run an `event_select()`-based query and attach participants."""
    rows = conn.execute(query).all()
    people = people_of(conn, [r.id for r in rows])
    views = [_view(r) for r in rows]
    for view in views:
        view.participants = people.get(int(view.id), [])
    return views
