"""FastAPI dependencies shared by the API and the pages, declared once so the
OpenAPI schema documents them: the store, ids, sides, the event filter, paging, the
as-of day and the write token. Empty strings (what an HTML form sends) mean "not
given"; bad values get the messages the CLI gives."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Depends, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BeforeValidator

from summitwatch.http.errors import NotAuthorized
from summitwatch.models import PartialDate
from summitwatch.store import EventFilter, Store

MAX_ID = 2**53  # ids beyond this are not ours, and would overflow SQLite
DATES = "YYYY, YYYY-MM or YYYY-MM-DD"


def get_store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(get_store)]


def _digits_only(value: object) -> object:
    """An id is written in digits: "1.0", "1e0" or " 1" name no record (pydantic
    would read them as 1)."""
    text = str(value)
    if not (text.isascii() and text.isdigit()):
        raise ValueError("an id is a whole number written in digits")
    return value


Id = Annotated[int, BeforeValidator(_digits_only)]
EventId = Annotated[Id, Path(ge=1, le=MAX_ID)]
ArticleId = Annotated[Id, Path(ge=1, le=MAX_ID)]
Side = Annotated[str, Path(min_length=1, max_length=200)]
Horizon = Annotated[int, Query(ge=1, le=60, description="Months ahead")]
Text = Annotated[str | None, Query(max_length=200)]


def event_filter(
    person: Annotated[
        str | None, Query(max_length=200, description="A name, or an ISO3 code")
    ] = None,
    country: Annotated[
        str | None, Query(max_length=40, description="ISO3: participant or venue")
    ] = None,
    status: Annotated[str | None, Query(max_length=40)] = None,
    type: Annotated[str | None, Query(max_length=40)] = None,
    since: Annotated[str | None, Query(max_length=40, description=DATES)] = None,
    until: Annotated[str | None, Query(max_length=40, description=DATES)] = None,
) -> EventFilter:
    """The timeline and map filters: `EventFilter.of`, as the CLI builds it."""
    return EventFilter.of(
        person=person, country=country, status=status, type=type,
        since=since, until=until,
    )  # fmt: skip


Filter = Annotated[EventFilter, Depends(event_filter)]


def paging(
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> dict:
    return {"limit": limit, "offset": offset}


Paging = Annotated[dict, Depends(paging)]


def as_of_date(
    as_of: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
) -> date | None:
    """The pair view's as-of day; empty means today. Checked by `PartialDate`, so
    the API refuses what the CLI's --as-of refuses, with the same message."""
    if not as_of or not as_of.strip():
        return None
    return PartialDate.argument(as_of, "as_of", precision="day").first


AsOf = Annotated[date | None, Depends(as_of_date)]
_bearer = HTTPBearer(
    auto_error=False,
    description="A write token from `summitwatch token create NAME`.",
)


def require_writer(
    store: StoreDep,
    credentials: HTTPAuthorizationCredentials | None = Depends(_bearer),  # noqa: B008
) -> str:
    """Every write depends on this: the token owner's name, or 401."""
    if credentials is None or not credentials.credentials.strip():
        raise NotAuthorized("this is a write: send 'Authorization: Bearer <token>'")
    owner = store.token_owner(credentials.credentials.strip())
    if owner is None:
        raise NotAuthorized("unknown token; ask the operator for one")
    return owner


Writer = Annotated[str, Depends(require_writer)]
