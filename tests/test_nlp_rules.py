"""Event rules on hand-built parses: no trained model, so each rule is tested alone."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from spacy.tokens import Doc

from summitwatch.nlp.extract import extract_events

VOCAB = spacy.blank("en").vocab


def parsed(rows: list[tuple[str, str, str, int, str, str]]) -> Doc:
    """Rows of (word, POS, dep, head index, lemma, BIO entity tag)."""
    words, pos, deps, heads, lemmas, ents = zip(*rows, strict=True)
    return Doc(
        VOCAB,
        words=list(words),
        pos=list(pos),
        deps=list(deps),
        heads=list(heads),
        lemmas=list(lemmas),
        ents=list(ents),
    )


def read(rows, published=date(2018, 6, 1)):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country)
        for e in extract_events(parsed(rows), _kb(), published)
    ]


_MINI = {}


def _kb():
    return _MINI["kb"]


@pytest.fixture(autouse=True)
def _use_mini_kb(mini_kb):
    _MINI["kb"] = mini_kb


KIM = [
    ("Kim", "PROPN", "compound", 1, "Kim", "B-PERSON"),
    ("Jong-un", "PROPN", "nsubj", 4, "Jong-un", "I-PERSON"),
]


def test_negated_visit_did_not_occur():
    rows = KIM + [
        ("did", "AUX", "aux", 4, "do", "O"),
        ("not", "PART", "neg", 4, "not", "O"),
        ("visit", "VERB", "ROOT", 4, "visit", "O"),
        ("Seoul", "PROPN", "dobj", 4, "Seoul", "B-GPE"),
        (".", "PUNCT", "punct", 4, ".", "O"),
    ]
    assert read(rows) == [("visit", "not_occurred", ["Kim Jong-un"], "Seoul", "KOR")]


def test_surnames_meet_in_a_city():
    rows = [
        ("Moon", "PROPN", "nsubj", 1, "Moon", "B-PERSON"),
        ("met", "VERB", "ROOT", 1, "meet", "O"),
        ("Kim", "PROPN", "dobj", 1, "Kim", "B-PERSON"),
        ("in", "ADP", "prep", 1, "in", "O"),
        ("Pyongyang", "PROPN", "pobj", 3, "Pyongyang", "B-GPE"),
        (".", "PUNCT", "punct", 1, ".", "O"),
    ]
    assert read(rows) == [
        ("meeting", "occurred", ["Kim Jong-un", "Moon Jae-in"], "Pyongyang", "PRK")
    ]


def test_will_travel_is_planned():
    rows = [
        ("Putin", "PROPN", "nsubj", 2, "Putin", "B-PERSON"),
        ("will", "AUX", "aux", 2, "will", "O"),
        ("travel", "VERB", "ROOT", 2, "travel", "O"),
        ("to", "ADP", "prep", 2, "to", "O"),
        ("Pyongyang", "PROPN", "pobj", 3, "Pyongyang", "B-GPE"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ]
    assert read(rows) == [("visit", "planned", ["Vladimir Putin"], "Pyongyang", "PRK")]


def test_could_meet_is_hypothetical():
    rows = [
        ("Putin", "PROPN", "nsubj", 2, "Putin", "B-PERSON"),
        ("could", "AUX", "aux", 2, "could", "O"),
        ("meet", "VERB", "ROOT", 2, "meet", "O"),
        ("Kim", "PROPN", "dobj", 2, "Kim", "B-PERSON"),
        ("in", "ADP", "prep", 2, "in", "O"),
        ("Vladivostok", "PROPN", "pobj", 4, "Vladivostok", "B-GPE"),
        (".", "PUNCT", "punct", 2, ".", "O"),
    ]
    assert read(rows) == [
        (
            "meeting",
            "hypothetical",
            ["Kim Jong-un", "Vladimir Putin"],
            "Vladivostok",
            "RUS",
        )
    ]


def test_a_question_is_hypothetical():
    rows = [
        ("Will", "AUX", "aux", 2, "will", "O"),
        ("Putin", "PROPN", "nsubj", 2, "Putin", "B-PERSON"),
        ("visit", "VERB", "ROOT", 2, "visit", "O"),
        ("Pyongyang", "PROPN", "dobj", 2, "Pyongyang", "B-GPE"),
        ("?", "PUNCT", "punct", 2, "?", "O"),
    ]
    assert read(rows) == [
        ("visit", "hypothetical", ["Vladimir Putin"], "Pyongyang", "PRK")
    ]


def test_a_rumoured_meeting_is_unconfirmed():
    rows = [
        ("the", "DET", "det", 1, "the", "O"),
        ("rumour", "NOUN", "nsubj", 7, "rumour", "O"),
        ("of", "ADP", "prep", 1, "of", "O"),
        ("a", "DET", "det", 4, "a", "O"),
        ("meeting", "NOUN", "pobj", 2, "meeting", "O"),
        ("with", "ADP", "prep", 4, "with", "O"),
        ("Putin", "PROPN", "pobj", 5, "Putin", "B-PERSON"),
        ("spread", "VERB", "ROOT", 7, "spread", "O"),
        (".", "PUNCT", "punct", 7, ".", "O"),
    ]
    # one named person only: no meeting (SCHEMA.md rule 3), and no stray visit
    assert read(rows) == []


def test_a_leader_travelling_at_home_makes_no_visit():
    rows = [
        ("Putin", "PROPN", "nsubj", 1, "Putin", "B-PERSON"),
        ("flew", "VERB", "ROOT", 1, "fly", "O"),
        ("to", "ADP", "prep", 1, "to", "O"),
        ("Vladivostok", "PROPN", "pobj", 2, "Vladivostok", "B-GPE"),
        (".", "PUNCT", "punct", 1, ".", "O"),
    ]
    assert read(rows) == []
