"""The data of "What's new": the watcher's alerts and the feeds' health, one dict
for the page (`/whats-new`) and the API (`/api/whats-new`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from summitwatch.models import PartialDate


def whats_new(store: Any, *, since: str | None = None, limit: int = 50) -> dict:
    """Alerts newest first (with their evidence), the watched pairs and feeds."""
    start = None
    if since:
        first = PartialDate.argument(since, "since").first
        start = datetime(first.year, first.month, first.day)
    return {
        "title": "What's new",
        "since": since,
        "alerts": [_alert(a.to_dict()) for a in store.alerts(since=start, limit=limit)],
        "feeds": [f.to_dict() for f in store.feeds()],
        "pairs": [p.to_dict() | {"label": p.label} for p in store.pairs()],
        "atom": "/alerts.atom",
    }


def _alert(data: dict) -> dict:
    """An alert with the link to its event (or, for a forecast move, its pair)."""
    event = data["event_id"]
    data["url"] = f"/events/{event}" if event else data["detail"].get("pair_url")
    return data
