"""Trips and meetings told as earlier than the text's own time (SCHEMA.md rule 18).

A report lends its publication date to the undated events it tells as the day's
news (`assemble._anchor_dates`, `assemble._date_news`). An event whose own clause
places it before that time by a bare adverb of an earlier time ('Churchill once
came to this cabin', 'since they last met', 'the two leaders had met before',
'had previously visited Japan') is a precedent the text does not date, and keeps
no date rather than the day's. Not the past perfect alone: in a news story it
tells the day's own earlier acts ('He had earlier visited Trinidad and Tobago',
'where he had made a brief stopover'). Read from the parse; words in
patterns/recalled_aspect.json.
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
    return _earlier_adverb(verb)


def _earlier_adverb(verb: Token) -> bool:
    """'once came', 'had met before', 'since they last met': a bare adverb of an
    earlier time ('last year', 'once a month' have dependents and are not these)."""
    adverbs = word_set("recalled_aspect.json", "earlier_adverbs")
    return any(
        c.dep_ == "advmod" and c.lower_ in adverbs and not list(c.children)
        for c in verb.children
    )
