"""Events that live only in status language (statusE): trips put off in a leader's
letter, 'defer … until', and the nouns of a postponement. Hand-written sentences
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(1970, 5, 4)


def _visits(nlp, text: str, published: date = PUBLISHED):
    return [
        (e.names[0], e.status, e.location.country)
        for e in article_events(nlp, text, published)
        if e.type == "visit"
    ]


def test_a_quoted_letter_is_its_signer_turn(nlp):
    text = (
        "Please pass the following message from the President to Prime Minister "
        "Harold Wilson.\n"
        "Dear Mr. Prime Minister:\n"
        "Events at home oblige me to cancel my journey to Ireland. I regret it.\n"
        "Sincerely,\nRichard Nixon\n"
    )
    assert ("Richard Nixon", "not_occurred", "IRL") in _visits(nlp, text)


def test_without_a_signature_the_first_person_stays_unnamed(nlp):
    text = (
        "Please pass the following message to Prime Minister Harold Wilson.\n"
        "Dear Mr. Prime Minister:\n"
        "Events at home oblige me to cancel my journey to Ireland. I regret it.\n"
    )
    assert not any(v[0] == "Richard Nixon" for v in _visits(nlp, text))


def test_the_postponement_of_a_visit_did_not_happen(nlp):
    text = (
        "The Chancellor's decision to ask for postponement of the projected visit "
        "of President Georges Pompidou to Bonn was announced on Monday."
    )
    assert ("Georges Pompidou", "not_occurred", "DEU") in _visits(nlp, text)


def test_deferred_until_a_later_date_is_not_a_late_visit(nlp):
    put_off = (
        "Prime Minister Indira Gandhi agreed to defer her visit to Canada "
        "until the autumn."
    )
    assert ("Indira Gandhi", "not_occurred", "CAN") in _visits(nlp, put_off)
    at_last = "Prime Minister Indira Gandhi did not visit Canada until 1973."
    assert ("Indira Gandhi", "occurred", "CAN") in _visits(nlp, at_last)


def _summary(nlp, text: str, published: date = PUBLISHED):
    return [
        (e.type, e.status, sorted(e.names), e.location.country)
        for e in article_events(nlp, text, published)
    ]


def test_readiness_to_travel_is_a_hypothetical_trip_of_the_copula_subject(nlp):
    found = _summary(
        nlp,
        "Chancellor Willy Brandt said he would be glad to make a return visit "
        "to Poland.",
    )
    assert ("visit", "hypothetical", ["Willy Brandt"], "POL") in found


def test_ready_to_hold_talks_is_no_meeting_held(nlp):
    found = _summary(
        nlp,
        "President Georges Pompidou is ready to hold talks with Willy Brandt in Paris.",
    )
    assert found == [
        ("meeting", "hypothetical", ["Georges Pompidou", "Willy Brandt"], "FRA")
    ]


def test_discussing_the_possibility_of_a_meeting_is_no_meeting_held(nlp):
    found = _summary(
        nlp,
        "Willy Brandt spoke by telephone with Georges Pompidou. The two leaders "
        "discussed the possibility of meeting in person.",
    )
    assert (
        "meeting",
        "occurred",
        ["Georges Pompidou", "Willy Brandt"],
        None,
    ) not in found
    assert any(f[:2] == ("meeting", "hypothetical") for f in found)


def test_a_stand_in_goes_where_the_absent_leader_does_not(nlp):
    found = _summary(
        nlp,
        "President Julius Nyerere will not be attending the independence "
        "celebrations of Kenya's ruling party. He will instead be represented by "
        "Vice President Rashidi Kawawa.",
    )
    assert ("visit", "not_occurred", ["Julius Nyerere"], "KEN") in found
    assert ("visit", "planned", ["Rashidi Kawawa"], "KEN") in found


def test_sent_in_his_place_is_not_the_sender_himself(nlp):
    found = _summary(
        nlp,
        "President Julius Nyerere will not attend the meeting in Nairobi. An aide "
        "said he would send Vice President Rashidi Kawawa in his place.",
    )
    assert ("visit", "planned", ["Rashidi Kawawa"], "KEN") in found


def test_the_one_sent_in_his_place_is_the_object_not_the_sender(nlp):
    found = _summary(
        nlp,
        "President Julius Nyerere will not attend the summit in Nairobi and will "
        "send Vice President Rashidi Kawawa in his place.",
    )
    assert ("visit", "not_occurred", ["Julius Nyerere"], "KEN") in found
    assert ("visit", "planned", ["Julius Nyerere"], "KEN") not in found
    assert ("visit", "planned", ["Rashidi Kawawa"], "KEN") in found
