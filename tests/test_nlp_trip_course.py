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


def test_a_surname_run_into_the_department_is_the_secretary(nlp):
    text = (
        "Secretary of State Dulles left Washington on February 3 for London, "
        "where he met Prime Minister Macmillan."
    )
    found = article_events(nlp, text, date(1959, 2, 10))
    people = [sorted(e.names) for e in found if e.type == "meeting"]
    assert ["Harold Macmillan", "John Foster Dulles"] in people


def test_democratic_republic_of_congo_without_the_article(nlp):
    text = "Secretary Rice visited the Democratic Republic of Congo on Wednesday."
    found = article_events(nlp, text, date(2007, 7, 20))
    assert {e.location.country for e in found if e.type == "visit"} == {"COD"}
