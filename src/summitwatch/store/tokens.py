"""Write tokens for the API: only their SHA-256 is kept; each names its owner, who
is recorded as the reviewer of every write made with it."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from summitwatch.errors import BadArgument
from summitwatch.store.schema import ApiTokenRow

_NAME = re.compile(r"^[\w.@-]{1,100}$")
PREFIX = "sw_"


def hash_token(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to store them."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def new_token(session: Session, name: str) -> str:
    """A new token for `name` (a reviewer or a tool); returned once, stored hashed."""
    if not _NAME.match(name):
        raise BadArgument(
            f"token name {name!r}: use 1-100 letters, digits, '.', '_', '@' or '-'"
        )
    token = PREFIX + secrets.token_urlsafe(32)
    session.add(
        ApiTokenRow(
            name=name,
            token_hash=hash_token(token),
            created=datetime.now(UTC).replace(tzinfo=None),
        )
    )
    return token


def token_owner(conn: Connection, token: str) -> str | None:
    """The name of the token's owner, or None when it is not on file."""
    query = select(ApiTokenRow.name).where(ApiTokenRow.token_hash == hash_token(token))
    return conn.scalar(query)
