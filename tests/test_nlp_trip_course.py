"""Stops a trip noun's own verb carries (issue #10): 'the tour began in X', 'a
trip that would take him to A, B and C', 'her trip will take her to A and B'.
Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def visits(nlp, text: str, published: date = date(2015, 3, 2)) -> set:
    found = article_events(nlp, text, published)
    return {(e.names[0], e.location.country) for e in found if e.type == "visit"}


def test_the_tour_began_in_a_country(nlp):
    text = (
        "Prime Minister Narendra Modi returned to New Delhi on Sunday after a "
        "week-long tour. The tour began in Seychelles, where he addressed the "
        "National Assembly."
    )
    assert ("Narendra Modi", "SYC") in visits(nlp, text)


def test_a_trip_that_would_take_him_to_listed_countries(nlp):
    text = (
        "On March 1, Chancellor Angela Merkel left Berlin on a long journey that "
        "would take her to five countries, including Japan, Vietnam and Chile."
    )
    found = visits(nlp, text)
    assert {("Angela Merkel", c) for c in ("JPN", "VNM", "CHL")} <= found
    assert ("Angela Merkel", "DEU") not in found


def test_a_possessed_trip_takes_its_owner(nlp):
    text = "President Macron's trip will take him to Kenya and Ethiopia next month."
    found = visits(nlp, text)
    assert {("Emmanuel Macron", "KEN"), ("Emmanuel Macron", "ETH")} <= found


def test_a_trip_with_no_one_to_carry_gives_nothing(nlp):
    text = "The trip began in Kenya, where the talks were held."
    assert visits(nlp, text) == set()
