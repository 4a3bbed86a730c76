"""When two events are reports of one trip (SCHEMA.md rules 1 and 5): the one notion
every fold of `trips` asks, in four parts — the people, the status, the dates and the
place — each with the few variants the folds differ in (named here, chosen per fold in
`rules.py`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from summitwatch.kb.names import one_city
from summitwatch.models import REALISED, Event, Location
from summitwatch.nlp.dates import dates_agree

Check = Callable[[Event, Event], bool]


def places_agree(a: Location, b: Location) -> bool:
    """No two different countries, nor two different cities: one place may be."""
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.city and b.city and not one_city(a.city, b.city))


def fuller(a: Location, b: Location) -> bool:
    """`a` says more than `b`: a city where `b` has none, or a country."""
    return bool(a.city and not b.city or a.country and not b.country)


def travellers(event: Event) -> list[str]:
    """Who may have made the trip: a visit's traveller, anyone at a meeting."""
    return event.names[:1] if event.type == "visit" else event.names


def realised(event: Event) -> bool:
    return event.status in REALISED


def day(value: str | None) -> date | None:
    """A date given to the day, else None."""
    try:
        return date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


# who: the traveller of the folding event among the other's, or the same people
PEOPLE: dict[str, Check] = {
    "traveller": lambda x, y: bool(x.names) and x.names[0] in travellers(y),
    "same": lambda x, y: (
        set(x.names) == set(y.names)
        and (x.type != "visit" or x.names[:1] == y.names[:1])
    ),
    # one kind of event of the same people: a visit's two tellings, not a visit
    # and the meeting of its traveller there
    "same, one kind": lambda x, y: x.type == y.type and PEOPLE["same"](x, y),
}


def _plan_and_outcome(x: Event, y: Event) -> bool:
    """'inviting Mugabe to attend' and 'the attendance of Mugabe', both at the summit
    in Lisbon on 8 December 2007: the plan and its outcome (rule 5)."""
    return (
        day(x.date) is not None
        and x.date == y.date
        and x.location.city is not None
        and x.location == y.location
    )


def _fell_through(x: Event, y: Event) -> bool:
    """The trip was made, the meeting on it fell through: two events (rule 1)."""
    return (y.status, x.status) == ("not_occurred", "occurred")


def _one_kind(x: Event, y: Event) -> bool:
    """Both still ahead, or both come, and not a made trip's failed meeting, nor a
    trip not made folded into a meeting held ('You were about to visit Moscow but
    were unable to come …', told at the talks in Moscow: held-out6 002)."""
    return (
        realised(x) == realised(y)
        and not _fell_through(x, y)
        and not _fell_through(y, x)
    )


# a status that keeps a trip apart from a meeting on it (rule 1: the trip made, the
# meeting called off or only claimed); so does a trip made to talks still ahead
# ('flew to Israel', 'plans to meet Sharon late today': real 098, 137)
_DOUBTED = frozenset({"not_occurred", "unconfirmed"})

STATUS: dict[str, Check] = {
    "kind": _one_kind,
    "kind, or plan and outcome": lambda x, y: (
        realised(x) == realised(y) or _plan_and_outcome(x, y)
    ),
    "not fallen through": lambda x, y: not _fell_through(x, y),  # a heading's
    "equal": lambda x, y: x.status == y.status,
    "prospect, then held": lambda x, y: not realised(x) and realised(y),
    "not called off": lambda x, y: y.status != "not_occurred",
    "begun, meeting ahead": lambda x, y: realised(x) and y.status == "planned",
    "both held": lambda x, y: x.status == y.status == "occurred",
    "both standing, not made before": lambda x, y: (
        not ({x.status, y.status} & _DOUBTED) and (realised(y) or not realised(x))
    ),
}

TRIP_DAYS = 7  # an arrival and a departure reported days apart are one stay


def _days_apart(x: Event, y: Event) -> int | None:
    first, second = day(x.date), day(y.date)
    return abs((first - second).days) if first and second else None


def _days_of_one_stay(x: Event, y: Event) -> bool:
    """Both dated to a day, at most `TRIP_DAYS` apart: two days of one stay."""
    apart = _days_apart(x, y)
    return apart is not None and apart <= TRIP_DAYS


def _a_day_of_that_stay(x: Event, y: Event) -> bool:
    """A day told of a stay the other report dates to a day near it, or to its month
    ('Departed the U.S. December 4' under the row 'December 14–25, 1918 | Paris')."""
    if day(x.date) is None:
        return False
    apart = _days_apart(x, y)
    if apart is not None:
        return apart <= TRIP_DAYS
    month = y.date or ""
    return len(month) == 7 and (x.date or "").startswith(month)


