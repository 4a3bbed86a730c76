"""News reports (issue #10, helper s4-news): pairs told by a joint subject and
their pronoun, time clauses that borrow the main clause's time, and talks told by
their topic. Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(2023, 11, 10)  # a Friday


def _meetings(nlp, text: str, published: date = PUBLISHED):
    return [e for e in article_events(nlp, text, published) if e.type == "meeting"]


def test_they_of_a_joint_subject_in_the_same_sentence(nlp):
    found = _meetings(
        nlp,
        "President Joe Biden and Chinese President Xi Jinping spoke about trade "
        "when they met on Tuesday in Bali.",
    )
    assert [(set(e.names), e.status, e.date, e.location.country) for e in found] == [
        ({"Joe Biden", "Xi Jinping"}, "occurred", "2023-11-07", "IDN")
    ]


def test_a_time_clause_under_an_expected_main_clause_is_ahead(nlp):
    found = _meetings(
        nlp,
        "President Joe Biden and Chinese President Xi Jinping are expected to "
        "sign an accord when they meet on Tuesday.",
    )
    assert [(e.status, e.date) for e in found] == [("planned", "2023-11-14")]


def test_a_fronted_time_clause_under_a_future_is_ahead(nlp):
    found = _meetings(
        nlp,
        "When he meets Prime Minister Fumio Kishida on Wednesday, President Joe "
        "Biden will raise the question of chips.",
    )
    assert [(set(e.names), e.status, e.date) for e in found] == [
        ({"Joe Biden", "Fumio Kishida"}, "planned", "2023-11-15")
    ]


def test_a_habit_in_the_main_clause_names_no_meeting(nlp):
    assert not _meetings(
        nlp,
        "President Joe Biden and Prime Minister Fumio Kishida usually speak about "
        "chips when they meet.",
    )


def test_two_people_expected_to_discuss_a_topic_will_meet(nlp):
    found = _meetings(
        nlp,
        "President Hu Jintao will visit the United States next week. He and "
        "President George W. Bush are expected to discuss currency rules.",
        date(2006, 4, 11),
    )
    assert [(set(e.names), e.status, e.location.country) for e in found] == [
        ({"Hu Jintao", "George W. Bush"}, "planned", "USA")
    ]


def test_the_topic_of_a_talk_is_no_venue(nlp):
    found = _meetings(
        nlp,
        "President Hu Jintao and President George W. Bush talked about Taiwan "
        "in Beijing on Monday.",
        date(2006, 4, 11),
    )
    assert [(e.status, e.location.city, e.date) for e in found] == [
        ("occurred", "Beijing", "2006-04-10")
    ]


def test_one_talker_or_a_call_is_no_meeting(nlp):
    assert not _meetings(nlp, "President Joe Biden discussed chips in a speech.")
    assert not _meetings(
        nlp,
        "President Joe Biden and Prime Minister Fumio Kishida discussed chips by "
        "phone on Tuesday.",
    )


def test_talking_about_a_meeting_is_no_meeting_held(nlp):
    found = _meetings(
        nlp,
        "President Joe Biden and Prime Minister Fumio Kishida had talked in March "
        "about meeting in Tokyo.",
    )
    assert all(e.status != "occurred" for e in found)


def test_a_joint_talk_in_a_call_readout_is_no_meeting(nlp):
    assert not _meetings(
        nlp,
        "Readout of the President's Call with Prime Minister Fumio Kishida\n\n"
        "President Joe Biden spoke today with Prime Minister Fumio Kishida of "
        "Japan. The two leaders reviewed the alliance. President Biden and Prime "
        "Minister Kishida also discussed chips.",
    )
