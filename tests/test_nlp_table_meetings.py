"""Meetings in trip and visit tables (issue #10, class 6, helper meetA): a table a
mirror flattened to one cell a line, rows that continue the traveller of the row
above, and counterparts named by office and a double surname. Every table here is
made up for the test (people the KB knows, on dates that fit their offices)."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest import article_from_text
from summitwatch.ingest.stacked_cells import join_stacked_cells

STACKED = (
    "Leader |\nDate |\nPlace |\nNotes |\n"
    "Ann Smith |\n07 !March 3, 1990 |\nLima |\nState visit. |\n"
    "08 !May 4–6, 1991 |\nQuito |\nInformal visit. |\n"
    "Bob Jones |\n09 !June 1, 1992 |\nCusco |\nAttended a conference. |\n"
)


def test_one_cell_a_line_is_joined_back_into_rows():
    """The header, a rule, and one line a row; the row that continues the row
    span above has no traveller cell; the row-number markup '07 !' is dropped."""
    lines = join_stacked_cells(STACKED).split("\n")
    assert lines[:2] == ["Leader | Date | Place | Notes |", "---|---|---|---|"]
    assert lines[2] == "Ann Smith | March 3, 1990 | Lima | State visit. |"
    assert lines[3] == "May 4–6, 1991 | Quito | Informal visit. |"
    assert lines[4] == "Bob Jones | June 1, 1992 | Cusco | Attended a conference. |"


def test_cells_without_separators_and_an_empty_cell_are_joined_too():
    """The same layout without separators, under a year heading: a row whose
    Locations cell is empty has one line fewer, and the next row still starts at
    its country."""
    text = (
        "1990\nCountry\nLocations\nDates\nDetails\n"
        "Peru\nLima\n3–4 March\nState visit.\n"
        "Chile\n7 May\nWorking visit.\n"
        "Ecuador\nQuito\n1–2 June\nAttended a summit.\n"
    )
    assert join_stacked_cells(text).rstrip("\n").split("\n") == [
        "1990",
        "Country | Locations | Dates | Details |",
        "---|---|---|---|",
        "Peru | Lima | 3–4 March | State visit. |",
        "Chile | 7 May | Working visit. |",
        "Ecuador | Quito | 1–2 June | Attended a summit. |",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Home |\nAbout |\nContact |\nNews |\nShop |\n",  # a menu: no dated rows
        "Total |\n3 |\nMay 4, 1991 |\nLima |\n",  # too few dated rows
    ],
)
def test_one_cell_lines_that_are_no_table_are_left_alone(text):
    assert join_stacked_cells(text) == text


pytest.importorskip("spacy")


def _read(nlp, text: str) -> set[tuple]:
    return {
        (e.type, tuple(sorted(e.names)), e.location.country, e.date)
        for e in article_events_of(nlp, text)
    }


@pytest.mark.model
def test_stacked_rows_of_a_row_span_keep_the_traveller_and_meet_by_title(nlp):
    """Trips to one country, one cell a line: a row without a President cell is the
    president above's, and 'met with President <double surname>' is the leader
    of that name on the row's date."""
    text = (
        "President |\nDates |\nCities |\nReason |\n"
        "Jimmy Carter |\n01 !February 14–16, 1979 |\nMonterrey |\n"
        "State visit; met with President José López Portillo. |\n"
        "02 !October 3, 1980 |\nMonterrey |\n"
        "Informal meeting with President López Portillo. |\n"
        "Ronald Reagan |\n03 !January 5, 1982 |\nMonterrey |\n"
        "Met with President López Portillo. |\n"
    )
    got = _read(nlp, text)
    for traveller, when in [
        ("Jimmy Carter", "1979-02"),
        ("Jimmy Carter", "1980-10-03"),
        ("Ronald Reagan", "1982-01-05"),
    ]:
        names = tuple(sorted([traveller, "José López Portillo"]))
        assert ("meeting", names, "MEX", when) in got


def _trips(traveller: str, rows: str) -> str:
    return (
        f"List of international trips made by {traveller}\n\n"
        "Country | Locations | Dates | Details |\n"
        "---|---|---|---|\n" + rows
    )