DATES: dict[str, Check] = {
    "any": lambda x, y: True,
    "agree": lambda x, y: dates_agree(x.date, y.date),
    "year": lambda x, y: len({d[:4] for d in (x.date, y.date) if d}) <= 1,
    "days of one stay": _days_of_one_stay,
    # dates that agree at their precisions, or two days of one stay ('travels to
    # Senegal on Tuesday', 'will meet Wednesday with …')
    "agree, or days of one stay": lambda x, y: (
        dates_agree(x.date, y.date) or _days_of_one_stay(x, y)
    ),
    "undated or same day": lambda x, y: (
        not x.date or (day(y.date) is not None and x.date == y.date)
    ),
    "differ": lambda x, y: x.date != y.date,
    "a day of that stay": _a_day_of_that_stay,
    "undated": lambda x, y: not x.date and bool(y.date),
}


def _meeting_on_the_visit(x: Event, y: Event) -> bool:
    """The meeting is where the visit went: its country, and its city or none; a
    visit to a country that month holds a meeting in any of its cities then."""
    here, there = x.location, y.location
    if there.country not in (None, here.country):
        return False
    return not there.city or there.city == here.city or _that_month(x, y)


def _that_month(x: Event, y: Event) -> bool:
    """A stay in a country told to the month or day, and a meeting in one of its
    cities at an agreeing date of that month: 'X is in Venezuela on the latest stop
    of a tour' and his talks in Caracas (a year alone is too loose: two trips)."""
    dated = [d for d in (x.date, y.date) if d and len(d) >= 7]
    return not x.location.city and len(dated) == 2 and dates_agree(x.date, y.date)


def _named_city(x: Event, y: Event) -> bool:
    """The stop's city is the meeting's, and the meeting's own sentence names it (not
    one carried over from the sentence before: 'traveled to Sokoto, and Abuja. He met
    with President X')."""
    here = x.location.city
    return bool(here) and here.lower() in y.evidence.lower() and y.location.city == here


def _same_country(x: Event, y: Event) -> bool:
    return x.location.country == y.location.country


def _hosted_there(x: Event, y: Event) -> bool:
    """The meeting names no country, and someone at it other than the traveller is
    at home where the visit goes (rule 17: a meeting hosted with no place named is
    in the host's country)."""
    traveller = x.names[0]
    return y.location.country is None and any(
        p.name != traveller and p.country == x.location.country for p in y.participants
    )


def _at_the_meeting(x: Event, y: Event) -> bool:
    return (
        bool(x.location.country)
        and _same_country(x, y)
        and x.location.city in (None, y.location.city)
    )


PLACE: dict[str, Check] = {
    "agree": lambda x, y: places_agree(x.location, y.location),
    "country": _same_country,
    "one stay": lambda x, y: (  # one country, and one city or one not named
        _same_country(x, y) and places_agree(x.location, y.location)
    ),
    # one stay in a country both name: one occasion may be (an unplaced plan is
    # any of the traveller's journeys)
    "named country": lambda x, y: bool(x.location.country) and PLACE["one stay"](x, y),
    "meeting on the visit": _meeting_on_the_visit,
    "named city": lambda x, y: (
        _named_city(x, y) and places_agree(x.location, y.location)
    ),
    "hosted there": _hosted_there,
    # one city of one country, named by both
    "same city": lambda x, y: bool(x.location.city) and x.location == y.location,
    # the visit's country, and the meeting's city or none named for the visit
    "at the meeting's place": lambda x, y: _at_the_meeting(x, y),
    # or a meeting placed nowhere, hosted by someone at home where the visit goes
    # ('arrived in Washington on June 12', 'On June 14, Thuan met … President
    # Kennedy': rule 17)
    "at the meeting's place, or hosted there": lambda x, y: (
        _at_the_meeting(x, y) or _hosted_there(x, y)
    ),
}


def same_event(a: Event, b: Event) -> bool:
    """Two reports of one event of any kind, told twice (`assemble.dedupe`, a table
    row and the prose retelling it, an itinerary's stop retold): the same people,
    status of one kind or a plan and its outcome, dates and places that agree; two
    undated meetings only at one named city, or both unplaced."""
    one = (
        a.type == b.type
        and PEOPLE["same"](a, b)
        and STATUS["kind, or plan and outcome"](a, b)
        and DATES["agree"](a, b)
        and PLACE["agree"](a, b)
    )
    if not one or a.date or b.date or a.type != "meeting":
        return one
    here, there = a.location, b.location
    if a.status == b.status == "planned" and here.country == there.country:
        return True  # one plan said twice ('looked forward to having discussions
        # … in Canada', 'looking forward to having talks … in Canada')
    return bool(here.city and here.city == there.city) or not (
        here.country or there.country
    )


NEARBY_CHARS = 800


def _at(event: Event) -> int:
    return event.start_char if event.start_char is not None else 0


APART: dict[str, Check] = {
    "one sentence": lambda x, y: (
        x.start_char is not None and x.start_char == y.start_char
    ),
    "any": lambda x, y: True,
    "near": lambda x, y: abs(_at(x) - _at(y)) <= NEARBY_CHARS,
    "another sentence": lambda x, y: y.start_char != x.start_char,
    "not one row": lambda x, y: not (x.start_char == y.start_char and x.date == y.date),
}
