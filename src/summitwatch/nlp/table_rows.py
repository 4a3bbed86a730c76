"""Where a document's table rows are, and each row's date (issue #10, class 6).

Trip lists and visit tables reach us flattened to lines: a marked-up pipe table
(every line under its '---|---' rule is a row), lines that end with their date
("… Official visit. October 3–8, 1980"), entries that open with their date under a
heading naming the traveller, and rows that wrap over several lines. This module
only finds the rows and dates them (a section heading lends the year a row omits);
reading a row into events is `row_events.py`'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span

from summitwatch.ingest.date_text import ACROSS_MONTHS, MONTH, MONTH_DAY
from summitwatch.models import Participant
from summitwatch.nlp.cue_tokens import tokens_containing
from summitwatch.nlp.dates import resolve_date
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text, span_text
from summitwatch.nlp.row_years import lead_years
from summitwatch.nlp.table_cells import (
    row_range,
    stacked_rows,
    title_year,
    wrapped_rows,
)
from summitwatch.nlp.table_context import (
    LEAD_DATE,
    header_rows,
    heading_person,
    heading_year,
    with_year,
)

MIN_ROWS = 3  # fewer dated lines is prose, not a list


_ROW_END_DATE = re.compile(
    rf"(?:{MONTH_DAY},?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{MONTH}\s+\d{{4}})\s*$"
)


_DATE_CELL = re.compile(
    rf"(?:\d{{1,2}}\s*(?:[–-]\s*\d{{1,2}}\s*)?{MONTH}|{MONTH_DAY})(?:,?\s+\d{{4}})?"
)


@dataclass
class Row:
    span: Span  # the row's tokens
    date: str | None
    lead: Participant | None = None  # the traveller its section heading names
    columned: bool = False  # under a table's column header or rule, not a dated line


def line_spans(index: DocIndex) -> list[Span]:
    """The doc's non-empty lines as token spans (several readers ask; read once)."""
    if "lines" not in index.memo:
        index.memo["lines"] = _read_lines(index.doc)
    return list(index.memo["lines"])  # type: ignore[call-overload]


def _read_lines(doc: Doc) -> list[Span]:
    """The non-empty lines, in one pass over the tokens."""
    out, start = [], 0
    for token in tokens_containing(doc[:], "\n"):  # (a token's trailing space is ' ')
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                out.append(doc[start:end])
            start = token.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return [line for line in out if span_text(line).strip()]


def is_rule(line: Span) -> bool:
    """A table's header rule: '---|---|---|'."""
    text = span_text(line)
    return bool(re.fullmatch(r"[-|:\s]+", text.strip())) and "|" in text


def _is_cell_row(line: Span) -> bool:
    return len([c for c in span_text(line).split("|") if c.strip()]) >= 3


def row_date(index: DocIndex, line: Span) -> str | None:
    """The date cell: the Start and End cells' range, the date that ends the
    line, else the row's last date."""
    found, when = row_range(span_text(line), index.published)
    if found:
        return when
    end = _ROW_END_DATE.search(span_text(line).strip())
    if end:
        return resolve_date(end.group(0), index.published)
    for cell in span_text(line).split("|"):  # the date cell of a marked-up table
        if _DATE_CELL.fullmatch(cell.strip()):
            return resolve_date(cell.strip(), index.published)
    dated = index.dates_in(line.start, line.end, text_order=True)
    return dated[-1][1] if dated else None  # the last date: the row's date cell


def find_rows(index: DocIndex) -> list[Row]:
    """The dated rows of a list or table, if the document has at least MIN_ROWS.
    Found once per document; each caller gets its own copies of the rows."""
    if "rows" not in index.memo:
        index.memo["rows"] = _find_rows(index)
    return [replace(row) for row in index.memo["rows"]]  # type: ignore[attr-defined]


