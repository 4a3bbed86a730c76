"""Stops a visit list's row makes beyond the list's destination.

"Visits By Foreign Leaders" rows are trips to the United States, and the row reader
keeps only places there; but a row may tell of a stop abroad on the same journey:
"Informal discussions en route to London", "Informal meeting with President
Eisenhower en route to Japan", "In New York City March 5–9; visited Canada March
9–13". Such a place, after a visit or road word in its own clause, is a visit of the
row's traveller there (SCHEMA.md rule 1, a stop with its own place; real 004, 481,
482, 485). Words: `tables.json: extra_stop_words`; the road to a place is read once,
by `en_route.routed_to` ('en route to', 'on his way to').
"""

from __future__ import annotations

from summitwatch.models import Location, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.en_route import routed_to
from summitwatch.nlp.lexicon import load_patterns, phrase_in
from summitwatch.nlp.row_people import clause_before
from summitwatch.nlp.row_places import row_location
from summitwatch.nlp.table_rows import Row


def onward_stops(
    index: DocIndex, row: Row, traveller: Participant, destination: str
) -> list[Location]:
    """The row's places outside `destination` (and not the traveller's home) that
    follow a visit or road word in their clause, first mention of each."""
    cues = load_patterns("tables.json")["extra_stop_words"]
    out: list[Location] = []
    seen: set[str] = set()
    for i in range(row.span.start, row.span.end):
        mention = index.place_at.get(i)
        if mention is None or mention.start != i:
            continue
        place = mention.place
        if place.country in (destination, traveller.country, None):
            continue
        if place.name in seen or _at_home(index, mention.end, place.name, destination):
            continue
        if routed_to(index.doc, i, coming_from=False) or phrase_in(
            clause_before(index, row, i), cues, ignore_case=True
        ):
            seen.add(place.name)
            out.append(row_location(place, place.country))
    return out


def _at_home(index: DocIndex, end: int, name: str, destination: str) -> bool:
    """A place of the destination after all: a name the KB knows there ('Arizona')
    or one followed by a bracketed region of it ('Greenwich (Connecticut)', which
    the KB reads as Greenwich, London)."""
    home = index.kb.place(name, country=destination)
    if home is not None and home.country == destination:
        return True
    doc = index.doc
    if end + 1 >= len(doc) or doc[end].text != "(":
        return False
    region = index.place_at.get(end + 1)
    return region is not None and region.place.country == destination
