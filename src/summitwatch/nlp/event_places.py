"""Where an event read from a trigger happened, when its own words name no venue:
the dateline, each country of a listed trip, where a party was visiting, the
country of a host (rule 17)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitwatch.models import Location
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.mentions import PlaceMention, location_of
from summitwatch.nlp.visiting import visiting_place

_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’-]{2,})(?:,\s*[A-Z][\w .]+?)?\s*(?:\(|—|–|--| - )"
)


def read_dateline(index: DocIndex) -> PlaceMention | None:
    """'NUSA DUA, Indonesia — …', 'SEOUL, April 27 (Yonhap) --': where the news is."""
    for sent in list(index.doc.sents)[:6]:
        match = _DATELINE.match(span_text(sent))
        if not match:
            continue
        name = match[1].strip().title()
        rest = span_text(sent)[match.end(1) : match.end()].strip(" ,—–-(")
        place = index.kb.place(name) or index.kb.place(rest.split("(")[0].strip())
        if place is not None:
            return PlaceMention(place, -1, -1, name)
    return None


MIN_ABROAD = 2  # one foreign stop after a home one is a leg, not a listed trip


def listed_countries(index, trigger: Token, place: PlaceMention) -> list[PlaceMention]:
    """'visited Trinidad and Tobago and Costa Rica': one visit to each country."""
    root = index.doc[place.start : place.end].root if place.start >= 0 else None
    if root is None or place.place.kind != "country":
        return []
    found = [place]
    for conj in root.conjuncts:
        other = index.place_at.get(conj.i) or _site_country(index, conj)
        if (
            other
            and other.place.kind == "country"
            and all(other.place != f.place for f in found)
        ):
            found.append(other)
    return found


def listed_abroad(index, place: PlaceMention, home: str) -> list[PlaceMention]:
    """'will travel to Hawaii, Vietnam, Cambodia, … and Australia': a list whose first
    stop is in the traveller's own country (a state, a city at home) still lists the
    trip's stops abroad; the countries coordinated with it, home left out."""
    if place.start < 0:
        return []
    root = index.doc[place.start : place.end].root
    if root.dep_ != "pobj" or root.head.lower_ != "to":
        return []  # a destination ('travel to Hawaii, …'), not 'ASEAN plus Japan, …'
    found: list[PlaceMention] = []
    for conj in root.conjuncts:
        other = index.place_at.get(conj.i)
        if (
            other
            and other.place.kind == "country"
            and other.place.country != home
            and all(other.place != f.place for f in found)
        ):
            found.append(other)
    return found if len(found) >= MIN_ABROAD else []


def _site_country(index, site: Token) -> PlaceMention | None:
    """'visited the Khmeimim Air Base in Syria, and Egypt': a site the KB does not
    know, placed in a country, is a stop in that country."""
    return index.place_after([site], "in", ("country",))


def where_they_were(index, trigger: Token, place: PlaceMention | None):
    """'Abe, who was visiting Nairobi, Kenya, to attend …, held a meeting': where a
    party was, unless the venue found is a place in that same country."""
    visited = visiting_place(index, trigger)
    if visited is None or (place and place.place.country == visited.place.country):
        return place
    return visited


def event_location(place: PlaceMention | None) -> Location:
    if place is None:
        return Location()
    return location_of(place.place)


def country_place(index: DocIndex, code: str) -> PlaceMention | None:
    country = index.kb.places.countries.get(code)
    return PlaceMention(country, -1, -1, country.name) if country else None
