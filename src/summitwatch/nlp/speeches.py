"""A trip told by the speech given there: 'delivered the commencement address at
De Pauw University in Greencastle', 'is scheduled to give a speech at Yale
University in New Haven', 'his impassioned speech at the Berlin Wall' (session 11:
events no reader proposed). A speech noun (`speech_nouns`, triggers.json) is a
visit trigger when someone gives it — it is the object of a delivering verb
(`delivering_verbs`) or a person's own ('his speech') — and a phrase 'at' or 'in'
on it or on that verb names a place. The sentence reader finds the speaker and the
place as for any trip noun; a speech at home is no trip (`assemble.abroad`).
'a speech to the students', 'the speech was well received', 'an address to the
nation' name no place and are none."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PLACE_LABELS


def speech_given_at(noun: Token) -> bool:
    """'delivered an address at Cairo University', 'his speech in Singapore'."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in word_set(
        "triggers.json", "speech_nouns"
    ):
        return False
    verb = noun.head if noun.dep_ == "dobj" else None
    delivered = verb is not None and verb.lemma_.lower() in word_set(
        "triggers.json", "delivering_verbs"
    )
    owned = any(c.dep_ == "poss" for c in noun.children)
    if not (delivered or owned):
        return False
    holders = [noun, verb] if delivered and verb is not None else [noun]
    return any(_names_a_place(prep) for h in holders for prep in h.children)


def _names_a_place(prep: Token) -> bool:
    """An 'at'/'in' phrase with a named place in it ('at Yale University in New
    Haven', 'at the Berlin Wall')."""
    if prep.dep_ != "prep" or prep.lower_ not in ("at", "in"):
        return False
    return any(t.ent_type_ in PLACE_LABELS for t in prep.subtree if t.i != prep.i)
