"""Load events as `EventView`s: one query for the rows, one for their people."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import Select, select
from sqlalchemy.engine import Connection, Row

from summitwatch.store.records import EventView, PersonView
from summitwatch.store.schema import EventParticipantRow, EventRow, PersonRow

EVENT_COLUMNS = (
    EventRow.id, EventRow.type, EventRow.status, EventRow.status_disputed,
    EventRow.statuses, EventRow.date, EventRow.date_precision, EventRow.city,
    EventRow.country, EventRow.region, EventRow.lat, EventRow.lon,
    EventRow.travel_mode, EventRow.n_sources, EventRow.first_reported,
)  # fmt: skip
_CHUNK = 500


def event_select() -> Select:
    return select(*EVENT_COLUMNS)


def _view(row: Row) -> EventView:
    data = row._asdict()
    data["id"] = str(data["id"])
    data["statuses"] = dict(data["statuses"] or {})
    data["status_disputed"] = bool(data["status_disputed"])
    return EventView(**data)


def people_of(
    conn: Connection, event_ids: Sequence[int]
) -> dict[int, list[PersonView]]:
    """Participants of each event, in their stored order."""
    found: dict[int, list[PersonView]] = defaultdict(list)
    for start in range(0, len(event_ids), _CHUNK):
        chunk = event_ids[start : start + _CHUNK]
        query = (
            select(
                EventParticipantRow.event_id,
                PersonRow.id,
                PersonRow.name,
                PersonRow.kb_id,
                PersonRow.country,
                PersonRow.office,
            )  # fmt: skip
            .join(PersonRow, PersonRow.id == EventParticipantRow.person_id)
            .where(EventParticipantRow.event_id.in_(chunk))
            .order_by(EventParticipantRow.event_id, EventParticipantRow.position)
        )
        for event_id, *person in conn.execute(query):
            found[event_id].append(PersonView(*person))
    return found


def load_views(conn: Connection, query: Select) -> list[EventView]:
    """Run an `event_select()`-based query and attach participants."""
    rows = conn.execute(query).all()
    people = people_of(conn, [r.id for r in rows])
    views = [_view(r) for r in rows]
    for view in views:
        view.participants = people.get(int(view.id), [])
    return views
