"""Write tokens: the operator creates them (`summitwatch token create NAME`); the
database keeps only their SHA-256, and every write names its token as the reviewer.

Reading is open. A write without `Authorization: Bearer <token>`, or with a token
that is not on file, is refused with 401.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import UTC, datetime

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from summitwatch.api.errors import NotAuthorized
from summitwatch.errors import BadArgument
from summitwatch.store import Store
from summitwatch.store.schema import ApiTokenRow

_NAME = re.compile(r"^[\w.@-]{1,100}$")
PREFIX = "sw_"


def hash_token(token: str) -> str:
    """Tokens are 256 random bits, so a plain SHA-256 is enough to store them."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(store: Store, name: str) -> str:
    """A new token for `name` (a reviewer or a tool); shown once, stored hashed."""
    if not _NAME.match(name):
        raise BadArgument(
            f"token name {name!r}: use 1-100 letters, digits, '.', '_', '@' or '-'"
        )
    token = PREFIX + secrets.token_urlsafe(32)
    row = ApiTokenRow(
        name=name,
        token_hash=hash_token(token),
        created=datetime.now(UTC).replace(tzinfo=None),
    )
    try:
        with Session(store.engine) as session, session.begin():
            session.add(row)
    except IntegrityError:
        raise BadArgument(f"a token named {name!r} already exists") from None
    return token


def token_owner(store: Store, token: str) -> str | None:
    """The name of the token's owner, or None when it is not on file."""
    query = select(ApiTokenRow.name).where(ApiTokenRow.token_hash == hash_token(token))
    with store.engine.connect() as conn:
        return conn.scalar(query)


_bearer = HTTPBearer(
    auto_error=False,
    description="A write token from `summitwatch token create NAME`.",
)


def require_writer(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> str:
    """FastAPI dependency for every write: the token owner's name, or 401."""
    if credentials is None or not credentials.credentials.strip():
        raise NotAuthorized("this is a write: send 'Authorization: Bearer <token>'")
    owner = token_owner(request.app.state.store, credentials.credentials.strip())
    if owner is None:
        raise NotAuthorized("unknown token; ask the operator for one")
    return owner
