"""'This was not Mr. Erdogan's first visit to Tehran' (VOA, held-out3 012), 'This is
not his first visit, but …' (White House, held-out4 014): the negation on the copula
denies the ordinal, not the visit, which is being made. Such a trip is no trip
called off; it stays one with the talks of that stay."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set


def denies_the_ordinal(trigger: Token) -> bool:
    """The trigger is the predicate of a negated copula and carries an ordinal
    ('first', 'only', 'last'): 'not his first visit'."""
    if trigger.dep_ != "attr":  # the cheap test first: most triggers are no predicate
        return False
    ordinals = word_set("status_cues.json", "denied_ordinals")
    if not any(c.dep_ == "amod" and c.lower_ in ordinals for c in trigger.children):
        return False
    copula = trigger.head
    return copula.lemma_ == "be" and any(c.dep_ == "neg" for c in copula.children)
