"""Awaited guests (nlp/attendance.py; from fresh VOA texts): a guest whose attendance
at a gathering is announced by a present verb over an infinitive ('is scheduled to
attend', 'is expected to attend', 'plans to attend') is awaited, not yet there: a
planned visit. Hand-written sentences, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(2012, 3, 14)


def visits(nlp, text: str) -> list[tuple[str, str, str | None]]:
    return [
        (e.status, e.names[0], e.location.country)
        for e in article_events(nlp, text, PUBLISHED)
        if e.type == "visit"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Julia Gillard is also scheduled to attend the summit in Seoul.",
        "Prime Minister Julia Gillard is expected to attend the summit in Seoul.",
        "Prime Minister Julia Gillard plans to attend the summit in Seoul.",
    ],
)
def test_awaited_guest_is_a_planned_visit(nlp, text):
    assert visits(nlp, text) == [("planned", "Julia Gillard", "KOR")]


def test_attended_summit_stays_occurred(nlp):
    text = "Prime Minister Julia Gillard attended the summit in Seoul."
    assert visits(nlp, text) == [("occurred", "Julia Gillard", "KOR")]
