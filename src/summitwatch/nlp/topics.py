"""Places that name what is talked about, not where anything happens (issue #10):
"to take up the deepening crisis in Zimbabwe", "the conflict in Yemen", "the issue
of North Korea", "tensions with North Korea". Kept apart from venue.py so that
frame.py can use it without importing the venue rules; the nouns of all three
prepositions are in `topics.json`."""

from __future__ import annotations

from functools import cache

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
    """The place's head word is the object of a topic noun's preposition, or sits
    deeper in the phrase of one (`inside_topic`)."""
    return (root.dep_ == "pobj" and topic_prep(root.head)) or inside_topic(root)


_PHRASE_DEPS = frozenset({"pobj", "prep", "conj", "appos", "compound", "nmod", "amod"})
_TOPIC_DEPTH = 8  # tokens climbed from the place to the topic noun


@cache
def _event_nouns() -> frozenset[str]:
    """Visit and meeting nouns: a place under one is that event's, even when the
    event is what is talked about. (`load_patterns` has already spelt out a list's
    "@file#key" items, and the lists are lower-case.)"""
    triggers = load_patterns("triggers.json")
    return frozenset([*triggers["visit_nouns"], *triggers["meeting_nouns"]])


def inside_topic(root: Token) -> bool:
    """'an exchange of views on a wide range of issues, including policies toward
    North Korea, the Kyushu-Okinawa Summit …': a place anywhere inside the phrase a
    topic noun ('issues', 'question') opens with a preposition of content ('of',
    'including', 'on'), through nouns and prepositions only. What is discussed is
    no venue, however deep the list nests it."""
    topics = load_patterns("topics.json")
    nouns, preps = topics["of_topic_nouns"], topics["topic_phrase_preps"]
    events = _event_nouns()
    token = root
    for _ in range(_TOPIC_DEPTH):
        head = token.head
        if head is token or token.dep_ not in _PHRASE_DEPS:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in events:
            return False  # 'the question of a visit to the United States': its goal
        if (
            token.dep_ == "prep"
            and token.lower_ in preps
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in nouns
        ):
            return True
        token = head
    return False
