"""One occasion told as ahead and as held is one event with the realised status
(helper merge11, `trips/rules.py` fold 'plan and outcome'; SCHEMA.md rules 1 and 5);
a plan of another time, another place or another occasion stays apart."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.nlp.trips import OUTCOME, fold_trips


def _visit(status, country="USA", city=None, when=None, text="", at=0):
    return built_event("visit", ["Angela Merkel"], status, country=country,
                       city=city, when=when, text=text, at=at, span=40)  # fmt: skip


def _meeting(status, country="USA", city=None, when=None, text="", at=0):
    return built_event("meeting", ["Angela Merkel", "George W. Bush"], status,
                       country=country, city=city, when=when, text=text, at=at,
                       span=40)  # fmt: skip


@pytest.mark.parametrize(
    "plan, held",
    [
        # the month's plan, the day's outcome, the plan naming the city
        (_visit("planned", city="Washington", when="2006-01"),
         _visit("occurred", when="2006-01-13", at=200)),
        # an undated hope, the trip made
        (_visit("hypothetical"), _visit("occurred", when="2006-01-13", at=200)),
        # a meeting announced, then held; or called off (rule 5: the latest)
        (_meeting("planned", city="Washington"),
         _meeting("occurred", city="Washington", when="2006-01-13", at=200)),
        (_meeting("planned", when="2006-01"),
         _meeting("not_occurred", when="2006-01-13", at=200)),
    ],
)  # fmt: skip
def test_a_plan_and_its_outcome_are_one_event(plan, held):
    [kept] = fold_trips([plan, held], OUTCOME)
    assert kept.status == held.status
    assert kept.date == "2006-01-13"
    assert kept.location.city == (plan.location.city or held.location.city)


@pytest.mark.parametrize(
    "plan, held",
    [
        # another year: another journey
        (_visit("planned", when="2007"), _visit("occurred", when="2006-01-13")),
        # another country, or another city of it
        (_visit("planned", country="CAN"), _visit("occurred", when="2006-01-13")),
        (_visit("planned", city="Boston"),
         _visit("occurred", city="Washington", when="2006-01-13")),
        # a plan placed nowhere may be any journey
        (_visit("planned", country=None), _visit("occurred", when="2006-01-13")),
        # the plan points to another occasion
        (_visit("planned", when="2006", text="She will visit the United States again"),
         _visit("occurred", when="2006-01-13")),
        # a visit and a meeting are other folds' business (rule 1)
        (_visit("planned", when="2006-01"), _meeting("occurred", when="2006-01-13")),
        # both ahead, or both held: not a plan and its outcome
        (_visit("planned", when="2006-01"), _visit("planned", when="2006-01-13")),
    ],
)  # fmt: skip
def test_a_plan_of_another_occasion_stays_apart(plan, held):
    assert len(fold_trips([plan, held], OUTCOME)) == 2


@pytest.mark.model
def test_a_trip_announced_then_made_is_one_trip(nlp):
    text = (
        "On January 10, Chancellor Angela Merkel said she would travel to "
        "Washington in January. Merkel visited the United States on January 13 and "
        "held talks there."
    )
    found = article_events(nlp, text, date(2006, 3, 1))
    assert [(e.type, e.status, e.location.country, e.date) for e in found] == [
        ("visit", "occurred", "USA", "2006-01-13")
    ]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # the trip made, and another announced for later that year
        "President Emmanuel Macron visited India in March 2018. Macron will visit "
        "India again this year.",
        # a trip made, and one ahead to another country
        "President Emmanuel Macron visited Peru in March 2018. Macron will visit "
        "Chile in November.",
    ],
)
def test_a_trip_made_and_another_ahead_are_two(nlp, text):
    found = article_events(nlp, text, date(2018, 9, 1))
    assert sorted(e.status for e in found if e.type == "visit") == [
        "occurred",
        "planned",
    ]
