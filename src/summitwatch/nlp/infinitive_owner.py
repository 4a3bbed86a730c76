"""Who does the act of an infinitive that hangs on a noun: 'on the way to see Xi',
'considered a trip to Pyongyang to meet Kim', 'became the first leader to be
received by the Emperor'. The noun is no actor: read as one, its subtree gave the
verb's own object as the agent (written set 004, 010, 031)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.clause_subjects import governing_verb, subjects, to_infinitive
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under


def infinitive_owner(index: DocIndex, verb: Token) -> list[Participant] | None:
    """The actor of a 'to' infinitive on a noun (`acl`, or a relative clause
    'the first leader to be received'): the people the noun itself names ('Kim's
    plan to visit', 'a letter from Kim to invite'), else the subject of the clause
    the noun sits in ('Clinton considered a trip to …', 'he will stop in Beijing on
    the way to …'), never those named inside the infinitive. None when the verb is
    no such infinitive or no one is found (the other readers then try)."""
    if verb.dep_ not in ("acl", "relcl") or not to_infinitive(verb):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN", "PRON") or noun.i in index.person_at:
        return None
    if not _carrier(noun):
        return None
    inside = {
        index.person_at[t.i].participant.name
        for t in verb.subtree
        if t.i in index.person_at
    }
    if noun.dep_ != "attr":  # 'his turn to visit' is no one's description
        named = [p for p in persons_under(index, noun) if p.name not in inside]
        named += [
            p
            for c in noun.children
            if c.dep_ == "poss"
            for p in persons_under(index, c)
            if p.name not in inside
        ]
        if named:
            return named
    if noun.head is noun:
        return None
    clause = governing_verb(noun.head)
    if clause.pos_ not in ("VERB", "AUX") or clause.i == verb.i:
        return None
    found = [
        p
        for s in subjects(clause)
        for p in persons_under(index, s)
        if p.name not in inside
    ]
    return found or None  # no one found: the other readers try


def _carrier(noun: Token) -> bool:
    """A noun that only carries its actor's act: a trip or the road ('a trip to
    Pyongyang to meet', 'on the way to see'), an occasion ('the chance to visit'),
    or a description the subject is said to be ('became the first leader to be
    received'). Other nouns ('a Call to Action to drive investment') are left to
    the readers that know them (`triggers.json: visit_nouns, en_route_nouns`,
    `speakers.json: occasion_nouns`)."""
    if noun.dep_ == "attr":
        return True
    lemma = noun.lemma_.lower()
    return (
        lemma in word_set("triggers.json", "visit_nouns")
        or lemma in word_set("triggers.json", "en_route_nouns")
        or lemma in word_set("speakers.json", "occasion_nouns")
    )
