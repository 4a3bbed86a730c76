"""Trip and visit tables in the layouts pages render them (issue #10, class 6):
wrapped pipe rows, Start/End date cells, cells left out under a row span, a host
named only in the title, a people column, cells glued together. Every table here is
made up for the test (people and places the KB knows, dates that fit their offices)."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text, drop_furniture
from summitwatch.nlp.dates import shared_precision
from summitwatch.nlp.table_cells import after_date_cells, row_range

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402

pytestmark = [pytest.mark.model]


def _got(nlp, text: str, published=date(2024, 1, 1)) -> set[tuple]:
    return {
        (e.type, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
    }


def test_start_and_end_cells_give_the_shared_precision():
    p = date(2024, 1, 1)
    assert row_range("May 3, 2010 | May 5, 2010 | Ann Smith |", p) == (True, "2010-05")
    assert row_range("May 30, 2010 | June 2, 2010 | Ann Smith |", p) == (True, "2010")
    assert row_range("Ann Smith 4-Mar-1921 9-Mar-1921 Peru Lima", p) == (
        True,
        "1921-03",
    )
    assert row_range("Ann Smith 30-Dec-1921 2-Jan-1922 Peru", p) == (True, None)
    assert row_range("2-Jan-1922 Peru Lima", p) == (True, "1922-01-02")
    # a range written inside the notes is no date cell of the row
    assert (
        row_range("May 3-5, 1880 King X Hawaii In U.S. May 1, 1880-June 2, 1880.", p)[0]
        is False
    )
    assert shared_precision("2010-05-03", "2010-05-03") == "2010-05-03"
    assert after_date_cells("May 3, 2010 | May 5, 2010 | ")
    assert not after_date_cells("Met with ")


def test_visits_to_a_country_by_title_with_start_end_and_a_row_span(nlp):
    """'List of diplomatic visits to the United States from …': every row is a
    visit to the United States; an empty Guest cell is the guest above."""
    text = (
        "List of diplomatic visits to the United States from Oceania\n\n"
        "Nauru\n\n"
        "Start | End | Guest | Title | Reason |\n"
        "---|---|---|---|---|\n"
        "March 2, 2010 | March 4, 2010 | Kevin Rudd | Prime Minister | Working visit. "
        "Afterwards visited Chicago and Houston. |\n"
        "May 30, 2010 | June 2, 2010 | Attended a conference in Seattle. | | |\n"
        "June 8, 2010 | June 9, 2010 | John Key | Prime Minister | Met with President "
        "Obama. |\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Kevin Rudd",), None, "USA", "2010-03") in got
    assert ("visit", ("Kevin Rudd",), "Chicago", "USA", "2010-03") in got
    assert ("visit", ("Kevin Rudd",), "Houston", "USA", "2010-03") in got
    assert ("visit", ("Kevin Rudd",), "Seattle", "USA", "2010") in got  # row span
    assert ("meeting", ("John Key", "Barack Obama"), None, "USA", "2010-06") in got


def test_a_pipe_row_wrapped_over_lines_and_a_host_named_in_the_title(nlp):
    """'… presidential visits to Japan': the notes cell on its own line is still
    the row's, the host's leader met in the capital, the other locale a stop."""
    text = (
        "United States presidential visits to Japan\n"
        "President | Dates | Locations | Notes |\n"
        "---|---|---|---|\n"
        "Barack Obama | November 13-14, 2009 | Tokyo, Kyoto |\n"
        "Met with Prime Minister Yukio Hatoyama. |\n"
        "May 25-26, 2016 | Hiroshima | Visited the Peace Memorial. | |\n"
    )
    got = _got(nlp, text)
    assert (
        "meeting",
        ("Barack Obama", "Yukio Hatoyama"),
        "Tokyo",
        "JPN",
        "2009-11",
    ) in got
    assert ("visit", ("Barack Obama",), "Kyoto", "JPN", "2009-11") in got
    assert ("visit", ("Barack Obama",), "Hiroshima", "JPN", "2016-05") in got
    # the notes cell read as a sentence gives no meeting without its subject
    assert not any(e[0] == "meeting" and "Barack Obama" not in e[1] for e in got)


def test_flag_only_country_cells_and_the_heading_that_names_the_traveller(nlp):
    text = (
        "List of international trips made by prime ministers of India\n"
        "[edit]Manmohan Singh (2004–2014)\n"
        "[edit]Country | Areas visited | Date(s) | Notes |\n"
        "---|---|---|---|\n"
        "![]() |\n"
        "Cairo | 5–10 October 2009 | [1] |\n"
        "![]() |\n"
        "Ottawa Montreal |\n"
        "June 2010 | [2] |\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Manmohan Singh",), "Cairo", "EGY", "2009-10") in got
    assert ("visit", ("Manmohan Singh",), "Ottawa", "CAN", "2010-06") in got
    assert ("visit", ("Manmohan Singh",), "Montreal", "CAN", "2010-06") in got


def test_a_people_column_and_dashed_dates_under_a_row_span(nlp):
    """'President Start End Country Cities Reason': the first column holds the
    traveller; a row that starts with its dates keeps the one above."""
    text = (
        "List of trips abroad\n\n"
        "President Start End Country Cities Reason\n"
        "Jimmy Carter 4-Jan-1978 6-Jan-1978 France Paris Official visit.\n"
        "1-Feb-1978 3-Feb-1978 Italy Rome Met with President Sandro Pertini.\n"
        "Ronald Reagan 2-Jun-1982 4-Jun-1982 France Versailles Attended the summit.\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Jimmy Carter",), "Paris", "FRA", "1978-01") in got
    assert (
        "meeting",
        ("Jimmy Carter", "Sandro Pertini"),
        "Rome",
        "ITA",
        "1978-02",
    ) in got
    assert ("visit", ("Ronald Reagan",), "Versailles", "FRA", "1982-06") in got


def test_a_plain_table_repeated_per_section_keeps_its_header():
    lines = [
        "Start End Guest Title Reason",
        "March 2, 2010 March 4, 2010 Kevin Rudd Working visit.",
        "",
        "Start End Guest Title Reason",
        "June 8, 2010 June 9, 2010 John Key Working visit.",
    ]
    assert drop_furniture(lines).count("Start End Guest Title Reason") == 2
    caption = "A long caption repeated under the photograph, twice."
    assert drop_furniture([caption, "x", caption]).count(caption) == 1


def test_a_table_flattened_with_its_cells_glued():
    _, _, body = clean_text(
        "Visits By Foreign Leaders in 2009\n\nVisitorFromDescriptionDate\n"
        "Prime Minister Kevin RuddAustraliaWorking visit.March 24, 2009\n"
        "King Abdullah IIJordanWorking visit. Met with President Obama.April 21, 2009\n"
    )
    assert "Visitor From Description Date" in body
    assert "Kevin Rudd Australia Working visit. March 24, 2009" in body
    assert "King Abdullah II Jordan Working visit." in body
    assert "Obama. April 21, 2009" in body
    # prose keeps its words whole
    _, _, prose = clean_text("Talks\n\nMcDonald met MacArthur in Tokyo on May 3, 2009.")
    assert "McDonald met MacArthur" in prose


def test_the_first_visitors_a_list_page_names(nlp):
    """'The first … to visit X was Y in 1913' and 'The first visit to X was made
    by Y in 1874': a visit of Y, though Y is no subject of a travel verb."""
    text = (
        "The first African head of state to visit Japan was President Leopold "
        "Senghor of Senegal in 1971.\n\n"
        "The first state visit to Canada was made by King Baudouin of Belgium "
        "in 1969.\n\n"
        "The first visit to Canada is still ahead, he said.\n"
    )
    got = {(e.type, e.names[0], e.location.country, e.date, e.status)
           for e in article_events(nlp, text, date(2024, 1, 1))}  # fmt: skip
    assert ("visit", "Léopold Sédar Senghor", "JPN", "1971", "occurred") in got
    assert ("visit", "Baudouin of Belgium", "CAN", "1969", "occurred") in got
    assert len(got) == 2