@pytest.mark.model
def test_a_leader_meets_a_foreign_minister_named_in_a_row(nlp):
    """A head of government's row that names a foreign secretary of state after a
    meeting word: that is a meeting, as her talks with the prime ministers are."""
    text = _trips(
        "Jacinda Ardern",
        "Japan | Tokyo | 20–21 April 2022 | Ardern held talks with Prime Minister "
        "Fumio Kishida. |\n"
        "Fiji | Suva | 12 May 2022 | Ardern held bilateral meetings with US Secretary "
        "of State Antony Blinken. |\n"
        "Australia | Sydney | 10 June 2022 | Ardern met with Prime Minister Anthony "
        "Albanese. |\n",
    )
    got = _read(nlp, text)
    assert ("meeting", ("Antony Blinken", "Jacinda Ardern"), "FJI", "2022-05-12") in got


@pytest.mark.model
def test_a_minister_meeting_ministers_abroad_is_no_meeting(nlp):
    """A secretary of state's trips: the foreign ministers he met are his peers,
    not a leader's counterparts (dev 044's convention); the leader he met is."""
    text = _trips(
        "Antony Blinken",
        "Japan | Tokyo | 20 April 2022 | Met with Foreign Minister Yoshimasa "
        "Hayashi. |\n"
        "Fiji | Suva | 12 May 2022 | Met with Prime Minister Frank Bainimarama. |\n"
        "Australia | Sydney | 10 June 2022 | Met with Foreign Minister Penny Wong. |\n",
    )
    got = _read(nlp, text)
    met = {names for kind, names, _, _ in got if kind == "meeting"}
    assert met == {("Antony Blinken", "Frank Bainimarama")}


@pytest.mark.model
def test_compatriots_at_a_counterparts_occasion_join_that_gathering(nlp):
    """'attended the inauguration of X with Governor-General Y': Y (the
    traveller's compatriot) was at X's occasion too, one gathering of the three,
    placed in the row's city, not in the city a later clause names; X met again in
    a later clause is a second meeting."""
    text = _trips(
        "Anthony Albanese",
        "Indonesia | Jakarta | 20 October 2024 | Albanese attended the inauguration "
        "of President Prabowo Subianto with Governor-General Sam Mostyn. Afterwards "
        "Albanese toured a school in Bogor. The next day he met with Prabowo in "
        "Bogor. |\n"
        "Japan | Tokyo | 3 November 2024 | Albanese met with Prime Minister Shigeru "
        "Ishiba. |\n"
        "Fiji | Suva | 9 November 2024 | Albanese toured a hospital with Foreign "
        "Minister Penny Wong. |\n",
    )
    got = _read(nlp, text)
    group = ("Anthony Albanese", "Prabowo Subianto", "Sam Mostyn")
    assert ("meeting", group, "IDN", "2024-10-20") in got
    events = article_events_of(nlp, text)
    [gathering] = [e for e in events if len(e.participants) == 3]
    assert gathering.location.city == "Jakarta"
    # the same counterpart met again in a later clause: a meeting of its own there
    again = [
        e for e in events if set(e.names) == {"Anthony Albanese", "Prabowo Subianto"}
    ]
    assert [e.location.city for e in again] == ["Bogor"]
    # with no counterpart in her clause, a minister along is only his party
    assert not any("Penny Wong" in names for _, names, _, _ in got)


def article_events_of(nlp, text: str) -> list:
    from summitwatch.process import process

    article = article_from_text(text, source="t.txt", published=date(2025, 1, 1))
    return process(article, nlp)


@pytest.mark.model
def test_numbered_rows_and_a_list_of_offices_after_meetings_with(nlp):
    """'2 May 14, 2019  Belgium Brussels Meetings with A; B; the President of X, C':
    the row's number is no day ('2 May'), and every person the ';' list after
    'Meetings with' names, office first, is met."""
    text = (
        "List of international presidential trips made by Iván Duque\n\n"
        "2019\n\nDates Country Locations Details\n"
        "1 February 11, 2019  Peru Lima Meeting with President Martín Vizcarra\n"
        "2 May 14, 2019  Belgium Brussels Meetings with the NATO Secretary General, "
        "Jens Stoltenberg; the President of the European Council, Donald Tusk and "
        "the President of the European Commission, Jean-Claude Juncker.\n"
        "3 June 20, 2019  Spain Madrid Meeting with Prime Minister Pedro Sánchez\n"
    )
    got = _read(nlp, text)
    for other in ("Jens Stoltenberg", "Donald Tusk", "Jean-Claude Juncker"):
        names = tuple(sorted(["Iván Duque", other]))
        assert ("meeting", names, "BEL", "2019-05-14") in got
    assert ("meeting", ("Iván Duque", "Martín Vizcarra"), "PER", "2019-02-11") in got


