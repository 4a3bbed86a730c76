"""The "What's new" page and `/alerts.atom`, for the analyst's own feed reader.

The page renders `http.whats_new` (its JSON twin is `/api/whats-new`); the Atom feed
renders the store's alerts with `watch.delivery.atom_feed`.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from summitwatch.http.deps import StoreDep
from summitwatch.http.whats_new import whats_new
from summitwatch.web import render

router = APIRouter(include_in_schema=False)
Since = Annotated[str | None, Query(max_length=40)]
Limit = Annotated[int, Query(ge=1, le=500)]


@router.get("/whats-new", response_class=HTMLResponse)
def whats_new_page(
    request: Request, store: StoreDep, since: Since = None, limit: Limit = 50
) -> Response:
    data = whats_new(store, since=since, limit=limit)
    return render.page(request, "whats_new.html", data, nav="What's new")


@router.get("/alerts.atom", response_class=Response)
def alerts_atom(request: Request, store: StoreDep, limit: Limit = 100) -> Response:
    from summitwatch.watch.delivery import atom_feed

    body = atom_feed(store.alerts(limit=limit), base_url=str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
