"""Calls made in person: "X paid a courtesy call on Y", "Y received a courtesy call
from X" (MOFA and Kantei releases). The noun "call" is otherwise a phone call; with
one of the modifiers of `triggers.json: in_person_call_modifiers` it is a meeting,
whose counterpart follows "on", "from" or "by"."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under


def in_person_call(token: Token) -> bool:
    """'a courtesy call', 'a farewell call': a visit paid to someone, not a phone
    call. A list line's capitalised 'Courtesy call on President X' may be parsed
    as a subject and its verb (real 785): the word just before still modifies it."""
    if token.pos_ not in ("NOUN", "PROPN") or token.lemma_.lower() != "call":
        return False
    modifiers = word_set("triggers.json", "in_person_call_modifiers")
    return any(
        c.lower_ in modifiers
        and (
            c.dep_ in ("amod", "compound")
            or (c.dep_ == "nsubj" and c.i == token.i - 1)  # 'Courtesy call on X'
        )
        for c in token.children
    )


def call_partners(index: DocIndex, trigger: Token) -> list[Participant]:
    """Whom the call is paid on, or whom it is received from."""
    if not in_person_call(trigger):
        return []
    preps = word_set("triggers.json", "in_person_call_preps")
    return [
        p
        for c in trigger.children
        if c.dep_ == "prep" and c.lower_ in preps
        for pobj in c.children
        if pobj.dep_ == "pobj"
        for p in persons_under(index, pobj)
    ]
