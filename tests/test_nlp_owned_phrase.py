"""Who takes part in a meeting or trip noun with its owner ('X's talks with Y'):
the owner and the 'with' phrase, not the subject of the clause it sits in
(`roles._owned_phrase`)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]

_ON = date(2019, 5, 10)


def test_an_owned_meeting_as_subject_keeps_its_counterpart(nlp):
    text = (
        "Chancellor Angela Merkel's talks with President Emmanuel Macron in Paris "
        "in March produced a joint statement on trade."
    )
    assert ("Angela Merkel", "Emmanuel Macron") in meeting_pairs(nlp, text, _ON)


def test_a_pronoun_owner_of_a_subject_meeting_is_read(nlp):
    text = (
        "Prime Minister Justin Trudeau spoke to reporters in Ottawa. He said his "
        "meeting in April with President Emmanuel Macron had opened the way to "
        "an agreement."
    )
    assert ("Emmanuel Macron", "Justin Trudeau") in meeting_pairs(nlp, text, _ON)


def test_the_speaker_of_an_owned_meeting_is_no_participant(nlp):
    text = (
        "Angela Merkel said that, on the basis of Macron's talk with Theresa May "
        "in London, she expected progress."
    )
    pairs = meeting_pairs(nlp, text, _ON)
    assert ("Emmanuel Macron", "Theresa May") in pairs
    assert not any("Angela Merkel" in p for p in pairs)


def test_an_owned_trip_takes_no_counterpart_from_the_clause(nlp):
    text = (
        "Prime Minister Justin Trudeau welcomed the visit of President Emmanuel "
        "Macron to Canada a year after Prime Minister Trudeau's visit to France."
    )
    trips = [
        (e.names[0], e.location.country)
        for e in article_events(nlp, text, _ON)
        if e.type == "visit"
    ]
    assert ("Justin Trudeau", "FRA") in trips
    assert not any(
        e.type == "meeting" and e.location.country == "FRA"
        for e in article_events(nlp, text, _ON)
    )
