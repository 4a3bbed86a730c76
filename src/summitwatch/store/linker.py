"""Attach a stored mention to its merged event, and recompute events from mentions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session

from summitwatch.models import Location
from summitwatch.store.merge import Claim, choose_event, date_bounds, merge_claims
from summitwatch.store.resolve import resolve_location
from summitwatch.store.schema import (
    EventParticipantRow,
    EventRow,
    MentionRow,
    PersonRow,
    ReviewRow,
)


def _people(key: str) -> frozenset[str]:
    return frozenset(key.split("|")) if key else frozenset()


def mention_claim(m: MentionRow) -> Claim:
    return Claim(
        type=m.type, people=_people(m.participant_key), date=m.date,
        date_lo=m.date_lo, date_hi=m.date_hi, city=m.city, country=m.country,
        region=m.region, status=m.status, published=m.published,
        confidence=m.confidence, lat=m.lat, lon=m.lon, travel_mode=m.travel_mode,
    )  # fmt: skip


def event_claim(e: EventRow | Row) -> Claim:
    return Claim(
        type=e.type, people=_people(e.participant_key), date=e.date,
        date_lo=e.date_lo, date_hi=e.date_hi, city=e.city, country=e.country,
        region=e.region, status=e.status,
    )  # fmt: skip


_CLAIM_COLUMNS = (
    EventRow.id, EventRow.type, EventRow.participant_key, EventRow.date,
    EventRow.date_lo, EventRow.date_hi, EventRow.city, EventRow.country,
    EventRow.region, EventRow.status,
)  # fmt: skip


def attach(session: Session, mention: MentionRow, people: list[PersonRow]) -> int:
    """The id of the event `mention` belongs to, creating the event if none fits."""
    candidates = session.execute(
        select(*_CLAIM_COLUMNS).where(
            EventRow.type == mention.type,
            EventRow.participant_key == mention.participant_key,
        )
    ).all()  # plain rows: a busy pair has many events, ORM objects cost too much
    claims = {e.id: event_claim(e) for e in candidates}
    chosen = choose_event(mention_claim(mention), claims)
    if chosen is not None:
        return chosen
    event = EventRow(
        type=mention.type, participant_key=mention.participant_key,
        status=mention.status, statuses={}, n_sources=0,
    )  # fmt: skip
    unique = list({p.id: p for p in people}.values())
    event.participants = [
        EventParticipantRow(person_id=p.id, country=p.country, position=i)
        for i, p in enumerate(unique)
    ]
    session.add(event)
    session.flush()
    _apply(event, [mention])
    return event.id


def _apply(event: EventRow, mentions: list[MentionRow]) -> None:
    merged = merge_claims([mention_claim(m) for m in mentions])
    for name in (
        "date", "date_lo", "date_hi", "city", "country", "region", "lat", "lon",
        "travel_mode", "status", "status_disputed", "statuses", "first_reported",
    ):  # fmt: skip
        setattr(event, name, getattr(merged, name))
    event.date_precision = _precision(merged.date)
    event.n_sources = len({m.article_id for m in mentions})


def _precision(day: str | None) -> str | None:
    if not day:
        return None
    return ("year", "month", "day")[min(day.count("-"), 2)]


def refresh_events(session: Session, event_ids: Iterable[int]) -> set[int]:
    """Recompute the given events from their mentions; drop events left without any."""
    ids = sorted(set(event_ids))
    if not ids:
        return set()
    by_event: dict[int, list[MentionRow]] = {i: [] for i in ids}
    for mention in session.scalars(
        select(MentionRow).where(MentionRow.event_id.in_(ids))
    ):
        by_event[mention.event_id].append(mention)  # type: ignore[index]
    events = session.scalars(select(EventRow).where(EventRow.id.in_(ids))).all()
    for event in events:
        if by_event[event.id]:
            _apply(event, by_event[event.id])
    _reapply_corrections(session, ids)
    empty = [i for i, found in by_event.items() if not found]
    if empty:
        session.execute(delete(EventRow).where(EventRow.id.in_(empty)))
    return {i for i, found in by_event.items() if found}


def _reapply_corrections(session: Session, ids: list[int]) -> None:
    """A reviewer's corrections (reviews table) outlive recomputation from sources."""
    query = (
        select(ReviewRow)
        .where(ReviewRow.event_id.in_(ids), ReviewRow.action == "correct")
        .order_by(ReviewRow.id)
    )
    for review in session.scalars(query):
        event = session.get(EventRow, review.event_id)
        if event is not None and review.field in CORRECTABLE and review.new_value:
            correct(event, review.field, review.new_value)


CORRECTABLE = ("status", "date", "city", "country")


def correct(event: EventRow, field: str, value: str) -> None:
    """Set one reviewed field on a merged event, keeping derived columns in step."""
    setattr(event, field, value)
    if field == "date":
        event.date_lo, event.date_hi = date_bounds(value)
        event.date_precision = _precision(value)
    if field in ("city", "country"):
        place = resolve_location(Location(city=event.city, country=event.country))
        event.lat, event.lon = place.lat, place.lon
