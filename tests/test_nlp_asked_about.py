"""An event inside a question put — an 'if' or 'whether' clause under 'ask', or a
transcript's '(On whether …)' header — is only asked about, not told (SCHEMA.md
rule 3). Helper prec12; `status.asked_about`, words in `status_cues.json:
asking_lemmas`."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Commission President Romano Prodi was asked if he would shake hands with "
        "President Robert Mugabe.",
        "(On whether the date of Prime Minister Fumio Kishida's next summit "
        "meeting with President Joe Biden was discussed)",
    ],
)
def test_an_event_asked_about_is_no_event(nlp, text):
    found = article_events(nlp, text, date(2023, 5, 1))
    assert not [e for e in found if e.type == "meeting"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a condition is still a prospect read as hypothetical
        "If Prime Minister Fumio Kishida meets President Joe Biden in Hiroshima, "
        "they will discuss trade.",
        # 'whether' under another verb is left as read
        "Officials did not say whether President Joe Biden would meet Prime "
        "Minister Fumio Kishida in Hiroshima.",
    ],
)
def test_a_condition_or_an_open_question_keeps_its_meeting(nlp, text):
    found = article_events(nlp, text, date(2023, 5, 1))
    assert [e for e in found if e.type == "meeting"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word, expected",
    [
        ("The two leaders have not met for years.", "met", True),  # generic
        ("We regularly meet with President Tokayev.", "meet", True),  # a habit
        ("Prodi was asked if he would meet Mugabe.", "meet", True),  # a question
        ("Prodi met Mugabe in Lisbon on Monday.", "met", False),  # an event told
    ],
)
def test_names_no_event_is_each_of_the_three(nlp, text, word, expected):
    from summitwatch.nlp.status import names_no_event

    trigger = next(t for t in nlp(text) if t.text == word)
    assert names_no_event(trigger) is expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text, word, expected",
    [
        # a press conference's question names its topic (real 562, 565)
        ("I have a question about the Premier's visit to France.", "visit", True),
        ("My question is regarding Lula's meeting with Modi.", "meeting", True),
        # a topic preposition on another noun, or a visit told, stays an event
        ("They spoke about the Prime Minister's visit to France.", "visit", False),
        ("The question was settled during Lula's visit to India.", "visit", False),
    ],
)
def test_a_question_names_its_topic(nlp, text, word, expected):
    from summitwatch.nlp.status import question_topic

    trigger = next(t for t in nlp(text) if t.text == word)
    assert question_topic(trigger) is expected


@pytest.mark.model
def test_a_reporters_question_about_a_visit_is_no_visit(nlp):
    text = (
        "REPORTER: I have a question about the Prime Minister's visit to France.\n"
        "SPOKESMAN: The details are not yet fixed."
    )
    found = article_events(nlp, text, date(2019, 5, 1))
    assert not [e for e in found if e.type == "visit"], found
