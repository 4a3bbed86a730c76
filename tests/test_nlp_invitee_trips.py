"""The trip an invitation asks for is the invitee's: 'an invitation by A for B to
spend three days in X' (held-out6 003's construction, paraphrased). Read as the
whole invitation noun, the infinitive's actor was inviter and invitee together,
and the trip became a meeting of the two (session 11, helper split12)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs, visit_rows

pytestmark = [pytest.mark.model]

DAY = date(2017, 5, 10)


def test_the_infinitive_on_an_invitation_is_the_invitees_trip(nlp):
    text = (
        "The visit could be arranged with an invitation by President Emmanuel "
        "Macron for Prime Minister Narendra Modi to spend three days in Paris as "
        "the guest of the government."
    )
    assert not meeting_pairs(nlp, text, DAY)
    assert [r[:2] for r in visit_rows(nlp, text, DAY)] == [("Narendra Modi", "FRA")]


def test_an_invitation_to_a_place_keeps_its_reading(nlp):
    # 'to Moscow' names no invitee: the infinitive keeps the reading it had
    text = (
        "President Vladimir Putin sent an invitation to Prime Minister Narendra "
        "Modi to visit Moscow in July."
    )
    assert ("Narendra Modi", "RUS", "planned") in visit_rows(nlp, text, DAY)
