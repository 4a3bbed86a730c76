"""Reads and writes the web needs that `summitwatch.store.Store` does not offer (yet):
article lists, status counts, and reviews.

Uses the store's engine and ORM schema, never its internals; see the report on #5
for the functions the store may take over.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from summitwatch.errors import BadArgument, NotFound
from summitwatch.models import STATUSES, Location
from summitwatch.store import Store
from summitwatch.store.merge import date_bounds
from summitwatch.store.resolve import resolve_location
from summitwatch.store.schema import ArticleRow, EventRow, MentionRow, ReviewRow

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
