"""The one place where reports of one trip fold (nlp/trips): hand-built events."""

from __future__ import annotations

import pytest

from conftest import built_event
from summitwatch.nlp.trips import (
    ARTICLE,
    LEFT,
    PLANS,
    Context,
    fold_trips,
    settle_stops,
)
from summitwatch.nlp.trips.rules import FOLDS


def _event(kind, names, status, country, city=None, when=None, at=0, text=""):
    return built_event(kind, names, status, country=country, city=city, when=when,
                       at=at, span=50, text=text)  # fmt: skip


def test_every_stage_names_a_fold():
    from summitwatch.nlp.trips import TRIP

    assert {*ARTICLE, *LEFT, *PLANS, *TRIP} <= set(FOLDS)


@pytest.mark.parametrize(
    "visit_status, meeting_status, folded",
    [
        ("occurred", "occurred", True),
        ("planned", "planned", True),
        ("planned", "occurred", False),  # a plan and a meeting of another kind
        ("occurred", "not_occurred", False),  # the trip made, the meeting fell through
    ],
)
def test_a_visit_folds_into_the_meeting_on_that_trip(
    visit_status, meeting_status, folded
):
    visit = _event("visit", ["Xi Jinping"], visit_status, "RUS", "Moscow", "2023-03")
    meeting = _event("meeting", ["Xi Jinping", "Vladimir Putin"], meeting_status,
                     "RUS", when="2023-03-21", at=200)  # fmt: skip
    out = fold_trips([visit, meeting], ARTICLE)
    assert (len(out) == 1) == folded
    if folded:
        assert (out[0].type, out[0].location.city) == ("meeting", "Moscow")


def test_a_visit_folds_into_the_nearest_meeting_only():
    visit = _event("visit", ["Xi Jinping"], "occurred", "RUS", "Moscow", at=300)
    far = _event("meeting", ["Xi Jinping", "Vladimir Putin"], "occurred", "RUS", at=0)
    near = _event("meeting", ["Xi Jinping", "Mikhail Mishustin"], "occurred", "RUS",
                  at=400)  # fmt: skip
    out = fold_trips([far, visit, near], ARTICLE)
    assert [e.location.city for e in out] == [None, "Moscow"]


def test_a_plan_on_the_day_of_the_held_meeting_is_that_meeting():
    held = _event("meeting", ["Joe Biden", "Fumio Kishida"], "occurred", "JPN",
                  when="2023-05-19")  # fmt: skip
    plan = _event("meeting", ["Fumio Kishida", "Joe Biden"], "planned", "JPN",
                  "Hiroshima", "2023-05-19", at=300)  # fmt: skip
    [kept] = fold_trips([held, plan], PLANS)
    assert (kept.status, kept.location.city) == ("occurred", "Hiroshima")


def test_a_plan_for_another_day_stays_apart():
    held = _event("meeting", ["Joe Biden", "Fumio Kishida"], "occurred", "JPN",
                  when="2023-05-19")  # fmt: skip
    plan = _event("meeting", ["Fumio Kishida", "Joe Biden"], "planned", "JPN",
                  when="2023-05-21", at=300)  # fmt: skip
    assert len(fold_trips([held, plan], PLANS)) == 2


def test_a_departure_gives_way_to_the_stay_reported_elsewhere():
    stay = _event("visit", ["Omar al-Bashir"], "occurred", "ZAF", "Johannesburg",
                  "2015-06-14")  # fmt: skip
    left = _event("visit", ["Omar al-Bashir"], "occurred", "ZAF", when="2015-06-15",
                  at=500)  # fmt: skip
    again = _event("visit", ["Omar al-Bashir"], "occurred", "ZAF", when="2015-06-15",
                   at=700)  # fmt: skip
    context = Context(left=[(500, 550, "ZAF"), (700, 750, "ZAF")])
    assert fold_trips([stay, left, again], LEFT, context) == [stay]


@pytest.mark.parametrize(
    "text, kept",
    [
        ("In Abuja he met with President Tinubu.", False),  # the stop is the meeting
        ("He met with President Tinubu.", True),  # the city carried over, not named
    ],
)
def test_a_stop_where_the_traveller_met_someone_is_the_meeting(text, kept):
    stop = _event("visit", ["Emmanuel Macron"], "occurred", "NGA", "Abuja", "2023")
    meeting = _event("meeting", ["Emmanuel Macron", "Bola Tinubu"], "occurred",
                     "NGA", "Abuja", "2023", at=300, text=text)  # fmt: skip
    assert settle_stops([stop], [meeting]) == ([stop] if kept else [])


def test_a_stop_retold_is_one_stop():
    first = _event("visit", ["Emmanuel Macron"], "occurred", "NGA", "Lagos", "2023")
    again = _event("visit", ["Emmanuel Macron"], "occurred", "NGA", "Lagos", at=400)
    assert settle_stops([first, again], []) == [first]
