"""FRUS heads name officials as an office with the surname in brackets ('the
Ambassador in Korea (Briggs)', '… Special Emissary to India (Clifford)'); the NER
tags the surname as nothing, so the head had no sender or addressee (session 13,
helper frus16; real 494, 721, 722). Short paraphrased heads through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events
from summitwatch.nlp.mention_index import build_index

pytestmark = [pytest.mark.model]


def _people(nlp, kb, text: str, on: date) -> set[str]:
    return {m.participant.name for m in build_index(nlp(text), kb, on).persons}


def test_a_bracketed_surname_after_an_office_is_its_holder_then(nlp, kb):
    text = "Telegram From the Ambassador in Korea (Briggs) to the Department of State"
    assert "Ellis O. Briggs" in _people(nlp, kb, text, date(1954, 7, 12))


def test_a_footnote_mark_glued_to_the_bracket_is_no_bar(nlp, kb):
    text = "Memorandum From a Staff Member to the Special Emissary to India (Clifford)1"
    assert "Clark Clifford" in _people(nlp, kb, text, date(1980, 1, 25))


def test_nobody_in_office_then_is_nobody(nlp, kb):
    """Clifford held no office in 1975: the bracket names no one the KB can tell."""
    text = "Memorandum From a Staff Member to the Special Emissary to India (Clifford)1"
    assert "Clark Clifford" not in _people(nlp, kb, text, date(1975, 6, 1))


def test_a_bracketed_place_is_no_person(nlp, kb):
    text = "The talks were held at Camp David (Maryland) on Saturday."
    assert _people(nlp, kb, text, date(1978, 9, 9)) <= {"Camp David"}


def test_the_bracketed_addressee_is_you(nlp):
    text = (
        "Memorandum From Gary Sick of the National Security Council Staff to the "
        "Special Emissary to India (Clifford)\n\n"
        "These were the points President Carter made during his meeting with you "
        "on January 23."
    )
    found = article_events(nlp, text, date(1980, 1, 25))
    assert [sorted(e.names) for e in found if e.type == "meeting"] == [
        ["Clark Clifford", "Jimmy Carter"]
    ]
