"""Reviews: an analyst confirms, rejects or corrects a merged event. A correction
changes the event, never the sources' own accounts, and keeps the old value."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from summitwatch.errors import BadArgument, NotFound
from summitwatch.models import STATUSES, Location, PartialDate
from summitwatch.store.resolve import known_country, resolve_location
from summitwatch.store.schema import EventRow, ReviewRow

ACTIONS = ("confirm", "reject", "correct")
CORRECTABLE = ("status", "date", "city", "country")


def _review_dict(row: ReviewRow) -> dict:
    return {
        "id": row.id, "event_id": str(row.event_id), "action": row.action,
        "field": row.field, "old_value": row.old_value, "new_value": row.new_value,
        "reviewer": row.reviewer, "at": row.at.isoformat(timespec="seconds"),
    }  # fmt: skip


def reviews(session: Session, event_id: int) -> list[dict]:
    """An event's review history, oldest first."""
    query = select(ReviewRow).where(ReviewRow.event_id == event_id)
    return [_review_dict(r) for r in session.scalars(query.order_by(ReviewRow.id))]


def latest_reviews(session: Session, event_ids: Iterable[str]) -> dict[str, dict]:
    """The last confirm/reject/correct of each event that has one."""
    ids = [int(i) for i in event_ids]
    query = select(ReviewRow).where(ReviewRow.event_id.in_(ids)).order_by(ReviewRow.id)
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
        out["date"] = str(PartialDate.argument(out["date"], "date"))
    if "country" in out:
        out["country"] = out["country"].upper()
        if not known_country(out["country"]):
            raise BadArgument(f"country: {out['country']!r} is not an ISO3 code")
    if len(out.get("city", "")) > 200:
        raise BadArgument("city: longer than 200 characters")
    return out


def _apply(event: EventRow, field: str, value: str) -> None:
    setattr(event, field, value)
    if field == "date":
        day = PartialDate.parse(value)
        event.date_lo, event.date_hi = (d.isoformat() for d in day.bounds())
        event.date_precision = day.precision
    if field in ("city", "country"):
        place = resolve_location(Location(city=event.city, country=event.country))
        event.lat, event.lon = place.lat, place.lon


def add_review(
    session: Session,
    event_id: int,
    action: str,
    *,
    reviewer: str,
    changes: dict[str, str | None] | None = None,
) -> list[dict]:
    """Record a review; a correction also updates the merged event.

    The sources' own accounts (mentions) are never changed, and each changed
    field is stored with its old value, so the original extraction stays. Runs in
    the caller's transaction.
    """
    if action not in ACTIONS:
        raise BadArgument(f"action: {action!r} is not one of {', '.join(ACTIONS)}")
    fields = _checked(changes or {}) if action == "correct" else {}
    now = datetime.now(UTC).replace(tzinfo=None)
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
