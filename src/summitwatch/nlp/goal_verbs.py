"""Trip verbs that also take an abstract goal: "to reach a negotiated political
transition", "reached a deal" is no trip, "reached the capital" is. Such a verb
(`triggers.json: goal_verbs`) is a trip when it has no object, or when its object
is a named place or one of the verb's place nouns."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import to_infinitive
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.mentions import PLACE_LABELS


def abstract_goal(verb: Token) -> bool:
    """The verb's object is a thing reached, not a place: no trip."""
    if _to_office(verb) or _goes_on_to_act(verb):
        return True
    places = lexicon().triggers["goal_verbs"].get(verb.lemma_.lower())
    if places is None:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        o.lemma_.lower() in places or o.ent_type_ in PLACE_LABELS for o in objects
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


def _goes_on_to_act(verb: Token) -> bool:
    """'President X went on to say that …', 'went on to extend his invitation': the
    verb with its particle ('on') and a verb after 'to' tells the next thing the
    speaker did, not a journey. The parser gives the act as an infinitive clause
    or, as often, as a bare noun after a preposition ('to state'); a place after
    'to' ('will go on to Laos') is still a trip."""
    particles = lexicon().triggers["continuing_phrasals"].get(verb.lemma_.lower())
    if not particles or not any(
        c.dep_ == "prt" and c.lower_ in particles for c in verb.children
    ):
        return False
    for child in verb.children:
        if (
            child.dep_ in ("xcomp", "advcl")
            and child.pos_ == "VERB"
            and to_infinitive(child)
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "to":
            return any(_bare_act(o, child) for o in child.children if o.dep_ == "pobj")
    return False


def _bare_act(word: Token, prep: Token) -> bool:
    """'to state' misparsed as a noun: right after 'to', no determiner, no name."""
    return (
        word.i == prep.i + 1
        and word.pos_ in ("NOUN", "VERB")
        and not word.ent_type_
        and not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in word.children)
    )
