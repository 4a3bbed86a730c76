"""Guests due at a seat of office (nlp/seat_guests.py, kb/seats.py): session 13,
helper speak16. Hand-written sentences after VOA reports (real 081, 572), through
the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date) -> list[tuple]:
    return sorted(
        (tuple(sorted(e.names)), e.status, e.location.city)
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    )


def test_guest_due_at_the_white_house_meets_the_president(nlp):
    text = (
        "President Bush will hold talks on trade this month. "
        "Chinese President Hu Jintao is due at the White House April 20."
    )
    assert meetings(nlp, text, date(2006, 4, 11)) == [
        (("George W. Bush", "Hu Jintao"), "planned", "Washington")
    ]


def test_guest_scheduled_to_go_to_the_white_house(nlp):
    text = (
        "U.S. President Joe Biden spoke about Iraq on Monday. Iraqi Prime Minister "
        "Mustafa al-Kadhimi is scheduled to go to the White House next week."
    )
    found = meetings(nlp, text, date(2021, 7, 19))
    assert (("Joe Biden", "Mustafa Al-Kadhimi"), "planned", "Washington") in found


def test_seat_holder_not_named_gives_no_meeting(nlp):
    """Rule 3: the president the text never names is no participant."""
    text = "Iraqi Prime Minister Mustafa al-Kadhimi is due at the White House Monday."
    assert meetings(nlp, text, date(2021, 7, 19)) == []


def test_host_at_his_own_seat_is_no_guest(nlp):
    text = "President Joe Biden is due at the White House on Monday after a trip."
    assert meetings(nlp, text, date(2021, 7, 19)) == []


def test_seat_holder_by_date(kb):
    from summitwatch.kb.seats import seat_holder

    assert seat_holder(kb, "White House", date(2006, 4, 20)).name == "George W. Bush"
    assert seat_holder(kb, "10 Downing Street", date(1959, 1, 1)).name == (
        "Harold Macmillan"
    )
    assert seat_holder(kb, "Camp David", date(1959, 1, 1)) is None


def test_next_sentence_talks_are_at_the_seat(nlp):
    """'He is due at the White House … He and President Bush are expected to
    discuss …': one planned meeting, at the seat (the due sentence lends its
    place to the next one's talks)."""
    text = (
        "Mr. Hu will visit the U.S. from April 18 to 21. He is due at the White "
        "House April 20. He and President Bush are expected to discuss trade issues."
    )
    assert meetings(nlp, text, date(2006, 4, 11)) == [
        (("George W. Bush", "Hu Jintao"), "planned", "Washington")
    ]
