"""When and where (issue #10, strict misses): events found with the wrong date or
place. Dated entries of a diary, a bracketed short name after a leader's country,
islands that are their own place, an invitation requested at a meeting. Small
hand-written texts through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_rows
from summitwatch.nlp.section_dates import DatedSections

pytestmark = [pytest.mark.model]


# -- dated sections: a diary's 'Monday March 6' dates the entry below it


def test_a_diary_entry_takes_its_heading_day(nlp):
    text = (
        "The Chancellor's week\n\n"
        "Monday March 6\nScholz Receives the French President\n\n"
        "Chancellor Olaf Scholz held talks with President Emmanuel Macron at his "
        "office in Berlin for about an hour.\n\n"
        "Wednesday March 8\nScholz Travels South\n\n"
        "Olaf Scholz had his first meeting with Giorgia Meloni in Rome.\n"
    )
    got = event_rows(nlp, text, date(2023, 3, 1))
    dates = {names: when for _, _, names, _, _, when in got}
    assert dates[("Emmanuel Macron", "Olaf Scholz")] == "2023-03-06"
    assert dates[("Giorgia Meloni", "Olaf Scholz")] == "2023-03-08"


def test_one_date_line_is_a_dateline_not_a_list_of_entries():
    assert (
        DatedSections("March 6, 2023\nThe two leaders met.\n", None).date_at(20) is None
    )
    both = DatedSections(
        "Monday March 6\nA.\nWednesday March 8\nB.\n", date(2023, 3, 1)
    )
    assert both.date_at(16) == "2023-03-06"
    assert both.date_at(40) == "2023-03-08"


# -- a bracketed short name after a leader's country is no venue


def test_a_bracketed_short_name_qualifies_the_leader_not_the_meeting(nlp):
    got = event_rows(
        nlp,
        "Two days before the opening of the NATO summit in Vilnius, Prime Minister "
        "Fumio Kishida met President Yoon Suk Yeol of Korea (ROK) for talks.",
        date(2023, 7, 9),
    )
    places = {
        (city, country) for kind, _, _, city, country, _ in got if kind == "meeting"
    }
    assert places == {("Vilnius", "LTU")}


# -- an island that is its own place


def test_an_island_is_its_own_place(nlp):
    got = event_rows(
        nlp,
        "President Harry S. Truman met General Douglas MacArthur on Wake Island on "
        "October 15, 1950.",
        date(1950, 10, 20),
    )
    assert {(city, country) for _, _, _, city, country, _ in got} == {
        ("Wake Island", "UMI")
    }


def test_a_list_of_visits_to_the_united_states_keeps_an_island_stop(nlp):
    text = (
        "Visits by Foreign Leaders of Ruritania\n\nVisitor Description Date\n"
        "President Nguyen Van Thieu Met with President Nixon at Midway Island. "
        "June 8, 1969\n"
        "Prime Minister Tran Thien Khiem Official visit. Washington, D.C. "
        "March 3, 1970\n"
    )
    got = event_rows(nlp, text, date(2017, 1, 1))
    meetings = {(c, k) for kind, _, _, c, k, _ in got if kind == "meeting"}
    assert meetings == {("Midway Island", "UMI")}


# -- a visit requested at a meeting is an invitation to the requester's country


def test_a_visit_requested_at_a_meeting_invites_the_one_met(nlp):
    got = event_rows(
        nlp,
        "Chancellor Olaf Scholz held his first talks with President Lula da Silva in "
        "Paris on June 23 and requested his visit to Germany.",
        date(2023, 6, 25),
    )
    invitations = {(names, country) for kind, _, names, _, country, _ in got
                   if kind == "invitation"}  # fmt: skip
    assert invitations == {(("Luiz Inácio Lula da Silva", "Olaf Scholz"), "DEU")}


def test_asking_to_visit_abroad_invites_nobody(nlp):
    got = event_rows(
        nlp,
        "Chancellor Olaf Scholz met President Lula da Silva in Paris on June 23 and "
        "requested a visit to Brazil.",
        date(2023, 6, 25),
    )
    assert all(kind != "invitation" for kind, *_ in got)


# -- an encyclopedia lede: its summit named by its venue, dated by 'taking place'


def test_a_lede_summit_is_dated_by_its_taking_place_clause(nlp):
    text = (
        "Portugal Summit\n\n"
        "The Portugal Summit consisted of a meeting between President Vladimir Putin "
        "and Chancellor Angela Merkel, taking place between May 3-4 2007, shortly "
        "after the elections. It was their second meeting following a meeting in "
        "Paris in October 2006. During the summit, Putin and Merkel would sign a "
        "treaty on energy.\n"
    )
    got = event_rows(nlp, text, date(2010, 1, 1))
    pair = ("Angela Merkel", "Vladimir Putin")
    assert {(country, when) for kind, _, names, _, country, when in got
            if kind == "meeting" and names == pair} == {("PRT", "2007-05")}  # fmt: skip


# -- places that are no town: a ministry received in, a battlefield celebrated at


def test_a_guest_welcomed_to_the_state_department_is_in_washington(nlp):
    got = event_rows(
        nlp,
        "SECRETARY BLINKEN: I want to welcome Foreign Minister Hayashi from Japan to "
        "the State Department.",
        date(2022, 1, 7),
    )
    assert {(city, country) for kind, _, _, city, country, _ in got
            if kind == "meeting"} == {("Washington", "USA")}  # fmt: skip


def test_an_anniversary_at_a_battlefield_is_in_its_country(nlp):
    got = event_rows(
        nlp,
        "Vladimir Putin attended the celebrations of the victory at the Khalkhin Gol "
        "River last year.",
        date(2015, 5, 7),
    )
    assert ("visit", "occurred", ("Vladimir Putin",), None, "MNG", "2014") in got


def test_an_official_residence_is_in_its_owners_capital(nlp):
    got = event_rows(
        nlp,
        "Prime Minister Kishida met with visiting President William Ruto of Kenya "
        "at his official residence on Monday. Earlier, Kishida visited Prime "
        "Minister Rishi Sunak at the latter's official residence in February.",
        date(2023, 2, 8),
    )
    places = {names: (city, country) for kind, _, names, city, country, _ in got
              if kind == "meeting"}  # fmt: skip
    assert places[("Fumio Kishida", "William Ruto")] == ("Tokyo", "JPN")
    assert places[("Fumio Kishida", "Rishi Sunak")] == ("London", "GBR")


def test_going_over_the_issues_is_no_trip(nlp):
    text = (
        "SECRETARY RUBIO: I am delighted to welcome Minister Penny Wong here to the "
        "State Department.\n\nFOREIGN MINISTER WONG: Thank you, Secretary. So we "
        "can go over all the issues that we talked about on that date.\n"
    )
    got = event_rows(nlp, text, date(2025, 3, 4))
    assert {kind for kind, *_ in got} == {"meeting"}


# -- continent names that hold a country's name (kb/data/continents.json)


def test_latin_america_is_no_visit_to_the_united_states(nlp):
    got = event_rows(
        nlp,
        "Xi Jinping said he was glad to meet again, this time in Latin America, "
        "in Santiago.",
        date(2019, 11, 10),
    )
    assert all(country != "USA" for _, _, _, _, country, _ in got)
    assert any(country == "CHL" for _, _, _, _, country, _ in got)


def test_a_tour_of_south_america_is_not_placed_in_the_united_states(nlp):
    got = event_rows(
        nlp,
        "In 1961 the Italian president Giovanni Gronchi made a tour of South America.",
        date(2024, 1, 1),
    )
    assert all(country != "USA" for _, _, _, _, country, _ in got)
