"""Attach a stored mention to its merged event, and recompute events from mentions."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import partial

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload

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
    wanted = set(keys)
    if not wanted:
        return set()
    session.flush()
    query = (
        select(MentionRow)
        .where(MentionRow.participant_key.in_(sorted({k for _, k in wanted})))
        .options(selectinload(MentionRow.participants))
    )  # one query for every key, participants loaded with it
    by_key: dict[tuple[str, str], list[MentionRow]] = defaultdict(list)
    for mention in session.scalars(query):
        if (mention.type, mention.participant_key) in wanted:
            by_key[(mention.type, mention.participant_key)].append(mention)
    people = _people_rows(session, [m for group in by_key.values() for m in group])
    touched: set[int] = set()
    created: list[tuple[EventRow, list[MentionRow]]] = []
    for key in sorted(by_key):
        mentions = by_key[key]
        by_id = {m.id: m for m in mentions}
        touched |= {m.event_id for m in mentions if m.event_id is not None}
        taken: set[int] = set()
        groups = cluster([(m.id, mention_claim(m)) for m in mentions])
        for group in sorted(groups, key=lambda g: (-len(g), min(g))):
            members = [by_id[i] for i in group]
            founder = min(members, key=partial(_founder_order, people))
            event_id = _reusable_event(members, taken)
            if event_id is None:
                created.append((_new_event(founder, people), members))
                continue
            _order_participants(session, event_id, founder)
            taken.add(event_id)
            for mention in members:
                mention.event_id = event_id
        touched |= taken
    session.add_all(event for event, _ in created)
    session.flush()  # one flush gives every new event its id
    for event, members in created:
        touched.add(event.id)
        for mention in members:
            mention.event_id = event.id
    session.flush()
    return touched


def _people_rows(session: Session, mentions: list[MentionRow]) -> dict[int, PersonRow]:
    ids = {p.person_id for m in mentions for p in m.participants}
    query = select(PersonRow).where(PersonRow.id.in_(sorted(ids)))
    return {person.id: person for person in session.scalars(query)}


def _founder_order(people: dict[int, PersonRow], mention: MentionRow) -> tuple:
    """Which mention lists an event's participants: by content (`merge.canonical`),
    then by who comes first, never by which mention was stored first."""
    keys = [people[p.person_id].key for p in mention.participants]
    return canonical(mention_claim(mention)), keys


def _reusable_event(mentions: list[MentionRow], taken: set[int]) -> int | None:
    """The event most of these mentions already point at, if no other group has it."""
    votes = Counter(m.event_id for m in mentions if m.event_id not in (None, *taken))
    if not votes:
        return None
    return min(votes, key=lambda event_id: (-votes[event_id], event_id))


def _new_event(founder: MentionRow, people: dict[int, PersonRow]) -> EventRow:
    event = EventRow(
        type=founder.type, participant_key=founder.participant_key,
        status=founder.status, statuses={}, n_sources=0,
    )  # fmt: skip
    order = dict.fromkeys(p.person_id for p in founder.participants)
    event.participants = [
        EventParticipantRow(person_id=pid, country=people[pid].country, position=i)
        for i, pid in enumerate(order)
    ]
    return event


def _order_participants(session: Session, event_id: int, founder: MentionRow) -> None:
    """Participants listed as the founding mention lists them (an inviter before
    the invitee), whichever mention happened to create the event."""
    event = session.get(EventRow, event_id)
    wanted = list(dict.fromkeys(p.person_id for p in founder.participants))
    if event is None or {p.person_id for p in event.participants} != set(wanted):
        return
    for row in event.participants:
        row.position = wanted.index(row.person_id)


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
