"""Map merged events to PLOVER-style records (with CAMEO codes alongside).

Occurred meetings and visits → CONSULT, mode `visit` (one side went to the other's
country), `third-party` (a neutral venue) or `multilateral` (three or more people);
CAMEO 042 make a visit / 043 host a visit / 044 meet at a third location.
Planned meetings and visits, and invitations → AGREE, CAMEO 036 (intent to meet).
Other statuses (hypothetical, unconfirmed, not_occurred) are not events in PLOVER.
"""

from __future__ import annotations

from typing import Any

from summitwatch.store.answers import EventView, PersonView

PLOVER_VERSION = "PLOVER 2021 (event types and modes)"


def _actor(person: PersonView | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"name": person.name, "country": person.country, "kb_id": person.kb_id}


def consult(view: EventView) -> dict[str, Any]:
    """Type, mode, CAMEO codes and actor/recipient for an occurred meeting or visit."""
    people = view.participants
    if view.type == "visit":
        host = None
        return _shape("CONSULT", "visit", ["042"], people[0] if people else None, host)
    if len(people) > 2:
        return _shape("CONSULT", "multilateral", ["044"], None, None)
    visitors = [p for p in people if p.country and p.country != view.country]
    hosts = [p for p in people if p.country and p.country == view.country]
    if visitors and hosts:
        return _shape("CONSULT", "visit", ["042", "043"], visitors[0], hosts[0])
    first, second = (people + [None, None])[:2]  # type: ignore[list-item]
    return _shape("CONSULT", "third-party", ["044"], first, second)


def _shape(kind, mode, cameo, actor, recipient) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    return {
        "event_type": kind, "mode": mode, "cameo": cameo,
        "actor": _actor(actor), "recipient": _actor(recipient),
    }  # fmt: skip


def agree(view: EventView) -> dict[str, Any]:
    people = view.participants
    first, second = (people + [None, None])[:2]  # type: ignore[list-item]
    return _shape("AGREE", None, ["036"], first, second)


def classify(view: EventView) -> dict[str, Any] | None:
    """The PLOVER view of one event, or None when PLOVER has no place for it."""
    if view.type in ("meeting", "visit") and view.status == "occurred":
        return consult(view)
    if view.type in ("meeting", "visit") and view.status == "planned":
        return agree(view)
    if view.type == "invitation" and view.status in ("occurred", "planned"):
        return agree(view)
    return None


def plover_records(views: list[EventView]) -> list[dict[str, Any]]:
    """PLOVER-style JSON records for every event that has a PLOVER type."""
    records = []
    for view in views:
        shape = classify(view)
        if shape is None:
            continue
        records.append({
            "event_id": f"summitwatch-{view.id}", "event_date": view.date,
            **shape,
            "participants": [_actor(p) for p in view.participants],
            "location": {
                "city": view.city, "country": view.country, "region": view.region,
                "lat": view.lat, "lon": view.lon,
            },
            "summitwatch": {
                "type": view.type, "status": view.status,
                "status_disputed": view.status_disputed, "n_sources": view.n_sources,
            },
            "ontology": PLOVER_VERSION,
        })  # fmt: skip
    return records
