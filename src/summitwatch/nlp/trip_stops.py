"""An announced trip to a country and the meetings announced there are one stop
(SCHEMA.md rules 1 and 21; issue #10): 'an eight-nation trip to France, Japan,
Mongolia …' and, further on, 'will then travel to Ulaanbaatar, where she will meet
President Elbegdorj'; 'thank President Obama for inviting me to visit the United
States early next year' and 'looking forward to hosting President Hu in Washington'.
"""

from __future__ import annotations

from dataclasses import replace

from summitwatch.models import Event


def _compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


def _stop_meetings(visit: Event, events: list[Event]) -> list[int]:
    """Where the announced meetings of the traveller in the visit's country are."""
    return [
        i
        for i, e in enumerate(events)
        if e.type == "meeting"
        and e.status == "planned"
        and visit.names[0] in e.names
        and e.location.country == visit.location.country
        and _compatible(e.date, visit.date)
    ]


def fold_announced_stops(events: list[Event]) -> list[Event]:
    """A planned, dated trip to a country (no city) folds into the planned meetings
    of the traveller there, which take its date when they have none. An undated
    trip is left alone: it may be another journey ('the first state visit of the
    new reign' beside a summit in June)."""
    out = list(events)
    for visit in [e for e in events if e.type == "visit"]:
        loc = visit.location
        if visit.status != "planned" or not visit.date or not loc.country or loc.city:
            continue
        stops = _stop_meetings(visit, out)
        if not stops:
            continue
        for i in stops:
            meeting = out[i]
            out[i] = replace(
                meeting,
                date=meeting.date or visit.date,
                travel_mode=meeting.travel_mode or visit.travel_mode,
            )
        out = [e for e in out if e is not visit]
    return out
