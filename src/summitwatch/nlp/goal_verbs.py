"""Trip verbs that also take an abstract goal: "to reach a negotiated political
transition", "reached a deal" is no trip, "reached the capital" is. Such a verb
(`triggers.json: goal_verbs`) is a trip when it has no object, or when its object
is a named place or one of the verb's place nouns."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import lexicon

_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})


def abstract_goal(verb: Token) -> bool:
    """The verb's object is a thing reached, not a place: no trip."""
    if _to_office(verb):
        return True
    places = lexicon().triggers["goal_verbs"].get(verb.lemma_.lower())
    if places is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lemma_.lower() in places or o.ent_type_ in _PLACE_ENTS for o in objects
    )  # the object itself, not 'a transition in Syria'


def _to_office(verb: Token) -> bool:
    """'since he came to office in 2012', 'came to power': an office reached."""
    goals = lexicon().triggers["office_goals"]
    if verb.lemma_.lower() not in goals["verbs"]:
        return False
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(o.lemma_.lower() in goals["offices"] for o in prep.children)
        for prep in verb.children
    )
