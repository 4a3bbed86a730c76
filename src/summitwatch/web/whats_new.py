"""What's new: the watcher's alerts as a page, as JSON and as an Atom feed.

`/whats-new` and `/api/whats-new` come from one data function; `/alerts.atom` is
for the analyst's own feed reader. The alerts and feed states are the store's.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from summitwatch.errors import BadArgument
from summitwatch.web import render

router = APIRouter()
Since = Annotated[str | None, Query(max_length=10, description="YYYY-MM-DD")]
Limit = Annotated[int, Query(ge=1, le=500)]


def whats_new(store: Any, *, since: str | None = None, limit: int = 50) -> dict:
    """Alerts newest first (with their evidence) and the watched feeds' health."""
    start = _day(since)
    alerts = store.alerts(since=start, limit=limit)
    return {
        "title": "What's new",
        "since": since,
        "alerts": [_alert(a.to_dict()) for a in alerts],
        "feeds": [f.to_dict() for f in store.feeds()],
        "pairs": [p.to_dict() | {"label": p.label} for p in store.pairs()],
        "atom": "/alerts.atom",
    }


def _alert(data: dict) -> dict:
    data["url"] = f"/events/{data['event_id']}" if data["event_id"] else (
        data["detail"].get("pair_url"))  # fmt: skip
    return data


def _day(value: str | None) -> datetime | None:
    try:
        day = date.fromisoformat(value) if value else None
    except ValueError:
        raise BadArgument(f"since: bad date {value!r} (want YYYY-MM-DD)") from None
    return datetime(day.year, day.month, day.day) if day else None


@router.get("/whats-new", response_class=HTMLResponse, include_in_schema=False)
def whats_new_page(
    request: Request, since: Since = None, limit: Limit = 50
) -> Response:
    data = whats_new(request.app.state.store, since=since, limit=limit)
    return render.page(request, "whats_new.html", data, nav="What's new")


@router.get("/api/whats-new", tags=["watch"])
def api_whats_new(request: Request, since: Since = None, limit: Limit = 50) -> dict:
    """Alerts raised by `summitwatch watch run`, newest first, with evidence."""
    return whats_new(request.app.state.store, since=since, limit=limit)


@router.get("/alerts.atom", tags=["watch"], response_class=Response)
def alerts_atom(request: Request, limit: Limit = 100) -> Response:
    """The alerts as an Atom feed, for a feed reader."""
    from summitwatch.watch.delivery import atom_feed

    alerts = request.app.state.store.alerts(limit=limit)
    body = atom_feed(alerts, base_url=str(request.base_url))
    return Response(body, media_type="application/atom+xml; charset=utf-8")
