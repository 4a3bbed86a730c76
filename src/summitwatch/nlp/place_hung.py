"""'A met today in Riga, Latvia with B': after a 'city, country' place the parser
hangs the meeting's 'with B' on the country — a conjunct of the city, or a noun
modifier of the verb — so the verb has no counterpart and the meeting becomes A's
trip (real 583, a State Department readout; the same without a time word, 'met in
Paris, France with B', and with 'yesterday … Hanoi, Vietnam with'). A 'with'
phrase right after a place of the meeting verb is the verb's."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.mentions import PLACE_LABELS

_AT = frozenset({"in", "at"})


def _places(head: Token) -> list[Token]:
    """The verb's own places: the objects of its 'in'/'at' and their conjuncts,
    and a place the parser made a noun modifier of the verb."""
    found: list[Token] = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in _AT:
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                found += [obj, *obj.conjuncts]
        elif child.dep_ == "npadvmod":
            found.append(child)
    return [p for p in found if p.ent_type_ in PLACE_LABELS]


def place_hung_with(head: Token) -> list[Token]:
    """The 'with' phrases hung on a place of `head` and following it."""
    return [
        prep
        for place in _places(head)
        for prep in place.children
        if prep.dep_ == "prep" and prep.lower_ == "with" and prep.i > place.i
    ]
