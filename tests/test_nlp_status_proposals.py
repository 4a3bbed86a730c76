"""Status of events a diplomatic document proposes or a set-off participle
describes (session 11, helper fresh12; real 433, 435, 437): a recommended
invitation is only proposed, and 'X, accompanied by Y, will travel' is planned,
whatever tense the participle alone would suggest. Short paraphrased sentences
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _rows(nlp, text: str, published: date, kind: str) -> list[tuple]:
    return sorted(
        (e.names[-1], e.location.country or "", e.status)
        for e in article_events(nlp, text, published)
        if e.type == kind
    )


def test_a_recommended_invitation_is_hypothetical(nlp):
    text = (
        "The State Department recommended that Chilean President Carlos Ibáñez "
        "del Campo be invited to the United States in 1957."
    )
    rows = _rows(nlp, text, date(1956, 6, 1), "invitation")
    assert rows == [("Carlos Ibáñez del Campo", "USA", "hypothetical")]


def test_a_recommendation_heading_proposes_the_invitation(nlp):
    text = (
        "Recommendation that President Carlos Ibáñez del Campo of Chile be "
        "invited to the United States next year"
    )
    rows = _rows(nlp, text, date(1956, 6, 1), "invitation")
    assert [r[2] for r in rows] == ["hypothetical"]


def test_an_invitation_extended_is_still_occurred(nlp):
    text = (
        "President Eisenhower invited Chilean President Carlos Ibáñez del Campo "
        "to the United States."
    )
    rows = _rows(nlp, text, date(1956, 6, 1), "invitation")
    assert [r[2] for r in rows] == ["occurred"]


def test_a_companion_participle_takes_the_future_of_its_subjects_verb(nlp):
    text = (
        "President Donald Trump, accompanied by Secretary of State Mike Pompeo, "
        "will travel to Japan later this month."
    )
    rows = _rows(nlp, text, date(2019, 5, 2), "visit")
    assert ("Donald Trump", "JPN", "planned") in rows
    assert all(r[2] == "planned" for r in rows)


def test_a_companion_participle_under_an_announced_intention(nlp):
    text = (
        "On January 6 the White House announced that President Eisenhower, "
        "accompanied by his wife, intended to visit Brazil in February."
    )
    rows = _rows(nlp, text, date(1991, 1, 1), "visit")
    assert rows == [("Dwight D. Eisenhower", "BRA", "planned")]


def test_a_companion_participle_in_a_past_report_stays_occurred(nlp):
    text = (
        "President Barack Obama, accompanied by Secretary of State John Kerry, "
        "arrived in Hanoi on Monday."
    )
    rows = _rows(nlp, text, date(2016, 5, 25), "visit")
    assert rows and all(r[2] == "occurred" for r in rows)


def test_a_clause_on_a_suggestion_is_no_companion_participle(nlp):
    text = (
        "Ambassador Lewis Douglas's suggestion that Nehru might be invited to "
        "address a dinner in New York on November 8 seems a good one."
    )
    rows = _rows(nlp, text, date(1955, 9, 1), "visit")
    assert rows and all(r[2] == "hypothetical" for r in rows)


def test_an_invitation_already_extended_to_a_guest_is_an_invitation(nlp):
    text = (
        "Prime Minister Nawaz Sharif met President Clinton in Washington. The "
        "Prime Minister renewed his warm invitation already extended to President "
        "Clinton to visit Pakistan."
    )
    rows = [
        (e.names[:2], e.status)
        for e in article_events(nlp, text, date(1998, 12, 4))
        if e.type == "invitation"
    ]
    assert rows == [(["Nawaz Sharif", "Bill Clinton"], "occurred")]


def test_a_visit_a_schedule_includes_is_planned_and_the_owners(nlp):
    text = "President Barack Obama's schedule includes a visit to Robben Island."
    rows = _rows(nlp, text, date(2013, 6, 28), "visit")
    assert rows == [("Barack Obama", "ZAF", "planned")]


def test_a_visit_an_agenda_includes_is_planned(nlp):
    text = (
        "President Tarja Halonen held talks in Moscow on Tuesday. After Moscow, "
        "her agenda includes a visit to Kazan."
    )
    rows = _rows(nlp, text, date(2010, 11, 10), "visit")
    assert ("Tarja Halonen", "RUS", "planned") in rows
