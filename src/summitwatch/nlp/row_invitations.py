"""Who invited a table row's traveller ('At the invitation of President Hoover'):
the inviter of the row's trip, no one it met (#10, class 6; SCHEMA.md rule 4).

A visit list's remarks cell names the host who invited the visitor. Read as a
counterpart, the host became a meeting the row does not report; read as the
inviter, the row gives its invitation (at the row's place and date) beside the
trip. "At the invitation of the President" names nobody by itself (rule 3): it is
the destination's leader on the row's date only when the row names him.
"""

from __future__ import annotations

import re

from summitwatch.models import Participant
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns, phrase_in, whole_word
from summitwatch.nlp.row_people import clause_before
from summitwatch.nlp.table_rows import Row


def invitation_cued(before: str) -> bool:
    """Whether the clause up to a name ends in an invitation cue ('… at the
    invitation of President '), with no meeting word after the cue."""
    pats = load_patterns("tables.json")
    cues = [
        m.end()
        for w in pats["invitation_words"]
        for m in whole_word(w, ignore_case=True).finditer(before)
    ]
    if not cues:
        return False
    tail = before[max(cues) :]
    return not phrase_in(tail, pats["meeting_words"], ignore_case=True)


def row_inviters(
    index: DocIndex, row: Row, traveller: Participant, country: str
) -> list[Participant]:
    """The people the row says invited its traveller to `country`."""
    people = [
        (at, who)
        for at, who in index.people_in(row.span.start, row.span.end)
        if who.name != traveller.name
        and not (at > 0 and index.doc[at - 1].lower_ == "the")  # 'the President'
    ]
    found = [
        who
        for at, who in people
        if invitation_cued(clause_before(index, row, at).lower())
    ]
    if found or not _THE_HOST.search(row.span.text):
        return found
    leader = index.kb.leader_of(country, parse_iso(row.date) or index.published)
    return [who for _, who in people if leader and who.person_id == leader.id][:1]


_THE_HOST = re.compile(
    r"\binvitation\s+(?:of|by|from)\s+the\s+(?:President|King|Queen)\b"
)