def _find_rows(index: DocIndex) -> list[Row]:
    lines = line_spans(index)
    wrapped = wrapped_rows(lines) + stacked_rows(lines)  # rows over several lines
    inside = {i for row in wrapped for i in range(row.start, row.end)}
    ruled = any(is_rule(line) for line in lines)  # a marked-up table: every row counts
    cells = [
        Row(row, row_date(index, row), heading_person(index, row.start_char), True)
        for row in wrapped
    ]
    cells += [
        Row(line, row_date(index, line), columned=True)
        for line in lines
        if ruled
        and _is_cell_row(line)
        and not is_rule(line)
        and line.start not in inside
    ]
    listed = [
        Row(line, row_date(index, line))
        for line in lines
        if _ROW_END_DATE.search(span_text(line).strip())
        and not _is_cell_row(line)
        and line.start not in inside
    ]
    rows = [r for r in cells if r.date]
    rows += listed if len(listed) >= MIN_ROWS else []
    rows += _dated_entries(index, lines, {r.span.start for r in rows} | inside)
    taken = {i for r in rows for i in range(r.span.start, r.span.end)}
    for line in header_rows(doc_text(index.doc)):
        span = index.doc.char_span(line.start, line.end, alignment_mode="expand")
        if span is None or taken & set(range(*_ends(span))):
            continue
        row_text = _without_row_number(span_text(span))
        if not row_text.strip():
            continue
        cell = next(  # the date column, before the notes; not 'October 19|64'
            (m for m in _DATE_CELL.finditer(row_text)
             if not row_text[m.end() : m.end() + 1].isdigit()),
            None,
        )  # fmt: skip
        first = resolve_date(cell.group(0), index.published) if cell else None
        across = ACROSS_MONTHS.match(row_text, cell.start()) if cell else None
        if across:  # '28 June – 1 July 1954', '27 June and 6 July 1959': the year
            first = across.group(1)  # both ends share (SCHEMA.md rule 6)
        ranged, when = row_range(row_text, index.published)  # Start and End cells
        first = when if ranged else first
        dated = index.dates_in(span.start, span.end, text_order=True)
        first = first or (None if ranged or not dated else dated[0][1])
        rows.append(Row(span, first, heading_person(index, line.start), True))
    text = doc_text(index.doc)
    titled = title_year(text)  # '… trips made by Joe Biden (2023)'
    for row in rows:  # '21–22 August' under the heading '2019'
        year = heading_year(text, row.span.start_char) or titled
        row.date = with_year(row.date, span_text(row.span), year)
    rows = sorted(rows, key=lambda r: r.span.start)
    return rows if titled else lead_years(text, rows, span_text)


# '1 August 15, 2018  Paraguay Asunción …': the row's number before a month-first
# date cell (numbered trip lists), not the day of '1 August'
_ROW_NUMBER = re.compile(rf"^(\s*\d{{1,3}})(?=\s+{MONTH}\s+\d{{1,2}}\b)")


def _without_row_number(text: str) -> str:
    """The row with its leading number blanked (same length: offsets hold)."""
    return _ROW_NUMBER.sub(lambda m: " " * len(m.group(1)), text)


def _dated_entries(index: DocIndex, lines: list[Span], taken: set[int]) -> list[Row]:
    """'Gerald Ford (1974–77)' then 'November 18–22, 1974  State guest. Meets with
    Prime Minister Tanaka Kakuei.': entries that open with their date under a
    heading that names the traveller with the years of his office (nippon.com's
    and the Historian's presidential visit pages). Lines that merely open with a
    date (a timeline) are no rows without such a heading."""
    out: list[Row] = []
    for line in lines:
        found = LEAD_DATE.match(span_text(line))
        if found is None or line.start in taken or "|" in span_text(line):
            continue
        lead = heading_person(index, line.start_char)
        if lead is not None:
            when = resolve_date(found.group(0).strip(), index.published)
            out.append(Row(line, when, lead, True))
    return out if len(out) >= MIN_ROWS else []


def _ends(span: Span) -> tuple[int, int]:
    return span.start, span.end
