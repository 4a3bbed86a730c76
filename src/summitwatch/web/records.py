"""Reads and writes the web needs that `summitwatch.store.Store` does not offer (yet):
article lists, status counts, and reviews.

Uses the store's engine and ORM schema, never its internals; see the report on #5
for the functions the store may take over.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from summitwatch.errors import BadArgument, NotFound
from summitwatch.models import EVENT_TYPES, STATUSES, Location
from summitwatch.store import EventView, Store
from summitwatch.store.merge import date_bounds
from summitwatch.store.resolve import resolve_location
from summitwatch.store.schema import (
    ArticleRow,
    EventRow,
    MentionRow,
    PersonRow,
    ReviewRow,
)
from summitwatch.store.sides import Side, date_arg, resolve_side
from summitwatch.store.views import event_select, load_views

ACTIONS = ("confirm", "reject", "correct")
CORRECTABLE = ("status", "date", "city", "country")
_ARTICLE = (
    ArticleRow.id, ArticleRow.kind, ArticleRow.title, ArticleRow.url, ArticleRow.path,
    ArticleRow.published, ArticleRow.author, ArticleRow.content_hash,
)  # fmt: skip


def _article_dict(row, n_events: int) -> dict:  # type: ignore[no-untyped-def]
    source = row.url or row.path or f"sha256:{row.content_hash[:12]}"
    return {
        "id": row.id, "kind": row.kind, "title": row.title, "source": source,
        "url": row.url, "published": row.published, "author": row.author,
        "n_events": n_events, "href": f"/articles/{row.id}",
    }  # fmt: skip


def article_page(store: Store, *, limit: int, offset: int) -> tuple[list[dict], int]:
    """Articles, newest first, with how many events each holds; and the total."""
    n_events = func.count(func.distinct(MentionRow.event_id))
    query = (
        select(*_ARTICLE, n_events.label("n"))
        .outerjoin(MentionRow, MentionRow.article_id == ArticleRow.id)
        .group_by(*_ARTICLE)
        .order_by(ArticleRow.published.is_(None), ArticleRow.published.desc())
        .order_by(ArticleRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    with store.engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(ArticleRow)) or 0
        return [_article_dict(row, row.n) for row in conn.execute(query)], total


def article(store: Store, article_id: int) -> tuple[dict, str, list[dict]]:
    """One article: its summary, its text and its mentions (event, span, status)."""
    with store.engine.connect() as conn:
        row = conn.execute(
            select(*_ARTICLE, ArticleRow.text).where(ArticleRow.id == article_id)
        ).first()
        if row is None:
            raise NotFound(f"no article {article_id}")
        mentions = conn.execute(
            select(
                MentionRow.id,
                MentionRow.event_id,
                MentionRow.type,
                MentionRow.status,
                MentionRow.evidence,
                MentionRow.start_char,
                MentionRow.end_char,
            )  # fmt: skip
            .where(MentionRow.article_id == article_id)
            .order_by(MentionRow.ordinal)
        ).all()
    events = {m.event_id for m in mentions if m.event_id is not None}
    return (
        _article_dict(row, len(events)),
        row.text or "",
        [m._asdict() for m in mentions],
    )


def mention_articles(store: Store, mention_ids: Iterable[int]) -> dict[int, tuple]:
    """Each mention's article id and text (SourceView has neither)."""
    query = (
        select(MentionRow.id, ArticleRow.id, ArticleRow.text)
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
        .where(MentionRow.id.in_(list(mention_ids)))
    )
    with store.engine.connect() as conn:
        return {
            mention: (art, text or "") for mention, art, text in conn.execute(query)
        }


def people_names(store: Store) -> list[str]:
    """Every person's name, for the filter form (cheaper than `Store.people`)."""
    query = select(PersonRow.name).distinct().order_by(PersonRow.name)
    with store.engine.connect() as conn:
        return list(conn.scalars(query))


def status_counts(store: Store) -> dict[str, int]:
    """Events per status, in the order of `STATUSES`."""
    query = select(EventRow.status, func.count()).group_by(EventRow.status)
    with store.engine.connect() as conn:
        found = dict(conn.execute(query).all())
    return {status: found.get(status, 0) for status in STATUSES}


def _review_dict(row: ReviewRow) -> dict:
    return {
        "id": row.id, "event_id": str(row.event_id), "action": row.action,
        "field": row.field, "old_value": row.old_value, "new_value": row.new_value,
        "reviewer": row.reviewer, "at": row.at.isoformat(timespec="seconds"),
    }  # fmt: skip


def reviews(store: Store, event_id: int) -> list[dict]:
    """An event's review history, oldest first."""
    query = select(ReviewRow).where(ReviewRow.event_id == event_id)
    with Session(store.engine) as session:
        return [_review_dict(r) for r in session.scalars(query.order_by(ReviewRow.id))]


def latest_reviews(store: Store, event_ids: Iterable[str]) -> dict[str, dict]:
    """The last confirm/reject/correct of each event that has one."""
    ids = [int(i) for i in event_ids]
    query = select(ReviewRow).where(ReviewRow.event_id.in_(ids)).order_by(ReviewRow.id)
    with Session(store.engine) as session:
        return {str(r.event_id): _review_dict(r) for r in session.scalars(query)}


