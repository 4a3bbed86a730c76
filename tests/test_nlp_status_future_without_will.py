"""The future told without 'will' (session 12, helper future14): a plan under a
present 'is scheduled to' dates its weekday forward; a present verb with 'in' + a
counted span ('In a few days, X hosts Y') is a schedule; a frame 'during his visit'
on a present 'plans to' is ahead. Paraphrased sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

FRIDAY = date(2021, 8, 20)


def _events(nlp, text: str, published: date):
    return [
        (e.type, sorted(e.names), e.status, e.date)
        for e in article_events(nlp, text, published)
    ]


def test_a_scheduled_weekday_is_the_next_one(nlp):
    text = (
        "Chancellor Angela Merkel is scheduled to visit President Volodymyr "
        "Zelensky in Kyiv on Sunday."
    )
    found = _events(nlp, text, FRIDAY)
    assert (
        "meeting",
        ["Angela Merkel", "Volodymyr Zelenskyy"],
        "planned",
        "2021-08-22",
    ) in found


def test_a_weekday_already_told_in_the_past_stays_behind(nlp):
    text = (
        "Chancellor Angela Merkel visited President Volodymyr Zelensky in Kyiv "
        "on Sunday."
    )
    found = _events(nlp, text, FRIDAY)
    assert (
        "meeting",
        ["Angela Merkel", "Volodymyr Zelenskyy"],
        "occurred",
        "2021-08-15",
    ) in found


@pytest.mark.parametrize(
    "text",
    [
        "In a few days, President Joe Biden hosts President William Ruto.",
        "President Joe Biden hosts President William Ruto in two weeks.",
    ],
)
def test_a_present_with_a_span_still_to_run_is_planned(nlp, text):
    statuses = {
        e[2] for e in _events(nlp, text, date(2024, 5, 20)) if e[0] == "meeting"
    }
    assert statuses == {"planned"}


@pytest.mark.parametrize(
    "text",
    [
        "In recent days, President Joe Biden hosted President William Ruto.",
        "In the past two weeks, President Joe Biden hosts President William Ruto.",
    ],
)
def test_a_span_behind_is_no_schedule(nlp, text):
    statuses = {
        e[2] for e in _events(nlp, text, date(2024, 5, 20)) if e[0] == "meeting"
    }
    assert statuses == {"occurred"}


def test_a_frame_on_a_present_plan_is_ahead(nlp):
    text = (
        "During his visit to Havana, President Hugo Chavez plans to discuss trade "
        "with Fidel Castro."
    )
    found = _events(nlp, text, date(2005, 4, 27))
    assert found and all(e[2] == "planned" for e in found)  # no visit made