def test_dated_entries_under_a_heading_that_names_the_traveller(nlp):
    """'Name (1977–81)' then entries that open with their date: the heading's
    person travelled, to the country the title names, and met whom the entry says.
    Lines that open with a date under no such heading stay prose."""
    text = (
        "US Presidential Visits to Japan\n\n"
        "Jimmy Carter (1977–81)\n\n"
        "June 24–29, 1979  Official guest. Meets with Prime Minister Ōhira "
        "Masayoshi.\n\n"
        "July 9–10, 1980  Attends a memorial service.\n\n"
        "Ronald Reagan (1981–89)\n\n"
        "November 9–12, 1983  Meets with Prime Minister Nakasone Yasuhiro.\n"
    )
    got = _got(nlp, text, date(2022, 5, 20))
    assert (
        "meeting",
        ("Jimmy Carter", "Masayoshi Ōhira"),
        None,
        "JPN",
        "1979-06",
    ) in got
    assert ("visit", ("Jimmy Carter",), None, "JPN", "1980-07") in got
    met = ("Ronald Reagan", "Yasuhiro Nakasone")
    assert ("meeting", met, None, "JPN", "1983-11") in got


def test_numeric_date_cells():
    from summitwatch.nlp.dates import numeric_date

    assert numeric_date("11/25/63", date(1970, 1, 1)) == "1963-11-25"
    assert numeric_date("1/14-15/64 President X", date(1970, 1, 1)) == "1964-01"
    assert numeric_date("12/28/1975", date(2020, 1, 1)) == "1975-12-28"
    assert numeric_date("25/11/63", date(1970, 1, 1)) is None  # no 25th month


