"""Trip tables as the session-13 fresh pages render them (real 740–744): the mobile
site's year heading with its edit link printed after it ('1959 edit'), a 'City'
column of several towns under a 'Host' column, and KB gaps (a Burmese president,
a Swiss president, West Point). Every table here is made up for the test."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text
from summitwatch.nlp.table_cells import itemising_header
from summitwatch.nlp.table_context import heading_year

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402


def _got(nlp, text: str, published=date(2024, 1, 1)) -> set[tuple]:
    return {
        (e.type, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, clean_text(text)[2], published)
    }  # as `summitwatch extract` reads a page: cleaned first


@pytest.mark.parametrize(
    "heading, year",
    [
        ("1959 edit", "1959"),
        ("1960 [edit]", "1960"),
        ("==1966==", "1966"),
        ("[edit]2021", "2021"),
        ("Early life edit", None),
        ("1959 edits", None),
    ],
)
def test_a_year_heading_with_its_edit_link_after_it(heading, year):
    """en.m.wikipedia.org prints a section's edit link as the word 'edit' after the
    heading; the heading still dates the rows below it, not the publication."""
    text = f"Trips\n\n{heading}\n\nDate Country City Host\n18–21 December  X"
    assert heading_year(text, len(text) - 3) == year


def test_a_city_column_itemises_its_towns():
    """'Date Country City Host': a City cell of several towns lists the trip's
    stops, as 'Cities' and 'Locations' do (rule 1)."""
    assert itemising_header("Date Country City Host")
    assert itemising_header("Date Country Cities visited Host")
    assert not itemising_header("Name Locale Remarks Date")


def test_host_rows_under_edit_headings_are_meetings_in_their_year(nlp):
    """The host cell is the head of state met; further towns are visits; the
    section's year dates each row (a made-up list)."""
    text = (
        "List of state visits made by Queen Elizabeth II\n\n"
        "Queen Elizabeth II has made a number of state visits.\n\n"
        "1961 edit\n\n"
        "Date Country City Host\n"
        "2–5 March   Italy Rome, Florence President Giovanni Gronchi\n"
        "6–9 May   Burma Yangon President Win Maung\n"
    )
    got = _got(nlp, text)
    assert (
        "meeting",
        ("Elizabeth II", "Giovanni Gronchi"),
        "Rome",
        "ITA",
        "1961-03",
    ) in got
    assert ("visit", ("Elizabeth II",), "Florence", "ITA", "1961-03") in got
    assert any(
        e[0] == "meeting" and "Win Maung" in e[1] and e[4] == "1961-05" for e in got
    )
    assert not any(e[4] and e[4].startswith("2024") for e in got)


def test_a_row_that_went_to_the_capital_is_one_visit_there(nlp):
    """'State visit to Washington. Afterwards visited Boston': the trip to the U.S.
    is the stay in Washington (no second visit with no city); 'Revisited
    Washington' after the stay is a further stop beside the trip (a made-up list)."""
    text = (
        "Visits By Foreign Leaders of Italy\n\n"
        "Visitor Description Date\n"
        "President Gronchi State visit to Washington. Afterwards visited Boston "
        "(Massachusetts). March 1–4, 1956\n"
        "President Gronchi Official visit. Revisited Washington May 12–14. "
        "Addressed U.S. Congress May 13. May 2–5, 1959\n"
    )
    got = _got(nlp, text)
    gronchi = ("Giovanni Gronchi",)
    assert ("visit", gronchi, "Washington", "USA", "1956-03") in got
    assert ("visit", gronchi, None, "USA", "1956-03") not in got
    later = {e[2] for e in got if e[:2] == ("visit", gronchi) and e[4] != "1956-03"}
    assert later == {None, "Washington"}  # the stay, then the return to Washington


def test_the_last_town_of_a_list_run_into_the_host_cell_is_a_stop(nlp):
    """'Belgium Brussels, Bruges King Baudouin': the tagger leaves the town before
    the host's title untagged; a comma item the KB knows as a town of the row's
    country is a stop (a made-up list)."""
    text = (
        "List of state visits made by Queen Elizabeth II\n\n"
        "Queen Elizabeth II has made a number of state visits.\n\n"
        "1966 edit\n\n"
        "Date Country City Host\n"
        "4–7 May   Belgium Brussels, Bruges King Baudouin\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Elizabeth II",), "Bruges", "BEL", "1966-05") in got
