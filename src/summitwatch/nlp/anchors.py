"""One occasion dated by another: 'X's visit is the first since Y was killed', 'less
than a year after A's visit to Portugal'. The phrase or clause after 'since',
'after', 'before' … tells another occasion, and the people of one are not the
counterparts of the other: read across it, the visit of Karzai met bin Laden
(held-out6 013) and Abe's Portugal trip met his guest in Tokyo (real 070). Words:
`patterns/anchors.json`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set


def anchor_head(token: Token) -> bool:
    """`token` heads a clause or phrase that dates by another occasion: a clause
    marked 'since', 'after' … ('since bin Laden was killed'), or the object of such
    a preposition ('after Abe's visit to Portugal')."""
    words = word_set("anchors.json", "anchor_words")
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in words for c in token.children)
    return token.dep_ in ("pobj", "pcomp") and token.head.lower_ in words


def anchored(trigger: Token, verb: Token) -> bool:
    """The trigger sits in such a phrase below its governing verb: the verb's
    objects are the other occasion's ('welcomed the visit of X … after Abe's
    visit to Portugal')."""
    token = trigger
    while token.i != verb.i and token.head.i != token.i:
        if anchor_head(token):
            return True
        token = token.head
    return False
