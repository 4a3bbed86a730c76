"""Joint appearances (nlp/joint_acts.py, `appearing_lemmas`): two leaders of
different countries as the joint subject of taking part, being honoured, laying a
wreath were there together, so they met. Session 13, helper speak16; hand-written
sentences after Wikipedia's page on Khrushchev's 1959 visit (real 590)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs

pytestmark = [pytest.mark.model]

PUBLISHED = date(2015, 6, 1)


@pytest.mark.parametrize(
    "text",
    [
        "In 1959 Eisenhower and Khrushchev took part in what later became known "
        "as the Kitchen Debate.",
        "Upon arrival in 1959, Khrushchev and President Eisenhower were honored "
        "with a 21-gun salute.",
        "In 1959 Khrushchev and President Eisenhower laid a wreath in Washington.",
    ],
)
def test_joint_appearance_is_a_meeting(nlp, text):
    assert ("Dwight D. Eisenhower", "Nikita Khrushchev") in meeting_pairs(
        nlp, text, PUBLISHED
    )


def test_pronoun_two_sentences_back(nlp):
    """'Khrushchev was accompanied by … This was unprecedented … Upon arrival, he
    and President Eisenhower were honored': he is the subject two sentences back."""
    text = (
        "Khrushchev arrived in Washington in September 1959. Khrushchev was "
        "accompanied by his wife Nina. This was unprecedented for Soviet officials. "
        "Upon arrival, he and President Eisenhower were honored with a salute."
    )
    assert ("Dwight D. Eisenhower", "Nikita Khrushchev") in meeting_pairs(
        nlp, text, PUBLISHED
    )


def test_alone_is_no_meeting(nlp):
    text = "In 1959 Khrushchev took part in what later became known as the Debate."
    assert meeting_pairs(nlp, text, PUBLISHED) == []