def test_a_table_whose_every_cell_is_a_line(nlp):
    """'Date' / 'Name/Title of Visitor' / 'Country Represented' / 'Place' /
    'Occasion', then five lines a row: the visitor went to the Place cell."""
    text = (
        "Heads of State Visits\n\n"
        "Date\n\nName/Title of Visitor\n\nCountry Represented\n\nPlace\n\nOccasion\n\n"
        "2/5/64\n\nPrime Minister Pearson\n\nCanada\n\nNYC\n\nAward dinner\n\n"
        "3/9/64\n\nPresident Segni\n\nItaly\n\nChicago\n\nInformal visit\n\n"
        "4/7/64\n\nPrime Minister Pearson\n\nCanada\n\nBoston\n\nLecture\n"
    )
    got = _got(nlp, text, date(1970, 1, 1))
    assert ("visit", ("Lester B. Pearson",), "New York", "USA", "1964-02-05") in got
    assert ("visit", ("Lester B. Pearson",), "Boston", "USA", "1964-04-07") in got


def test_a_titled_leader_named_in_full(kb):
    """'President Porfirio Díaz', 'Prime Minister Vittorio Orlando': when the word
    after the title is a given name, the surname after it names the holder."""
    from types import SimpleNamespace

    from summitwatch.nlp.table_context import _full_titled, _titled

    index = SimpleNamespace(kb=kb)
    day = date(1910, 3, 3)
    found = _titled().search("talks with President Porfirio Díaz on the railway")
    assert found.group(1) == "Porfirio"
    person = _full_titled(index, found, "President", (day, day), "MEX")
    assert person is not None and person.name == "Porfirio Díaz"
    found = _titled().search("met Prime Minister Vittorio Orlando")
    day = date(1919, 1, 3)
    person = _full_titled(index, found, "Prime Minister", (day, day), "ITA")
    assert person is not None and person.name == "Vittorio Emanuele Orlando"


def test_a_pipe_table_without_a_rule_and_the_year_in_the_title(nlp):
    """'| Country/ U.S. state | Areas visited | Dates | … |' with no '---|' line:
    the header names its columns; '(2014)' in the title dates 'March 25–26'; a
    home-state row is no trip, and the notes cell's own reading is the row's."""
    text = (
        "= List of presidential trips made by Barack Obama (2014) =\n\n"
        "==March==\n"
        "| Country/ U.S. state | Areas visited | Dates | Details | Image |\n"
        "| Ohio | Cleveland | March 3 | President Obama toured a plant. | |\n"
        "| Belgium | Brussels | March 25–26 | President Obama attended the summit and "
        "met with Prime Minister Elio Di Rupo. | |\n"
    )
    got = _got(nlp, text, date(2015, 1, 1))
    met = ("Barack Obama", "Elio Di Rupo")
    assert ("meeting", met, "Brussels", "BEL", "2014-03") in got
    assert [e for e in got if e[1][0] == "Barack Obama"] == [
        ("meeting", met, "Brussels", "BEL", "2014-03")
    ]


def test_column_names_run_together_by_a_mirror(nlp):
    """A mirror drops the spaces between a flattened table's column names
    ('PresidentDatesCountriesLocationsKey details'): the line is still the header,
    so each row's 'Met with …' is the traveller's meeting, a row under the row span
    keeping the traveller above it."""
    text = (
        "Presidential visits to Europe\n\n"
        "PresidentDatesCountriesLocationsKey details\n"
        "Ronald Reagan [1] June 5–6, 1982Flag of France.svg  France Versailles "
        "Attended the economic summit. Met with President François Mitterrand.\n"
        "June 7, 1982Flag of Italy.svg  Italy Rome Met with President Sandro Pertini.\n"
    )
    got = {(names, country) for _, names, _, country, _ in _got(nlp, text)}
    assert (("Ronald Reagan", "François Mitterrand"), "FRA") in got
    assert (("Ronald Reagan", "Sandro Pertini"), "ITA") in got


def test_a_titled_full_name_in_a_row_is_read_whole(nlp):
    """'Met with King Mohammed Zahir Shah': the row names the king in full, so the
    title lookup of its first word alone ('King Mohammed', a king of another
    country that year) gives no second, wrong counterpart."""
    text = (
        "Presidential visits to Asia\n\n"
        "PresidentDatesCountriesLocationsKey details\n"
        "Dwight D. Eisenhower [1] December 4–5, 1959Flag of Turkey.svg  Turkey "
        "Ankara Met with President Celâl Bayar.\n"
        "December 9, 1959Flag of Afghanistan.svg  Afghanistan Kabul Informal visit. "
        "Met with King Mohammed Zahir Shah.\n"
    )
    met = {names for kind, names, *_ in _got(nlp, text) if kind == "meeting"}
    assert ("Dwight D. Eisenhower", "Mohammed Zahir Shah") in met
    assert not any("Mohammed V of Morocco" in names for names in met)
