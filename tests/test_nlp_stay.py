"""Which occasion a date or a place belongs to (session 14, helper stay18): a clause
told as done and one told as ahead are two occasions ('X visited earlier this month,
and future visits are planned by Y', real 600); a place named for a trip ahead does
not place talks told as done ('says he will visit India in March. He made the
announcement after talks with X', real 602); an arrival's place holds for the stay
it starts, however many days later the traveller's talks are (no day threshold).
Short paraphrased sentences through the full pipeline; each first test fails on the
code before, each counter-test passes before and after."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_rows

pytestmark = [pytest.mark.model]

_BIDEN = ("Joe Biden",)


def _visits(rows, names):
    return [r for r in rows if r[0] == "visit" and r[2] == names]


def test_a_plan_takes_no_date_of_a_done_clause(nlp):
    text = (
        "Secretary of State Antony Blinken visited Kenya earlier this month, and "
        "future visits are planned by President Joe Biden.\n"
    )
    rows = event_rows(nlp, text, date(2023, 6, 20))
    assert [(r[1], r[4], r[5]) for r in _visits(rows, _BIDEN)] == [
        ("planned", "KEN", None)
    ]
    blinken = _visits(rows, ("Antony Blinken",))
    assert [(r[1], r[5]) for r in blinken] == [("occurred", "2023-06")]


def test_a_plan_keeps_the_date_of_its_own_clause(nlp):
    text = (
        "Secretary of State Antony Blinken visited Kenya earlier this month, and "
        "President Joe Biden will visit Kenya next month.\n"
    )
    rows = event_rows(nlp, text, date(2023, 6, 20))
    assert [(r[1], r[5]) for r in _visits(rows, _BIDEN)] == [("planned", "2023-07")]


def _meeting(rows):
    [meeting] = [r for r in rows if r[0] == "meeting"]
    return meeting


def test_talks_told_as_done_take_no_place_of_the_trip_ahead(nlp):
    text = (
        "President Joe Biden says he will visit India in March. The president made "
        "the announcement after talks with Prime Minister Narendra Modi.\n"
    )
    meeting = _meeting(event_rows(nlp, text, date(2024, 1, 24)))
    assert meeting[1] == "occurred"
    assert meeting[4] != "IND" and meeting[5] != "2024-03"


def test_talks_ahead_take_the_place_of_the_trip_ahead(nlp):
    text = (
        "President Joe Biden says he will visit India in March. He will hold talks "
        "with Prime Minister Narendra Modi.\n"
    )
    meeting = _meeting(event_rows(nlp, text, date(2024, 1, 24)))
    assert (meeting[1], meeting[4], meeting[5]) == ("planned", "IND", "2024-03")


def test_an_arrival_places_the_travellers_talks_of_its_stay(nlp):
    text = (
        "Kim Jong-un arrived in Vladivostok on April 2 and met Vladimir Putin on "
        "April 12.\n"
    )
    meeting = _meeting(event_rows(nlp, text, date(2019, 4, 20)))
    assert meeting[3:] == ("Vladivostok", "RUS", "2019-04-12")


def test_an_arrival_does_not_place_another_subjects_talks(nlp):
    text = (
        "Kim Jong-un arrived in Vladivostok on April 2, and on April 12 Xi Jinping "
        "met Vladimir Putin.\n"
    )
    rows = event_rows(nlp, text, date(2019, 4, 20))
    xi = [r for r in rows if r[0] == "meeting" and "Xi Jinping" in r[2]]
    assert xi and all(r[3] != "Vladivostok" for r in xi)
