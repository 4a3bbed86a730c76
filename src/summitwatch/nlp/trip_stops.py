"""An announced trip to a country and the meetings announced there are one stop
(SCHEMA.md rules 1 and 21; issue #10): 'an eight-nation trip to France, Japan,
Mongolia …' and, further on, 'will then travel to Ulaanbaatar, where she will meet
President Elbegdorj'; 'thank President Obama for inviting me to visit the United
States early next year' and 'looking forward to hosting President Hu in Washington'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from summitwatch.models import REALISED, Event
from summitwatch.nlp.dates import dates_agree


def _stop_meetings(visit: Event, events: list[Event]) -> list[int]:
    """Where the announced meetings of the traveller in the visit's country are."""
    return [
        i
        for i, e in enumerate(events)
        if e.type == "meeting"
        and e.status == "planned"
        and visit.names[0] in e.names
        and e.location.country == visit.location.country
        and dates_agree(e.date, visit.date)
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


TRIP_DAYS = 7  # an arrival and a departure reported days apart are one stay


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def _one_stay(a: Event, b: Event) -> bool:
    """'As he stepped out of his plane …' on Sunday and 'Bashir left South Africa
    Monday': the same traveller in the same country on days close together."""
    first, second = _day(a.date), _day(b.date)
    return (
        a.type == b.type == "visit"
        and a.names[:1] == b.names[:1]
        and a.status == b.status
        and a.status in REALISED
        and a.location.country == b.location.country
        and first is not None
        and second is not None
        and abs((first - second).days) <= TRIP_DAYS
        and not (a.start_char == b.start_char and a.date == b.date)  # a row's stops
        and (not a.location.city or not b.location.city or a.location == b.location)
    )


def _span(a: str, b: str) -> str:
    """Days of one stay at the precision both share (SCHEMA.md rule 6)."""
    return a if a == b else a[:7] if a[:7] == b[:7] else a[:4]


def fold_trip_days(events: list[Event]) -> list[Event]:
    """Reports of one stay on different days ('arrived', 'left') are one visit, dated
    at the precision its days share, placed in the fuller place."""
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            if _one_stay(kept, event):
                place = kept.location if kept.location.city else event.location
                out[i] = replace(
                    kept,
                    date=_span(kept.date or "", event.date or ""),
                    location=place,
                    travel_mode=kept.travel_mode or event.travel_mode,
                )
                break
        else:
            out.append(event)
    return out
