"""FRUS documents (session 12, helper frus13; real 436, 490–495): the head names
who writes to whom, so 'I' and 'you' below it are people; 'the King' is a title,
not a namesake's surname; a telegram's number is no year; 'looking forward with
real anticipation to seeing you' is planned; 'Kennedy Library' is no one. Short
paraphrased sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _events(nlp, text: str, published: date, kind: str) -> list:
    return [e for e in article_events(nlp, text, published) if e.type == kind]


def test_a_memorandum_head_makes_you_its_addressee(nlp):
    text = (
        "12. Memorandum From Secretary of State Rusk to President Kennedy\n\n"
        "We think this is a good moment for you to invite King Saud to Washington."
    )
    found = _events(nlp, text, date(1961, 12, 1), "invitation")
    assert [e.names[:2] for e in found] == [["John F. Kennedy", "Saud of Saudi Arabia"]]


def test_a_message_head_makes_i_its_sender(nlp):
    text = (
        "President Roosevelt to Prime Minister Mackenzie King\n\n"
        "I am glad that you accepted my invitation to come to Washington next week."
    )
    found = _events(nlp, text, date(1943, 5, 1), "invitation")
    assert [e.names[:2] for e in found] == [
        ["Franklin D. Roosevelt", "William Lyon Mackenzie King"]
    ]


def test_a_sentence_is_no_head(nlp):
    """'X flew to Y' has a verb: no head, so 'I' stays unresolved (no invitation
    from Obama)."""
    text = (
        "Obama flew to Paris\n\n"
        "I am glad that you accepted my invitation to come to Washington next week."
    )
    found = _events(nlp, text, date(2015, 5, 1), "invitation")
    assert all("Barack Obama" not in e.names for e in found)


def test_the_king_is_the_king_named_before(nlp):
    text = (
        "King Saud is recovering in the United States. The doctors recommend that "
        "the King remain there for two months, and we propose that President "
        "Kennedy meet the King in Washington."
    )
    names = {n for e in article_events(nlp, text, date(1961, 12, 1)) for n in e.names}
    assert "Robert King" not in names


def test_a_telegram_number_is_no_year(nlp):
    """Also the KB's 'López Mateos' alias: the surname written without accents."""
    text = (
        "In telegram 2038 to Mexico City, the Embassy was told that President "
        "Eisenhower had met President Lopez Mateos."
    )
    found = _events(nlp, text, date(1959, 4, 1), "meeting")
    assert [(e.names, (e.date or "")[:4]) for e in found] == [
        (["Dwight D. Eisenhower", "Adolfo López Mateos"], "1959")
    ]


def test_looking_forward_with_words_between_is_planned(nlp):
    text = (
        "President Roosevelt to Prime Minister Mackenzie King\n\n"
        "I am looking forward with real anticipation to seeing you and talking "
        "to you."
    )
    found = _events(nlp, text, date(1943, 5, 1), "meeting")
    assert [e.status for e in found] == ["planned"]


def test_a_library_named_after_a_president_is_no_one(nlp):
    text = (
        "On May 8, 1961, Ambassador Mostafa Kamel met with President Kennedy "
        "(Kennedy Library, Appointment Books)."
    )
    names = {n for e in article_events(nlp, text, date(1961, 5, 1)) for n in e.names}
    assert "Kennedy Library" not in names
