"""Store one article's events as mentions and attach each to a merged event.

Runs inside the caller's transaction: one article, one transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from summitwatch.errors import BadArgument
from summitwatch.models import EVENT_TYPES, STATUSES, Article, Event, Participant
from summitwatch.store import resolve
from summitwatch.store.answers import IngestResult
from summitwatch.store.linker import refresh_events, relink
from summitwatch.store.merge import date_bounds, fold
from summitwatch.store.schema import (
    ArticleRow,
    MentionParticipantRow,
    MentionRow,
    PersonRow,
)

log = logging.getLogger(__name__)


def _day(value: str | None) -> date | None:
    """The first day of an ISO prefix ('2015-02' → 2015-02-01); None if unparseable."""
    try:
        return date.fromisoformat(date_bounds(value)[0]) if value else None
    except ValueError:
        return None


def _bounds(day: str | None, end: str | None) -> tuple[str | None, str | None]:
    """The day interval a date (and optional end) covers; None for no real date."""
    if not day:
        return None, None
    try:
        return date_bounds(day)[0], date_bounds(end or day)[1]
    except ValueError:
        log.warning("ignoring impossible date %r", day)
        return None, None


def _find_article(session: Session, article: Article) -> ArticleRow | None:
    """The stored version of this article: same content, else same url/path."""
    row = session.scalar(
        select(ArticleRow).where(ArticleRow.content_hash == article.content_hash)
    )
    if row is not None or not (article.url or article.path):
        return row
    col = ArticleRow.url if article.url else ArticleRow.path
    return session.scalar(
        select(ArticleRow).where(col == (article.url or article.path))
    )


def _fill_article(row: ArticleRow, article: Article, kind: str) -> None:
    row.content_hash = article.content_hash
    row.kind = kind
    row.url, row.path, row.title = article.url, article.path, article.title
    row.author, row.language = article.author, article.language
    row.published = article.published
    row.ingested_at = datetime.now()
    row.text = article.text


def store_article(
    session: Session,
    article: Article,
    events: Sequence[Event],
    *,
    kind: str = "article",
    ends: Sequence[str | None] | None = None,
) -> IngestResult:
    """Store (or replace) `article` and its events; a no-op for known content.

    `ends` gives each event's last possible day (history rows span several days).
    Raises `BadArgument` naming the source and event for a malformed event.
    """
    for i, event in enumerate(events):
        check_event(event, f"{article.source}: event {i + 1}")
    row = _find_article(session, article)
    if row is not None and row.content_hash == article.content_hash:
        ids = session.scalars(
            select(MentionRow.event_id).where(MentionRow.article_id == row.id)
        )
        return IngestResult(article.source, row.id, "unchanged", 0, _ids(ids))
    status = "new" if row is None else "replaced"
    touched: set[int] = set()
    keys: set[tuple[str, str]] = set()
    if row is None:
        row = ArticleRow()
        session.add(row)
    else:
        dropped_events, keys = _drop_mentions(session, row.id)
        touched |= dropped_events
    _fill_article(row, article, kind)
    session.flush()
    groups = [_resolved(row, event) for event in events]
    people = _people(session, groups)
    added = []
    for ordinal, (event, group) in enumerate(zip(events, groups, strict=True)):
        end = ends[ordinal] if ends else None
        named = [(p.name, people[resolve.person_key(r)])
                 for p, r in zip(event.participants, group, strict=True)]  # fmt: skip
        added.append(_add_mention(session, row, ordinal, event, named, end))
    session.flush()
    keys |= {(m.type, m.participant_key) for m in added}
    touched |= relink(session, keys)
    refresh_events(session, touched)
    attached = {m.event_id for m in added}
    return IngestResult(article.source, row.id, status, len(events), _ids(attached))


def check_event(event: Event, where: str) -> None:
    """Refuse what the record cannot hold, before anything is written."""
    for field, value, allowed in (
        ("type", event.type, EVENT_TYPES),
        ("status", event.status, STATUSES),
    ):
        if value not in allowed:
            raise BadArgument(
                f"{where}: {field} {value!r} is not one of {', '.join(allowed)}"
            )
    if any(not p.name.strip() for p in event.participants):
        raise BadArgument(f"{where}: a participant has no name")


def _ids(values) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted({str(v) for v in values if v is not None}, key=int)


def _drop_mentions(
    session: Session, article_id: int
) -> tuple[set[int], set[tuple[str, str]]]:
    """Delete an article's mentions; return the events they pointed at and their
    (type, participant key) groups, which must be regrouped without them."""
    rows = session.execute(
        select(MentionRow.event_id, MentionRow.type, MentionRow.participant_key).where(
            MentionRow.article_id == article_id
        )
    ).all()
    session.execute(delete(MentionRow).where(MentionRow.article_id == article_id))
    events = {r.event_id for r in rows if r.event_id is not None}
    return events, {(r.type, r.participant_key) for r in rows}


def _people(session: Session, groups: list[list[Participant]]) -> dict[str, PersonRow]:
    """The people rows for every participant, by key: one lookup, new ones added."""
    wanted = {resolve.person_key(p): p for group in groups for p in group}
    found = {
        person.key: person
        for person in session.scalars(
            select(PersonRow).where(PersonRow.key.in_(list(wanted)))
        )
    }
    for key, p in wanted.items():
        if key not in found:
            found[key] = PersonRow(
                key=key, kb_id=p.person_id, name=p.name, folded=fold(p.name),
                country=p.country, office=p.office,
            )  # fmt: skip
            session.add(found[key])
        else:
            row = found[key]
            row.name = _settle(row.name, p.name) or row.name
            row.country = _settle(row.country, p.country)
            row.office = _settle(row.office, p.office)
    session.flush()
    return found


def _settle(stored: str | None, seen: str | None) -> str | None:
    """One value from several sources that disagree, the same whatever order they
    came in (the smallest), so the record does not depend on ingest order."""
    values = [v for v in (stored, seen) if v]
    return min(values) if values else None


def _resolved(article: ArticleRow, event: Event) -> list[Participant]:
    on = _day(event.date) or article.published or _day(event.published)
    return [resolve.resolve_participant(p, on=on) for p in event.participants]


def _add_mention(
    session: Session,
    article: ArticleRow,
    ordinal: int,
    event: Event,
    people: list[tuple[str, PersonRow]],
    end: str | None,
) -> MentionRow:
    """Store one mention; `linker.relink` attaches it to its event afterwards."""
    location = resolve.resolve_location(event.location)
    key = "|".join(sorted({person.key for _, person in people}))
    lo, hi = _bounds(event.date, end)
    day = event.date if lo else None
    mention = MentionRow(
        article_id=article.id, ordinal=ordinal, type=event.type, status=event.status,
        participant_key=key, evidence=event.evidence, start_char=event.start_char,
        end_char=event.end_char, confidence=event.confidence,
        source_ref=event.source or article.url or article.path,
        published=article.published or _day(event.published),
        date=day, date_precision=event.date_precision if day else None,
        date_lo=lo, date_hi=hi,
        city=location.city, country=location.country, region=location.region,
        lat=location.lat, lon=location.lon, travel_mode=event.travel_mode,
    )  # fmt: skip
    mention.participants = [
        MentionParticipantRow(position=i, person_id=person.id, name=name)
        for i, (name, person) in enumerate(people)
    ]
    session.add(mention)
    return mention
