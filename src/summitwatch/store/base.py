"""`Store`: the record behind one database URL (SQLite by default, or PostgreSQL),
and the only way to it: nothing outside `store/` opens a session or reads a table.

store = Store("sqlite:///record.db")
store.write_article(article, events)   # idempotent, one transaction
store.events(EventFilter.of(person="Kim Jong-un", since="2018"), limit=20).total
store.pair("Kim Jong-un", "RUS").turn_to_host
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from summitwatch import config
from summitwatch.errors import BadArgument
from summitwatch.models import Article, Event, Mention
from summitwatch.store import articles, queries, reviews, sources, tokens
from summitwatch.store.answers import (
    EventDetail,
    EventView,
    IngestResult,
    Page,
    PairHistory,
    PersonView,
)
from summitwatch.store.db import make_engine, migrate, normalise_url
from summitwatch.store.filters import EventFilter
from summitwatch.store.schema import ArticleRow, EventRow, MentionRow, PersonRow
from summitwatch.store.watching import WatchingStore
from summitwatch.store.writer import store_article

log = logging.getLogger(__name__)
_RETRIES = 3  # concurrent writers may collide on a new person or a locked SQLite file


class Store(WatchingStore):
    """The record: ingest articles, merge their events, answer questions."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True) -> None:
        self.url = normalise_url(config.database_url(url))
        self.engine = make_engine(self.url)
        if upgrade:
            migrate(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing
    def ingest(self, article: Article, events: Sequence[Event]) -> IngestResult:
        """Store an article and its events in one transaction; known content: no-op."""
        return self.write_article(article, events)

    def write_article(
        self,
        article: Article,
        events: Sequence[Event],
        *,
        kind: str = "article",
        ends: Sequence[str | None] | None = None,
    ) -> IngestResult:
        """`ingest` with the source kind and per-event end days (history rows)."""
        for attempt in range(_RETRIES):
            try:
                with Session(self.engine) as session, session.begin():
                    return store_article(session, article, events, kind=kind, ends=ends)
            except (IntegrityError, OperationalError) as e:
                if attempt == _RETRIES - 1:
                    raise
                log.info("retrying %s after %s", article.source, e.__class__.__name__)
        raise AssertionError("unreachable")

    # -- reading
    def has_article(self, content_hash: str) -> bool:
        """True when an article with this content is already stored."""
        query = select(ArticleRow.id).where(ArticleRow.content_hash == content_hash)
        with self.engine.connect() as conn:
            return conn.execute(query).first() is not None

    def stored_article(self, article: Article) -> IngestResult | None:
        """What the store holds for this content ("unchanged", with its article and
        event ids), or None when it is new: the runner's resume rule."""
        query = select(ArticleRow.id).where(
            ArticleRow.content_hash == article.content_hash
        )
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
            if found is None:
                return None
            ids = conn.execute(
                select(MentionRow.event_id).where(MentionRow.article_id == found)
            ).scalars()
            events = sorted({str(i) for i in ids if i is not None}, key=int)
        return IngestResult(article.source, found, "unchanged", 0, events)

    def counts(self) -> dict[str, int]:
        """Rows per main table, for summaries and tests (and for `Forecaster.default`
        to see a changed record: tables, not ORM classes, so that a cold `prospects`
        configures no mappers)."""
        tables = {"articles": ArticleRow, "mentions": MentionRow, "events": EventRow}
        tables["people"] = PersonRow
        with self.engine.connect() as conn:
            return {
                name: conn.scalar(select(func.count()).select_from(row.__table__)) or 0
                for name, row in tables.items()
            }

    def event(self, event_id: str | int) -> EventDetail:
        """One merged event with every source and its evidence (NotFound if absent)."""
        with self.engine.connect() as conn:
            return sources.event_detail(conn, event_id)

    def mentions(self, *, until: date | None = None) -> list[Mention]:
        """Every source's account with its merged event id, published ≤ `until`."""
        with self.engine.connect() as conn:
            return sources.all_mentions(conn, until=until)

    def events(
        self,
        flt: EventFilter | None = None,
        *,
        limit: int | None = None,
        offset: int = 0,
        **options: str | None,
    ) -> Page[EventView]:
        """One page of events in date order, with the count of all that match.

        `flt` or the same fields as keywords (`EventFilter.of(**options)`)."""
        flt = flt or EventFilter.of(**options)
        with self.engine.connect() as conn:
            return queries.find_events(conn, flt, limit=limit, offset=offset)

    timeline = events

    def latest_events(self, count: int = 10) -> list[EventView]:
        with self.engine.connect() as conn:
            return queries.latest_events(conn, count)

    def venue_counts(self, flt: EventFilter | None = None) -> tuple[list[dict], int]:
        """Filtered events per venue, and how many have no venue."""
        with self.engine.connect() as conn:
            return queries.venue_counts(conn, flt or EventFilter())

    def status_counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return queries.status_counts(conn)

    def people_names(self) -> list[str]:
        with self.engine.connect() as conn:
            return queries.people_names(conn)

    def articles(self, *, limit: int = 50, offset: int = 0) -> Page[dict]:
        """Articles, newest first, with how many events each holds."""
        with self.engine.connect() as conn:
            return articles.article_page(conn, limit=limit, offset=offset)

    def article(self, article_id: int) -> tuple[dict, str, list[dict]]:
        """One article's summary, text and mentions (NotFound if absent)."""
        with self.engine.connect() as conn:
            return articles.article(conn, article_id)

    def mention_articles(self, mention_ids: Sequence[int]) -> dict[int, tuple]:
        """Each mention's (article id, article text)."""
        with self.engine.connect() as conn:
            return articles.mention_articles(conn, mention_ids)

    # -- reviews and tokens
    def add_review(
        self,
        event_id: int,
        action: str,
        *,
        reviewer: str,
        changes: dict[str, str | None] | None = None,
    ) -> list[dict]:
        """Confirm, reject or correct an event (one transaction); the rows written."""
        with Session(self.engine) as session, session.begin():
            return reviews.add_review(
                session, event_id, action, reviewer=reviewer, changes=changes
            )

    def reviews(self, event_id: int) -> list[dict]:
        with Session(self.engine) as session:
            return reviews.reviews(session, event_id)

    def latest_reviews(self, event_ids: Sequence[str]) -> dict[str, dict]:
        with Session(self.engine) as session:
            return reviews.latest_reviews(session, event_ids)

    def create_token(self, name: str) -> str:
        """A new write token for `name`, shown once and stored hashed."""
        try:
            with Session(self.engine) as session, session.begin():
                return tokens.new_token(session, name)
        except IntegrityError:
            raise BadArgument(f"a token named {name!r} already exists") from None

    def token_owner(self, token: str) -> str | None:
        with self.engine.connect() as conn:
            return tokens.token_owner(conn, token)

    def pair(self, a: str, b: str) -> PairHistory:
        """Pair history of two people or countries ('Kim Jong-un', 'RUS')."""
        with self.engine.connect() as conn:
            return queries.pair_history(conn, a, b)

    def who_met(self, person: str) -> list[tuple[PersonView, int]]:
        with self.engine.connect() as conn:
            return queries.who_met(conn, person)

    def people(self, *, country: str | None = None) -> list[PersonView]:
        with self.engine.connect() as conn:
            return queries.list_people(conn, country=country)
