"""Meeting recall in government pages (FRUS notes, MOFA/Kantei releases): talks told
by a 'with' partner, pronoun subjects of joined clauses, and a 'he' past a woman
named in between. Hand-written sentences, not copies of the articles."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date = date(1962, 3, 10)) -> list[tuple]:
    return meeting_pairs(nlp, text, published)


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


def test_a_hoped_for_talk_with_a_partner_is_not_read_as_held(nlp):
    text = "Secretary Dean Rusk hopes to discuss disarmament with Andrei Gromyko."
    found = article_events(nlp, text, date(1962, 3, 10))
    assert all(e.status != "occurred" for e in found if e.type == "meeting")


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


def test_a_courtesy_call_heading_is_no_cue_of_a_proposal(nlp):
    from summitwatch.nlp.status import event_status

    doc = nlp(
        "Courtesy Call on Prime Minister Tanaka by Foreign Minister Gromyko of the "
        "Soviet Union\n\nOctober 8, 1973\n\nOn October 8, Prime Minister Kakuei "
        "Tanaka received a courtesy call by Andrei Gromyko, who is visiting Japan."
    )
    received = next(t for t in doc if t.lower_ == "received")
    status, _ = event_status(
        received, received.sent, event_date=None, published=date(1973, 10, 8)
    )
    assert status == "occurred"


def test_a_titled_surname_is_the_namesake_holding_that_office(nlp):
    text = "Vice President Duterte met Prime Minister Fumio Kishida in Tokyo."
    assert meetings(nlp, text, date(2022, 9, 26)) == [("Fumio Kishida", "Sara Duterte")]


def test_a_leader_named_before_administration_is_not_the_traveller(nlp):
    text = (
        "Minister Albert del Rosario is the first official of the Aquino "
        "administration to visit Japan this year."
    )
    found = article_events(nlp, text, date(2012, 6, 1))
    assert not any("Benigno Aquino III" in e.names for e in found)


def test_a_subject_pronoun_continues_the_same_pronoun_earlier_in_its_sentence(nlp):
    text = (
        "Secretary Dean Rusk left Washington on March 8. He reached Geneva the "
        "next day and went to the mission for talks with Ambassador Arthur Dean "
        "at noon; at 4 p.m. he met with Prime Minister Harold Macmillan."
    )
    found = meetings(nlp, text)
    assert ("Dean Rusk", "Harold Macmillan") in found
    assert ("Arthur Dean", "Harold Macmillan") not in found


def test_the_partner_of_a_talk_may_hang_on_its_last_object(nlp):
    text = (
        "Secretary Dean Rusk reached Geneva on March 9. That evening he discussed "
        "Laos and several other questions with Foreign Minister Andrei Gromyko."
    )
    assert ("Andrei Gromyko", "Dean Rusk") in meetings(nlp, text)


def test_they_after_two_named_leaders_discussed_on_a_day_of_their_own(nlp):
    text = (
        "The conference was held in Geneva in July 1955. President Dwight Eisenhower "
        "and Nikolai Bulganin had several private talks there. They discussed "
        "disarmament on July 21 at the Soviet villa."
    )
    found = [
        (sorted(e.names), e.date)
        for e in article_events(nlp, text, date(1955, 8, 1))
        if e.type == "meeting"
    ]
    assert (["Dwight D. Eisenhower", "Nikolai Bulganin"], "1955-07-21") in found


def test_the_pronoun_of_a_joined_clause_is_the_named_subject_of_the_first(nlp):
    text = (
        "Secretary Dean Rusk met Foreign Minister Andrei Gromyko at the Soviet "
        "mission in the morning, and at noon he met Prime Minister Harold Macmillan "
        "at the British residence."
    )
    found = meetings(nlp, text)
    assert ("Dean Rusk", "Harold Macmillan") in found
    assert ("Andrei Gromyko", "Harold Macmillan") not in found
