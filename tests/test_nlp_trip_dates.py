"""Dates and places of events found (helper meetC): the stops of the trip a report is
about, a year-only publication that lends no day, accords named after their town,
the side a negotiator stands for, itineraries across borders.
Small hand-written texts through the full pipeline, each failing before its change."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_rows
from summitwatch.nlp.dates import lent_by_publication

pytestmark = [pytest.mark.model]


def _by_country(nlp, text: str, published: date) -> dict[str | None, str | None]:
    return {country: when for *_, country, when in event_rows(nlp, text, published)}


# -- the stops of the report's current trip fall in its month


def test_a_stop_of_the_current_tour_takes_the_tours_month(nlp):
    text = (
        "Turkish President Recep Tayyip Erdogan arrived in Nairobi on Tuesday for "
        "talks with Kenyan President Uhuru Kenyatta.\n"
        "The two sides signed agreements on trade, defence and tourism, officials "
        "in both capitals said.\n"
        "Business leaders from both countries attended a forum on investment in "
        "the afternoon.\n"
        "Mr. Erdogan is on a four-nation tour that started in Tanzania.\n"
        "He will end the tour with a visit to Uganda.\n"
    )
    got = _by_country(nlp, text, date(2016, 6, 2))
    assert got["TZA"] == "2016-05"
    assert got["UGA"] == "2016-05"


def test_a_meeting_ahead_on_the_announced_trip_takes_its_month(nlp):
    text = (
        "Secretary of State Antony Blinken will travel to Jakarta on December 13 "
        "to meet President Joko Widodo.\n"
        "The visit will focus on maritime security, trade and the recovery from "
        "the pandemic, the department said.\n"
        "Officials expect several agreements on health and education to be "
        "signed during the stay.\n"
        "Secretary Blinken will then travel to Malaysia to meet with Prime Minister "
        "Ismail Sabri "
        "Yaakob.\n"
    )
    got = event_rows(nlp, text, date(2021, 12, 10))
    malaysia = [r for r in got if r[4] == "MYS"]
    assert malaysia and all(r[5] == "2021-12" for r in malaysia)


def test_another_occasion_is_not_a_stop_of_the_trip(nlp):
    """A guard for the rule above: 'next time' is no stop of the trip."""
    text = (
        "Prime Minister Narendra Modi met President Joe Biden in Washington on "
        "June 22.\n"
        "Mr. Modi said it would be Mr. Biden's turn to travel to India next time.\n"
    )
    got = event_rows(nlp, text, date(2023, 6, 23))
    india = [r for r in got if r[4] == "IND"]
    assert all(r[5] is None for r in india)


# -- a publication known only by its year lends no day


def test_a_year_only_page_does_not_date_its_past_events():
    assert lent_by_publication(date(2017, 1, 1), past=True) is None
    assert lent_by_publication(date(2017, 1, 1)) == "2017"
    assert lent_by_publication(date(2009, 11, 1)) == "2009-11"
    assert lent_by_publication(date(2009, 11, 9)) == "2009-11-09"


def test_an_encyclopedia_lede_gets_no_date_from_the_pages_year(nlp):
    text = (
        "The Kyoto Partnership\n\n"
        "Shortly after arriving in Kyoto, Japan, for talks with Prime Minister "
        "Shinzo Abe, Prime Minister Narendra Modi signed a partnership agreement "
        "with him.\n"
    )
    got = event_rows(nlp, text, date(2021, 1, 1))
    assert got and all(r[5] is None for r in got)


# -- places: an accord's town, the side a negotiator stands for


def test_an_accord_named_after_a_town_places_the_meeting_there(nlp):
    text = (
        "The Nassau Accord was signed by President John F. Kennedy and Prime "
        "Minister Harold Macmillan in December 1962.\n"
    )
    got = event_rows(nlp, text, date(2020, 1, 1))
    assert {(r[3], r[4]) for r in got if r[0] == "meeting"} == {("Nassau", "BHS")}


def test_the_country_a_negotiator_stands_for_is_no_venue(nlp):
    text = (
        "The Outer Space Accord was a treaty negotiated between President Lyndon "
        "B. Johnson for the United States and Premier Alexei Kosygin for the "
        "Soviet Union.\n"
    )
    got = event_rows(nlp, text, date(2020, 1, 1))
    meetings = [r for r in got if r[0] == "meeting"]
    assert meetings and all(r[4] is None for r in meetings)


# -- an itinerary across borders keeps each city's country


def test_an_itinerary_across_borders_keeps_each_citys_country(nlp):
    text = (
        "Secretary of State Mike Pompeo will travel to Berlin, Paris, Kyiv, "
        "Manila and Hanoi from November 2-9, 2019.\n"
    )
    got = event_rows(nlp, text, date(2019, 10, 30))
    assert {"UKR", "PHL", "VNM"} <= {r[4] for r in got}


def test_a_date_describing_another_noun_is_not_the_trips(nlp):
    text = (
        "Secretary Clinton will also visit Kosovo, Europe's newest state "
        "following its split from Serbia last year, on Wednesday.\n"
    )
    got = event_rows(nlp, text, date(2009, 10, 10))
    assert {r[5][:4] for r in got if r[4] == "XKX" and r[5]} <= {"2009"}


# -- a trip's later legs are its stops


def test_a_tours_later_leg_is_a_stop(nlp):
    text = (
        "President Luiz Inacio Lula da Silva is on a three-nation tour that began "
        "in Angola and continued in Mozambique.\n"
    )
    got = event_rows(nlp, text, date(2023, 8, 27))
    assert {"AGO", "MOZ"} <= {r[4] for r in got if r[0] == "visit"}


def test_coming_to_office_is_no_trip(nlp):
    text = (
        '"I have met President Lula several times since he came to office in 2003, '
        'and I look forward to welcoming him to Canberra," said Prime Minister '
        "John Howard.\n"
    )
    got = event_rows(nlp, text, date(2005, 6, 14))
    assert all(r[5] != "2003" for r in got)


# -- an invitation extended at the meeting told before it


def test_an_invitation_during_the_meeting_takes_the_meetings_date(nlp):
    text = (
        "On May 12, Prime Minister Mark Rutte held a meeting with President "
        "Emmanuel Macron in Amsterdam. Both leaders confirmed the close partnership "
        "between the two nations. They stressed the importance of the European "
        "Union for the stability of the continent.\n\n"
        "The two leaders frankly discussed other issues such as energy, Ukraine and "
        "trade. Since President Macron invited Prime Minister Rutte to Marseille "
        "several times during the meeting, the two leaders deepened their "
        "friendship.\n"
    )
    got = event_rows(nlp, text, date(2022, 5, 1))  # a page dated to the month
    invitations = [r for r in got if r[0] == "invitation"]
    assert invitations and all(r[5] == "2022-05-12" for r in invitations)


def test_then_in_a_recalled_trip_keeps_that_trips_year(nlp):
    """A guard for the 'then' cue: a past trip told with its own year ('in 2009 …
    and then went on to Moscow') is no stop of the trip the report is about."""
    text = (
        "President Barack Obama arrived in Nairobi on Friday for talks with "
        "President Uhuru Kenyatta.\n"
        "Officials said the two leaders would discuss trade and security.\n"
        "In 2009 Mr. Obama visited Ghana and then went on to Moscow.\n"
    )
    got = _by_country(nlp, text, date(2015, 7, 25))
    assert got.get("KEN", "").startswith("2015")
    assert got["GHA"] == "2009"
    assert got["RUS"] == "2009"
