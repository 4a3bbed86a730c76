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
