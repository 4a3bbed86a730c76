"""Trips and meetings told as earlier than the text's own time (SCHEMA.md rule 18).

A report lends its publication date to the undated events it tells as the day's
news (`assemble._anchor_dates`, `assemble._date_news`). An event whose own clause
places it before that time is a precedent the text does not date, and keeps no
date rather than the day's: the past perfect of a main clause ('the two leaders
had met several times'), a bare adverb of an earlier time ('Churchill once came
to this cabin', 'since they last met', 'had visited Japan before'). Read from the
parse (tense, aspect, modifiers); words in patterns/recalled_aspect.json.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.lexicon import word_set


def told_as_earlier(trigger: Token) -> bool:
    """Is the trip or meeting of `trigger` told as before the text's own time?"""
    verb = governing_verb(trigger)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if trigger.pos_ == "NOUN" and trigger.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False  # 'met on the sidelines of the earlier summit': the verb's act
    return _earlier_adverb(verb) or _past_perfect(verb)


def _earlier_adverb(verb: Token) -> bool:
    """'once came', 'had met before', 'since they last met': a bare adverb of an
    earlier time ('last year', 'once a month' have dependents and are not these)."""
    adverbs = word_set("recalled_aspect.json", "earlier_adverbs")
    return any(
        c.dep_ == "advmod" and c.lower_ in adverbs and not list(c.children)
        for c in verb.children
    )


def _past_perfect(verb: Token) -> bool:
    """'The two leaders had met several times': the past perfect of a main clause.
    In a relative, adverbial or reported clause it is a time relative to another
    past act of the day's news ('after a meeting in Harare, where he had made a
    brief stopover'; 'said he had met Putin'), so it is not read there."""
    if verb.tag_ != "VBN":
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children):
        return False
    head = verb
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ROOT"
