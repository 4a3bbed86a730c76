"""Constructions found on fresh VOA regional-service pages (session 12, helper
voar13): a headline's verb glued to a name by the NER, and a past relative clause on
a participant that tells the participant's own earlier trip. Hand-written sentences,
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(2013, 10, 24)


def events(nlp, text: str):
    return [
        (e.type, sorted(e.names), e.location.country, e.date)
        for e in article_events(nlp, text, PUBLISHED)
    ]


def test_headline_verb_is_no_part_of_a_name(nlp):
    text = (
        "Obama, Sharif Discuss Trade, Energy, Security\n\n"
        "President Barack Obama met Prime Minister Nawaz Sharif of Pakistan at the "
        "White House on Wednesday."
    )
    names = {n for e in article_events(nlp, text, PUBLISHED) for n in e.names}
    assert not any("Discuss" in n for n in names)
    assert names == {"Barack Obama", "Nawaz Sharif"}  # not vacuous: both read


def test_past_relative_clause_does_not_place_or_date_the_meeting(nlp):
    text = (
        "President Barack Obama met Prime Minister Nawaz Sharif of Pakistan, who "
        "visited Paris in 1999."
    )
    found = events(nlp, text)
    meetings = [e for e in found if e[0] == "meeting"]
    assert meetings and all(e[2] != "FRA" and e[3] != "1999" for e in meetings)


def test_progressive_clause_still_places_the_meeting(nlp):
    text = (
        "Prime Minister Shinzo Abe, who was visiting Nairobi, held a meeting with "
        "President Uhuru Kenyatta."
    )
    found = events(nlp, text)
    assert any(e[0] == "meeting" and e[2] == "KEN" for e in found)


@pytest.mark.parametrize(
    "text, verb, earlier",
    [
        ("Nawaz Sharif, who visited Paris in 1999, met Obama.", "visited", True),
        ("Shinzo Abe, who was visiting Nairobi, met Kenyatta.", "visiting", False),
        ("Nawaz Sharif, who visited Paris, met Obama.", "visited", False),
    ],
)
def test_earlier_occasion_is_a_dated_simple_past(nlp, text, verb, earlier):
    """The one test of an earlier occasion, asked by `person_clause` and `visiting`
    (session 12, helper review14): simple past and a date of its own."""
    from summitwatch.nlp.person_clause import earlier_occasion

    doc = nlp(text)
    [clause] = [t for t in doc if t.text == verb]
    assert earlier_occasion(clause) is earlier
