"""Lists of visits a head of state received: each row is a meeting with the host.

"List of state visits received by Elizabeth II" ("Date Country Regime Guests",
"28 June – 1 July 1954  Sweden Monarchy TM King Gustaf VI Adolf … and Queen
Louise") and "List of state visits received by Charles III" (the same columns as a
pipe table) name the host once, in the title; a row names the guest and the guest's
own country, not where the visit was. The row is the guest's trip to the host's
country and, a state visit being received by the host, their meeting there (SCHEMA.md
rule 1; rule 17: no place named, `city` null). Found in real 234 and 235; the title
words are data (`tables.json: received_title`).
"""

from __future__ import annotations

import re

from summitwatch.models import Event, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.row_events import row_event
from summitwatch.nlp.row_people import row_traveller
from summitwatch.nlp.row_places import places_in, row_location
from summitwatch.nlp.table_rows import Row


def list_host(index: DocIndex, subject: Participant | None) -> Participant | None:
    """The title's person when the title says the list holds visits received by
    him or her, and the KB knows where the host receives them."""
    if subject is None or not subject.country:
        return None
    title = doc_text(index.doc).lstrip().split("\n", 1)[0]
    pattern = load_patterns("tables.json")["received_title"]
    return subject if re.search(pattern, title, re.I) else None


def received_row(index: DocIndex, row: Row, host: Participant) -> list[Event]:
    """The row's guest met the host in the host's country; at a place of that
    country the row names ('Windsor Castle'), if any."""
    country = host.country
    people = [
        p
        for _, p in index.people_in(row.span.start, row.span.end)
        if p.name != host.name
    ]
    guest = people[0] if people else row_traveller(index, row, None, country)
    if guest is None:  # the Guests cell's first person; a consort named after
        return []  # the guest only accompanies (real 005's Queen Ratna)
    places = [
        p
        for _, p in places_in(index, row.span, country, guest.country)
        if p.country == country and p.kind != "country"
    ]
    loc = row_location(places[0] if places else None, country)
    return [row_event("meeting", [host, guest], loc, row, index)]
