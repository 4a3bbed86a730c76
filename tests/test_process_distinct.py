"""An article's events hold each record once (`process._distinct`): two readings of
one sentence that end as the same event in every field are one report (real 682);
the same pair met twice (another span, another date) stays two."""

from __future__ import annotations

from summitwatch.models import Event, Location, Participant
from summitwatch.process import _distinct


def _meeting(start: int, date: str) -> Event:
    return Event(
        "meeting",
        "occurred",
        [Participant("Junichiro Koizumi"), Participant("Kim Jong-il")],
        Location(country="PRK"),
        date,
        start_char=start,
        end_char=start + 90,
    )


def test_one_reading_told_twice_is_one_record():
    twice = [_meeting(10, "2004-05"), _meeting(10, "2004-05")]
    assert len(_distinct(twice)) == 1


def test_two_meetings_of_one_pair_stay_two():
    assert len(_distinct([_meeting(10, "2004-05"), _meeting(200, "2002-09")])) == 2
