"""Meeting recall in government pages (FRUS notes, MOFA/Kantei releases): talks told
by a 'with' partner, pronoun subjects of joined clauses, and a 'he' past a woman
named in between. Hand-written sentences, not copies of the articles."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date = date(1962, 3, 10)):
    return sorted(
        tuple(sorted(e.names))
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    )


def test_a_talk_with_a_named_partner_told_as_done_is_a_meeting(nlp):
    text = (
        "Secretary Dean Rusk reached Geneva on March 9. That evening he discussed "
        "disarmament with Foreign Minister Andrei Gromyko at the Soviet mission."
    )
    assert ("Andrei Gromyko", "Dean Rusk") in meetings(nlp, text)


def test_a_talk_with_a_partner_on_a_call_is_no_meeting(nlp):
    text = (
        "Secretary Dean Rusk spoke by telephone from Washington on March 9. He "
        "discussed disarmament with Foreign Minister Andrei Gromyko."
    )
    assert ("Andrei Gromyko", "Dean Rusk") not in meetings(nlp, text)


def test_a_planned_talk_with_a_partner_is_not_read_as_held(nlp):
    text = "Secretary Dean Rusk hopes to discuss disarmament with Andrei Gromyko."
    assert meetings(nlp, text) == []


def test_the_pronoun_of_a_joined_clause_keeps_the_first_clause_subject(nlp):
    text = (
        "Secretary Dean Rusk reached Geneva on March 9. In the morning he met "
        "Foreign Minister Andrei Gromyko at the Soviet mission, and at noon he met "
        "Prime Minister Harold Macmillan at the British residence."
    )
    found = meetings(nlp, text)
    assert ("Dean Rusk", "Harold Macmillan") in found
    assert ("Andrei Gromyko", "Harold Macmillan") not in found


def test_he_after_a_sentence_on_a_woman_is_the_man_named_before(nlp):
    text = (
        "President Ferdinand Marcos arrived in Delhi on Monday. Prime Minister "
        "Indira Gandhi spoke to the press at the airport. He also had an audience "
        "with President Zail Singh."
    )
    assert ("Ferdinand Marcos", "Zail Singh") in meetings(nlp, text, date(1983, 3, 10))
