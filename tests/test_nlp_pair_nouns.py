"""One list of the nouns of a pair reference ('the two leaders', 'both men', 'the
two sides', 'the two Prime Ministers', `mentions.json: pair_nouns`), read by the
references (references.py), by the retelling of a meeting (retold.py) and by the
pair a 'the two leaders' stands for (doc_index.py): the readers cannot disagree on
what heads a pair (session 12, helper dup13)."""

from __future__ import annotations

import pytest

from summitwatch.nlp.references import _the_two
from summitwatch.nlp.retold import _pair_reference


@pytest.mark.parametrize(
    "text, noun, pair",
    [
        ("The two leaders will discuss trade.", "leaders", True),
        ("Both men spoke to reporters.", "men", True),
        ("The two sides will discuss trade.", "sides", True),
        ("The two Prime Ministers will discuss trade.", "Ministers", True),
        ("Both counterparts spoke to reporters.", "counterparts", True),
        ("The two officials will discuss trade.", "officials", False),
    ],
)  # fmt: skip
def test_the_readers_of_a_pair_agree(nlp, text, noun, pair):
    token = next(t for t in nlp(text) if t.text == noun)
    assert _pair_reference(token) is pair
    assert _the_two(token) is pair
