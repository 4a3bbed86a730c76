"""nlp.doc_text: the doc's joined text and the places in it readers ask about.
Blank-pipeline docs (no model)."""

from __future__ import annotations

import pytest
import spacy

from summitwatch.nlp.doc_text import at_line_start, window_start


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Moon with Trump in New York, 2017", "Moon", True),  # the text's start
        ("Trips\nMoon with Trump in New York, 2017", "Moon", True),  # after a break
        ("Trips\n\nMoon with Trump, 2017", "Moon", True),  # after a blank line
        ("President Moon met Trump.", "Moon", False),  # inside a line
    ],
)
def test_a_token_at_a_line_start(text, word, expected):
    doc = spacy.blank("en")(text)
    token = next(t for t in doc if t.text == word)
    assert at_line_start(token) is expected


@pytest.mark.parametrize(
    ("back", "first"), [(0, "They"), (1, "Then"), (2, "Dulles"), (5, "Dulles")]
)
def test_a_window_back_over_sentences(back, first):
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    doc = nlp("Dulles and Stassen left. Then they flew to Cairo. They met Nasser.")
    last = list(doc.sents)[-1]
    assert doc[window_start(last, back)].text == first
