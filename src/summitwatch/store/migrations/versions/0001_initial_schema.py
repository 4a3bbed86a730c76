"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 04:46:38.072625
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=128), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name"),
        sa.UniqueConstraint("token_hash"),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("path", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("author", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
        sa.Column("text", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("content_hash"),
    )
    op.create_index(op.f("ix_articles_path"), "articles", ["path"], unique=False)
    op.create_index(op.f("ix_articles_url"), "articles", ["url"], unique=False)
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("participant_key", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("status_disputed", sa.Boolean(), nullable=False),
        sa.Column("statuses", sa.JSON(), nullable=False),
        sa.Column("first_reported", sa.Date(), nullable=True),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=5), nullable=True),
        sa.Column("date_lo", sa.String(length=10), nullable=True),
        sa.Column("date_hi", sa.String(length=10), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("travel_mode", sa.String(length=8), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        "ix_events_country_date", "events", ["country", "date_lo"], unique=False
    )
    op.create_index("ix_events_date_lo", "events", ["date_lo"], unique=False)
    op.create_index(
        "ix_events_status_date", "events", ["status", "date_lo"], unique=False
    )
    op.create_index(
        "ix_events_type_key", "events", ["type", "participant_key"], unique=False
    )
    op.create_table(
        "people",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("kb_id", sa.String(length=100), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("folded", sa.String(length=200), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("office", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )
    op.create_index(op.f("ix_people_country"), "people", ["country"], unique=False)
    op.create_index(op.f("ix_people_folded"), "people", ["folded"], unique=False)
    op.create_table(
        "event_participants",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("event_id", "person_id"),
    )
    op.create_index(
        "ix_event_participants_country",
        "event_participants",
        ["country", "event_id"],
        unique=False,
    )
    op.create_index(
        "ix_event_participants_person",
        "event_participants",
        ["person_id", "event_id"],
        unique=False,
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=16), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("participant_key", sa.Text(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=True),
        sa.Column("end_char", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("source_ref", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("date_precision", sa.String(length=5), nullable=True),
        sa.Column("date_lo", sa.String(length=10), nullable=True),
        sa.Column("date_hi", sa.String(length=10), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("region", sa.Text(), nullable=True),
        sa.Column("lat", sa.Float(), nullable=True),
        sa.Column("lon", sa.Float(), nullable=True),
        sa.Column("travel_mode", sa.String(length=8), nullable=True),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(
        op.f("ix_mentions_article_id"), "mentions", ["article_id"], unique=False
    )
    op.create_index(
        op.f("ix_mentions_event_id"), "mentions", ["event_id"], unique=False
    )
    op.create_index(
        op.f("ix_mentions_published"), "mentions", ["published"], unique=False
    )
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("field", sa.String(length=64), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.Text(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_reviews_event_id"), "reviews", ["event_id"], unique=False)
    op.create_table(
        "mention_participants",
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["mention_id"], ["mentions.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
        ),
        sa.PrimaryKeyConstraint("mention_id", "position"),
    )
    op.create_index(
        op.f("ix_mention_participants_person_id"),
        "mention_participants",
        ["person_id"],
        unique=False,
    )


def downgrade() -> None:

    op.drop_index(
        op.f("ix_mention_participants_person_id"), table_name="mention_participants"
    )
    op.drop_table("mention_participants")
    op.drop_index(op.f("ix_reviews_event_id"), table_name="reviews")
    op.drop_table("reviews")
    op.drop_index(op.f("ix_mentions_published"), table_name="mentions")
    op.drop_index(op.f("ix_mentions_event_id"), table_name="mentions")
    op.drop_index(op.f("ix_mentions_article_id"), table_name="mentions")
    op.drop_table("mentions")
    op.drop_index("ix_event_participants_person", table_name="event_participants")
    op.drop_index("ix_event_participants_country", table_name="event_participants")
    op.drop_table("event_participants")
    op.drop_index(op.f("ix_people_folded"), table_name="people")
    op.drop_index(op.f("ix_people_country"), table_name="people")
    op.drop_table("people")
    op.drop_index("ix_events_type_key", table_name="events")
    op.drop_index("ix_events_status_date", table_name="events")
    op.drop_index("ix_events_date_lo", table_name="events")
    op.drop_index("ix_events_country_date", table_name="events")
    op.drop_table("events")
    op.drop_index(op.f("ix_articles_url"), table_name="articles")
    op.drop_index(op.f("ix_articles_path"), table_name="articles")
    op.drop_table("articles")
    op.drop_table("api_tokens")
