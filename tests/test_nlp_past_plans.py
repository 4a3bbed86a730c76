"""Plans told as overtaken (helper attr11, session 10): a trip or meeting that is the
infinitive of an intention in the past perfect, or in the past with a conjoined
clause of inability, did not go ahead (`nlp/past_plans.py`). Hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _found(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.type, e.status, sorted(e.names), e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


def test_a_plan_in_the_past_perfect_did_not_go_ahead(nlp):
    text = (
        "President Emmanuel Macron had planned to travel to Algeria this week for "
        "talks with President Abdelmadjid Tebboune."
    )
    found = _found(nlp, text, date(2022, 8, 24))
    assert found and all(e[1] == "not_occurred" for e in found), found


def test_a_trip_one_was_about_to_make_but_could_not_is_not_occurred(nlp):
    text = (
        "Chinese President Xi Jinping held talks with Brazilian President Luiz "
        "Inacio Lula da Silva in Beijing on Friday. Lula was about to visit China in "
        "March but was unable to travel because of pneumonia."
    )
    found = _found(nlp, text, date(2023, 4, 15))
    visits = [e for e in found if e[0] == "visit"]
    assert visits and all(e[1] == "not_occurred" for e in visits), found
    held = [e for e in found if e[0] == "meeting"]
    assert held and held[0][1] == "occurred", found


def test_a_trip_not_made_is_not_folded_into_the_talks_held_there(nlp):
    text = (
        "Russian President Vladimir Putin held talks with Brazilian President Luiz "
        "Inacio Lula da Silva in Moscow. Lula had planned to visit Moscow but was "
        "unable to come because of the pressure of work."
    )
    found = _found(nlp, text, date(2024, 5, 9))
    visits = [e for e in found if e[0] == "visit"]
    assert [e[1] for e in visits] == ["not_occurred"], found


def test_plans_still_standing_keep_their_status(nlp):
    text = (
        "President Emmanuel Macron plans to travel to Algeria next week for talks "
        "with President Abdelmadjid Tebboune. Macron was about to leave for Algiers "
        "on Thursday, his office said."
    )
    found = _found(nlp, text, date(2022, 8, 20))
    assert found and all(e[1] == "planned" for e in found), found


def test_not_his_first_visit_is_a_visit_made(nlp):
    text = (
        "This was not Mr. Modi's first visit to Japan, but it came at a delicate time "
        "for Prime Minister Fumio Kishida."
    )
    found = _found(nlp, text, date(2023, 5, 20))
    visits = [e for e in found if e[0] == "visit"]
    assert visits and all(e[1] == "occurred" for e in visits), found
