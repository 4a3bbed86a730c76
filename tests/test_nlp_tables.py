"""Flattened trip tables and visit lists (issue #10, class 6): one row, one event."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.models import Article
from summitwatch.nlp.table_context import (
    header_rows,
    heading_year,
    is_header,
    with_year,
)

pytest.importorskip("spacy")


def _events(text: str, published: date):
    from summitwatch.process import extract_article

    return extract_article(Article(text=text, published=published))


def test_header_and_wrapped_rows():
    text = (
        "Kim (2001–2011)\n\nCountry Areas visited Date(s) Notes\n"
        " Nepal Kathmandu\nMithila\n23–25 April 1965 [2]\n Burma 20–23 December 1965\n"
    )
    assert is_header("# Country Location Date Details")
    assert not is_header("Johnson met with Chancellor Angela Merkel.")
    assert is_header("PresidentDatesCountriesLocationsKey details")  # run together
    assert is_header("CountryAreas visitedDatesDetails")
    assert not is_header("BonnMet with Chancellor Helmut Kohl.")
    rows = header_rows(text)
    assert [r.text.split()[0] for r in rows] == ["Nepal", "Burma"]
    assert "Mithila" in rows[0].text


def test_year_from_section_heading():
    text = "2019\n\n# Country Location Date Details\n1 Germany Berlin 21–22 August x\n"
    at = text.index("1 Germany")
    assert heading_year(text, at) == "2019"
    assert with_year("2023-08", "Germany Berlin 21–22 August", "2019") == "2019-08"
    assert with_year("1965-04", "Nepal 23–25 April 1965", "2019") == "1965-04"


def test_trip_table_under_a_heading_with_the_traveller():
    text = (
        "List of trips made by prime ministers of Ruritania\n\n"
        "Angela Merkel (2005–2021)\n\n"
        "Country Areas visited Date(s) Purpose(s) Notes\n"
        " Egypt Cairo 5–10 October 2014 Conference\n"
        " Canada Ottawa 9 June 2015 Talks\n"
        " Soviet Union Tashkent 4–10 January 2016 Declaration\n"
    )
    got = {(e.names[0], e.location.city, e.location.country, (e.date or "")[:4])
           for e in _events(text, date(2024, 1, 1))}  # fmt: skip
    assert ("Angela Merkel", "Cairo", "EGY", "2014") in got
    assert ("Angela Merkel", "Ottawa", "CAN", "2015") in got
    assert ("Angela Merkel", "Tashkent", "UZB", "2016") in got  # rule 7


def test_visit_list_rows_by_title_with_meeting_and_extra_stops():
    text = (
        "Visits By Foreign Leaders in 1966\n\nVisitor From Description Date\n"
        "King Faisal Saudi Arabia State visit. In U.S. June 20–30; visited "
        "Williamsburg and Chicago June 21–23, 1966\n"
        "Prime Minister Jens Otto Krag Denmark Private visit. visited Omaha. "
        "Met with President Johnson April 27. April 22–27, 1966\n"
        "Prime Minister Harold Wilson United Kingdom Informal visit. July 28–29, 1966\n"
    )
    events = _events(text, date(2012, 1, 1))
    got = {(e.type, tuple(e.names), e.location.city, e.location.country)
           for e in events}  # fmt: skip
    assert ("visit", ("Faisal of Saudi Arabia",), None, "USA") in got
    assert ("visit", ("Faisal of Saudi Arabia",), "Chicago", "USA") in got
    assert ("meeting", ("Jens Otto Krag", "Lyndon B. Johnson"), None, "USA") in got
    assert ("visit", ("Jens Otto Krag",), "Omaha", "USA") in got
    assert ("visit", ("Harold Wilson",), None, "USA") in got
    assert not any(e.location.country in ("SAU", "DNK", "GBR") for e in events)


def test_prose_itinerary_itemises_its_stops_and_names_the_monarch():
    text = (
        "State visit by Mahendra of Nepal to the United States\n\n"
        "King Mahendra of Nepal had a state visit to the United States in 1960 and "
        "1967. In the first visit, he went to Washington, Honolulu, Chicago and "
        "Dallas.\n"
    )
    got = {(e.names[0], e.location.city, (e.date or "")[:4])
           for e in _events(text, date(2023, 5, 1)) if e.type == "visit"}  # fmt: skip
    for city in ("Honolulu", "Chicago", "Dallas"):
        assert ("Mahendra of Nepal", city, "1960") in got


def test_pronoun_itinerary_in_a_narrative_takes_its_latest_year():
    text = (
        "King Mahendra of Nepal arrived in Washington on 27 April 1960.\n\n"
        "After the capital, a tour of the country started. Later, he visited "
        "Knoxville in Tennessee, Chicago and Dallas.\n"
    )
    got = {(e.names[0], e.location.city, (e.date or "")[:4])
           for e in _events(text, date(2023, 5, 1)) if e.type == "visit"}  # fmt: skip
    for city in ("Knoxville", "Chicago", "Dallas"):
        assert ("Mahendra of Nepal", city, "1960") in got


def _rows(events):
    return {(e.type, tuple(sorted(e.names)), e.location.city, e.location.country)
            for e in events}  # fmt: skip


TRIP_TABLE = (
    "List of international prime ministerial trips made by Narendra Modi\n\n"
    "Country | Areas visited | Date(s) | Purpose(s) | Details |\n"
    "---|---|---|---|---|\n"
)


def test_row_host_named_before_holding_talks_is_the_meeting_at_the_row_city():
    text = TRIP_TABLE + (
        "Saudi Arabia | Riyadh | 2 March 2019 | Official visit | Mohammed bin Salman "
        "in Riyadh, holding talks on trade and energy. |\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    pair = ("Mohammed bin Salman", "Narendra Modi")
    assert ("meeting", pair, "Riyadh", "SAU") in got
    assert ("visit", ("Narendra Modi",), "Riyadh", "SAU") not in got  # rule 1


def test_row_of_two_cities_puts_an_unplaced_meeting_in_the_capital():
    text = TRIP_TABLE + (
        "Kenya | Mombasa, Nairobi | 5–6 July 2016 | Official visit | Met with "
        "traders in Mombasa, and with President Uhuru Kenyatta. |\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert ("meeting", ("Narendra Modi", "Uhuru Kenyatta"), "Nairobi", "KEN") in got
    assert ("visit", ("Narendra Modi",), "Mombasa", "KEN") in got


def test_flattened_row_city_cell_the_ner_leaves_untagged():
    text = (
        "List of international trips made by Boris Johnson\n\n2017\n\n"
        "# Country Location Date Details\n"
        "1  Spain Marbella 3 May Johnson attended a NATO meeting.\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert ("visit", ("Boris Johnson",), "Marbella", "ESP") in got


def test_city_state_rows_and_sentences_are_in_the_city():
    text = TRIP_TABLE + (
        "Singapore | Marina Bay | 31 May 2018 | Official visit | Shangri-La "
        "Dialogue keynote. |\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert ("visit", ("Narendra Modi",), "Singapore", "SGP") in got
    prose = "President Moon Jae-in arrived in Singapore on 11 July 2018 for talks."
    assert {e.location.city for e in _events(prose, date(2018, 7, 12))} == {"Singapore"}


def test_itinerary_keeps_an_untagged_stop_and_dates_the_second_visit():
    text = (
        "King Mahendra of Nepal had a state visit to the United States in 1960 and "
        "1967. In the first visit, he went to Boston, Salem and Eugene, Chicago and "
        "Dallas. In the second visit, he went to Denver, Cape Kennedy, Chicago and "
        "a ranch in Texas.\n\nLater, he visited Chicago in Illinois, Dallas and "
        "Seattle.\n"
    )
    events = [e for e in _events(text, date(2023, 5, 1)) if e.type == "visit"]
    got = [(e.location.city, (e.date or "")[:4]) for e in events]
    assert ("Eugene", "1960") in got
    assert ("Cape Kennedy", "1967") in got and ("Denver", "1967") in got
    assert got.count(("Chicago", "1960")) == 1  # retold stops are one visit


def test_secretary_row_accompanying_the_president_gives_the_president_a_visit():
    text = (
        "Ghana\n\nSecretary Country Locale Remarks Date\n"
        "Henry Alfred Kissinger Accra Met with General Acheampong. April 28, 1976\n"
        "Cyrus Roberts Vance Accra Accompanied President Carter on a State visit. "
        "March 29–31, 1978\n"
        "James Addison Baker Accra Met with Chairman Rawlings. August 5, 1990\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert ("visit", ("Jimmy Carter",), "Accra", "GHA") in got
    assert ("visit", ("Cyrus Vance",), "Accra", "GHA") in got


def test_row_meeting_with_a_leader_and_spouse_is_one_meeting_of_three():
    text = TRIP_TABLE + (
        "Indonesia | Jakarta, Bogor | 6 July 2019 | State visit. He met with "
        "President Joko Widodo and First Lady Iriana at the Bogor Palace. |\n"
    )
    meetings = [e for e in _events(text, date(2024, 1, 1)) if e.type == "meeting"]
    assert [(sorted(e.names), e.location.city) for e in meetings] == [
        (["Iriana", "Joko Widodo", "Narendra Modi"], "Bogor")
    ]


def test_visit_list_row_arrival_city_is_a_stop_not_the_meeting_place():
    text = (
        "Visits by Foreign Leaders of Ghana\n\nVisitor Description Date\n"
        "President Jerry Rawlings Met with President Clinton during a private "
        "visit. Arrived in Chicago March 9. March 10, 1999\n"
        "President John Kufuor Working visit. May 5, 2005\n"
        "President John Mahama Working visit. March 6, 2013\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert ("meeting", ("Bill Clinton", "Jerry Rawlings"), None, "USA") in got
    assert ("visit", ("Jerry Rawlings",), "Chicago", "USA") in got


def test_trip_page_calls_its_traveller_the_secretary():
    text = (
        "Travel to Ghana, Egypt and Jordan, March 3-9, 2013\n\n"
        "Secretary of State John Kerry traveled to Accra, Ghana, on March 3.\n\n"
        "The Secretary traveled to Cairo, Egypt, on March 5. He met with President "
        "Mohamed Morsi to discuss the economy.\n"
    )
    got = _rows(_events(text, date(2013, 3, 20)))
    assert ("meeting", ("John Kerry", "Mohamed Morsi"), "Cairo", "EGY") in got


def test_issue_10_accompanied_leader_by_title_gets_the_trip_too():
    text = (
        "Brazil\n\n"
        "Henry Alfred Kissinger Brasilia Met with President Geisel. "
        "February 19–21, 1976\n"
        "Warren Minor Christopher Brasilia Accompanied President Carter. "
        "March 29–30, 1978\n"
        "James Addison Baker Brasilia Met with President Collor. August 1–2, 1991\n"
    )
    got = {
        (e.type, e.names[0], e.location.country)
        for e in _events(text, date(2024, 1, 1))
    }
    assert ("visit", "Jimmy Carter", "BRA") in got
    assert ("visit", "Warren Christopher", "BRA") in got


def test_issue_10_row_stops_apart_from_the_meeting():
    text = (
        "Visits by Foreign Leaders of Ruritania\n\n"
        "Prime Minister Nehru Met with President Eisenhower in Washington while "
        "attending UN General Assembly. October 8, 1960\n"
        "President Nasser Met with President Johnson. Arrived in Chicago "
        "March 29. March 30, 1966\n"
        "Prime Minister Nehru Official visit. November 7–10, 1961\n"
    )
    got = {
        (e.type, e.names[0], e.location.city) for e in _events(text, date(2024, 1, 1))
    }
    assert ("visit", "Jawaharlal Nehru", "New York") in got  # the gathering's seat
    assert ("visit", "Gamal Abdel Nasser", "Chicago") in got  # arrived there
    assert ("meeting", "Gamal Abdel Nasser", None) in got  # not met in Chicago


def test_visit_list_row_meets_a_general_secretary_by_title_and_surname():
    text = (
        "Travels Abroad of President Richard Nixon\n\n"
        "Country Locale Remarks Date\n"
        "Austria Salzburg Private stop-over. May 20–22, 1972\n"
        "U.S.S.R. Moscow, Leningrad Met with General Secretary Brezhnev; signed "
        "treaties. May 22–30, 1972\n"
        "Iran Tehran Met with the Shah. May 30–31, 1972\n"
    )
    got = _rows(_events(text, date(2020, 1, 1)))
    pair = ("Leonid Brezhnev", "Richard Nixon")
    assert ("meeting", pair, "Moscow", "RUS") in got


def test_wiki_year_heading_dates_rows_and_their_titled_leaders():
    text = (
        "= List of international trips made by Indira Gandhi =\n\n"
        "==1967==\n"
        "| | Country | Areas visited | Date(s) | Purpose |\n"
        "| 1 | | Washington | 3 May | | Met President Johnson at the White House. |\n"
        "| | London | 5 May | | Brief stop. Met PM Wilson. |\n"
    )
    got = _rows(_events(text, date(2024, 1, 1)))
    assert (
        "meeting",
        ("Indira Gandhi", "Lyndon B. Johnson"),
        "Washington",
        "USA",
    ) in got
    assert ("meeting", ("Harold Wilson", "Indira Gandhi"), "London", "GBR") in got
    assert not any("Mike Johnson" in names for _, names, _, _ in got)


def test_row_titled_leader_with_a_family_name_first_replaces_a_namesake():
    text = (
        "Travels Abroad of President Lyndon B. Johnson\n\n"
        "Country Locale Remarks Date\n"
        "Philippines Manila Attended the Manila Conference. October 23–27, 1966\n"
        "Korea, Republic of Seoul Met with President Park. October 31–November 2, "
        "1966\n"
        "Mexico Ciudad Acuña Informal meeting. December 3, 1966\n"
    )
    seoul = [e for e in _events(text, date(2023, 6, 1)) if e.location.city == "Seoul"]
    assert [sorted(e.names) for e in seoul] == [["Lyndon B. Johnson", "Park Chung-hee"]]


def test_date_first_visit_list_splits_rows_into_columns():
    """'Date Visitor Country Description' (the Historian's earlier editions): the
    date cell opens the row, the visitor ends at his country, even one of another
    era, and the description's stops are visits of their own."""
    text = (
        "Visits to the U.S. by Foreign Heads of State and Government--1880 through "
        "1900\n\nDate Visitor Country Description\n"
        "April 2-6, 1884 King Kamehameha Hawaii Private visit. In U.S. March 30-"
        "April 20, visiting Chicago, Denver (Colorado), and Buffalo (New York).\n"
        "June 1-3, 1890 Emperor Dom Carlos I Portugal Stops included Boston, St. "
        "Louis (Missouri), and Omaha.\n"
        "October 10, 1895 President Morales Chile Sought advice on a dispute.\n"
        "May 5, 1897 President Rojas Chile In U.S. May 1-30, visiting Boston and "
        "Omaha.\n"
        "July 4-8, 1899 Emperor Dom Miguel II Portugal Visited U.S. June 20-July 30; "
        "attended a fair in Chicago.\n"
    )
    events = _events(text, date(2001, 1, 1))
    got = {(tuple(e.names), e.location.city, e.location.country, (e.date or "")[:4])
           for e in events if e.type == "visit"}  # fmt: skip
    for city in (None, "Chicago", "Denver", "Buffalo"):
        assert (("Kamehameha",), city, "USA", "1884") in got
    for city in (None, "Boston", "St. Louis", "Omaha"):
        assert (("Carlos I of Portugal",), city, "USA", "1890") in got
    assert (("Morales",), None, "USA", "1895") in got
    for city in (None, "Boston", "Omaha"):  # one day's stops stay apart
        assert (("Rojas",), city, "USA", "1897") in got
    for city in (None, "Chicago"):  # the stay the row states, and its stop
        assert (("Miguel II of Portugal",), city, "USA", "1899") in got
    assert not any(city == "New York" for _, city, _, _ in got)  # 'Buffalo (New York)'
    assert not any(e.location.country in ("PRT", "CHL") for e in events)


def test_date_first_rows_lend_no_antecedent_and_brackets_name_states():
    """'At the invitation of the President' in one row is not the president of the
    row before; 'Cooperstown (New York)' is a town in a state, not a New York stop."""
    text = (
        "Visits to the U.S. by Foreign Heads of State and Government--1957\n\n"
        "Date Visitor Country Description\n"
        "April 1-3, 1957 President Sukarno Indonesia State visit.\n"
        "May 2-4, 1957 President Fuentes Peru At the invitation of the President. "
        "Afterwards visited Cooperstown (New York) and Boston.\n"
    )
    events = _events(text, date(2001, 1, 1))
    fuentes = [e for e in events if "Fuentes" in e.names]
    assert fuentes and all(e.type == "visit" for e in fuentes)
    assert {e.location.city for e in fuentes} == {None, "Boston"}


def test_date_first_row_towns_named_by_their_state_in_brackets():
    """'Frostburg (Maryland)': a town the KB lacks is a stop when the bracket names
    a state of the destination; 'the Grand Canyon (Arizona)' is a sight."""
    text = (
        "Visits to the U.S. by Foreign Heads of State and Government--1958\n\n"
        "Date Visitor Country Description\n"
        "June 2-5, 1958 President Alvarado Peru State visit. Afterwards visited "
        "Boston, Frostburg (Maryland), Cedar Key (Florida), and the Grand Canyon "
        "(Arizona).\n"
    )
    events = _events(text, date(2001, 1, 1))
    cities = {e.location.city for e in events if "Alvarado" in e.names}
    assert {"Boston", "Frostburg", "Cedar Key"} <= cities
    assert "Grand Canyon" not in cities


def test_header_with_one_column_name_we_lack():
    # a mirror's 'nah.' for 'No.', a 'Purpose / highlights' column: still headers
    # when four known names, a date column and a place column are among them
    assert is_header("nah. Country Locations Dates Details Image")
    assert is_header("President Dates Country Locations Purpose / highlights")
    assert not is_header("Name Dates Details Image highlights")  # no place column
    assert not is_header("The president dates the country visit")  # two unknown


def test_date_led_rows_wrap_their_towns_under_a_glued_header():
    text = (
        "List of visits\n\nPresidentDatesCountriesLocationsKey details\n"
        "Jan Novak [1] May 2–5, 1988Flag of Japan.svg  Japan Tokyo,\nKyoto\n"
        "State visit. Met with Prime Minister Noboru Takeshita.\n"
        "June 1–3, 1988Flag of China.svg  China Beijing State visit.\n"
    )
    rows = header_rows(text)
    assert len(rows) == 2 and "Kyoto" in rows[0].text and "Takeshita" in rows[0].text
    assert rows[1].text.startswith("June 1–3")


def test_towns_wrapped_one_a_line_are_stops_of_the_trip():
    text = (
        "Visits of presidents\n\n"
        "President Dates Country Locations Purpose / highlights\n"
        "Jimmy Carter[1] May 2–5, 1978  Japan Tokyo,\nKyoto\n"
        "State visit. Met with Prime Minister Takeo Fukuda.\n"
        "May 6–7, 1978  South Korea Seoul State visit.\n"
        "May 8, 1978  Thailand Bangkok Visited troops.\n"
    )
    got = {(e.type, e.names[-1], e.location.city)
           for e in _events(text, date(2024, 1, 1))}  # fmt: skip
    assert ("meeting", "Takeo Fukuda", "Tokyo") in got
    assert ("visit", "Jimmy Carter", "Kyoto") in got
    assert ("visit", "Jimmy Carter", "Seoul") in got


def test_a_locations_column_itemises_towns_a_locale_column_places_the_meeting():
    rows = (
        "Jimmy Carter May 2–5, 1978 Japan Tokyo, Kyoto Met with Prime Minister "
        "Takeo Fukuda.\nMay 6–7, 1978 South Korea Seoul State visit.\n"
        "May 8, 1978 Thailand Bangkok Visited troops.\n"
    )
    listed = "Visits of presidents\n\nPresident Dates Country Locations Details\n"
    got = {(e.type, e.names[-1], e.location.city)
           for e in _events(listed + rows, date(2024, 1, 1))}  # fmt: skip
    assert ("visit", "Jimmy Carter", "Kyoto") in got
    locale = (
        "Japan\n\nName Locale Remarks Date\n"
        "Jimmy Carter Tokyo, Kyoto Met with Prime Minister Takeo Fukuda. "
        "May 2–5, 1978\n"
        "Jimmy Carter Tokyo Attended a summit meeting. June 28–29, 1979\n"
        "Ronald Reagan Tokyo State visit. November 9–12, 1983\n"
    )
    got = {(e.type, e.names[-1], e.location.city)
           for e in _events(locale, date(2024, 1, 1))}  # fmt: skip
    assert any(t == "meeting" and n == "Takeo Fukuda" for t, n, _ in got)
    assert ("visit", "Jimmy Carter", "Kyoto") not in got  # dev 044's convention
