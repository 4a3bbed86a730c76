"""Announced presence at a gathering (issue #10): 'X will be there', 'on the guest
list', 'also expected', 'his attendance record' give planned visits to the venue."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def visits(nlp, text: str, published: date = date(2015, 6, 10)):
    return sorted(
        (e.names[0], e.status, e.location.city)
        for e in article_events(nlp, text, published)
        if e.type == "visit"
    )


PREVIEW = (
    "The 25th African Union summit opens Sunday in Johannesburg, South Africa. "
    "Kenya's President Uhuru Kenyatta will be there despite the court case, and "
    "Nigeria's Muhammadu Buhari and Rwanda's Paul Kagame are also on the guest list. "
)


def test_will_be_there_and_guest_list_are_planned_visits(nlp):
    found = visits(nlp, PREVIEW)
    for name in ("Uhuru Kenyatta", "Muhammadu Buhari", "Paul Kagame"):
        assert (name, "planned", "Johannesburg") in found


def test_expected_and_attendance_record(nlp):
    found = visits(
        nlp,
        PREVIEW
        + "Ghana's John Mahama will try to keep his attendance record, and regulars "
        "such as Uganda's Yoweri Museveni are also expected.",
    )
    assert ("John Mahama", "planned", "Johannesburg") in found
    assert ("Yoweri Museveni", "planned", "Johannesburg") in found


def test_hedged_or_other_expectations_are_not_presence(nlp):
    found = visits(
        nlp,
        "The 25th African Union summit opens Sunday in Johannesburg, South Africa. "
        "Officials were not sure if Kenya's President Uhuru Kenyatta was on the guest "
        "list. Nigeria's Muhammadu Buhari is expected to hold talks with Jacob Zuma.",
    )
    assert not any(n == "Uhuru Kenyatta" for n, _, _ in found)
    assert not any(n == "Muhammadu Buhari" for n, _, _ in found)


# -- whose place a stand-in takes (rule 12)


def test_the_one_a_stand_in_replaces_did_not_come(nlp):
    found = visits(
        nlp,
        "The 40th G7 summit opens on Monday in Hiroshima, Japan. President Emmanuel "
        "Macron fell ill on Friday, and Foreign Minister Catherine Colonna will lead "
        "the delegation which represents France in his place.",
    )
    assert ("Emmanuel Macron", "not_occurred", "Hiroshima") in found
    assert not any(
        n == "Catherine Colonna" and s == "not_occurred" for n, s, _ in found
    )


def test_the_one_sent_in_his_place_is_not_the_absent_one(nlp):
    found = visits(
        nlp,
        "Joe Biden will meet Xi Jinping at the APEC summit in San Francisco on "
        "Wednesday. Xi did not attend the G20 summit in New Delhi in September, "
        "sending Premier Li Qiang in his place.",
        published=date(2023, 11, 13),
    )
    assert not any(n == "Li Qiang" and s == "not_occurred" for n, s, _ in found)
    assert ("Xi Jinping", "not_occurred", "New Delhi") in found


# -- intentions the news has overtaken (rule 5)


def test_a_past_perfect_promise_gives_way_to_the_news(nlp):
    found = visits(
        nlp,
        "The Commonwealth summit opens on Friday in Kigali, Rwanda. President Yoweri "
        "Museveni will not be attending the Kigali summit. Officials said Museveni had "
        "promised to attend the summit in Rwanda.",
        published=date(2022, 6, 21),
    )
    assert [s for n, s, _ in found if n == "Yoweri Museveni"] == ["not_occurred"]


# -- transcripts: 'we' who meet a third party are the speaker's side


def test_we_met_with_someone_else_is_not_a_meeting_with_the_one_addressed(nlp):
    found = article_events(
        nlp,
        "Talks with President of Austria Alexander Van der Bellen\n\n"
        "President of Russia Vladimir Putin: Mr President, colleagues,\n\n"
        "I am very happy to welcome you in Russia. Recently I had the pleasure "
        "of visiting Vienna where we met with the Chancellor of Germany.\n\n"
        "President of Austria Alexander Van der Bellen: Thank you.\n",
        date(2018, 8, 22),
    )
    in_vienna = [e for e in found if e.location.city == "Vienna"]
    assert in_vienna and all(e.type == "visit" for e in in_vienna)
    assert all(e.names == ["Vladimir Putin"] for e in in_vienna)


def test_a_conditional_absence_is_not_news_of_one(nlp):
    found = visits(
        nlp,
        "The ASEAN summit opens on February 27 in Hua Hin, Thailand. If Prime Minister "
        "Hun Sen does not attend the summit, other leaders may stay away.",
        published=date(2009, 1, 12),
    )
    assert not any(s == "not_occurred" for n, s, _ in found if n == "Hun Sen")


# -- 'the crisis in X' is a topic, not the venue


def test_the_crisis_in_a_country_is_not_where_the_summit_is(nlp):
    found = article_events(
        nlp,
        "Two leaders did not make it to Maseru, Lesotho, for the talks. The "
        "regional committee had to schedule a meeting at which its members were "
        "to take up the deepening crisis in Madagascar after President Rupiah "
        "Banda of Zambia failed to show up.",
        date(2010, 11, 6),
    )
    assert found
    assert all(e.location.country != "MDG" for e in found)


# -- a joint-remarks release heading names the guest and the place


def test_joint_remarks_heading_places_the_named_guest(nlp):
    found = article_events(
        nlp,
        "For Immediate Release\nOffice of the Press Secretary\n"
        "June 8, 2002\n\n"
        "Remarks by the President and Chancellor Gerhard Schroeder in Press "
        "Availability\nOn the Grounds of Camp David\n\nTHE PRESIDENT: Welcome.\n\n"
        "Q Sir, how was the walk?\n\nTHE PRESIDENT: Good.\n",
        date(2002, 6, 8),
    )
    assert [
        (e.type, e.names, e.location.city) for e in found if "Schr" in e.names[0]
    ] == [("visit", ["Gerhard Schröder"], "Camp David")]


# -- counterfactual past: 'would have gone' did not happen


def test_would_have_gone_is_a_trip_that_did_not_happen(nlp):
    found = visits(
        nlp,
        "A strike at home forced Prime Minister Narendra Modi to call off his tour. "
        "Modi would have travelled to Kenya for the Commonwealth meeting in Nairobi.",
        published=date(2016, 7, 2),
    )
    assert [s for n, s, _ in found if n == "Narendra Modi"] == ["not_occurred"]


def test_expected_to_be_in_a_place_is_a_planned_visit_there(nlp):
    found = visits(
        nlp,
        "Two leaders failed to arrive in Maseru, Lesotho, for the regional summit. "
        "An aide said President Jacob Zuma is expected to be in Harare next week.",
        published=date(2010, 11, 6),
    )
    assert ("Jacob Zuma", "planned", "Harare") in found
    assert not any(n == "Jacob Zuma" and c == "Maseru" for n, _, c in found)
