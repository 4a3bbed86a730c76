"""One reading of a verb told in the present (nlp/told_present.py), asked by both
'a trip under way' (trips/told.py) and 'the purpose of a journey under way'
(journey_purpose.py): the cases each caller was written for, answered by the one
function (session 12, helper dup13)."""

from __future__ import annotations

import pytest

from summitwatch.nlp.told_present import told_in_present


def _verb(nlp, text: str, word: str):
    doc = nlp(text)
    return next(t for t in doc if t.lower_ == word)


@pytest.mark.parametrize(
    "text, word, present",
    [
        # trips/told.py: a trip under way
        ("Clinton travels to Senegal on Tuesday.", "travels", True),
        ("Chavez is visiting Honduras and Nicaragua.", "visiting", True),
        ("Clinton will travel to Senegal on Tuesday.", "travel", False),
        ("Clinton may travel to Senegal on Tuesday.", "travel", False),
        ("Clinton traveled to Senegal on Tuesday.", "traveled", False),
        # journey_purpose.py: a journey on its way to a purpose
        ("Kerry is headed to Russia for talks with Putin.", "headed", True),
        ("Abe is heading to the United States for a summit.", "heading", True),
        ("Kerry was heading to Russia for talks with Putin.", "heading", False),
        ("Kerry has gone to Russia for talks with Putin.", "gone", False),
        # negation: no trip told, whichever caller asks
        ("Chavez is not visiting Honduras this week.", "visiting", False),
    ],
)  # fmt: skip
def test_one_present_reading_for_both_callers(nlp, text, word, present):
    assert told_in_present(_verb(nlp, text, word)) is present
