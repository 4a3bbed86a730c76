"""The questions the record answers: timelines, pair histories, who met whom, people."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import ColumnElement, and_, case, func, or_, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from summitwatch.errors import BadArgument
from summitwatch.models import STATUSES
from summitwatch.store.answers import EventView, Page, PairHistory, PersonView, Venue
from summitwatch.store.filters import EventFilter
from summitwatch.store.schema import EventParticipantRow, EventRow, PersonRow
from summitwatch.store.sides import Side, resolve_side, shared_event_ids
from summitwatch.store.views import event_select, load_views


def event_where(conn: Connection, flt: EventFilter) -> list[ColumnElement[bool]]:
    """The filter as SQL conditions on `events`; `country` matches a participant
    or the venue, dates match events whose interval overlaps since..until."""
    where: list[ColumnElement[bool]] = []
    if flt.person:
        where.append(EventRow.id.in_(resolve_side(conn, flt.person).event_ids()))
    if flt.country:
        side = Side(flt.country, flt.country)
        where.append(
            or_(EventRow.id.in_(side.event_ids()), EventRow.country == flt.country)
        )
    if flt.status:
        where.append(EventRow.status == flt.status)
    if flt.type:
        where.append(EventRow.type == flt.type)
    if flt.since:
        where.append(EventRow.date_hi >= flt.since.first.isoformat())
    if flt.until:
        where.append(EventRow.date_lo <= flt.until.last.isoformat())
    return where


def find_events(
    conn: Connection,
    flt: EventFilter,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> Page[EventView]:
    """One page of the filtered events in date order, with how many there are."""
    where = event_where(conn, flt)
    total = conn.scalar(select(func.count()).select_from(EventRow).where(*where))
    query = (
        event_select()
        .where(*where)
        .order_by(EventRow.date_lo.is_(None), EventRow.date_lo, EventRow.id)
        .offset(offset)
    )
    views = load_views(conn, query.limit(limit) if limit else query)
    return Page(views, total or 0, limit, offset)


def latest_events(conn: Connection, count: int) -> list[EventView]:
    """The `count` events with the latest dates (undated last)."""
    query = (
        event_select()
        .order_by(EventRow.date_lo.is_(None), EventRow.date_lo.desc())
        .order_by(EventRow.id.desc())
        .limit(count)
    )
    return load_views(conn, query)


def venue_counts(conn: Connection, flt: EventFilter) -> tuple[list[dict], int]:
    """Filtered events per venue (most first), with meetings and coordinates; and
    the number of filtered events without any venue."""
    meetings = func.sum(case((EventRow.type == "meeting", 1), else_=0))
    columns = (EventRow.city, EventRow.country)
    query = (
        select(*columns, func.count().label("n"), meetings.label("meetings"),
               func.max(EventRow.lat).label("lat"),
               func.max(EventRow.lon).label("lon"))
        .where(*event_where(conn, flt))
        .group_by(*columns)
        .order_by(func.count().desc(), EventRow.country, EventRow.city)
    )  # fmt: skip
    rows = conn.execute(query).all()
    venues = [r._asdict() for r in rows if r.city or r.country]
    unplaced = sum(r.n for r in rows if not (r.city or r.country))
    return venues, unplaced


def status_counts(conn: Connection) -> dict[str, int]:
    """Events per status, in the order of `STATUSES`."""
    query = select(EventRow.status, func.count()).group_by(EventRow.status)
    found = dict(conn.execute(query).all())
    return {status: found.get(status, 0) for status in STATUSES}


def people_names(conn: Connection) -> list[str]:
    """Every person's name, for the filter form (cheaper than `list_people`)."""
    query = select(PersonRow.name).distinct().order_by(PersonRow.name)
    return list(conn.scalars(query))


def pair_history(conn: Connection, a: str, b: str) -> PairHistory:
    """All events of two sides; counts, venues and hosting from occurred meetings."""
    side_a, side_b = resolve_side(conn, a), resolve_side(conn, b)
    if side_a == side_b:
        raise BadArgument(f"pair: both sides are {side_a.label!r}")
    query = (
        event_select()
        .where(EventRow.id.in_(shared_event_ids(side_a, side_b)))
        .order_by(EventRow.date_lo.is_(None), EventRow.date_lo, EventRow.id)
    )
    events = load_views(conn, query)
    met = [e for e in events if e.type == "meeting" and e.status == "occurred"]
    venues = Counter((e.city, e.country) for e in met)
    hosted = {s.label: _last_hosted(met, s) for s in (side_a, side_b)}
    return PairHistory(
        a=side_a.label, b=side_b.label, count=len(met),
        first=met[0] if met else None, last=met[-1] if met else None,
        venues=[Venue(c, k, n) for (c, k), n in venues.most_common()],
        last_hosted=hosted, turn_to_host=_turn(hosted), events=events,
    )  # fmt: skip


def _last_hosted(met: list[EventView], side: Side) -> str | None:
    days = [
        e.date for e in met if side.country and e.country == side.country and e.date
    ]
    return max(days) if days else None


def _turn(hosted: dict[str, str | None]) -> str | None:
    """The side that hosted less recently (never counts as longest ago)."""
    if not any(hosted.values()):
        return None
    return min(hosted, key=lambda side: hosted[side] or "")


def who_met(conn: Connection, person: str) -> list[tuple[PersonView, int]]:
    """People with an occurred meeting with `person` (or country), most often first."""
    side = resolve_side(conn, person)
    me, other = aliased(EventParticipantRow), aliased(EventParticipantRow)
    own = (
        me.person_id.in_(side.person_ids)
        if side.person_ids
        else me.country == side.country
    )
    query = (
        select(*_PERSON, func.count(func.distinct(other.event_id)).label("n"))
        .select_from(me)
        .join(
            other, and_(other.event_id == me.event_id, other.person_id != me.person_id)
        )
        .join(EventRow, EventRow.id == me.event_id)
        .join(PersonRow, PersonRow.id == other.person_id)
        .where(own, EventRow.status == "occurred", EventRow.type == "meeting")
        .group_by(*_PERSON)
        .order_by(func.count(func.distinct(other.event_id)).desc(), PersonRow.name)
    )
    if side.person_ids:
        query = query.where(other.person_id.notin_(side.person_ids))
    else:
        query = query.where(or_(other.country.is_(None), other.country != side.country))
    return [(PersonView(*row[:-1], events=row.n), row.n) for row in conn.execute(query)]


_PERSON = (
    PersonRow.id,
    PersonRow.name,
    PersonRow.kb_id,
    PersonRow.country,
    PersonRow.office,
)


def list_people(conn: Connection, *, country: str | None = None) -> list[PersonView]:
    """Everyone in the record with country, office and number of events."""
    count = func.count(EventParticipantRow.event_id)
    query = (
        select(*_PERSON, count)
        .outerjoin(EventParticipantRow, EventParticipantRow.person_id == PersonRow.id)
        .group_by(*_PERSON)
        .order_by(PersonRow.country, PersonRow.name)
    )
    if country:
        query = query.where(PersonRow.country == country.upper())
    return [PersonView(*row) for row in conn.execute(query)]
