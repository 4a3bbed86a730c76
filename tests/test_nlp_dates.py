"""Date expressions at the precision the text gives, resolved against publication."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.nlp.dates import parse_iso, resolve_date

PUBLISHED = date(2015, 2, 23)  # a Monday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("February 23, 2015", "2015-02-23"),
        ("October 30 2014", "2014-10-30"),
        ("27 April 2018", "2018-04-27"),
        ("October 2011", "2011-10"),
        ("in 2010", "2010"),
        ("the summer of 2001", "2001"),
        ("May 9", "2015-05-09"),
        ("in April", "2015-04"),
        ("this year", "2015"),
        ("last month", "2015-01"),
        ("next month", "2015-03"),
        ("early next year", "2016"),
        ("on Friday", "2015-02-20"),
        ("Ten years ago", "2005"),
        ("a month prior", "2015"),
        ("18–20 September 2018", "2018-09"),
        ("the spring", "2015"),
        ("the 1990s", None),
        ("the early days", None),
    ],
)
def test_resolve_date(text, expected):
    assert resolve_date(text, PUBLISHED) == expected


def test_weekday_in_a_future_sentence_looks_ahead():
    assert resolve_date("on Friday", PUBLISHED, future=True) == "2015-02-27"


def test_yearless_date_takes_the_year_in_focus():
    assert resolve_date("on 26 March", date(2019, 6, 1), year_hint=2018) == "2018-03-26"


def test_parse_iso():
    assert parse_iso("2001") == date(2001, 1, 1)
    assert parse_iso("2001-08") == date(2001, 8, 1)
    assert parse_iso(None) is None


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("11/25/63", date(1970, 1, 1), "1963-11-25"),  # a US archive's date cell
        ("1/14-15/64", date(1970, 1, 1), "1964-01"),  # a range: the month
        ("25/11/63", date(1970, 1, 1), None),  # no 25th month
    ],
)
def test_month_day_year_cells(text, published, expected):
    assert resolve_date(text, published) == expected


def test_cross_month_range_keeps_the_shared_year():
    assert resolve_date("March 31–April 1, 2016", None) == "2016"
    assert resolve_date("8 December – 9 December 2007", None) == "2007-12"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Monday, March 5, 1962 - 2:50-3:55pm", "1962-03-05"),
        ("March 5, 1962, 9:35 a.m. - 12:00 noon", "1962-03-05"),
        ("5 March 1962, 10:15 to 11:40", "1962-03-05"),
    ],
)
def test_hours_of_a_day_are_no_range_of_days(text, expected):
    """A memorandum's 'DATE AND TIME' line: the meeting's hours, not 5–50 March."""
    assert resolve_date(text, date(1993, 1, 1)) == expected


@pytest.mark.parametrize(
    "text, found, expected",
    [
        ("thursday, november 10th", "2010-11-10", "2011-11-10"),  # a Thursday in 2011
        ("thursday, november 10th", "2011-11-10", "2011-11-10"),
        ("thursday and friday, november 10th", "2010-11-10", "2010-11-10"),  # two
        ("thursdays, november 10th", "2010-11-10", "2010-11-10"),  # no weekday alone
    ],
)
def test_a_weekday_named_once_picks_the_year(text, found, expected):
    from summitwatch.nlp.dates import _weekday_year

    assert _weekday_year(text, found) == expected
