"""Alembic environment: online only, on the connection `store.db.migrate` passes."""

from __future__ import annotations

from alembic import context

from summitwatch.store.schema import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata)
with context.begin_transaction():
    context.run_migrations()
