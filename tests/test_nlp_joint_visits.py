"""Trips that meet someone without a meeting word (helper recall8, session 8): two
people of different countries who visit a place in one of their countries
together, and a trip whose purpose is done *with* someone of the visited country.
Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]

PUBLISHED = date(2019, 3, 1)


def meetings(nlp, text: str) -> list[tuple]:
    return meeting_pairs(nlp, text, PUBLISHED)


def visits(nlp, text: str) -> list[list[str]]:
    return [e.names for e in article_events(nlp, text, PUBLISHED) if e.type == "visit"]


# -- co-travellers, one of them at home


def test_a_guest_and_the_host_visiting_a_site_together_meet(nlp):
    text = "Joe Biden and Xi Jinping toured a primary school in Chengdu in 2011."
    assert meetings(nlp, text) == [("Joe Biden", "Xi Jinping")]
    assert visits(nlp, text) == []


def test_the_host_named_second_meets_the_guest_too(nlp):
    text = (
        "Shinzo Abe and Narendra Modi visited a textile mill in Ahmedabad "
        "on September 13, 2017."
    )
    assert meetings(nlp, text) == [("Narendra Modi", "Shinzo Abe")]


def test_two_guests_abroad_keep_their_own_trips(nlp):
    text = "Vladimir Putin and Xi Jinping have both visited Pyongyang since 2018."
    assert meetings(nlp, text) == []


def test_two_people_at_home_make_no_meeting(nlp):
    text = "Donald Trump and Melania Trump visited a hospital in Ohio on Tuesday."
    assert meetings(nlp, text) == []


# -- a trip's purpose done with someone of the visited country


def test_a_trip_to_lay_a_wreath_with_the_host_meets_him(nlp):
    text = (
        "Angela Merkel will fly to Moscow on May 10 to place flowers at a war "
        "memorial with Vladimir Putin."
    )
    got = [
        (e.type, e.status, sorted(e.names))
        for e in article_events(nlp, text, PUBLISHED)
    ]
    assert got == [("meeting", "planned", ["Angela Merkel", "Vladimir Putin"])]


def test_a_purpose_with_a_compatriot_of_the_traveller_is_no_meeting(nlp):
    text = (
        "Emmanuel Macron went to Berlin on Monday to discuss the budget with "
        "Edouard Philippe."
    )
    assert meetings(nlp, text) == []


def test_someone_talks_are_held_with_is_no_co_traveller(nlp):
    text = (
        "Ronald Reagan travelled back to the United States via London to hold "
        "talks with Margaret Thatcher on June 3, 1988."
    )
    got = meetings(nlp, text)
    assert got == [("Margaret Thatcher", "Ronald Reagan")]
