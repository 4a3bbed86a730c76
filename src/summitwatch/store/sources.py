"""Read mentions back: one event with every source, or all mentions for forecasting."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from summitwatch.errors import NotFound
from summitwatch.models import Event, Location, Mention, Participant
from summitwatch.store.answers import EventDetail, SourceView
from summitwatch.store.schema import (
    ArticleRow,
    EventRow,
    MentionParticipantRow,
    MentionRow,
    PersonRow,
)
from summitwatch.store.views import event_select, load_views

_SOURCE = func.coalesce(MentionRow.source_ref, ArticleRow.url, ArticleRow.path)


def _event_id(value: str | int) -> int:
    try:
        return int(str(value).strip())
    except ValueError:
        raise NotFound(f"no event {value!r} (event ids are numbers)") from None


def event_detail(conn: Connection, event_id: str | int) -> EventDetail:
    """The merged event and every source's account of it, oldest source first."""
    key = _event_id(event_id)
    views = load_views(conn, event_select().where(EventRow.id == key))
    if not views:
        raise NotFound(f"no event {event_id!r}")
    query = (
        select(
            MentionRow.id,
            _SOURCE,
            ArticleRow.kind,
            ArticleRow.title,
            MentionRow.published,
            MentionRow.status,
            MentionRow.date,
            MentionRow.city,
            MentionRow.country,
            MentionRow.travel_mode,
            MentionRow.evidence,
            MentionRow.start_char,
            MentionRow.end_char,
            MentionRow.confidence,
        )  # fmt: skip
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
        .where(MentionRow.event_id == key)
        .order_by(MentionRow.published.is_(None), MentionRow.published, MentionRow.id)
    )
    sources = [SourceView(*row) for row in conn.execute(query)]
    names = _mention_names(conn, [s.mention_id for s in sources])
    for source in sources:
        source.names = names.get(source.mention_id, [])
    return EventDetail(views[0], sources)


def _mention_names(conn: Connection, ids: Iterable[int]) -> dict[int, list[str]]:
    query = (
        select(MentionParticipantRow.mention_id, MentionParticipantRow.name)
        .where(MentionParticipantRow.mention_id.in_(list(ids)))
        .order_by(MentionParticipantRow.mention_id, MentionParticipantRow.position)
    )
    found: dict[int, list[str]] = {}
    for mention_id, name in conn.execute(query):
        found.setdefault(mention_id, []).append(name)
    return found


_MENTION = (
    MentionRow.id, MentionRow.event_id, MentionRow.type, MentionRow.status,
    MentionRow.city, MentionRow.country, MentionRow.region, MentionRow.lat,
    MentionRow.lon, MentionRow.date, MentionRow.travel_mode, MentionRow.evidence,
    MentionRow.start_char, MentionRow.end_char, MentionRow.confidence,
    MentionRow.published,
)  # fmt: skip


def all_mentions(conn: Connection, *, until: date | None = None) -> list[Mention]:
    """Every mention with its merged event id, published on or before `until`.

    One query (mentions × their people). Mentions with no known publication date
    are left out when `until` is given, since nobody can say they were known by then.
    """
    query = (
        select(
            *_MENTION,
            _SOURCE.label("source"),
            PersonRow.name,
            PersonRow.kb_id,
            PersonRow.country.label("person_country"),
            PersonRow.office,
        )  # fmt: skip
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
        .outerjoin(
            MentionParticipantRow, MentionParticipantRow.mention_id == MentionRow.id
        )
        .outerjoin(PersonRow, PersonRow.id == MentionParticipantRow.person_id)
        .where(MentionRow.event_id.is_not(None))
        .order_by(MentionRow.id, MentionParticipantRow.position)
    )
    if until is not None:
        query = query.where(MentionRow.published <= until)
    out: list[Mention] = []
    last: int | None = None
    for row in conn.execute(query):
        if row.id != last:
            out.append(Mention(str(row.event_id), _event(row)))
            last = row.id
        if row.name is not None:
            person = Participant(row.name, row.kb_id, row.person_country, row.office)
            out[-1].event.participants.append(person)
    return out


def _event(row: Row) -> Event:
    return Event(
        type=row.type, status=row.status, participants=[],
        location=Location(row.city, row.country, row.region, row.lat, row.lon),
        date=row.date, travel_mode=row.travel_mode, evidence=row.evidence,
        start_char=row.start_char, end_char=row.end_char, confidence=row.confidence,
        source=row.source,
        published=row.published.isoformat() if row.published else None,
    )  # fmt: skip
