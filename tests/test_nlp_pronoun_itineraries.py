"""Itineraries whose traveller is 'they' or a pair of bare titles, and stops listed
in a semicolon list (session 11, helper pron12). Hand-written sentences through
the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PAIR = (
    "On June 2, 1961, Secretary of State Dean Rusk and Under Secretary of State "
    "Chester Bowles set out on a tour of Asia. From June 4 to June 9, the Secretary "
    "and the Under Secretary visited Japan and Korea. "
)


def visits(nlp, text: str, published: date) -> set:
    found = article_events(nlp, text, published)
    return {(e.names[0], e.location.country) for e in found if e.type == "visit"}


def meetings(nlp, text: str, published: date) -> list:
    found = article_events(nlp, text, published)
    return [sorted(e.names) for e in found if e.type == "meeting"]


def test_they_after_a_pair_of_titles_is_the_pair(nlp):
    text = PAIR + "They then traveled to India on June 11."
    found = visits(nlp, text, date(1980, 1, 1))
    assert {("Dean Rusk", "IND"), ("Chester Bowles", "IND")} <= found


def test_they_carries_on_through_the_last_they(nlp):
    text = PAIR + "They then traveled to India. Thereafter they flew to Pakistan."
    found = visits(nlp, text, date(1980, 1, 1))
    assert {("Dean Rusk", "PAK"), ("Chester Bowles", "PAK")} <= found


def test_proceeded_to_a_country_is_a_trip(nlp):
    text = "On May 3, Prime Minister Nehru proceeded to Egypt."
    assert ("Jawaharlal Nehru", "EGY") in visits(nlp, text, date(1960, 6, 1))


def test_officials_of_one_government_travelling_for_talks_meet_no_one(nlp):
    text = (
        "Vice President Lyndon Johnson and Secretary of State Dean Rusk flew to "
        "Pakistan for talks."
    )
    published = date(1961, 9, 1)
    assert meetings(nlp, text, published) == []
    found = visits(nlp, text, published)
    assert {("Dean Rusk", "PAK"), ("Lyndon B. Johnson", "PAK")} <= found


def test_leaders_of_two_countries_travelling_for_talks_still_meet(nlp):
    text = "Presidents Putin and Erdogan flew to Sochi for talks on May 23."
    pairs = meetings(nlp, text, date(2018, 6, 1))
    assert ["Recep Tayyip Erdoğan", "Vladimir Putin"] in pairs


def test_each_stop_of_a_semicolon_list_is_a_visit(nlp):
    text = (
        "On March 1, the government announced that Prime Minister Modi will visit "
        "Japan, March 13-15; South Korea, March 16; and Vietnam, March 18."
    )
    found = article_events(nlp, text, date(2015, 3, 2))
    stops = {(e.location.country, e.date) for e in found if e.type == "visit"}
    assert {("JPN", "2015-03"), ("KOR", "2015-03-16"), ("VNM", "2015-03-18")} <= stops


def test_a_plain_comma_list_keeps_every_stop(nlp):
    # the semicolon list's reading leaves a list without ';' as it was
    text = "Prime Minister Modi visited Japan, Thailand and Vietnam in March 2015."
    found = article_events(nlp, text, date(2015, 6, 1))
    stops = {e.location.country for e in found if e.type == "visit"}
    assert {"JPN", "THA", "VNM"} <= stops


def test_the_two_prime_ministers_are_the_pair_named(nlp):
    text = (
        "Prime Minister Shinzo Abe arrived in Wellington on Sunday, where he was "
        "welcomed by Prime Minister John Key. The two Prime Ministers will hold "
        "talks on Monday in Auckland."
    )
    found = article_events(nlp, text, date(2014, 7, 6))
    auckland = [sorted(e.names) for e in found if e.location.city == "Auckland"]
    assert ["John Key", "Shinzo Abe"] in auckland


def test_the_two_alone_is_the_pair_named(nlp):
    text = (
        "Special envoy Stephen Biegun held talks with Kim Hyok-chol in Pyongyang "
        "this month, and the two are expected to meet again in Hanoi next week."
    )
    found = article_events(nlp, text, date(2019, 2, 15))
    hanoi = [sorted(e.names) for e in found if e.location.city == "Hanoi"]
    assert ["Kim Hyok-chol", "Stephen Biegun"] in hanoi


def test_a_second_title_coordinated_with_a_first_is_the_other_of_the_pair(nlp):
    text = (
        "On June 2, 1961, Secretary of State Dean Rusk and Under Secretary of State "
        "Chester Bowles set out on a tour of Asia. From June 4 to June 9, the "
        "Secretary and the Special Representative visited Japan and Thailand."
    )
    found = visits(nlp, text, date(1980, 1, 1))
    assert {("Chester Bowles", "JPN"), ("Chester Bowles", "THA")} <= found
    assert ("Dean Rusk", "JPN") in found


def test_the_last_stop_keeps_its_date_before_a_paragraph_break(nlp):
    text = (
        "On March 1, the government announced that Prime Minister Modi will visit "
        "Japan, March 13-15; South Korea, March 16; and Vietnam, April 2.\n\n"
        "The purpose of the trip is trade."
    )
    found = article_events(nlp, text, date(2015, 3, 2))
    stops = {(e.location.country, e.date) for e in found if e.type == "visit"}
    assert ("VNM", "2015-04-02") in stops
