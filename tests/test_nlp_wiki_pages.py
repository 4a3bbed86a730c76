"""Wikipedia pages as fresh mirrors render them (session 12, real 460–466): a
flattened visit table whose header says 'Country or territory', flag icons whose
file names carry years and a colonial power's name, a row that continues the row
span above and names only where the journey came from, and a stay across New
Year. Every table here is made up for the test: people and places the KB knows,
dates that fit their offices."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text
from summitwatch.nlp.doc_text import inside
from summitwatch.nlp.image_names import flag_name_spans, flag_year_spans
from summitwatch.nlp.table_cells import row_range

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402

_TABLE = (
    "United States presidential visits to Far Places\n\n"
    "Table of visits\n\n"
    "PresidentDatesCountry or territory LocationsKey details\n"
    "Richard Nixon March 2, 1957 Flag of Ghana (1957-1964).svg Ghana Accra "
    "Attended the independence celebrations. [1]\n"
    "March 20, 1957Overnight stop en route from Rabat. [1]\n"
    "December 3, 1958 Flag of France (1794-1815, 1830-1958).svg French West Africa "
    "Dakar Stopped en route to Paris. [2]\n"
    "Jimmy Carter December 31, 1977–January 1, 1978Flag of Iran.svg  Iran Tehran "
    "Met with Shah Mohammad Reza Pahlavi. [3]\n"
)


def test_flag_file_names_and_their_years_are_found():
    text = (
        "1943 Flag of The Gambia (1889-1965).svg Gambia Bathurst; "
        "Nixon Kosygin May 1972.jpg"
    )
    years = flag_year_spans(text)
    assert len(years) == 1 and text[years[0][0] : years[0][1]] == "(1889-1965).svg"
    names = flag_name_spans(text)
    assert len(names) == 1 and text[names[0][0] : names[0][1]].endswith(".svg")
    at = text.index("Gambia Bathurst")  # the country cell after the icon
    assert not inside(names, at, at + 6)
    assert inside(names, text.index("The Gambia"), text.index("The Gambia") + 10)


def test_a_stay_across_new_year_has_no_shared_date():
    # the flattened row glues the next cell onto the end date ('1993Flag')
    row = "George H. W. Bush December 31, 1992–January 2, 1993Flag of Somalia.svg"
    assert row_range(row, None) == (True, None)
    assert row_range("Visit June 14, 1992 – June 16, 1992 Madrid", None) == (
        True,
        "1992-06",
    )


@pytest.mark.model
def test_a_country_or_territory_table_with_flag_icons(nlp):
    got = {
        (e.type, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, clean_text(_TABLE)[2], date(2024, 1, 1))
    }
    assert ("visit", ("Richard Nixon",), "Accra", "GHA", "1957-03-02") in got
    # the row span's country, not where the journey came from
    assert ("visit", ("Richard Nixon",), None, "GHA", "1957-03-20") in got
    # the country cell and the town, not the flag's colonial power
    assert ("visit", ("Richard Nixon",), "Dakar", "SEN", "1958-12-03") in got
    # December 31 to January 1: no date both ends share (SCHEMA.md rule 6)
    assert (
        "meeting",
        ("Jimmy Carter", "Mohammad Reza Pahlavi"),
        "Tehran",
        "IRN",
        None,
    ) in got
    assert not any(e[3] in ("MAR", "FRA") for e in got)
    assert not any(
        (e[4] or "").startswith(("1964", "1794", "1815", "1830")) for e in got
    )


@pytest.mark.model
def test_a_town_named_again_by_the_occasion_is_one_place(nlp):
    text = (
        "Presidential visits to Far Places\n"
        "President | Dates | Country or territory | Locations | Key details |\n"
        "---|---|---|---|---|\n"
        "Franklin D. Roosevelt | January 14–24, 1943 | Morocco | Casablanca | "
        "Attended Casablanca Conference with General Charles de Gaulle. [1] |\n"
        "December 12, 1943 | Malta | Valletta | Overnight stop. [1] | |\n"
    )
    got = {
        (e.type, tuple(e.names), e.location.city, e.location.country)
        for e in article_events(nlp, clean_text(text)[2], date(2024, 1, 1))
    }
    pair = ("Franklin D. Roosevelt", "Charles de Gaulle")
    assert ("meeting", pair, "Casablanca", "MAR") in got  # the cell's town, twice
    assert ("visit", ("Franklin D. Roosevelt",), "Casablanca", "MAR") not in got
