"""Who takes part in a meeting or trip noun with its owner ('X's talks with Y'):
the owner and the 'with' phrase, not the subject of the clause it sits in
(`roles._owned_phrase`)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]

_ON = date(2019, 5, 10)


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


# -- an infinitive on a trip, road or description noun (`infinitive_owner`)


def test_on_the_way_to_see_someone_the_traveller_sees_him(nlp):
    text = (
        "Emmanuel Macron left Paris on Monday. He will stop in Berlin on the way "
        "to see Angela Merkel."
    )
    pairs = meeting_pairs(nlp, text, _ON)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs


def test_the_first_leader_to_be_received_is_the_subject(nlp):
    text = (
        "In May, Emmanuel Macron became the first foreign leader to be received "
        "by King Charles III."
    )
    assert ("Charles III", "Emmanuel Macron") in meeting_pairs(nlp, text, _ON)
