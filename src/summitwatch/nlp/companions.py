"""Companions on one journey: 'Baker accompanied President Bush to the Malta
Summit', 'visited New Zealand in 1985 (accompanying his father, Foreign Minister
Shintaro Abe and Prime Minister Nakasone)'. Whoever is accompanied travels too: each
named person makes the trip (a visit each, SCHEMA.md: one traveller per visit), and
the gathering they go to is no meeting of the travellers themselves."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.journey_purpose import for_head
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.references import persons_under


def _companion_verb(token: Token) -> bool:
    """'accompany', 'escort' (groups.json `companion_lemmas`)."""
    return token.lemma_.lower() in word_set("groups.json", "companion_lemmas")


def accompanies(trigger: Token) -> bool:
    """'X accompanied Y (to Z)', 'accompanying Y': an active companion verb with an
    object. The passive 'X, accompanied by his wife' is the entourage of X's own
    trip (`groups.entourage`), not this."""
    if trigger.pos_ != "VERB" or not _companion_verb(trigger):
        return False
    if any(c.dep_ in ("agent", "auxpass", "nsubjpass") for c in trigger.children):
        return False
    return any(c.dep_ == "dobj" for c in trigger.children)


def journey_destination(trigger: Token) -> Token | None:
    """The journey verb a gathering noun is the destination of: 'accompanied Bush
    to the Malta Summit', 'accompanied President Obama for the Summit of the
    Americas' — the verb, when it has an object (someone brought along), else
    None."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return None
    prep = trigger.head
    if prep.lower_ not in ("to", "for") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or (
        verb.lemma_.lower() not in lexicon().triggers["visit_verbs"]
        and not _companion_verb(verb)
    ):
        return None
    return verb if any(c.dep_ == "dobj" for c in verb.children) else None


def only_the_travellers(
    index: DocIndex, trigger: Token, people: list[Participant]
) -> bool:
    """The gathering noun is the destination of a journey with someone brought
    along, and every person read for it is one of the journey's subject or object:
    'Baker accompanied Bush to the Malta Summit' is no meeting of Baker and Bush
    (the summit's own parties are told elsewhere)."""
    verb = journey_destination(trigger)
    if verb is None or not people:
        return False
    travelling = {
        index.person_at[t.i].participant.name
        for c in verb.children
        if c.dep_ in ("nsubj", "dobj")
        for t in c.subtree
        if t.i in index.person_at
    }
    return all(p.name in travelling for p in people)


def one_side_travelling(
    index: DocIndex, trigger: Token, people: list[Participant]
) -> bool:
    """The talks a journey is 'for', when everyone read for them travels together and
    all are of one country: 'Dulles and Stassen traveled to Pakistan for more
    conversations', 'They then proceeded to India for conversations with the Indian
    Government' (real 170) — officials of one government on one trip, whose talks
    are with their hosts, not with each other."""
    verb = for_head(trigger)  # 'for a series of conversations'
    if verb is None or verb.pos_ != "VERB" or len(people) < 2:
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    countries = {p.country for p in people}
    if len(countries) != 1 or None in countries:
        return False
    travelling = {
        m.participant.name
        for s in subjects
        for t in s.subtree
        if (m := index.person_at.get(t.i)) is not None
    }
    travelling |= {p.name for s in subjects for p in persons_under(index, s)}
    return all(p.name in travelling for p in people)
