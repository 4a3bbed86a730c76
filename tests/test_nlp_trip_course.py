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


def test_an_announced_itinerary_in_the_present_is_planned(nlp):
    text = (
        "Secretary of State John Kerry will travel to Africa June 3 through June "
        "9, 2015. Next, Secretary Kerry travels to Kenya where he meets with "
        "President Uhuru Kenyatta."
    )
    found = article_events(nlp, text, date(2015, 5, 29))
    [meeting] = [e for e in found if e.type == "meeting"]
    assert (meeting.status, meeting.date) == ("planned", "2015")


def test_a_present_clause_with_no_trip_ahead_is_news(nlp):
    text = (
        "Secretary Kerry spoke about trade on Monday. In Hanoi, Secretary Kerry "
        "meets with President Truong Tan Sang."
    )
    found = article_events(nlp, text, date(2015, 5, 1))
    assert [e.status for e in found if e.type == "meeting"] == ["occurred"]


def test_a_caption_where_one_marked_person_looks_on(nlp):
    text = (
        "President Obama stands with Secretary of State Hillary Clinton as "
        "President Jacob Zuma, left, looks on June 29, 2013, in Pretoria."
    )
    found = article_events(nlp, text, date(2013, 7, 1))
    groups = [sorted(e.names) for e in found if e.type == "meeting"]
    assert ["Barack Obama", "Hillary Clinton", "Jacob Zuma"] in groups


def test_a_named_site_visited_on_a_stop_is_its_own_visit(nlp):
    text = (
        "On March 3, the Secretary of State Hillary Clinton departed for Laos where "
        "she met with officials in Vientiane and visited Wat Phou, a UNESCO World "
        "Heritage site."
    )
    found = article_events(nlp, text, date(2012, 3, 10))
    places = {(e.location.city, e.location.country) for e in found if e.type == "visit"}
    assert ("Wat Phou", "LAO") in places
    assert not any("Wat Phou" in e.names for e in found if e.type == "meeting")


def test_a_site_in_a_named_town_is_no_site_visit(nlp):
    text = "Prime Minister Modi visited Saudi Arabia and the Grand Mosque in Mecca."
    found = article_events(nlp, text, date(2016, 4, 3))
    visited = [e for e in found if e.type == "visit"]
    assert {e.location.country for e in visited} == {"SAU"}  # the trip is read
    assert not any((e.location.city or "").endswith("Mosque") for e in visited)
