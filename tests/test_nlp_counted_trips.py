"""Trips counted or only spoken of are no trip: a tally of a leader's trips ('has made
eight foreign trips to 18 countries', 'the number of visits per country where X
travelled') names no one trip (nlp/tallies.py, SCHEMA.md rule 3), and 'X went on to
say …' tells what X said next, not a journey (nlp/goal_verbs.py). Hand-written texts
through the full pipeline; each fails without its change."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import visit_rows

pytestmark = [pytest.mark.model]


def test_went_on_to_say_is_no_trip_to_the_place_said(nlp):
    """'went on to say that it was his turn to visit Brazil': no trip made."""
    text = (
        "Chancellor Olaf Scholz held talks with President Lula da Silva in Berlin on "
        "Monday. Chancellor Scholz went on to say that it was his turn to visit "
        "Brazil next time."
    )
    assert ("Olaf Scholz", "BRA", "occurred") not in visit_rows(
        nlp, text, date(2023, 3, 21)
    )


def test_going_on_to_a_place_is_still_a_trip(nlp):
    """The guard: a place after 'go on to' is the next stop."""
    text = (
        "President Barack Obama will fly to Hanoi on Monday. He then will go on to "
        "Laos for a regional summit."
    )
    assert ("Barack Obama", "LAO", "planned") in visit_rows(
        nlp, text, date(2016, 5, 20)
    )


def test_tally_of_trips_in_a_summary_line_is_no_trip(nlp):
    """A trip list's summary line between the lede and the rows: no visit of its
    own (it took the lede's place and day)."""
    text = (
        "List of international trips made by Jacinda Ardern\n"
        "This is a list of international trips made by Jacinda Ardern, the 40th "
        "Prime Minister of New Zealand.\n"
        "Prime Minister Jacinda Ardern who took office on 26 October 2017 made her "
        "first trip as prime minister to meet Prime Minister Malcolm Turnbull on "
        "5 November 2017 in Sydney, Australia.\n"
        "Summary\n"
        "The number of visits per country where Prime Minister Ardern travelled "
        "are:\n"
        "2017\n"
        "Country Locations Dates Details\n"
        "Australia Sydney 5 November 2017 Ardern met with Australian Prime Minister "
        "Malcolm Turnbull.\n"
        "Vietnam Da Nang 10–11 November 2017 Ardern attended the APEC summit.\n"
    )
    assert visit_rows(nlp, text, date(2018, 6, 1)) == [
        ("Jacinda Ardern", "VNM", "occurred")
    ]


def test_counted_trips_to_counted_countries_are_no_trip(nlp):
    """'has made eight foreign trips to 18 countries (and also Gaza)'."""
    text = (
        "President Rodrigo Duterte met Chinese President Xi Jinping in Beijing in "
        "October 2016.\n\n"
        "Duterte has made eight foreign trips to 18 countries (and also the West "
        "Bank) since he took office on June 30, 2016."
    )
    assert visit_rows(nlp, text, date(2017, 6, 1)) == []


def test_one_counted_trip_is_still_a_trip(nlp):
    """The guard: a single trip with its own place and date stays."""
    text = "President Rodrigo Duterte made a trip to Japan in October 2016."
    assert visit_rows(nlp, text, date(2017, 6, 1)) == [
        ("Rodrigo Duterte", "JPN", "occurred")
    ]


def test_counted_trips_with_their_own_dates_are_still_told(nlp):
    """The guard: 'two visits … in November 2005 and July 2008' are trips told."""
    text = (
        "President George W. Bush made two visits to Japan in November 2005 and "
        "July 2008."
    )
    assert ("George W. Bush", "JPN", "occurred") in visit_rows(
        nlp, text, date(2009, 1, 1)
    )


def test_trips_counted_in_times_are_no_trip(nlp):
    """'had visited China four times since March last year': a tally (rule 3)."""
    text = (
        "Xi Jinping held talks with Kim Jong-un in Pyongyang on Thursday. Xi noted "
        "that Kim had visited China four times since March last year."
    )
    assert ("Kim Jong-un", "CHN", "occurred") not in visit_rows(
        nlp, text, date(2019, 6, 21)
    )
