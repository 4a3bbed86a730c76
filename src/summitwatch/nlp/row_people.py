"""The people of a table row, and which of them made the row's trip (#10, class 6).

A row rarely says in prose who travelled: the traveller is the person in its first
cell (the NER often cuts or runs on that name: 'John Milton' of 'John Milton Hay',
'Balewa Met'), a visitor its title names, or, when the row names none, the section
heading's, the list title's ('List of international trips made by Imran Khan') or
the row above's. Kept apart from whom they met (`row_counterparts.py`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from summitwatch.models import Participant
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns, phrase_in, word_set
from summitwatch.nlp.mentions import participant
from summitwatch.nlp.table_cells import after_date_cells, leading_name, person_column
from summitwatch.nlp.table_context import (
    LEAD_DATE,
    ROW_DATE,
    named,
    row_visitor,
)
from summitwatch.nlp.table_rows import Row, line_spans


def list_subject(index: DocIndex) -> Participant | None:
    """'List of international trips made by Imran Khan': whose trips the list holds.
    The page's first sentence, else its title line among the first lines, when a
    mirror put furniture first ('Jump to content') or the lead runs into the title
    and names the owner again ('… made by Theresa May … visited by Theresa May')."""
    first = next(iter(index.doc.sents), None)
    if first is None:
        return None
    found = _one_person(index.people_in(first.start, first.end))
    if found is not None:
        return found
    title = next(
        (line for line in line_spans(index)[:TITLE_LINES] if _TITLE.search(line.text)),
        None,
    )
    return _one_person(index.people_in(title.start, title.end)) if title else None


TITLE_LINES = 5  # a trip list's title is among its first lines
_TITLE = re.compile(r"^\s*List of .*\b(?:trips|visits|travels|journeys) made by\b")


def _one_person(people: list) -> Participant | None:
    """The one person `people` name, however often."""
    return people[0][1] if len({who.name for _, who in people}) == 1 else None


def in_office(index: DocIndex, who: Participant | None, when) -> bool:
    """A KB person who held an office on the row's date: not a namesake of another
    era ('King Faisal' in 1966 is not the foreign minister Faisal bin Farhan)."""
    person = index.kb.person(who.person_id) if who and who.person_id else None
    return bool(person) and (
        when is None or any(o.held_on(when) for o in person.offices)
    )


def clause_before(index: DocIndex, row: Row, at: int) -> str:
    """The row's text from its last '.' or ';' before token `at` up to it; not the
    stop of an abbreviation ('St. Louis (Missouri), and Omaha', 'In U.S. May 3')."""
    text = index.doc[row.span.start : at].text
    return _CLAUSE_END.split(text)[-1]


_CLAUSE_END = re.compile(r"(?<=[a-z)\d]{2})[.;]\s+|;\s+")


def clause_end(index: DocIndex, row: Row, at: int) -> int:
    """The token where the clause holding token `at` ends (the row's end when it
    goes on to it): 'met with X at Windsor Castle, Y at Buckingham Palace. …'."""
    span = index.doc[at : row.span.end]
    found = _CLAUSE_END.search(span.text)
    if found is None:
        return row.span.end
    end = span.char_span(found.start(), found.end(), alignment_mode="expand")
    return end.start + 1 if end is not None else row.span.end


def _leading_name(index: DocIndex, row: Row) -> Participant | None:
    """A row that opens with a full name ('William Pierce Rogers Lagos …'): the KB
    person of its first and last words, where the NER cut it up."""
    words = []
    for token in row.span:
        if token.i in index.place_at or not token.text[:1].isupper():
            break
        words.append(token.text)
    for n in range(len(words), 1, -1):
        for name in (" ".join(words[:n]), f"{words[0]} {words[n - 1]}"):
            found = index.kb.people_named(name)
            if len(found) == 1:
                return participant(found[0], parse_iso(row.date))
    return None


def _spanned_person_cell(index: DocIndex, row: Row) -> bool:
    """'March 29 – April 11, 1934 | Elbow Cay, Gun Cay | …' in a table whose first
    column holds the President: a row that opens with its date left that cell to
    the row above, so the name after the date is no traveller."""
    text = row.span.text.lstrip(" |\n")
    opens_dated = bool(LEAD_DATE.match(text + " ") or ROW_DATE.match(text))
    return opens_dated and person_column(doc_text(index.doc), row.span.start_char)


def _person_cell(
    index: DocIndex, row: Row, when, destination: str | None
) -> Participant | None:
    """The name in a table's first column when its header says the column holds
    people ('President Start End …', 'Name Locale Remarks Date'), the KB's person
    or the name as written (a President-elect the KB lacks, a Secretary)."""
    if not person_column(doc_text(index.doc), row.span.start_char):
        return None
    name = leading_name(index, row.span, destination)
    return named(index, name, None, None, when) if name else None


def _cut_name(lead: Participant, cell: Participant) -> bool:
    """'John Milton' read by the NER in the cell 'John Milton Hay': one word short."""
    words = cell.name.split()
    return lead.person_id is None and " ".join(words[:-1]) == lead.name


def _whole_name(index: DocIndex, row: Row, who: Participant) -> Participant:
    """'Ellen Johnson' of 'Ellen Johnson-Sirleaf', which the NER split at the
    hyphen: the row's KB person whose name goes on from it."""
    if who.person_id is not None:
        return who
    for _, other in index.people_in(row.span.start, row.span.end):
        if other.person_id and other.name.startswith(who.name + " "):
            return other
    return who


def _without_remark(who: Participant) -> Participant:
    """'Balewa Met', 'Obasanjo Working': the NER ran the name into the remarks cell."""
    words = who.name.split()
    remarks = word_set("tables.json", "remark_words")
    if who.person_id is None and len(words) > 1 and words[-1] in remarks:
        return replace(who, name=" ".join(words[:-1]))
    return who


def _met_before(index: DocIndex, row: Row, at: int) -> bool:
    """'Spain Madrid Met with Generalissimo Franco': a person after a meeting word
    is the row's counterpart, not its traveller, however early in the row."""
    words = load_patterns("tables.json")["meeting_words"]
    before = index.doc[row.span.start : at].text.lower()
    return phrase_in(before, words)


def row_traveller(
    index: DocIndex,
    row: Row,
    subject: Participant | None,
    destination: str | None,
    carried: Participant | None = None,
) -> Participant | None:
    """Who made the row's trip: the person who opens the row or its person column,
    a visitor its title names, else the section's, the list's or the row above's."""
    people = index.people_in(row.span.start, row.span.end)
    first = people[0] if people else None
    spanned = _spanned_person_cell(index, row)
    starts_with_person = (
        first is not None
        and (
            first[0] - row.span.start <= 4
            or after_date_cells(index.doc[row.span.start : first[0]].text)
        )
        and not _met_before(index, row, first[0])
        and not spanned
    )
    when = parse_iso(row.date)
    lead = first[1] if starts_with_person and first else None
    cell = _person_cell(index, row, when, destination)  # 'John Milton Hay Paris':
    if cell and (lead is None or _cut_name(lead, cell)):
        lead = cell  # the NER cut the name the first column holds whole
    full_name = _leading_name(index, row)
    traveller = (
        (full_name if in_office(index, full_name, when) else None)
        or (lead if in_office(index, lead, when) else None)
        or row_visitor(index, row.span, when)
        or lead
        or full_name  # 'William Howard Taft 29-Jan-1909 …': a President-elect's trip
        or row.lead
        or subject
        or carried
    )
    if traveller is None:
        return None
    return _whole_name(index, row, _without_remark(traveller))
