"""'Met X at his official residence': a leader's official residence is in his
capital (Kantei diaries: 'talked with visiting President Rawlings at his official
residence', 'visited UK Prime Minister Tony Blair at the latter's official
residence'). The residence names no town, so the venue is its owner's capital."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PlaceMention

_PREPS = ("at", "in", "to")


def residence_place(
    index: DocIndex, trigger: Token, people: list[Participant]
) -> PlaceMention | None:
    """The capital of the owner of the residence the meeting was at, if the
    trigger or its verb has an 'at … residence' phrase whose owner is known."""
    words = set(load_patterns("residences.json")["residence_nouns"])
    verb = governing_verb(trigger)
    for head in dict.fromkeys((trigger, verb)):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in words:
                    owner = _owner(index, noun, people)
                    return _capital(index, owner) if owner else None
    return None


def _owner(
    index: DocIndex, noun: Token, people: list[Participant]
) -> Participant | None:
    """Whose residence: a named possessor; 'the latter's' the last party named
    before it; 'his' the first party who leads a country that day, the subject
    before the guest ('Hashimoto talked with visiting President Rawlings at his
    official residence'). Only a leader has one: 'Mr. Camdessus of the IMF met
    Premier Hashimoto at his official residence' is at Hashimoto's."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.i in index.person_at:
        return index.person_at[poss.i].participant
    if poss.lower_ in ("latter", "former"):
        named = [
            m.participant
            for m in index.persons
            if noun.sent.start <= m.start < poss.i
            and any(m.participant.name == p.name for p in people)
        ]
        if not named:
            return None
        return named[-1] if poss.lower_ == "latter" else named[0]
    if poss.tag_ != "PRP$":
        return None
    day = index.on or index.published
    leaders = [
        p
        for p in people
        if p.country
        and (person := index.kb.person(p.person_id or "")) is not None
        and person.is_leader_on(day)
    ]
    return leaders[0] if leaders else None


def _capital(index: DocIndex, owner: Participant) -> PlaceMention | None:
    if owner.country is None:
        return None
    name = index.kb.capital(owner.country)
    place = index.kb.place(name, country=owner.country) if name else None
    if place is None or place.country != owner.country:
        return None
    return PlaceMention(place, -1, -1, place.name)
