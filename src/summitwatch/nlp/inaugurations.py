"""A leader's inauguration attended: "he attended the presidential inauguration
Monday of Alvaro Colom" (real 109), "Attended the inauguration of President Muhammadu
Buhari" (dev 044). The one sworn in is there, so the attendee met them. Only the
object of an attending verb counts ("since his inauguration" is a date)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.references import persons_under


def attended_inauguration(token: Token) -> bool:
    """The inauguration noun (`triggers.json: inauguration_nouns`) an attending verb
    takes as its object."""
    words = lexicon().triggers
    return (
        token.lemma_.lower() in words["inauguration_nouns"]
        and token.dep_ == "dobj"
        and token.head.lemma_.lower() in words["attending_verbs"]
    )


def inaugurated(index: DocIndex, trigger: Token) -> list[Participant]:
    """Who is sworn in: the 'of' phrase of the noun, also where the parser hangs it
    on a date set between them ('the inauguration Monday of Alvaro Colom')."""
    if not attended_inauguration(trigger):
        return []
    dates = [
        c
        for c in trigger.head.children
        if c.dep_ == "npadvmod" and c.ent_type_ == "DATE" and c.i == trigger.i + 1
    ]
    return [
        p
        for head in (trigger, *dates)
        for c in head.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in c.children
        for p in persons_under(index, g)
    ]
