"""Query parameters shared by the pages and the API, declared once so the OpenAPI
schema documents them; empty strings (what an HTML form sends) mean "not given"."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import Query

from summitwatch.models import EVENT_TYPES, STATUSES, PartialDate

MAX_ID = 2**53  # ids beyond this are not ours, and would overflow SQLite


def _choice(values: tuple[str, ...]) -> str:
    return "^(" + "|".join(("",) + values) + ")$"


def filters(
    person: Annotated[
        str | None, Query(max_length=200, description="A name, or an ISO3 code")
    ] = None,
    country: Annotated[
        str | None,
        Query(pattern=r"^([A-Za-z]{3})?$", description="ISO3: participant or venue"),
    ] = None,
    status: Annotated[str | None, Query(pattern=_choice(STATUSES))] = None,
    type: Annotated[str | None, Query(pattern=_choice(EVENT_TYPES))] = None,
    date_from: Annotated[
        str | None, Query(max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
    date_to: Annotated[
        str | None, Query(max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
) -> dict:
    """The timeline and map filters as a dict of non-empty values."""
    given = dict(
        person=person, country=country, status=status, type=type,
        date_from=date_from, date_to=date_to,
    )  # fmt: skip
    return {k: v.strip() for k, v in given.items() if v and v.strip()}


def paging(
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> dict:
    return {"limit": limit, "offset": offset}


def as_of_date(
    as_of: Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD")] = None,
) -> date | None:
    """The pair view's as-of day; empty means today. Checked by `PartialDate`, so
    the API refuses what the CLI's --as-of refuses, with the same message."""
    if not as_of or not as_of.strip():
        return None
    return PartialDate.argument(as_of, "as_of", precision="day").first