@pytest.mark.model
def test_flattened_rows_wrapped_after_their_date_cell(nlp):
    """'President Dates Locations Notes' flattened to lines: a row opens with the
    president (or, continuing his row span, with its date) and its Locations and
    Notes cells wrap onto the next lines; the notes belong to the row above, not
    to the next dated line."""
    text = (
        "United States presidential visits to Japan\n\n"
        "President Dates Locations Notes\n"
        "Jimmy Carter June 24-29, 1979 Tokyo,\n"
        "Shimoda\n"
        "State visit; met with Prime Minister Masayoshi Ōhira.\n"
        "July 9-10, 1980 Tokyo Attended memorial services.\n"
        "Ronald Reagan November 9-12, 1983 Tokyo,\n"
        "Kyoto\n"
        "Met with Prime Minister Yasuhiro Nakasone.\n"
    )
    got = _read(nlp, text)
    assert ("meeting", ("Jimmy Carter", "Masayoshi Ōhira"), "JPN", "1979-06") in got
    assert ("meeting", ("Ronald Reagan", "Yasuhiro Nakasone"), "JPN", "1983-11") in got
    assert ("visit", ("Jimmy Carter",), "JPN", "1980-07") in got


@pytest.mark.model
def test_counterparts_at_one_occasion_are_one_group(nlp):
    """'Conference with A, B and C', 'a luncheon hosted by A and B': one gathering
    of all of them (rule 2); 'attended the summit and met with A and B' is pairs."""
    text = _trips(
        "Dwight D. Eisenhower",
        "France | Paris | December 18–21, 1959 | Conference with President Charles "
        "de Gaulle, Prime Minister Harold Macmillan and Chancellor Konrad "
        "Adenauer. |\n"
        "Italy | Rome | December 4–6, 1959 | Attended a summit and met with President "
        "Giovanni Gronchi and Prime Minister Antonio Segni. |\n"
        "Spain | Madrid | December 21–22, 1959 | Met with Generalissimo Francisco "
        "Franco. |\n",
    )
    got = _read(nlp, text)
    four = ("Charles de Gaulle", "Dwight D. Eisenhower", "Harold Macmillan",
            "Konrad Adenauer")  # fmt: skip
    assert ("meeting", tuple(sorted(four)), "FRA", "1959-12") in got
    pairs = {names for kind, names, country, _ in got if country == "ITA"}
    assert pairs == {
        ("Dwight D. Eisenhower", "Giovanni Gronchi"),
        ("Antonio Segni", "Dwight D. Eisenhower"),
    }


@pytest.mark.model
def test_a_country_after_a_counterparts_name_is_no_destination(nlp):
    """'| | Beijing | … Also met with Prince Sihanouk of Cambodia.': the row (its
    country cell an empty flag cell) went to Beijing; Cambodia is whose he is,
    as Belgium is whose kings were met in Tokyo."""
    text = (
        "List of international presidential trips made by George H. W. Bush\n\n"
        "== 1989 ==\n"
        "| | Country | Areas visited | Dates | Details |\n"
        "| 1 | | Ottawa | February 10 | Met with Prime Minister Brian Mulroney. |\n"
        "| 2 | | Tokyo | February 24 | Met with Emperor Akihito of Japan and the "
        "kings of Belgium and Spain. |\n"
        "| 2 | | Beijing | February 25–27 | Met with Premier Li Peng. Also met with "
        "Prince Sihanouk of Cambodia. |\n"
        "| 3 | | Seoul | February 27 | Official visit. |\n"
    )
    got = _read(nlp, text)
    assert ("meeting", ("George H. W. Bush", "Li Peng"), "CHN", "1989-02") in got
    assert ("meeting", ("Akihito", "George H. W. Bush"), "JPN", "1989-02-24") in got
    assert (
        "meeting",
        ("George H. W. Bush", "Norodom Sihanouk"),
        "CHN",
        "1989-02",
    ) in got


