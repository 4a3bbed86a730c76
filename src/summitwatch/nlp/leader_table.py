"""Tables of meetings between two offices: one meeting a row (SCHEMA.md rules 2, 16).

'List of meetings between the pope and the president of the United States' ('No.
Date Site City Country President Pope Notes') and 'List of Soviet Union–United
States summits' ('| Date | Place | Country | President of the United States |
General Secretary or Premier of the Soviet Union | Notes |'): under a header with a
date column and two or more leaders' columns, each dated row is one meeting of the
leaders it names, not a trip of its first person. A leader who stays for several
rows is written once, in a row span, and the rows below leave the cell empty (or,
flattened, drop it): a row takes from the row above each side (the country of a
leader column) it does not name itself. People named only in a row's notes ('Also
in attendance Prime Minister Harold Macmillan') were at that row's meeting alone.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from summitwatch.models import Event, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.row_events import row_event
from summitwatch.nlp.summit_rows import row_place
from summitwatch.nlp.table_rows import Row, line_spans, row_date

_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _header(line: Span) -> bool:
    """A column header with a date column and two or more leaders' columns."""
    pats = load_patterns("tables.json")
    text = span_text(line).lower()
    if len(line) > pats["leader_header_max_tokens"] or "date" not in text.split(" "):
        if not re.search(r"\|\s*date\s*\|", text):
            return False
    if any(t.tag_ in _FINITE and not t.text[:1].isupper() for t in line):
        return False  # a sentence, not column names ('Notes' tagged a verb)
    roles = sum(len(column.findall(text)) for column in _leader_columns())
    return roles >= 2


@cache
def _leader_columns() -> tuple[re.Pattern[str], ...]:
    """A whole-word pattern per leader column name, compiled once; each counts on
    its own ('Soviet leader' is a 'leader' column too), so no one alternation."""
    names = load_patterns("tables.json")["leader_columns"]
    return tuple(re.compile(rf"\b{re.escape(name)}\b") for name in names)


def _row_people(index: DocIndex, line: Span) -> list[Participant]:
    """The row's people; a name the NER ran on into the next cell's ('Woodrow
    Wilson Benedict XV') is read again from its rest."""
    out: list[Participant] = []
    for mention in index.mentions_in(line.start, line.end):
        found = [mention.participant]
        span = index.doc[mention.start : mention.end]
        last = mention.participant.name.split()[-1].lower()
        ends = [t.i for t in span if t.lower_ == last]
        rest = index.doc[ends[0] + 1 : span.end] if ends else None
        if rest is not None and len(rest) and rest[0].text[:1].isupper():
            other = index.resolver.resolve_name(rest)
            found += [other] if other is not None and other.person_id else []
        out += [p for p in found if all(p.name != q.name for q in out)]
    return out


def _sides(people: list[Participant]) -> dict[str, list[Participant]]:
    sides: dict[str, list[Participant]] = {}
    for who in people:
        if who.country:
            sides.setdefault(who.country, []).append(who)
    return sides


def leader_table_meetings(index: DocIndex) -> list[Event]:
    """Each row's meeting. The row is still read as a list row too: the trips its
    notes tell ('at the end of the president's visit to Australia') are its own,
    and its traveller's stay there folds into the meeting (`trips.fold_trips`)."""
    events: list[Event] = []
    core: list[str] = []  # the countries of the leader columns
    held: dict[str, list[Participant]] = {}  # each side's leaders, row spans kept
    inside = False
    for line in line_spans(index):
        if _header(line):
            inside = True
            continue
        when = row_date(index, line) if inside else None
        if when is None:
            continue
        own = _sides(people := _row_people(index, line))
        if not core and len(own) >= 2:
            core = list(own)[:2]
        held.update({c: own[c] for c in core if c in own})
        present = [p for c in core for p in held.get(c, [])]
        present += [p for p in people if p not in present and p.country not in core]
        if len(present) >= 2 and core:
            row = Row(line, when, columned=True)
            events.append(
                row_event("meeting", present, row_place(index, line), row, index)
            )
    return events
