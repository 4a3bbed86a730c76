"""What changed for the watched pairs (and people or countries followed alone): new
open events, status changes, forecast moves.

Each round compares the record with the state kept in the store at the last look
(each event's status, each pair's forecast at its last alert) and raises:
- `new`: an event not seen before whose status is planned, hypothetical or unconfirmed;
- `status`: a seen event whose merged status changed (planned → not_occurred ...);
- `forecast`: P(meet within the horizon) moved ≥ 10 points since the pair's last alert
  (when the pair also has an event alert, that alert carries the change instead).
Alert keys are unique in the store, so two watchers never raise the same alert twice.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from summitwatch.errors import BadArgument, SummitWatchError, UnknownPerson
from summitwatch.store.answers import EventView
from summitwatch.store.watching import AlertView, PairView

log = logging.getLogger(__name__)
OPEN = ("planned", "hypothetical", "unconfirmed")
MOVE = 0.10  # a forecast move this large (10 points) is news
HORIZON = 12  # months: "will they meet within a year?"
EVIDENCE = 5  # sources quoted per alert, newest first


@dataclass
class Forecast:
    p: float
    reasons: list[str]


def pair_events(store: Any, pair: PairView) -> list[EventView]:
    """Events with both sides (or with the one side followed alone); none while a
    side is not in the record yet."""
    try:
        if pair.single:  # the person filter takes a country code too (a side)
            return list(store.events(person=pair.a))
        return store.pair(pair.a, pair.b).events
    except (UnknownPerson, BadArgument):
        return []


def forecast(store: Any, pair: PairView, *, as_of: date) -> Forecast | None:
    """The project's forecast for the pair (the one factory every surface uses);
    None for one side followed alone, when the record cannot speak for `as_of` or
    the forecast extra is missing."""
    if pair.single:
        return None
    try:
        from summitwatch.forecast import Forecaster

        found = Forecaster.default(store).prospects(
            pair.a, pair.b, as_of=as_of, horizon=HORIZON
        )
    except (SummitWatchError, ImportError) as e:
        log.info("no forecast for %s as of %s: %s", pair.label, as_of, e)
        return None
    except Exception:  # noqa: BLE001 - a forecast bug must not stop the watch
        log.warning("forecast failed for %s", pair.label, exc_info=True)
        return None
    return Forecast(float(found.probability.p), [r.text for r in found.reasons])


def baseline(store: Any, pair: PairView, *, now: datetime, as_of: date) -> None:
    """Remember the pair's events and forecast as they are, so only later changes
    raise alerts (called when a pair is first watched)."""
    events = pair_events(store, pair)
    store.set_event_states(pair.id, {e.id: e.status for e in events}, now=now)
    if (found := forecast(store, pair, as_of=as_of)) is not None:
        store.set_pair_forecast(pair.id, found.p, now=now)


def check_pairs(store: Any, *, now: datetime, as_of: date) -> list[AlertView]:
    """Raise and store the alerts of every watched pair; return those raised."""
    raised: list[AlertView] = []
    for pair in store.pairs():
        raised += _check_pair(store, pair, now=now, as_of=as_of)
    return raised


def _check_pair(
    store: Any, pair: PairView, *, now: datetime, as_of: date
) -> list[AlertView]:
    events = pair_events(store, pair)
    seen = store.event_states(pair.id, (e.id for e in events))
    found = forecast(store, pair, as_of=as_of)
    p_new = found.p if found else None
    alerts = [a for e in events if (a := _event_alert(pair, e, seen, p_new))]
    moved = found and pair.last_p is not None and abs(found.p - pair.last_p) >= MOVE
    if found and moved and not alerts:  # an event alert carries the change itself
        alerts.append(_forecast_alert(pair, found, as_of))
    alerts = [_with_evidence(store, a) for a in alerts]
    stored = [a for a in alerts if store.add_alert(a, now=now) is not None]
    store.set_event_states(pair.id, {e.id: e.status for e in events}, now=now)
    if found and (pair.last_p is None or stored):
        store.set_pair_forecast(pair.id, found.p, now=now)
    return stored


def _event_alert(
    pair: PairView, event: EventView, seen: dict[str, str], p_new: float | None
) -> AlertView | None:
    old = seen.get(event.id)
    if old is None and event.status in OPEN:
        kind, key = "new", f"new:{pair.id}:{event.id}"
        title = f"New {_said(event.status)} {event.type}: {_describe(event)}"
    elif old is not None and old != event.status:
        kind, key = (
            "status",
            f"status:{pair.id}:{event.id}:{old}>{event.status}:{event.n_sources}",
        )
        change = f"{_said(old)} → {_said(event.status)}"
        title = f"{event.type.capitalize()} {change}: {_describe(event)}"
    else:
        return None
    return AlertView(
        key=key, kind=kind, pair=pair.label, title=title, event_id=int(event.id),
        old_status=old, new_status=event.status, p_old=pair.last_p, p_new=p_new,
        detail={"event": event.to_dict(), "horizon": HORIZON},
    )  # fmt: skip


def _forecast_alert(pair: PairView, found: Forecast, as_of: date) -> AlertView:
    old = pair.last_p or 0.0
    title = (
        f"P({pair.label} meet within {HORIZON} months) "
        f"{old:.0%} → {found.p:.0%} as of {as_of}"
    )
    return AlertView(
        key=f"forecast:{pair.id}:{old:.3f}>{found.p:.3f}", kind="forecast",
        pair=pair.label, title=title, p_old=pair.last_p, p_new=found.p,
        detail={"reasons": found.reasons[:EVIDENCE], "as_of": as_of.isoformat(),
                "horizon": HORIZON, "pair_url": f"/pair/{pair.a}/{pair.b}"},
    )  # fmt: skip


def _with_evidence(store: Any, alert: AlertView) -> AlertView:
    """Quote the evidence sentences and sources of the alert's event."""
    if alert.event_id is None:
        return alert
    try:
        sources = store.event(alert.event_id).sources
    except SummitWatchError:
        return alert
    # the sources that tell the new status first (the news), then the newest
    newest = sorted(
        sources,
        key=lambda s: (s.status == alert.new_status, str(s.published or "")),
        reverse=True,
    )
    alert.detail["evidence"] = [
        {"text": s.evidence, "source": s.source, "title": s.title,
         "published": s.published.isoformat() if s.published else None,
         "status": s.status}
        for s in newest[:EVIDENCE]
    ]  # fmt: skip
    return alert


def _said(status: str) -> str:
    return status.replace("_", " ")  # 'not_occurred' → 'not occurred'


def _describe(event: EventView) -> str:
    where = event.place or "place unknown"
    return f"{' – '.join(event.names)}, {where}, {event.date or 'date unknown'}"
