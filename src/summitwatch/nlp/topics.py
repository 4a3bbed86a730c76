"""Places that name what is talked about, not where anything happens (issue #10):
"to take up the deepening crisis in Zimbabwe", "the conflict in Yemen", "the issue
of North Korea", "tensions with North Korea". Kept apart from venue.py so that
frame.py can use it without importing the venue rules; the nouns of all three
prepositions are in `topics.json`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import load_patterns


def topic_prep(prep: Token) -> bool:
    """The preposition ties its object to a noun of what is talked about: 'the
    deepening crisis in Zimbabwe' (the parser may hang the 'in' on the verb, so the
    word before it counts too), 'the issue of North Korea', 'tensions with North
    Korea' (the other side of a relation)."""
    topics = load_patterns("topics.json")
    if prep.lower_ == "of":  # 'the issue of North Korea'
        return prep.head.lemma_.lower() in topics["of_topic_nouns"]
    if prep.lower_ == "with":  # 'strain with the United States'
        return prep.head.lemma_.lower() in topics["relation_nouns"]
    if prep.lower_ != "in" or prep.i == 0:
        return False
    nouns = topics["in_topic_nouns"]
    before = prep.doc[prep.i - 1]
    return prep.head.lemma_.lower() in nouns or before.lemma_.lower() in nouns


def topic_place(root: Token) -> bool:
    """The place's head word is the object of a topic noun's preposition."""
    return root.dep_ == "pobj" and topic_prep(root.head)
