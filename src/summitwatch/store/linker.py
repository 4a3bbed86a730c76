"""Attach a stored mention to its merged event, and recompute events from mentions."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from summitwatch.models import Location
from summitwatch.store.merge import (
    Claim,
    canonical,
    cluster,
    date_bounds,
    merge_claims,
)
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


def relink(session: Session, keys: Iterable[tuple[str, str]]) -> set[int]:
    """Regroup every mention of the given (type, participant key) pairs into events
    with `merge.cluster`, so the record does not depend on ingest order; existing
    event ids are kept where their mentions stay together. Returns the event ids of
    those keys, old and new (callers refresh them)."""
    touched: set[int] = set()
    for type_, participant_key in sorted(set(keys)):
        mentions = session.scalars(
            select(MentionRow).where(
                MentionRow.type == type_, MentionRow.participant_key == participant_key
            )
        ).all()
        by_id = {m.id: m for m in mentions}
        touched |= {m.event_id for m in mentions if m.event_id is not None}
        groups = cluster([(m.id, mention_claim(m)) for m in mentions])
        taken: set[int] = set()
        for group in sorted(groups, key=lambda g: (-len(g), min(g))):
            members = [by_id[i] for i in group]
            founder = min(members, key=partial(_founder_order, session))
            event_id = _reusable_event(members, taken)
            if event_id is None:
                event_id = _new_event(session, founder)
            else:
                _order_participants(session, event_id, founder)
            taken.add(event_id)
            for mention in members:
                mention.event_id = event_id
        touched |= taken
    session.flush()
    return touched


def _founder_order(session: Session, mention: MentionRow) -> tuple:
    """Which mention lists an event's participants: by content (`merge.canonical`),
    then by who comes first, never by which mention was stored first."""
    keys = [session.get(PersonRow, p.person_id).key for p in mention.participants]
    return canonical(mention_claim(mention)), keys


def _reusable_event(mentions: list[MentionRow], taken: set[int]) -> int | None:
    """The event most of these mentions already point at, if no other group has it."""
    votes = Counter(m.event_id for m in mentions if m.event_id not in (None, *taken))
    if not votes:
        return None
    return min(votes, key=lambda event_id: (-votes[event_id], event_id))


def _new_event(session: Session, founder: MentionRow) -> int:
    event = EventRow(
        type=founder.type, participant_key=founder.participant_key,
        status=founder.status, statuses={}, n_sources=0,
    )  # fmt: skip
    event.participants = _participants(session, founder)
    session.add(event)
    session.flush()
    return event.id


def _order_participants(session: Session, event_id: int, founder: MentionRow) -> None:
    """Participants listed as the founding mention lists them (an inviter before
    the invitee), whichever mention happened to create the event."""
    event = session.get(EventRow, event_id)
    wanted = list(dict.fromkeys(p.person_id for p in founder.participants))
    if event is None or {p.person_id for p in event.participants} != set(wanted):
        return
    for row in event.participants:
        row.position = wanted.index(row.person_id)


def _participants(session: Session, mention: MentionRow) -> list[EventParticipantRow]:
    seen: dict[int, None] = {}
    for participant in mention.participants:
        seen.setdefault(participant.person_id)
    people = {p.id: p for p in session.scalars(
        select(PersonRow).where(PersonRow.id.in_(list(seen)))
    )}  # fmt: skip
    return [
        EventParticipantRow(person_id=pid, country=people[pid].country, position=i)
        for i, pid in enumerate(seen)
    ]


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
