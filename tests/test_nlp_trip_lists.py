"""Government pages (issue #10, helper s5-fresh2): announced trip lists whose first
stop is at home, release headlines naming the traveller before 'Travel to', and
undated precedents named as someone's ('our previous meeting'). Hand-written
sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def visits(nlp, text: str, published: date) -> dict[str, tuple]:
    found = article_events(nlp, text, published)
    return {
        e.location.country: (e.participants[0].name, e.status, e.location.city)
        for e in found
        if e.type == "visit"
    }


def test_a_list_opening_at_home_keeps_its_stops_abroad(nlp):
    text = (
        "Secretary of State John Kerry will travel to Alaska, Norway, Finland and "
        "Estonia June 3-9."
    )
    found = visits(nlp, text, date(2016, 5, 30))
    for country in ("NOR", "FIN", "EST"):
        assert found.get(country, ("",))[:2] == ("John Kerry", "planned"), country
    assert "USA" not in found


def test_a_single_foreign_stop_after_home_is_no_listed_trip(nlp):
    text = "President Barack Obama will travel to Texas and Mexico next week."
    found = visits(nlp, text, date(2013, 4, 26))
    assert "USA" not in found


def test_a_headline_naming_the_traveller_lists_the_trip_cities(nlp):
    text = (
        "Secretary Clinton Travel to Lima, Quito and Santiago\n\n"
        "Press Statement\nPhilip Crowley\nAssistant Secretary\n\n"
        "Secretary of State Hillary Clinton will travel to Lima, Peru, on June 6.\n"
    )
    found = visits(nlp, text, date(2010, 6, 1))
    assert found.get("ECU") == ("Hillary Clinton", "planned", "Quito")
    assert found.get("CHL") == ("Hillary Clinton", "planned", "Santiago")
    assert all(who != "Philip Crowley" for who, _, _ in found.values())


def test_an_earlier_meeting_named_as_theirs_keeps_no_news_year(nlp):
    text = (
        "Chancellor Olaf Scholz said that relations with Japan had grown since his "
        "previous meeting in Berlin with Prime Minister Fumio Kishida."
    )
    found = article_events(nlp, text, date(2023, 3, 18))
    [meeting] = [e for e in found if e.type == "meeting"]
    assert (meeting.location.city, meeting.date) == ("Berlin", None)


def test_a_trip_told_in_a_past_relative_clause_keeps_no_news_year(nlp):
    text = (
        "President Lula said his visit to Angola, which was made at a difficult "
        "moment, showed the country's commitment to Africa."
    )
    found = article_events(nlp, text, date(2023, 9, 12))
    [visit] = [e for e in found if e.type == "visit"]
    assert (visit.location.country, visit.date) == ("AGO", None)


def test_the_day_s_own_meeting_named_as_theirs_keeps_its_year(nlp):
    text = "His discussions with President Lula strengthened cooperation, Biden said."
    found = article_events(nlp, text, date(2023, 9, 21))
    meetings = [e for e in found if e.type == "meeting"]
    assert all(m.date and m.date.startswith("2023") for m in meetings)
