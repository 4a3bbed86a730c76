"""Trip lists and visit tables as fresh pages render them (session 10, real 420–427):
a visitor cell run into remarks that open with any word, funeral rows (the dead
are met by nobody), and the host who invited a visitor. Every table here is made
up for the test: people and places the KB knows, dates that fit their offices."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text, unglue_cells

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402

pytestmark = [pytest.mark.model]


def _got(nlp, text: str, published=date(2024, 1, 1)) -> set[tuple]:
    return {
        (e.type, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, clean_text(text)[2], published)
    }  # as `summitwatch extract` reads a page: cleaned first


def test_a_visitor_cell_is_cut_from_remarks_whatever_their_first_word():
    row = "Prime Minister ThatcherSigned two accords.February 26–28, 1981"
    assert unglue_cells(row).startswith("Prime Minister Thatcher; Signed two accords.")
    row = "President de GaulleAfterwards toured Houston.April 22–26, 1960"
    assert unglue_cells(row).startswith("President de Gaulle; Afterwards")
    # a name with two lower-case letters before its capital, prose without a date cell
    assert "MacArthur" in unglue_cells("General MacArthur spoke on April 19, 1951")
    assert unglue_cells("Chancellor KohlGuest of the President") == (
        "Chancellor KohlGuest of the President"
    )


def test_glued_visit_rows_give_each_visitor_his_trip(nlp):
    text = (
        "Visits By Foreign Leaders of Several Countries\n\n"
        "Prime Minister ThatcherSigned two accords. Afterwards visited Houston (Texas)."
        "February 26–28, 1981\n"
        "Chancellor SchmidtGuest of the President. Visited Chicago.May 20–22, 1981\n"
        "President MitterrandAt the invitation of the President. Afterwards visited "
        "Atlanta (Georgia).March 22–24, 1984\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Margaret Thatcher",), None, "USA", "1981-02") in got
    assert ("visit", ("Margaret Thatcher",), "Houston", "USA", "1981-02") in got
    assert ("visit", ("Helmut Schmidt",), None, "USA", "1981-05") in got
    assert ("visit", ("François Mitterrand",), "Atlanta", "USA", "1984-03") in got
    assert not any(
        len(e[1]) == 1 and e[1][0].endswith(("Signed", "Guest")) for e in got
    )


def test_a_funeral_row_is_no_meeting_with_the_dead(nlp):
    text = (
        "Visits By Foreign Leaders of Ireland\n\n"
        "President de ValeraAttended funeral of President Kennedy."
        "November 24–25, 1963\n"
        "Prime Minister LemassInformal visit. Visited Boston.October 14–16, 1963\n"
        "Prime Minister LynchOfficial visit. Visited Chicago.November 8–9, 1967\n"
    )
    got = _got(nlp, text)
    assert not [e for e in got if "John F. Kennedy" in e[1]]
    assert ("visit", ("Eamon de Valera",), None, "USA", "1963-11") in got


def test_the_host_who_invited_a_visitor_is_his_inviter_not_someone_met(nlp):
    text = (
        "Visits By Foreign Leaders of Italy\n\n"
        "Prime Minister De GasperiAt the invitation of President Truman. Afterwards "
        "visited Chicago.January 5–10, 1947\n"
        "Prime Minister FanfaniAt the invitation of the President. Conferred with "
        "President Eisenhower.July 29–30, 1958\n"
        "President GronchiState visit. Visited Boston.February 27–29, 1956\n"
    )
    got = _got(nlp, text)
    invited = {e[1] for e in got if e[0] == "invitation"}
    assert ("Harry S. Truman", "Alcide De Gasperi") in invited
    assert ("Dwight D. Eisenhower", "Amintore Fanfani") in invited  # named in the row
    met = {e[1] for e in got if e[0] == "meeting"}
    assert ("Alcide De Gasperi", "Harry S. Truman") not in met
    assert ("Amintore Fanfani", "Dwight D. Eisenhower") in met


def test_a_town_the_kb_lacks_is_a_stop_when_its_state_follows(nlp):
    text = (
        "Visits By Foreign Leaders of Italy\n\n"
        "President GronchiState visit. Afterwards visited Yorktown (Va.) and Mystic "
        "(Connecticut).February 27–29, 1956\n"
        "Prime Minister SegniOfficial visit. Visited Boston.January 15–17, 1960\n"
        "Prime Minister FanfaniInformal visit. Visited Chicago.July 29–30, 1958\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Giovanni Gronchi",), "Yorktown", "USA", "1956-02") in got
    assert ("visit", ("Giovanni Gronchi",), "Mystic", "USA", "1956-02") in got


def test_rows_without_years_take_the_term_start_and_roll_on(nlp):
    text = (
        "This is a list of trips made by Margaret Thatcher during her premiership, "
        "which began on 4 May 1979.\n"
        "Country | Areas visited | Dates | Details |\n"
        "---|---|---|---|\n"
        "1 | France | Paris | November 19–20 | Met with President Valéry Giscard "
        "d'Estaing. |\n"
        "Country | Areas visited | Dates | Details |\n"
        "---|---|---|---|\n"
        "2 | Italy | Rome | February 21 | Met with Prime Minister Francesco "
        "Cossiga. |\n"
    )
    got = _got(nlp, text)
    dates = {e[1][1]: e[4] for e in got if e[0] == "meeting"}
    assert dates["Valéry Giscard d'Estaing"] == "1979-11"
    assert dates["Francesco Cossiga"] == "1980-02-21"


def test_a_year_heading_a_mirror_ran_its_edit_link_into_dates_the_rows(nlp):
    text = (
        "List of international trips made by Angela Merkel\n"
        "[edit]2015\n"
        "[edit]Country | Location(s) | Date | Details |\n"
        "---|---|---|---|\n"
        "Russia | Moscow | 10 May | Met with Russian President Vladimir Putin. |\n"
        "Japan | Tokyo | 9 March | Met with Prime Minister Shinzo Abe. |\n"
    )
    got = _got(nlp, text)
    assert (
        "meeting",
        ("Angela Merkel", "Vladimir Putin"),
        "Moscow",
        "RUS",
        "2015-05-10",
    ) in got


def test_every_item_of_a_place_cell_is_a_stop_in_the_rows_country(nlp):
    text = (
        "List of international trips made by Pierre Trudeau\n"
        "1975\n"
        "# | Country | Areas visited | Dates | Details |\n"
        "---|---|---|---|---|\n"
        "1 | United Kingdom | London, Balmoral | March 10–12 | Met with Prime Minister "
        "Harold Wilson. |\n"
        "2 | Canada | Ottawa, Montebello | July 19–21 | Hosted a conference. |\n"
        "3 | France | Paris, France | October 2–3 | Met with President Valéry Giscard "
        "d'Estaing. |\n"
    )
    got = _got(nlp, text)
    assert ("visit", ("Pierre Trudeau",), "Balmoral", "GBR", "1975-03") in got
    assert not [e for e in got if e[2] == "France"]  # the town's country, no stop


def test_a_row_that_names_another_country_went_there(nlp):
    text = (
        "Visits By Foreign Leaders of Italy\n\n"
        "Prime Minister AndreottiOfficial visit. Visited Chicago.July 24–27, 1977\n"
        "Prime Minister CossigaAttended Economic Summit Meeting in Toronto, Canada."
        "June 19–21, 1988\n"
        "President LeoneState visit. Visited Boston.September 25–28, 1974\n"
    )
    got = _got(nlp, text)
    assert any(e[1] == ("Francesco Cossiga",) and e[3] == "CAN" for e in got)
    assert not any(e[1] == ("Francesco Cossiga",) and e[3] == "USA" for e in got)
    assert ("visit", ("Giovanni Leone",), "Boston", "USA", "1974-09") in got


def test_the_lists_owner_from_its_title_line_after_furniture_or_named_twice(nlp):
    for lead in (
        "Jump to content\n\nList of international trips made by Angela Merkel\n\n",
        "List of international trips made by Angela Merkel\n\n"
        "Source: an encyclopedia.\n"
        "Map of the countries visited by Angela Merkel as chancellor\n\n",
    ):
        text = lead + (
            "2006\n\n"
            "Country Location(s) Dates Details\n"
            "1  France Paris 10–11 March Merkel met with President Jacques Chirac.\n"
            "2  Russia Tomsk 26–27 April Merkel met with President Vladimir Putin.\n"
        )
        got = _got(nlp, text)
        assert ("Angela Merkel", "Jacques Chirac") in {e[1] for e in got}, lead
