"""A stay told by the time spent in a place (session 10: events the readers never
proposed; `nlp/time_spent.py`). Hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import visit_rows

pytestmark = [pytest.mark.model]

DAY = date(2015, 3, 2)


@pytest.mark.parametrize(
    "stay",
    ["will spend Friday in Nairobi", "is to spend two days in Nairobi next week"],
)
def test_time_spent_in_a_place_is_a_trip_there(nlp, stay):
    text = f"Prime Minister Narendra Modi {stay}, his office said."
    assert ("Narendra Modi", "KEN", "planned") in visit_rows(nlp, text, DAY)


def test_the_stop_before_the_next_leg_is_a_trip_too(nlp):
    text = (
        "Chancellor Angela Merkel will spend Tuesday in Hanoi before flying on to "
        "Jakarta."
    )
    countries = {country for _, country, _ in visit_rows(nlp, text, DAY)}
    assert {"VNM", "IDN"} <= countries


@pytest.mark.parametrize(
    "spent",
    [
        "spent billions in Kenya",  # no stretch of time
        "spent two days on the budget",  # no place
    ],
)
def test_spending_no_time_in_a_place_is_no_trip(nlp, spent):
    text = f"Prime Minister Narendra Modi {spent}, his office said."
    assert visit_rows(nlp, text, DAY) == []
