"""A trip whose destination is a world region ('will travel to Africa in early
2003', 'travels to Europe, the Middle East and Asia next week'): the text names where
it goes, only not a country, so the place of the sentence before or of the text's
frame is not borrowed: the countries the text lists are the trip's visits, and a
visit needs a country (`assemble.abroad`)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.lexicon import word_set

_REGION_PREPS = frozenset({"to", "in", "for", "across", "through", "around"})


def _phrase(token: Token) -> str:
    """The words of a noun phrase's head and its modifiers, no conjuncts."""
    words = [t for t in token.subtree if t.i <= token.i]
    return " ".join(t.lower_ for t in words)


def _named_region(token: Token) -> bool:
    regions = word_set("regions.json", "region_names")
    return any(
        _phrase(t) in regions or t.lower_ in regions for t in (token, *token.conjuncts)
    )


def region_destination(trigger: Token) -> bool:
    """Does the trigger's own destination phrase name a world region: 'to Africa',
    'summits in Asia', 'his visit to the Middle East'?"""
    verb = governing_verb(trigger)
    heads = [trigger, verb]
    heads += [c for h in (trigger, verb) for c in h.children if c.dep_ == "dobj"]
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in _REGION_PREPS
        and any(o.dep_ == "pobj" and _named_region(o) for o in prep.children)
        for head in heads
        for prep in head.children
    )
