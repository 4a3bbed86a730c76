"""Places that name what is talked about, not where anything happens (issue #10):
"to take up the deepening crisis in Zimbabwe", "the conflict in Yemen". Kept apart
from venue.py so that frame.py can use it without importing the venue rules."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import load_patterns


def crisis_in(prep: Token) -> bool:
    """'the deepening crisis in Zimbabwe': the 'in' of a topic noun (the parser may
    hang the 'in' on the verb, so the word before it counts too)."""
    if prep.lower_ == "of":  # 'the issue of North Korea'
        return (
            prep.head.lemma_.lower() in load_patterns("topics.json")["of_topic_nouns"]
        )
    if prep.lower_ != "in" or prep.i == 0:
        return False
    nouns = load_patterns("topics.json")["in_topic_nouns"]
    before = prep.doc[prep.i - 1]
    return prep.head.lemma_.lower() in nouns or before.lemma_.lower() in nouns


def topic_place(root: Token) -> bool:
    """The place's head word is the object of a topic noun's 'in'."""
    return root.dep_ == "pobj" and crisis_in(root.head)
