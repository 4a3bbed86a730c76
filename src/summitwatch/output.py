"""Render events: SCHEMA.md JSON Lines, a JSON list, or rows for a readable table."""

from __future__ import annotations

import json
from collections.abc import Iterable

from summitwatch.models import Event


def to_jsonl(events: Iterable[Event]) -> str:
    return "".join(json.dumps(e.to_record(), ensure_ascii=False) + "\n" for e in events)


def to_json(events: Iterable[Event]) -> str:
    return json.dumps([e.to_record() for e in events], ensure_ascii=False, indent=2)


def table_rows(events: Iterable[Event], *, evidence_chars: int = 90) -> list[list[str]]:
    """One row per event: type, status, people (with office), where, when, mode,
    evidence.
    """
    rows = []
    for event in events:
        people = ", ".join(
            p.name + (f" ({p.country})" if p.country else "")
            for p in event.participants
        )
        where = ", ".join(x for x in (event.location.city, event.location.country) if x)
        evidence = " ".join(event.evidence.split())
        if len(evidence) > evidence_chars:
            evidence = evidence[: evidence_chars - 1] + "…"
        rows.append([event.type, event.status, people, where or "—", event.date or "—",
                     event.travel_mode or "—", evidence])  # fmt: skip
    return rows
