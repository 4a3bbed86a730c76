"""A title inside a FRUS document's head (session 13, helper you17; real 722,
433): 'Memorandum From X to the President's Special Emissary (Clifford)' names an
office, not a person the text leaves unnamed, so the body's 'the President' is
still the President it names ('President Carter … the President looks forward to
meeting her'). Short paraphrased memos through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs

pytestmark = [pytest.mark.model]

_HEAD = (
    "Memorandum From Gary Sick of the National Security Council Staff to the "
    "President's Special Emissary to India (Clifford)\n\n"
)


def test_a_title_in_the_head_leaves_the_body_title_to_its_holder(nlp):
    text = _HEAD + (
        "These were the points President Carter made during his meeting with you "
        "on January 23.\n\n"
        "If Mrs. Gandhi raises the question of a visit, you should tell her that the "
        "President looks forward to meeting her."
    )
    pairs = meeting_pairs(nlp, text, date(1980, 1, 25))
    assert ("Indira Gandhi", "Jimmy Carter") in pairs


def test_a_title_used_before_its_holder_in_the_body_stays_unnamed(nlp):
    """Rule 3 still holds below the head: a body that writes 'the President' before
    naming any president leaves every later 'the President' unnamed, not the
    president it names in between."""
    text = _HEAD + (
        "You should tell Mrs. Gandhi on behalf of the President that she has a "
        "friend in the United States.\n\n"
        "President Zia met you in Islamabad.\n\n"
        "You should tell her that the President looks forward to meeting her."
    )
    pairs = meeting_pairs(nlp, text, date(1980, 1, 25))
    assert not any("Indira Gandhi" in p and "Muhammad Zia-ul-Haq" in p for p in pairs)
