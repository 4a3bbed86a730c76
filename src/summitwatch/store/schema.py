"""The record's tables as typed SQLAlchemy 2 models; migrations mirror this file.

A *mention* is one source's account of an event (an article sentence or a history
row); an *event* is the merged real-world meeting that mentions point at.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    """One ingested source: an article, or a dataset file (`kind` = "dataset")."""

    __tablename__ = "articles"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(16), default="article")
    url: Mapped[str | None] = mapped_column(Text, index=True)
    path: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[date | None] = mapped_column(Date)
    ingested_at: Mapped[datetime] = mapped_column(DateTime)
    text: Mapped[str | None] = mapped_column(Text)
    mentions: Mapped[list[MentionRow]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True
    )


class PersonRow(Base):
    """A canonical person; `key` is the KB id, or `name:<folded name>` without a KB."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kb_id: Mapped[str | None] = mapped_column(String(100))
    name: Mapped[str] = mapped_column(Text)
    folded: Mapped[str] = mapped_column(String(200), index=True)
    country: Mapped[str | None] = mapped_column(String(3), index=True)
    office: Mapped[str | None] = mapped_column(Text)


class _Venue:
    """Date and place columns shared by mentions and events."""

    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(5))
    date_lo: Mapped[str | None] = mapped_column(String(10))
    date_hi: Mapped[str | None] = mapped_column(String(10))
    city: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(3))
    region: Mapped[str | None] = mapped_column(Text)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    travel_mode: Mapped[str | None] = mapped_column(String(8))


class EventRow(_Venue, Base):
    """A merged real-world event with its best date/place and derived status."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    type: Mapped[str] = mapped_column(String(16))
    participant_key: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    status_disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    statuses: Mapped[dict] = mapped_column(JSON, default=dict)
    first_reported: Mapped[date | None] = mapped_column(Date)
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[list[EventParticipantRow]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    __table_args__ = (
        Index("ix_events_type_key", "type", "participant_key"),
        Index("ix_events_date_lo", "date_lo"),
        Index("ix_events_status_date", "status", "date_lo"),
        Index("ix_events_country_date", "country", "date_lo"),
    )


class EventParticipantRow(Base):
    __tablename__ = "event_participants"
    event_id: Mapped[int] = mapped_column(
        ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    country: Mapped[str | None] = mapped_column(String(3))
    position: Mapped[int] = mapped_column(Integer, default=0)
    __table_args__ = (
        Index("ix_event_participants_person", "person_id", "event_id"),
        Index("ix_event_participants_country", "country", "event_id"),
    )


class MentionRow(_Venue, Base):
    """One extracted event in one source, with the status as that source tells it."""

    __tablename__ = "mentions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    type: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    participant_key: Mapped[str] = mapped_column(Text)
    evidence: Mapped[str] = mapped_column(Text, default="")
    start_char: Mapped[int | None] = mapped_column(Integer)
    end_char: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    source_ref: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    article: Mapped[ArticleRow] = relationship(back_populates="mentions")
    participants: Mapped[list[MentionParticipantRow]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="MentionParticipantRow.position",
    )


class MentionParticipantRow(Base):
    __tablename__ = "mention_participants"
    mention_id: Mapped[int] = mapped_column(
        ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    name: Mapped[str] = mapped_column(Text)


class ReviewRow(Base):
    """A reviewer's correction of an event (used by the web issue)."""

    __tablename__ = "reviews"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_id: Mapped[int | None] = mapped_column(
        ForeignKey("events.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(32))
    field: Mapped[str | None] = mapped_column(String(64))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime)


class ApiTokenRow(Base):
    """A write token for the API, stored only as a hash."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    token_hash: Mapped[str] = mapped_column(String(128), unique=True)
    created: Mapped[datetime] = mapped_column(DateTime)
