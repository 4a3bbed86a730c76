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

# Written with the tables' columns, not the ORM's attributes: `all_mentions` is the
# one query of a cold `prospects`, and so needs no mapper configuration nor ORM
# compilation (~25 ms of a fresh process).
_TABLES = (MentionRow, ArticleRow, MentionParticipantRow, PersonRow)
_MT, _AT, _MPT, _PT = (row.__table__ for row in _TABLES)
_M, _A, _MP, _P = _MT.c, _AT.c, _MPT.c, _PT.c
_SOURCE = func.coalesce(_M.source_ref, _A.url, _A.path)  # where a mention was read


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
    _M.id, _M.event_id, _M.type, _M.status, _M.city, _M.country, _M.region, _M.lat,
    _M.lon, _M.date, _M.travel_mode, _M.evidence, _M.start_char, _M.end_char,
    _M.confidence, _M.published,
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
            _P.name,
            _P.kb_id,
            _P.country.label("person_country"),
            _P.office,
        )  # fmt: skip
        .select_from(_MT)
        .join(_AT, _A.id == _M.article_id)
        .outerjoin(_MPT, _MP.mention_id == _M.id)
        .outerjoin(_PT, _P.id == _MP.person_id)
        .where(_M.event_id.is_not(None))
        .order_by(_M.id, _MP.position)
    )
    if until is not None:
        query = query.where(_M.published <= until)
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
