"""An invitation extended 'on behalf of' a named leader is that leader's: the
ambassador or secretary who extends it only carries it (session 13, helper frus16;
real 431 'You are authorized on behalf of President Roosevelt, to extend an
invitation …' read as the United States; real 721 'On behalf of President Eisenhower
I have honor extend …' not read at all). Short paraphrased sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _inviters(nlp, text: str, published: date) -> list[list[str]]:
    found = article_events(nlp, text, published)
    return [e.names[:2] for e in found if e.type == "invitation"]


def test_the_one_on_whose_behalf_it_is_extended_invites(nlp):
    text = (
        "You are authorized, on behalf of President Truman, to extend an invitation "
        "to President Dutra of Brazil to visit the United States in May."
    )
    assert _inviters(nlp, text, date(1949, 3, 1)) == [
        ["Harry S. Truman", "Eurico Gaspar Dutra"]
    ]


def test_without_a_behalf_the_subject_invites(nlp):
    text = "President Truman invited President Dutra to visit Washington."
    assert _inviters(nlp, text, date(1949, 3, 1)) == [
        ["Harry S. Truman", "Eurico Gaspar Dutra"]
    ]
