"""A stay told by the time spent in a place: 'will spend Thursday in Singapore',
'is expected to spend several hours in Kinshasa', 'to spend three days in
Washington as the guest of the Government' (session 10: events the readers never
proposed). A verb of spending time (`time_spending_verbs`, triggers.json) is a trip
when its object is a stretch of time — a date or time entity, or one of
`time_nouns` — and a phrase 'in' or 'at' names a place; 'spent billions in
Africa', 'spent his career in Ohio' are no trip."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PLACE_LABELS
from summitwatch.nlp.place_references import is_place_reference

_TIME_ENTS = frozenset({"DATE", "TIME"})


def time_spent(verb: Token) -> bool:
    """'spend Thursday in Singapore': a stretch of time as object, a place after."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in word_set("triggers.json", "time_spending_verbs"):
        return False
    objects = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    if not any(_a_stretch_of_time(o) for o in objects):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("in", "at")
        and any(
            o.ent_type_ in PLACE_LABELS or is_place_reference(o)  # 'in that country'
            for o in c.children
            if o.dep_ == "pobj"
        )
        for c in verb.children
    )


def _a_stretch_of_time(token: Token) -> bool:
    """'Thursday', 'several hours', 'three days', 'the night', not 'billions'."""
    return token.ent_type_ in _TIME_ENTS or token.lemma_.lower() in word_set(
        "triggers.json", "time_nouns"
    )
