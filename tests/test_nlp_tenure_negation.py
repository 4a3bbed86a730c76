"""A negation over a leader's whole time in office denies no particular trip or
meeting (SCHEMA.md rule 3: generic negations), in any tense; a negated trip to one
occasion is still a not_occurred visit (rule 12). Helper prec12;
`status.generic_negation`, words in `status_cues.json: tenure_negation_phrases`."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Of the post-war presidents, only Gerald Ford and Jimmy Carter never "
        "visited Mexico while in office.",
        "President Barack Obama never met Kim Jong-un during his presidency.",
    ],
)
def test_a_negation_over_a_time_in_office_is_no_event(nlp, text):
    assert article_events(nlp, text, date(2019, 3, 1)) == []


@pytest.mark.model
def test_an_absence_from_the_gathering_over_a_rule_is_no_event(nlp):
    text = (
        "The summit of Asian leaders opened in Jakarta on Monday. Kim Jong-un did "
        "not travel abroad during the first six years of his rule."
    )
    found = article_events(nlp, text, date(2019, 3, 1))
    assert not [e for e in found if e.names[:1] == ["Kim Jong-un"]], found


@pytest.mark.model
def test_a_missed_occasion_is_still_a_visit_not_made(nlp):
    found = article_events(
        nlp,
        "Prime Minister Shinzo Abe did not attend the summit in Bali in November.",
        date(2019, 3, 1),
    )
    assert [(e.type, e.status) for e in found] == [("visit", "not_occurred")]
