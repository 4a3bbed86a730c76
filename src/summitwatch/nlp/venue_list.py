"""Meetings told as a list of places: 'we met in San Diego, Belfast, Hiroshima,
Washington, here' (White House remarks, real 194), 'Trump and Kim Jong-un met in
Hanoi in February and in Singapore last June' (a news caption): one meeting per
place (SCHEMA.md rule 1: one event per encounter), not one at the first."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.mentions import PlaceMention

_AT = frozenset({"in", "at"})


def listed_venues(index: DocIndex, verb: Token) -> list[PlaceMention]:
    """The places coordinated under the meeting verb's own 'in'/'at' phrases, a
    city's country ('in Warsaw, Poland') left out as the city's qualifier."""
    if verb.pos_ != "VERB":
        return []
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _AT]
    preps += [c for p in preps for c in p.conjuncts if c.dep_ == "conj"]
    found: list[PlaceMention] = []
    for prep in preps:
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for token in (obj, *_listed(obj)):
                mention = index.place_at.get(token.i)
                if mention is not None and mention not in found:
                    found.append(mention)
    return _without_qualifiers(found)


def _listed(obj: Token) -> list[Token]:
    """The conjuncts and appositions chained to a place ('San Diego, Belfast, …')."""
    out: list[Token] = []
    todo = [obj]
    while todo:
        token = todo.pop()
        for child in token.children:
            if child.dep_ in ("conj", "appos") and child not in out:
                out.append(child)
                todo.append(child)
    return sorted(out, key=lambda t: t.i)


def _without_qualifiers(places: list[PlaceMention]) -> list[PlaceMention]:
    """Drop a country that only says where a listed city lies."""
    cities = {p.place.country for p in places if p.place.kind != "country"}
    return [
        p
        for p in places
        if not (p.place.kind == "country" and p.place.country in cities)
    ]