@pytest.mark.model
def test_numbered_rows_after_a_blank_line_continue_the_table(nlp):
    """Rows of a 'Dates Country Locations Details' table that a blank line (a
    wrapped notes paragraph) interrupts are still rows: their numbers say so."""
    text = (
        "List of international presidential trips made by Iván Duque\n\n"
        "2019\n\nDates Country Locations Details\n"
        "1 February 11, 2019  Peru Lima Meeting with President Martín Vizcarra\n"
        "2 March 4, 2019  France Paris Participation in a forum.\n\n"
        "Meeting with business leaders\n\n"
        "3 June 20, 2019  Spain Madrid Meeting with Prime Minister Pedro Sánchez\n"
        "4 July 2, 2019  Ecuador Quito Meeting with President Lenín Moreno\n"
    )
    got = _read(nlp, text)
    assert ("meeting", ("Iván Duque", "Pedro Sánchez"), "ESP", "2019-06-20") in got
    assert ("meeting", ("Iván Duque", "Lenín Moreno"), "ECU", "2019-07-02") in got


@pytest.mark.model
def test_a_year_in_the_notes_does_not_date_the_row(nlp):
    """'| 17–19 November | attended the 2018 APEC Summit, and met with A, B and
    C': the date cell has no year, the section heading gives it (not the
    publication's); the people met after 'met with' are pairs, not the group the
    sentence alone reads."""
    text = (
        "List of international prime ministerial trips made by Scott Morrison\n\n"
        "2018\nCountry\nLocations\nDates\nDetails\n"
        "Indonesia\nJakarta\n31 August–1 September\nMorrison met President Joko "
        "Widodo.\n"
        "Papua New Guinea\nPort Moresby\n17–19 November\nMorrison attended the 2018 "
        "APEC Summit, and met with Chinese President Xi Jinping, Japanese Prime "
        "Minister Shinzo Abe and U.S. Vice President Mike Pence.\n"
        "Argentina\nBuenos Aires\n30 November–2 December\nMorrison attended the "
        "G20 summit.\n"
    )
    got = _read(nlp, text)
    met = {names for kind, names, country, _ in got if country == "PNG"}
    assert met == {
        ("Scott Morrison", "Xi Jinping"),
        ("Scott Morrison", "Shinzo Abe"),
        ("Mike Pence", "Scott Morrison"),
    }
    assert {when for _, _, country, when in got if country == "PNG"} == {"2018-11"}


@pytest.mark.model
def test_a_city_named_again_inside_the_notes_is_no_second_stop(nlp):
    """'West Berlin | … in commemoration of Berlin's 750th anniversary; met with
    Chancellor Helmut Kohl': one city, the place cell's; the meeting is there."""
    text = (
        "United States presidential visits to Germany\n\n"
        "President | Dates | Locations | Notes |\n"
        "---|---|---|---|\n"
        "Ronald Reagan | June 11-12, 1987 | West Berlin | Spoke at Berlin's town "
        "hall; met with Chancellor Helmut Kohl. |\n"
        "June 12, 1987 | Bonn | Met with Chancellor Kohl. |\n"
        "George H. W. Bush | May 30-31, 1989 | Mainz | Delivered a speech. |\n"
    )
    got = {
        (e.type, e.location.city, e.date)
        for e in article_events_of(nlp, text)
        if "Ronald Reagan" in e.names
    }
    assert got == {
        ("meeting", "West Berlin", "1987-06"),
        ("meeting", "Bonn", "1987-06-12"),
    }


@pytest.mark.model
def test_a_reason_for_visit_column_and_a_year_in_the_reason(nlp):
    """'Date(s) Country Reason for visit Notes' is a header; a row 'November
    14–16  Turkey 2015 G-20 Antalya summit Met separately with A and B' takes its
    year from the section heading (the date cell has none; the 2015 is the
    summit's name), and each person met is a meeting of the list's subject."""
    text = (
        "List of international prime ministerial trips made by Justin Trudeau\n\n"
        "2015\n\nDate(s) Country Reason for visit Notes\n"
        "November 14–16  Turkey 2015 G-20 Antalya summit Met separately with "
        "German Chancellor Angela Merkel and Chinese President Xi Jinping.\n"
        "November 24–26  United Kingdom Official Visit Bilateral talks with "
        "British Prime Minister David Cameron in London.\n"
        "November 28–30  France 2015 United Nations Climate Change Conference Met "
        "separately with French President François Hollande.\n"
    )
    got = _read(nlp, text)
    for other, country in [
        ("Angela Merkel", "TUR"),
        ("Xi Jinping", "TUR"),
        ("David Cameron", "GBR"),
        ("François Hollande", "FRA"),
    ]:
        names = tuple(sorted(["Justin Trudeau", other]))
        assert ("meeting", names, country, "2015-11") in got
