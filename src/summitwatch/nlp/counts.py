"""How many a word counts: 'eight', '26', 'several', 'a series of'. One reading for
the tallies of trips (`tallies.counted_trip`) and of meetings (`counted_meetings`):
events counted two or more at a time name no one event (SCHEMA.md rule 3). Words:
`patterns/counts.json`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import load_patterns, word_set


def number(token: Token) -> int:
    """The count a number word gives ('eight', '12', '1,200'); 0 when it is none
    ('one-on-one talks' is tagged a number too)."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return load_patterns("counts.json")["number_words"].get(text, 0)


def quantifier(token: Token) -> bool:
    """'several', 'many', 'numerous': more than one, no number."""
    return token.lower_ in word_set("counts.json", "quantifiers")


def many(token: Token) -> bool:
    """A count of two or more, by number or quantifier."""
    return number(token) >= 2 or quantifier(token)


def count_head(token: Token) -> bool:
    """'a number of', 'a series of', 'a handful of': a noun that counts what its
    'of' names."""
    return token.lemma_.lower() in word_set("counts.json", "count_heads")
