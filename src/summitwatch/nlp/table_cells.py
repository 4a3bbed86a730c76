"""Cells of a trip or visit table, in the layouts pages render them (#10, class 6).

The same table reaches us in several shapes: a marked-up pipe table whose rows wrap
over several lines ("Gerald R. Ford | November 18-22, 1974 | Tokyo, Kyoto |" then the
notes cell on the next line; a flag-only country cell "![]() |" on a line of its own),
a table with Start and End columns ("June 14, 1992 | June 16, 1992 | Sali Berisha"),
dates written "9-Nov-1906", and titles that name the country every row is a trip to
("United States presidential visits to Japan", "Secretary Travels to France", "List of
diplomatic visits to the United States from Europe"). This module reads those shapes;
`table_rows.py` finds the rows and `row_events.py` turns each into events.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span

from summitwatch.ingest.date_text import MONTH
from summitwatch.nlp.dates import (
    NUMERIC_DATE,
    numeric_date,
    resolve_date,
    shared_precision,
)
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.table_context import ROW_DATE, header_words

# One full date: 'June 14, 1992', '14 June 1992', '9-Nov-1906'.
FULL_DATE = (
    rf"(?:{MONTH}\s+\d{{1,2}},?\s+(?:1[89]|20)\d\d"
    rf"|\d{{1,2}}(?:\s+|-){MONTH}(?:\s+|-)(?:1[89]|20)\d\d)"
)
# Two full dates side by side: the Start and End cells, or a range written in full.
_PAIR = re.compile(
    rf"(?<![\w-])({FULL_DATE})\s*(?:\||–|-|to)?\s*(?:\n\s*\|?\s*)?({FULL_DATE})(?!\d)"
)  # (?!\d), not \b: a flattened row glues the next cell on ('… 1993Flag of Somalia')
_ONE = re.compile(rf"(?<![\w-]){FULL_DATE}\b")
_DASHED = re.compile(rf"\b(\d{{1,2}})-({MONTH})-(\d{{4}})\b")
MAX_LINES = 4  # a wrapped row spans at most this many lines
MAX_DATE_CELL_WORDS = 6  # 'Monday, 4 February 1999 (evening)': a date cell's length


def undashed(text: str) -> str:
    """'9-Nov-1906' → '9 Nov 1906', the form the date resolver reads."""
    return _DASHED.sub(r"\1 \2 \3", text)


def row_range(text: str, published: date | None) -> tuple[bool, str | None]:
    """(found, date) of a row whose Start and End cells are both full dates: the
    precision both ends share (SCHEMA.md rule 6): 'June 14, 1992 | June 16, 1992'
    → '1992-06', 'March 27, 2004 | April 1, 2004' → '2004', '31-Dec-1918
    1-Jan-1919' → None. A row with one full date '9-Nov-1906' gives that day.
    found is False when the row has no full date at all."""
    text = text.rstrip(" |\n")
    if found := numeric_date(text, published):
        return True, found  # '11/25/63', the Date column of a stacked table
    # '… December 14, 1918-July 14, 1919': the Date cell ending the row
    ends = [p for p in _PAIR.finditer(text) if p.end() == len(text)]
    first, one = ROW_DATE.search(text), _ONE.search(text)
    if not ends and (one is None or first is None or one.start() != first.start()):
        return False, None  # the date cell is no full date: 'December 12-23, 1874'
    pair = ends[0] if ends else _PAIR.match(text, one.start())
    if pair:
        a = resolve_date(undashed(pair.group(1)), published)
        b = resolve_date(undashed(pair.group(2)), published)
        return True, shared_precision(a, b)
    if _DASHED.match(one.group(0)):
        return True, resolve_date(undashed(one.group(0)), published)
    return False, None


def after_date_cells(before: str) -> bool:
    """'June 14, 1992 | June 16, 1992 | ' before a name: the row's first cells are
    its dates (and a number), so the name opens the Guest or Visitor cell."""
    rest = _ONE.sub(" ", before)
    rest = ROW_DATE.sub(" ", rest)
    rest = re.sub(r"[\d|,.;:()\[\]–-]+", " ", rest)
    return not rest.split()


def _pipes(text: str) -> int:
    return text.count("|")


def _dated(text: str) -> bool:
    return bool(ROW_DATE.search(text) or _ONE.search(text))


def _date_cell_line(text: str) -> bool:
    """A line that is only a row's date cell ('February 4, 1999'), the one line
    without a '|' a marked-up table goes on over. A dated sentence is no such line:
    the lead paragraph right under an infobox ('… was held in Manila 24–25 October
    1966.') is prose, not the infobox's last row."""
    return _dated(text) and len(text.split()) <= MAX_DATE_CELL_WORDS


def is_rule(text: str) -> bool:
    """A table's header rule: '---|---|---|'."""
    text = text.strip()
    return bool(re.fullmatch(r"[-|:\s]+", text)) and "|" in text and "-" in text


def wrapped_rows(lines: list[Span]) -> list[Span]:
    """The logical rows of every marked-up table: the lines under a header rule,
    a row continued on the next lines until it has as many cell separators as the
    header ('![]() |' / 'Cairo | 5–10 October 1964 | … |'), unless the next line
    starts a dated row of its own. A line without any '|' ends the table, except a
    row's first line that holds only its date cell ('February 4, 1999')."""
    out: list[Span] = []
    i = 0
    while i < len(lines):
        ruled = is_rule(span_text(lines[i])) and i > 0
        ruled_next = i + 1 < len(lines) and is_rule(span_text(lines[i + 1]))
        if ruled:
            width = _pipes(span_text(lines[i - 1]))  # the header's separators
        elif not ruled_next and pipe_header(span_text(lines[i])):
            width = _pipes(span_text(lines[i]))  # '| Country/ U.S. state | Dates | …'
        else:
            i += 1
            continue
        i += 1
        while i < len(lines) and not is_rule(span_text(lines[i])):
            first = lines[i]
            if "|" not in span_text(first) and not _date_cell_line(span_text(first)):
                break  # a heading or prose: the table ended
            last, j = first, i + 1
            text = span_text(first)
            while (
                _pipes(text) < width
                and j < len(lines)
                and j - i < MAX_LINES
                and "|" in span_text(lines[j])
                and not is_rule(span_text(lines[j]))
                and not (_dated(text) and _dated(span_text(lines[j])))
            ):
                last = lines[j]
                text += "\n" + span_text(lines[j])
                j += 1
            out.append(first.doc[first.start : last.end])
            i = j
    return out


def pipe_header(text: str) -> bool:
    """'| Country/ U.S. state | Areas visited | Dates | Details | Image |': a row
    of three or more cells, undated, each naming a column."""
    cells = [c.strip().lower() for c in text.split("|") if c.strip()]
    if len(cells) < 3 or _dated(text):
        return False
    words = word_set("tables.json", "column_words")
    return all(any(w in words for w in re.findall(r"[a-z()#.]+", c)) for c in cells)


@cache
def _title_pattern() -> re.Pattern:
    return re.compile(load_patterns("tables.json")["destination_title"], re.I)


def title_destination(kb, title: str) -> str | None:
    """'United States presidential visits to Japan', 'Secretary Travels to France',
    'List of diplomatic visits to the United States from Europe': the country
    every row of the page is a trip to, when the title names one."""
    found = _title_pattern().search(title)
    if not found:
        return None
    place = kb.place(found.group("place").strip())
    return place.country if place is not None and place.kind == "country" else None


HEADER_REACH = 40  # lines a table's rows may run below its column header
HEADER_CHARS = 8000  # the text looked back over for it (not the whole page per row)


def person_column(text: str, at: int) -> bool:
    """Whether the table a row at character `at` sits in opens with a column of
    people: its header's first word is 'President', 'Guest', 'Name', 'Visitor'
    ('President Start End Country Cities Reason', 'Name Locale Remarks Date')."""
    words = word_set("tables.json", "person_columns")
    line = header_above(text, at)
    first = re.findall(r"[#\w()]+", line.lower()) if line else []
    return bool(first) and first[0] in words


def header_above(text: str, at: int) -> str | None:
    """The column header of the table a row at character `at` sits in: the
    nearest header line within HEADER_REACH lines above it."""
    from summitwatch.nlp.table_context import is_header  # the one header test

    lines = text[max(0, at - HEADER_CHARS) : at].split("\n")[-HEADER_REACH:]
    return next(
        (line for line in reversed(lines) if is_header(line) or pipe_header(line)),
        None,
    )


def itemising_header(header: str | None) -> bool:
    """'Country Areas visited Date(s)', '… Locations Key details': a places column
    that lists the trip's towns, each a stop of its own (rule 1); not the
    Historian's 'Locale', where a flattened row's towns place the meeting (dev 044)."""
    return _names_column(header, "itemising_columns")


def locale_header(header: str | None) -> bool:
    """'Name Locale Remarks Date', 'Country Locale Remarks Date': the Office of the
    Historian's travel lists, whose Locale cell names the towns of one entry's
    visit (its own notes: 'the country and the city (locale) … visited')."""
    return _names_column(header, "locale_columns")


def _names_column(header: str | None, columns: str) -> bool:
    """Whether the header line has one of the column names `tables.json: columns`
    lists, its words read as `table_context.header_words` reads every header (glued
    column names apart: 'LocaleRemarks', 'Date(s)Purpose')."""
    if header is None:
        return False
    names = word_set("tables.json", columns)
    return any(w in names for w in header_words(header))


def leading_name(index, row: Span, country: str | None) -> str | None:
    """'William Howard Taft 29-Jan-1909 …', 'John Milton Hay Paris …': the
    capitalised words that open a row, up to its date or place cell."""
    words: list[str] = []
    for token in row:
        if token.i in index.place_at or token.i in index.date_at:
            break
        if token.is_space or not token.text[:1].isupper() or ROW_DATE.match(token.text):
            break
        if len(words) >= 2 and country and _town(index, token.text, country):
            break  # 'Frank Billings Kellogg Cherbourg': the Locale cell, untagged
        words.append(token.text)
    return " ".join(words) if 2 <= len(words) <= MAX_NAME_WORDS else None


MAX_NAME_WORDS = 4


def _town(index, word: str, country: str) -> bool:
    """A town of the list's destination: 'Cherbourg' on a list of trips to France."""
    place = index.kb.place(word, country=country)
    return place is not None and place.kind == "city" and place.country == country


MAX_HEADER_WORDS = 4  # a column name of a stacked table


def stacked_rows(lines: list[Span]) -> list[Span]:
    """A table whose every cell is a line of its own ('Date' / 'Name/Title of
    Visitor' / 'Country Represented' / 'Place' / 'Occasion', then '11/25/63' /
    'Prime Minister Pearson' / 'Canada' / …): three or more short lines of column
    names, then rows of as many lines, each opening with its date."""
    words = word_set("tables.json", "column_words")
    out: list[Span] = []
    i = 0
    while i < len(lines):
        width = 0
        while i + width < len(lines) and _column_name(
            span_text(lines[i + width]), words
        ):
            width += 1
        if width < 3:
            i += 1
            continue
        i += width
        while i + width <= len(lines) and _dated_cell(span_text(lines[i])):
            first, last = lines[i], lines[i + width - 1]
            out.append(first.doc[first.start : last.end])
            i += width
    return out


def _column_name(text: str, words: set[str]) -> bool:
    found = re.findall(r"[a-z()#.]+", text.lower())
    return 0 < len(found) <= MAX_HEADER_WORDS and any(w in words for w in found)


def _dated_cell(text: str) -> bool:
    text = text.strip()
    return bool(
        NUMERIC_DATE.fullmatch(text) or ROW_DATE.match(text) or _ONE.match(text)
    )


_TITLE_YEAR = re.compile(r"\((1[89]\d\d|20\d\d)\)")


def title_year(text: str) -> str | None:
    """'List of presidential trips made by Joe Biden (2023)': the year of every row
    that gives only a day and a month."""
    first = text.lstrip().split("\n", 1)[0]
    found = _TITLE_YEAR.search(first)
    return found.group(1) if found else None
