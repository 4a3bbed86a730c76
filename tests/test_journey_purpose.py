"""The purpose of a journey under way is ahead of it (nlp/journey_purpose.py): 'is
headed to X for talks with Y', 'is on his way to X for a tour that includes stops in
…' are planned, though told in the present; a journey told in the past is not."""

from __future__ import annotations

from datetime import date

from conftest import article_events


def _rows(nlp, text: str, published: date) -> list[tuple]:
    return sorted(
        (e.type, e.status, tuple(sorted(e.names)), e.location.country or "")
        for e in article_events(nlp, text, published)
    )


def test_talks_a_traveller_is_headed_for_are_planned(nlp):
    text = (
        "Indian Prime Minister Narendra Modi is headed to Germany for talks with "
        "Chancellor Angela Merkel and business leaders."
    )
    rows = _rows(nlp, text, date(2015, 4, 12))
    assert ("meeting", "planned", ("Angela Merkel", "Narendra Modi"), "DEU") in rows
    assert not any(r[1] == "occurred" for r in rows)


def test_stops_of_a_tour_a_traveller_is_on_his_way_to_are_planned(nlp):
    text = (
        "President Barack Obama is on his way to Kenya for the start of a "
        "three-nation tour that also includes stops in Ethiopia and Senegal."
    )
    rows = _rows(nlp, text, date(2015, 7, 24))
    for country in ("ETH", "SEN"):
        assert ("visit", "planned", ("Barack Obama",), country) in rows
        assert ("visit", "occurred", ("Barack Obama",), country) not in rows


def test_talks_a_traveller_headed_for_in_the_past_are_no_plan(nlp):
    text = (
        "Indian Prime Minister Narendra Modi headed to Germany for talks with "
        "Chancellor Angela Merkel in April 2015."
    )
    rows = _rows(nlp, text, date(2016, 1, 10))
    assert ("meeting", "occurred", ("Angela Merkel", "Narendra Modi"), "DEU") in rows
