"""The watcher's state in the store: feeds, claimed items, watched pairs, alerts.

`WatchingStore` is mixed into `Store`, so these are ordinary store verbs
(`store.add_feed(...)`, `store.claim_item(...)`); nothing else touches the tables.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from summitwatch.errors import NotFound
from summitwatch.store.answers import JsonView
from summitwatch.store.watch_tables import (
    AlertRow,
    EventStateRow,
    FeedRow,
    ItemRow,
    WatchPairRow,
)

MAX_ATTEMPTS = 3  # a failed item is retried this many times in all, then left


@dataclass
class FeedView(JsonView):
    id: int
    url: str
    every: int
    added: datetime
    etag: str | None = None
    last_modified: str | None = None
    last_polled: datetime | None = None
    next_poll: datetime | None = None
    last_status: int | None = None
    last_error: str | None = None
    failures: int = 0
    items: int = 0


@dataclass
class PairView(JsonView):
    id: int
    a: str
    b: str
    added: datetime
    last_p: float | None = None
    last_p_at: datetime | None = None

    @property
    def label(self) -> str:
        return f"{self.a} – {self.b}" if self.b else self.a

    @property
    def single(self) -> bool:
        """One person or country followed alone (no second side, no forecast)."""
        return not self.b


@dataclass
class ItemView(JsonView):
    url: str
    state: str
    attempts: int
    owner: str
    content_hash: str | None = None
    article_id: int | None = None
    error: str | None = None


@dataclass
class AlertView(JsonView):
    """An alert as stored; `detail` holds the event, the forecast and the evidence."""

    key: str
    kind: str
    pair: str
    title: str
    created: datetime | None = None
    event_id: int | None = None
    old_status: str | None = None
    new_status: str | None = None
    p_old: float | None = None
    p_new: float | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


def pair_key(a: str, b: str) -> str:
    """The same key for (a, b) and (b, a), case-insensitive."""
    return "|".join(sorted((a.strip().casefold(), b.strip().casefold())))


class WatchingStore:
    """Store verbs for the watcher (mixed into `Store`, which owns `engine`)."""

    engine: Any

    # -- feeds
    def add_feed(self, url: str, *, every: int, now: datetime) -> FeedView:
        """Watch a feed (polled every `every` seconds); a known URL gets the new
        interval."""
        with self.engine.begin() as conn:
            found = conn.execute(select(FeedRow.id).where(FeedRow.url == url)).scalar()
            if found is None:
                values = {"url": url, "every": every, "added": now}
                conn.execute(insert(FeedRow).values(failures=0, items=0, **values))
            else:
                conn.execute(
                    update(FeedRow).where(FeedRow.id == found).values(every=every)
                )
        return next(f for f in self.feeds() if f.url == url)

    def feeds(self, *, due: datetime | None = None) -> list[FeedView]:
        """Every feed, oldest first; with `due`, only those to poll by then."""
        query = select(*_columns(FeedRow, FeedView)).order_by(FeedRow.id)
        if due is not None:
            query = query.where(
                or_(FeedRow.next_poll.is_(None), FeedRow.next_poll <= due)
            )
        with self.engine.connect() as conn:
            return [FeedView(*row) for row in conn.execute(query)]

    def remove_feed(self, url: str) -> None:
        with self.engine.begin() as conn:
            if not conn.execute(delete(FeedRow).where(FeedRow.url == url)).rowcount:
                raise NotFound(f"no watched feed {url!r}; see `watch feed list`")

    def record_poll(
        self,
        feed_id: int,
        *,
        now: datetime,
        status: int | None,
        error: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
        items: int = 0,
    ) -> None:
        """Keep a poll's outcome: new validators (given only when the feed was
        read; the old ones stay otherwise), the error, failures in a row, and when
        to poll next."""
        with self.engine.begin() as conn:
            row = conn.execute(select(FeedRow).where(FeedRow.id == feed_id)).one()
            values: dict[str, Any] = {
                "last_polled": now, "last_status": status, "last_error": error,
                "next_poll": now + timedelta(seconds=row.every),
                "failures": row.failures + 1 if error else 0,
                "items": row.items + items,
            }  # fmt: skip
            if etag or last_modified:  # passed only when the feed was read
                values.update(etag=etag, last_modified=last_modified)
            conn.execute(update(FeedRow).where(FeedRow.id == feed_id).values(**values))

    # -- items: the exactly-once claim
    def claim_item(
        self, url_key: str, url: str, *, feed_id: int | None, owner: str,
        now: datetime, lease: float = 900.0,
    ) -> bool:  # fmt: skip
        """True when this caller may ingest the item: it is new, or its last claim
        failed (fewer than MAX_ATTEMPTS) or was abandoned `lease` seconds ago (a
        crash). The unique key makes this safe across processes."""
        values = {"url": url, "feed_id": feed_id, "owner": owner, "claimed_at": now}
        try:
            with self.engine.begin() as conn:
                conn.execute(
                    insert(ItemRow).values(
                        url_key=url_key, state="claimed", attempts=1, **values
                    )
                )
            return True
        except IntegrityError:
            pass
        stale = now - timedelta(seconds=lease)
        retry = or_(
            ItemRow.state == "failed",
            (ItemRow.state == "claimed") & (ItemRow.claimed_at < stale),
        )
        query = (
            update(ItemRow)
            .where(ItemRow.url_key == url_key, retry, ItemRow.attempts < MAX_ATTEMPTS)
            .values(state="claimed", owner=owner, claimed_at=now,
                    attempts=ItemRow.attempts + 1, error=None)
        )  # fmt: skip
        with self.engine.begin() as conn:
            return conn.execute(query).rowcount == 1

    def finish_item(
        self, url_key: str, *, content_hash: str | None = None,
        article_id: int | None = None, error: str | None = None,
    ) -> None:  # fmt: skip
        """Mark a claimed item done (with its article) or failed (with the error)."""
        values = {"state": "failed" if error else "done", "error": error}
        if not error:
            values.update(content_hash=content_hash, article_id=article_id)
        with self.engine.begin() as conn:
            conn.execute(
                update(ItemRow).where(ItemRow.url_key == url_key).values(**values)
            )

    def items(self, *, feed_id: int | None = None) -> list[ItemView]:
        query = select(*_columns(ItemRow, ItemView)).order_by(ItemRow.id)
        if feed_id is not None:
            query = query.where(ItemRow.feed_id == feed_id)
        with self.engine.connect() as conn:
            return [ItemView(*row) for row in conn.execute(query)]

    # -- watched pairs and the state alerts compare against
    def add_pair(self, a: str, b: str, *, now: datetime) -> tuple[PairView, bool]:
        """Watch two sides; returns the pair and whether it is new."""
        key = pair_key(a, b)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(WatchPairRow).values(key=key, a=a, b=b, added=now))
            new = True
        except IntegrityError:
            new = False
        return next(p for p in self.pairs() if pair_key(p.a, p.b) == key), new

    def pairs(self) -> list[PairView]:
        query = select(*_columns(WatchPairRow, PairView)).order_by(WatchPairRow.id)
        with self.engine.connect() as conn:
            return [PairView(*row) for row in conn.execute(query)]

    def set_pair_forecast(self, pair_id: int, p: float, *, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                update(WatchPairRow)
                .where(WatchPairRow.id == pair_id)
                .values(last_p=p, last_p_at=now)
            )

    def event_states(
        self, pair_id: int, event_ids: Iterable[str | int]
    ) -> dict[str, str]:
        """The status each event had when the watch last looked ({} if unseen)."""
        ids = [int(i) for i in event_ids]
        query = select(EventStateRow.event_id, EventStateRow.status).where(
            EventStateRow.pair_id == pair_id, EventStateRow.event_id.in_(ids)
        )
        with self.engine.connect() as conn:
            return {str(i): status for i, status in conn.execute(query)} if ids else {}

    def set_event_states(
        self, pair_id: int, states: dict[str, str], *, now: datetime
    ) -> None:
        with self.engine.begin() as conn:
            for event_id, status in states.items():
                values = {"status": status, "seen": now}
                done = conn.execute(
                    update(EventStateRow)
                    .where(
                        EventStateRow.pair_id == pair_id,
                        EventStateRow.event_id == int(event_id),
                    )
                    .values(**values)
                ).rowcount
                if not done:
                    conn.execute(
                        insert(EventStateRow).values(
                            pair_id=pair_id, event_id=int(event_id), **values
                        )
                    )

    # -- alerts
    def add_alert(self, alert: AlertView, *, now: datetime) -> AlertView | None:
        """Store an alert; None when one with the same key exists (raised already,
        maybe by another process)."""
        values = alert.to_dict() | {"created": now, "detail": alert.detail}
        values.pop("id")
        try:
            with self.engine.begin() as conn:
                new_id = conn.execute(
                    insert(AlertRow).values(**values)
                ).inserted_primary_key
        except IntegrityError:
            return None
        alert.id, alert.created = int(new_id[0]), now
        return alert

    def alerts(
        self, *, since: datetime | None = None, limit: int | None = None
    ) -> list[AlertView]:
        """Alerts, newest first; `since` keeps those raised at or after it."""
        query = select(*_columns(AlertRow, AlertView)).order_by(
            AlertRow.created.desc(), AlertRow.id.desc()
        )
        if since is not None:
            query = query.where(AlertRow.created >= since)
        with self.engine.connect() as conn:
            rows = conn.execute(query.limit(limit) if limit else query)
            return [AlertView(**row._asdict()) for row in rows]


def _columns(table: Any, view: type) -> list:
    """The table's columns in the view's field order."""
    return [getattr(table, name) for name in view.__dataclass_fields__]
