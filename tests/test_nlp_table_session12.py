"""Visit lists and travel tables as the session-12 fresh pages render them (real
480–485): a visitor cell of title and surname run on into the visitor's country
cell, names with a hyphen or a particle, a row going on abroad ('en route to
London'), the Historian's Locale cell of several towns, flag images whose file
names carry years, a glued header with 'Date(s)'. Every table here is made up for
the test: people and places the KB knows, dates that fit their offices."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text
from summitwatch.nlp.image_names import flag_year_spans
from summitwatch.nlp.table_context import is_header

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402


def _got(nlp, text: str, published=date(2024, 1, 1)) -> set[tuple]:
    return {
        (e.type, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, clean_text(text)[2], published)
    }  # as `summitwatch extract` reads a page: cleaned first


def test_flag_image_years_are_no_dates():
    """The years of a historical flag's file name date nothing; one reading of them
    (`nlp/image_names`) serves every page, so the cleaned text keeps them verbatim
    for the evidence."""
    body = clean_text(
        "Trips\n\nFlag of Burma (1948-1974).svg  Burma December 1954 [4]\n"
    )[2]
    years = flag_year_spans(body)
    assert [body[s:e] for s, e in years] == ["(1948-1974).svg"]
    assert not flag_year_spans("Flag of Switzerland (Pantone).svg  x")


def test_a_header_glued_after_date_s_is_a_header():
    assert is_header("CountryAreas visitedDate(s)PurposeNotes")


@pytest.mark.model
def test_a_visitor_surname_ends_at_the_country_cell(nlp):
    text = (
        "Visits By Foreign Leaders in 1960\n\n"
        "Visitor From Description Date\n"
        "President Goulart Brazil Official visit. Afterwards visited Omaha (Nebraska)."
        " April 3–5, 1962\n"
        "Prime Minister Ben-Gurion Israel Unofficial visit. Also visited Boston "
        "(Massachusetts). March 9–13, 1960\n"
        "President de Gaulle France State visit. Afterwards visited New Orleans "
        "(Louisiana). April 22–26, 1960\n"
        "Prime Minister Holland New Zealand Unofficial visit. June 20–23, 1955\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("João Goulart",), "Omaha", "USA", "1962-04") in got
    assert ("visit", ("David Ben-Gurion",), "Boston", "USA", "1960-03") in got
    assert ("visit", ("Charles de Gaulle",), "New Orleans", "USA", "1960-04") in got
    assert ("visit", ("Sidney Holland",), None, "USA", "1955-06") in got
    names = {n for e in got for n in e[1]}
    assert not names & {"Goulart Brazil", "Ben", "Prime Minister"}


@pytest.mark.model
def test_a_row_going_on_abroad_is_a_visit_there(nlp):
    text = (
        "Visits By Foreign Leaders in 1953\n\n"
        "Visitor From Description Date\n"
        "Prime Minister Menzies Australia Informal discussions en route to London."
        " June 1–3, 1953\n"
        "Chancellor Adenauer Germany, Federal Republic of Official visit. Private "
        "visit to Greenwich (Connecticut). May 27–29, 1957\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Robert Menzies",), "London", "GBR", "1953-06") in got
    assert not [e for e in got if e[3] == "GBR" and e[1] == ("Konrad Adenauer",)]


@pytest.mark.model
def test_a_locale_cell_of_several_towns_is_one_trip(nlp):
    text = (
        "Secretary Travels to Brazil\n\n"
        "Name Locale Remarks Date\n"
        "Dean Rusk Rio de Janeiro, Sao Paulo, Santos Official visit. "
        "November 16–24, 1965\n"
        "Dean Rusk Brasilia Attended a conference. May 3–5, 1967\n"
    )
    got = _got(nlp, text)
    rusk = {e for e in got if e[1] == ("Dean Rusk",) and e[4] == "1965-11"}
    assert rusk == {("visit", ("Dean Rusk",), None, "BRA", "1965-11")}
    assert ("visit", ("Dean Rusk",), "Brasília", "BRA", "1967-05") in got or (
        "visit", ("Dean Rusk",), "Brasilia", "BRA", "1967-05") in got  # fmt: skip


@pytest.mark.parametrize(
    "header, itemising, locale",
    [
        ("Name Locale Remarks Date", False, True),
        ("CountryLocaleRemarksDate", False, True),
        ("Country Areas visited Date(s)", True, False),
        ("PresidentDatesCountryLocations", True, False),
        ("CountryDate(s)Location(s)", True, False),  # split after ")"
        (None, False, False),
    ],
)
def test_header_columns_read_once(header, itemising, locale):
    """`itemising_header` and `locale_header` read a header's words one way (session
    12, helper review14)."""
    from summitwatch.nlp.table_cells import itemising_header, locale_header

    assert (itemising_header(header), locale_header(header)) == (itemising, locale)


@pytest.mark.parametrize(
    "text, coming_from, routed",
    [
        ("Informal discussions en route to London", False, True),
        ("Informal meeting with Eisenhower on his way to Japan", False, True),
        ("Overnight stop en route from Casablanca", False, False),
        ("Overnight stop en route from Casablanca", True, True),
        ("Official visit to London", False, False),
    ],
)
def test_the_road_to_a_place_is_read_once(text, coming_from, routed):
    """`row_onward` asks `en_route.routed_to` for 'en route to X' (its own phrase
    list gone; session 12, helper review14); 'from X' is where the row came from."""
    import spacy

    from summitwatch.nlp.en_route import routed_to

    doc = spacy.blank("en")(text)
    assert routed_to(doc, len(doc) - 1, coming_from=coming_from) is routed
