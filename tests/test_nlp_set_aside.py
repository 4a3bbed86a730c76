"""One set of tests of a trigger that is no event whoever its people are
(`nlp/set_aside.py`), asked by the sentence reader and by the fallback's guesses: the
cases each was written for, answered by the one function (session 12, helper dup13)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import indexed
from summitwatch.nlp.set_aside import set_aside

DAY = date(2017, 5, 10)


@pytest.mark.parametrize(
    "text, word, kind, aside",
    [
        # the fallback's: a call is no meeting in person
        ("Vladimir Putin had talks by telephone with Angela Merkel on Friday.",
         "talks", "meeting", True),
        # the reader's: a thing received, a tally, mutual visits
        ("President Barack Obama received a letter from Kim Jong-un.",
         "received", "meeting", True),
        ("The two leaders agreed to promote mutual visits.", "visits", "visit", True),
        # no reason to set it aside
        ("Vladimir Putin met Angela Merkel in Sochi on Friday.", "met", "meeting",
         False),
        ("Angela Merkel visited Moscow on Friday.", "visited", "visit", False),
    ],
)  # fmt: skip
def test_one_set_aside_for_the_reader_and_the_fallback(
    nlp, kb, text, word, kind, aside
):
    doc, index = indexed(nlp, kb, text, DAY)
    trigger = next(t for t in doc if t.text == word)
    assert set_aside(index, kind, trigger) is aside
