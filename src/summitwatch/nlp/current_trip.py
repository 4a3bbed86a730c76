"""Stops of the trip a news report is about take that trip's time (SCHEMA.md rule 6).

"Ahmadinejad arrived in Caracas late Tuesday … He is on a five-nation tour that began
in Gambia … He is due to end the tour with a visit to Senegal" (VOA), "Mr. Chavez
travels on to Nicaragua, where he is to meet with President Daniel Ortega" (VOA),
"While in India, Secretary Clinton will meet with Prime Minister Singh" (State
Department): the report dates one stop of the trip (by a weekday, by the lede) and
tells the others without a date of their own. They are stops of the same journey,
so they fall in its month; left undated they are scored as a different year.

A trip is current when one of its dated events falls within a few weeks of the
publication; an undated event of one of its travellers then takes that event's
month, when its sentence ties it to the journey ('then', 'tour', 'stop', 'In Laos,
…'; `patterns/current_trip.json`). Not for a sentence that points to another
occasion ("his turn to visit India next time"), nor for a hypothetical one, nor in
a text dated only by its year (an encyclopedia page is about no current trip).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from summitwatch.models import REALISED, Event
from summitwatch.nlp.dates import known_by_year
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.status import another_occasion

# A dated event this many months before or after the publication is the report's
# own trip (an announcement precedes its trip by a month or two; a report on a trip
# ends it).
BEFORE, AFTER = 1, 2


@cache
def _on_the_trip(ahead: bool) -> re.Pattern[str]:
    words = load_patterns("current_trip.json")
    listed = words["trip_cues"] + (words["plan_cues"] if ahead else [])
    cues = r"(?i:\b(?:" + "|".join(re.escape(c) for c in listed) + r")\b)"
    return re.compile(f"{cues}|{words['opening_place']}")


def _a_stop(event: Event) -> bool:
    """The sentence ties the event to the journey ('will then travel to', 'the
    tour', 'In Laos, …'; a stop ahead also by 'will also visit') and points to no
    other occasion ('next time')."""
    text = event.evidence
    ahead = event.status not in REALISED
    return bool(_on_the_trip(ahead).search(text)) and not another_occasion(text)


def _months(day: str) -> int:
    return int(day[:4]) * 12 + (int(day[5:7]) if len(day) >= 7 else 0)


def _current(event: Event, published: date) -> bool:
    """Dated within the report's window (a year alone: the publication's)."""
    if not event.date:
        return False
    if len(event.date) == 4:
        return event.date == str(published.year)
    gap = _months(event.date) - (published.year * 12 + published.month)
    return -BEFORE <= gap <= AFTER


def _travellers(event: Event) -> set[str]:
    return set(event.names[:1]) if event.type == "visit" else set(event.names)


def date_current_trip(events: list[Event], published: date | None) -> list[Event]:
    """Give each undated stop of the report's current trip that trip's month."""
    found = [(event, _its_trip(event, events, published)) for event in events]
    for event, trip in found:  # all read first: a stop dated here dates no other
        if trip is not None and trip.date:
            event.date = trip.date[:7]
    return events


def on_current_trip(event: Event, events: list[Event], published: date | None) -> bool:
    """Whether `event` is an undated stop of the report's current trip, which takes
    that trip's month here: the report's year lent before would hide it."""
    return _its_trip(event, events, published) is not None


def _its_trip(
    event: Event, events: list[Event], published: date | None
) -> Event | None:
    """The dated event of the current trip an undated stop takes its month from."""
    if published is None or known_by_year(published):
        return None
    if event.date or event.type == "invitation" or event.status == "hypothetical":
        return None
    if not _a_stop(event):
        return None
    who = _travellers(event)
    trip = [
        e
        for e in events
        if e.type != "invitation"
        and e is not event
        and _current(e, published)
        and who & set(e.names)
    ]
    if not trip:
        return None
    same = [e for e in trip if (e.status in REALISED) == (event.status in REALISED)]
    return min(same or trip, key=lambda e: e.start_char or 0)
