"""A memorandum's head fields ('FROM: …', 'SUBJECT: …', 'DATE: …') are no speaker
labels (session 14, helper frus18; real 762, 527): read as turns they ended the
turn of the head 'Memorandum From A to B', so the memo's 'you' (B) was nobody
below them. Paraphrased memo through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs

pytestmark = [pytest.mark.model]

_HEAD = (
    "12. Memorandum From Richard Smyser of the National Security Council Staff to "
    "the President's Assistant for National Security Affairs (Kissinger)\n\n"
)


def test_the_addressee_is_you_below_the_head_fields(nlp):
    text = _HEAD + (
        "FROM: RICHARD SMYSER\n\n"
        "SUBJECT: A Call by Prime Minister Whitlam\n\n"
        "The Embassy proposes that you meet with Prime Minister Whitlam on Monday "
        "before his talks at the Department."
    )
    pairs = meeting_pairs(nlp, text, date(1973, 7, 11))
    assert ("Gough Whitlam", "Henry Kissinger") in pairs


def test_a_speaker_label_still_opens_a_turn(nlp):
    """A real label below the head still speaks: 'Prime Minister Whitlam:'."""
    text = _HEAD + (
        "SUBJECT: A Call by Prime Minister Whitlam\n\n"
        "Prime Minister Whitlam: I hope to meet you again in Canberra next year."
    )
    pairs = meeting_pairs(nlp, text, date(1973, 7, 11))
    assert ("Gough Whitlam", "Henry Kissinger") not in pairs
