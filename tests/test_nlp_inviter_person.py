"""The inviter is the person the text names, not his government (session 13, helper
inviter17): a quoted 'I' (real 455), the one asking for leave to invite (real 544),
a leader announcing a foreign guest was invited (real 590). Not the host met,
thanked for 'the invitation' (real 665): real 073's gold has the government for
the same words (test_nlp_status_refs). Counter-tests: where only a country is named, or
a spokesman relays, the country stays. Short paraphrased sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _inviters(nlp, text: str, published: date) -> list[list[str]]:
    found = article_events(nlp, text, published)
    return [e.names[:2] for e in found if e.type == "invitation"]


def test_the_one_quoted_saying_i_will_invite_invites(nlp):
    text = (
        "Before leaving Brasilia, President Lula spoke to reporters. "
        "\"I'm going to invite Xi Jinping to come to Brazil for a bilateral "
        'meeting," he said.'
    )
    assert _inviters(nlp, text, date(2023, 4, 12)) == [
        ["Luiz Inácio Lula da Silva", "Xi Jinping"]
    ]


def test_a_quote_running_on_after_its_attribution_is_the_speakers(nlp):
    text = (
        '"We will deepen our ties with China," President Lula said on Monday. '
        '"I will invite Xi Jinping to come to Brazil for talks."'
    )
    assert _inviters(nlp, text, date(2023, 4, 12)) == [
        ["Luiz Inácio Lula da Silva", "Xi Jinping"]
    ]


def test_the_one_asking_permission_to_invite_invites(nlp):
    text = (
        "Prime Minister John Major sent a letter to the other leaders, asking for "
        "their permission to invite Mikhail Gorbachev to the summit in London."
    )
    assert _inviters(nlp, text, date(1991, 6, 1)) == [
        ["John Major", "Mikhail Gorbachev"]
    ]


def test_a_leader_announcing_a_foreign_guest_was_invited_invites(nlp):
    text = (
        "In early August, it was announced by President Dwight Eisenhower that "
        "Khrushchev was invited to visit the United States."
    )
    assert _inviters(nlp, text, date(1959, 8, 10)) == [
        ["Dwight D. Eisenhower", "Nikita Khrushchev"]
    ]


def test_only_a_country_named_keeps_the_country(nlp):
    text = "China has invited President Nixon to visit Beijing."
    assert _inviters(nlp, text, date(1971, 7, 16)) == [["China", "Richard Nixon"]]


def test_a_spokesman_announcing_an_invitation_does_not_invite(nlp):
    text = (
        "It was announced by Kremlin spokesman Dmitry Peskov that Kim Jong-un was "
        "invited to visit Russia."
    )
    assert not any(
        "Dmitry Peskov" in pair for pair in _inviters(nlp, text, date(2019, 4, 1))
    )


def test_a_narrators_i_outside_a_quote_is_no_speaker(nlp):
    text = "I think President Lula will invite Xi Jinping to come to Brazil."
    assert _inviters(nlp, text, date(2023, 4, 12)) == [
        ["Luiz Inácio Lula da Silva", "Xi Jinping"]
    ]
