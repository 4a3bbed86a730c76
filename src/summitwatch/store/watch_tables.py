"""The watcher's tables: feeds, items seen, watched pairs, event states, alerts.

Kept apart from `schema.py` (the record itself); migration 0002 mirrors this file.
The unique `watch_items.url_key` is the claim that makes ingestion exactly-once
across processes; the unique `watch_alerts.key` does the same for alerts.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from summitwatch.store.schema import Base


class FeedRow(Base):
    """A feed or news sitemap to poll, with its HTTP validators and last error."""

    __tablename__ = "watch_feeds"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(Text, unique=True)
    every: Mapped[int] = mapped_column(Integer)  # seconds between polls
    added: Mapped[datetime] = mapped_column(DateTime)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled: Mapped[datetime | None] = mapped_column(DateTime)
    next_poll: Mapped[datetime | None] = mapped_column(DateTime, index=True)
    last_status: Mapped[int | None] = mapped_column(Integer)
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row
    items: Mapped[int] = mapped_column(Integer, default=0)  # items ingested so far


class ItemRow(Base):
    """One feed item, claimed by the process that ingests it (exactly once)."""

    __tablename__ = "watch_items"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url_key: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    feed_id: Mapped[int | None] = mapped_column(
        ForeignKey("watch_feeds.id", ondelete="SET NULL"), index=True
    )
    state: Mapped[str] = mapped_column(String(16))  # claimed, done, failed
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    owner: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(DateTime)
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    article_id: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)


class WatchPairRow(Base):
    """Two sides (people or countries) the analyst follows; `last_p` is the
    forecast at the last alert, the baseline for the next ≥ 10-point move."""

    __tablename__ = "watch_pairs"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(420), unique=True)
    a: Mapped[str] = mapped_column(String(200))
    b: Mapped[str] = mapped_column(String(200))
    added: Mapped[datetime] = mapped_column(DateTime)
    last_p: Mapped[float | None] = mapped_column(Float)
    last_p_at: Mapped[datetime | None] = mapped_column(DateTime)


class EventStateRow(Base):
    """The status of an event when a watch (pair or single side) last looked at it:
    kept per watch, so two watches that share an event each see its changes."""

    __tablename__ = "watch_event_states"
    pair_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    status: Mapped[str] = mapped_column(String(16))
    seen: Mapped[datetime] = mapped_column(DateTime)


class AlertRow(Base):
    """One alert raised: what changed, for which pair and event, with evidence."""

    __tablename__ = "watch_alerts"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(400), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # new, status, forecast
    created: Mapped[datetime] = mapped_column(DateTime, index=True)
    pair: Mapped[str] = mapped_column(String(420))
    event_id: Mapped[int | None] = mapped_column(Integer)
    old_status: Mapped[str | None] = mapped_column(String(16))
    new_status: Mapped[str | None] = mapped_column(String(16))
    p_old: Mapped[float | None] = mapped_column(Float)
    p_new: Mapped[float | None] = mapped_column(Float)
    title: Mapped[str] = mapped_column(Text)
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
