"""`authors.name_and_titles`: the one test of a line that only names someone, asked
by author lines, letter signatures and document heads (session 12, helper
review14). A blank English tokenizer: no model."""

from __future__ import annotations

import pytest
import spacy

from summitwatch.models import Participant
from summitwatch.nlp.authors import name_and_titles
from summitwatch.nlp.mentions import PersonMention

KENNEDY = Participant("John F. Kennedy")


@pytest.mark.parametrize(
    "text, also, only",
    [
        ("President Kennedy", frozenset(), True),
        ("Kennedy here", frozenset(), False),
        ("the President Kennedy", frozenset(), False),
        ("the President Kennedy", frozenset({"the"}), True),
    ],
)
def test_a_line_of_the_name_and_its_titles(text, also, only):
    doc = spacy.blank("en")(text)
    at = [t.text for t in doc].index("Kennedy")
    mention = PersonMention(KENNEDY, at, at + 1)
    assert name_and_titles(list(doc), mention, also=also) is only
