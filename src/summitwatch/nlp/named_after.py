"""Things named after people (issue #10, people beyond the KB): 'the Mandela
Washington Fellows program', 'Kim Il Sung Square', 'King Fahd Causeway', 'John F.
Kennedy Airport'. The name there is part of a proper noun for a programme, a place
or a building, not the person taking part in anything (`mentions.json:
named_after_heads`). Both readings live here: a name that opens such a noun
(`named_after`) and a tagged name that ends in the head (`named_thing`)."""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.lexicon import word_set

REACH = 3  # proper nouns between the name and the head ('Mandela Washington Fellows')


def named_after(name: Span) -> bool:
    """The name opens a longer proper noun whose head names a thing."""
    heads = word_set("mentions.json", "named_after_heads")
    doc = name.doc
    for token in doc[name.end : min(name.end + REACH, name.sent.end)]:
        if not token.text[:1].isupper() or token.pos_ not in ("PROPN", "NOUN"):
            return False
        if token.lower_ in heads:
            return True
    return False


def named_thing(name: Span, kb: KnowledgeBase) -> bool:
    """'Kennedy Library', 'Johnson Library' tagged whole as a name (FRUS source
    notes: '(Kennedy Library, President's Appointment Books)', real 218, 493): a
    known person's name and a head of `named_after_heads`. The name must be the
    KB's, or 'Mr. Vu Duc Dam' would be a dam."""
    heads = word_set("mentions.json", "named_after_heads")
    if len(name) < 2 or name[-1].lower_ not in heads:
        return False
    person = name[:-1].text
    return bool(kb.people_named(person) or kb.people_with_surname(person))