def _checked(changes: dict[str, str | None]) -> dict[str, str]:
    """Validate a correction; every message names the field and the problem."""
    out = {k: v.strip() for k, v in changes.items() if v is not None and v.strip()}
    if not out:
        raise BadArgument(f"correct: give at least one of {', '.join(CORRECTABLE)}")
    if "status" in out and out["status"] not in STATUSES:
        raise BadArgument(
            f"status: {out['status']!r} is not one of {', '.join(STATUSES)}"
        )
    if "date" in out:
        try:
            lo, hi = date_bounds(out["date"])
            datetime.fromisoformat(lo), datetime.fromisoformat(hi)
        except ValueError:
            raise BadArgument(
                f"date: {out['date']!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
            ) from None
    if "country" in out:
        out["country"] = out["country"].upper()
        if len(out["country"]) != 3 or not out["country"].isalpha():
            raise BadArgument(f"country: {out['country']!r} is not an ISO3 code")
    if len(out.get("city", "")) > 200:
        raise BadArgument("city: longer than 200 characters")
    return out


def _apply(event: EventRow, field: str, value: str) -> None:
    setattr(event, field, value)
    if field == "date":
        event.date_lo, event.date_hi = date_bounds(value)
        event.date_precision = ("year", "month", "day")[min(value.count("-"), 2)]
    if field in ("city", "country"):
        place = resolve_location(Location(city=event.city, country=event.country))
        event.lat, event.lon = place.lat, place.lon


def add_review(
    store: Store,
    event_id: int,
    action: str,
    *,
    reviewer: str,
    changes: dict[str, str | None] | None = None,
) -> list[dict]:
    """Record a review; a correction also updates the merged event.

    The sources' own accounts (mentions) are never changed, and each changed
    field is stored with its old value, so the original extraction stays.
    """
    if action not in ACTIONS:
        raise BadArgument(f"action: {action!r} is not one of {', '.join(ACTIONS)}")
    fields = _checked(changes or {}) if action == "correct" else {}
    now = datetime.now(UTC).replace(tzinfo=None)
    with Session(store.engine) as session, session.begin():
        event = session.get(EventRow, event_id)
        if event is None:
            raise NotFound(f"no event {event_id}")
        rows = [] if fields else [ReviewRow(action=action)]
        for field, value in fields.items():
            old = getattr(event, field)
            rows.append(ReviewRow(action=action, field=field, new_value=value))
            rows[-1].old_value = None if old is None else str(old)
            _apply(event, field, value)
        for row in rows:
            row.event_id, row.reviewer, row.at = event_id, reviewer, now
        session.add_all(rows)
        session.flush()
        return [_review_dict(r) for r in rows]


# -- paged and aggregated event queries (Store.events has no offset, count or
#    venue totals yet); the filters mirror store.queries.find_events, and
#    tests/test_web_records.py checks that both select the same events.


def _where(conn, filters: dict) -> list:  # type: ignore[no-untyped-def]
    """The page filters as SQL conditions on `events`."""
    where = []
    if person := filters.get("person"):
        where.append(EventRow.id.in_(resolve_side(conn, person).event_ids()))
    if country := (filters.get("country") or "").upper():
        side = Side(country, country)
        where.append(
            or_(EventRow.id.in_(side.event_ids()), EventRow.country == country)
        )
    for name in ("status", "type"):
        if value := filters.get(name):
            allowed = STATUSES if name == "status" else EVENT_TYPES
            if value not in allowed:
                raise BadArgument(
                    f"{name}: {value!r} is not one of {', '.join(allowed)}"
                )
            where.append(getattr(EventRow, name) == value)
    if lo := date_arg(filters.get("date_from"), "date_from", end=False):
        where.append(EventRow.date_hi >= lo)
    if hi := date_arg(filters.get("date_to"), "date_to", end=True):
        where.append(EventRow.date_lo <= hi)
    return where


def event_page(
    store: Store, filters: dict, *, limit: int, offset: int
) -> tuple[list[EventView], int]:
    """One page of the filtered events in date order, and how many there are."""
    with store.engine.connect() as conn:
        where = _where(conn, filters)
        total = conn.scalar(select(func.count()).select_from(EventRow).where(*where))
        query = (
            event_select()
            .where(*where)
            .order_by(EventRow.date_lo.is_(None), EventRow.date_lo, EventRow.id)
            .limit(limit)
            .offset(offset)
        )
        return load_views(conn, query), total or 0


def venue_counts(store: Store, filters: dict) -> tuple[list[dict], int]:
    """Filtered events per venue (most first), with meetings and coordinates; and
    the number of filtered events without any venue."""
    meetings = func.sum(case((EventRow.type == "meeting", 1), else_=0))
    columns = (EventRow.city, EventRow.country)
    with store.engine.connect() as conn:
        query = (
            select(*columns, func.count().label("n"), meetings.label("meetings"),
                   func.max(EventRow.lat).label("lat"),
                   func.max(EventRow.lon).label("lon"))
            .where(*_where(conn, filters))
            .group_by(*columns)
            .order_by(func.count().desc(), EventRow.country, EventRow.city)
        )  # fmt: skip
        rows = conn.execute(query).all()
    venues = [r._asdict() for r in rows if r.city or r.country]
    unplaced = sum(r.n for r in rows if not (r.city or r.country))
    return venues, unplaced
