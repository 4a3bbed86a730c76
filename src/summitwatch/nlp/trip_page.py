"""'The Secretary' of a trip page (issue #10, class 6).

A foreign ministry's trip page ('Travel to Kenya, Nigeria, …, August 22-September 5,
2016') names its traveller once ('Secretary of State John Kerry traveled to Nairobi')
and then writes 'The Secretary traveled to Sokoto, and Abuja', 'the Secretary met
with …'. Those titles are the traveller, as a readout's 'the President' is its own
leader (`readout.py`, which reads only pages whose header names the office).
"""

from __future__ import annotations

import re
from bisect import insort

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PersonMention
from summitwatch.nlp.readout import _title_at

ITINERARY = re.compile(r"^\s*(?:travel|trip|tour|visits?|journey) to\b", re.I)


def is_trip_page(text: str) -> bool:
    """A page whose title is an itinerary: 'Travel to Kenya, Nigeria, … 2016'."""
    return bool(ITINERARY.match(text.lstrip().split("\n", 1)[0]))


def trip_page_titles(index: DocIndex) -> None:
    """Add 'the Secretary' / 'the Prime Minister' of a trip page as mentions of its
    traveller (the first person the body names), when that is the traveller's
    office."""
    if not is_trip_page(index.doc.text) or not index.persons:
        return
    first_line = index.doc.text.lstrip().split("\n", 1)[0]
    body = [m for m in index.persons if index.doc[m.start].idx > len(first_line)]
    if not body:
        return
    traveller = body[0].participant
    titles = load_patterns("tables.json")["trip_page_titles"]
    added: list[PersonMention] = []
    for token in index.doc[body[0].end :]:
        if token.i in index.person_at or not token.text[:1].isupper():
            continue
        found = _title_at(token, titles)
        if found is not None and _holds(index, traveller, found[0]):
            added.append(PersonMention(traveller, token.i, found[1]))
    for mention in added:
        insort(index.persons, mention, key=lambda m: m.start)
        for i in range(mention.start, mention.end):
            index.person_at[i] = mention


def _holds(index: DocIndex, who: Participant, title: str) -> bool:
    """`title` is in the office the text gives ('Secretary of State John Kerry')
    or in one the KB knows: the page may be read years after the trip."""
    person = index.kb.person(who.person_id) if who.person_id else None
    offices = [who.office or "", *([o.title for o in person.offices] if person else [])]
    return any(title.lower() in office.lower() for office in offices)
