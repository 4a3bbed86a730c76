"""Tables a mirror flattened to one cell a line, put back to one row a line.

Some Wikipedia mirrors render a table with every cell on a line of its own, each ending
in its separator, and leave the wiki markup of a row-number cell in front of the date
("President |" / "Dates |" / "Cities |" / "Reason |", then "William Howard Taft |" /
"01 !October 16, 1909 |" / "Ciudad Juárez |" / "Part of an exchange … |"). A row that
continues the President cell of the row above (a row span) has one cell fewer. Read
line by line, no row holds both its traveller and its date, and the page gave no event
at all (held-out4 010). Here the cells are joined back into the marked-up rows the
table readers know ("President | Dates | Cities | Reason |", a '---|' rule, then one
line a row), each row cut at its date cell. No NLP: the date cell is found by its
month name, the header by its short cells above the first date.
"""

from __future__ import annotations

import re
from itertools import pairwise

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# '01 !October 16, 1909', 'June 29-July 1, 1962', '5 May 1985': a date cell
_DATE_CELL = re.compile(
    rf"(?:\d{{1,2}}\s*[–-]?\s*)*{_MONTH}\s+\d{{1,2}}\b.*\b(?:1[89]|20)\d\d\b"
    rf"|\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}.*\b(?:1[89]|20)\d\d\b"
)
# the wiki markup a mirror leaves of a row-number header cell: '01 !', '15 !'
_ROW_NUMBER = re.compile(r"^\d{1,3} !\s*")
MIN_ROWS = 3  # fewer dated rows are no table
MAX_HEADER = 8  # columns
MAX_HEADER_WORDS = 4  # a column name


def _cell(line: str) -> str | None:
    """The cell of a line that holds one cell and its separator, else None."""
    text = line.strip()
    if not text.endswith("|") or text.count("|") != 1 or len(text) < 2:
        return None
    return _ROW_NUMBER.sub("", text[:-1].strip())


def _is_date(cell: str) -> bool:
    return bool(_DATE_CELL.match(cell))


def _shape(cells: list[str]) -> tuple[int, int] | None:
    """(columns, lead) of a run: a full row spans from one date cell to the next,
    so the widest gap between dates is the row's width; the cells above the first
    date are the header and the first row's lead cells (its traveller). None when
    the run has too few dated rows or a header of long or numbered cells."""
    dates = [i for i, cell in enumerate(cells) if _is_date(cell)]
    if len(dates) < MIN_ROWS:
        return None
    width = max(b - a for a, b in pairwise(dates))
    lead = dates[0] - width
    if not 3 <= width <= MAX_HEADER or not 0 <= lead < width:
        return None
    for cell in cells[:width]:
        words = re.findall(r"[^\W\d_]+", cell)
        if re.search(r"\d", cell) or not 0 < len(words) <= MAX_HEADER_WORDS:
            return None
    return width, lead


def _rows(cells: list[str], width: int, lead: int) -> list[list[str]]:
    """Cut the body's cells into rows at their date cells: each row has `lead` cells
    before its date (the traveller) unless it continues the row above, and the
    cells after its date up to the next row's."""
    dates = [i for i, cell in enumerate(cells) if _is_date(cell)]
    if not dates:
        return []
    trailing = width - lead - 1  # cells after the date: place, notes
    starts = [max(0, dates[0] - lead)]
    for before, after in pairwise(dates):
        between = after - before - 1
        starts.append(after - max(0, min(lead, between - trailing)))
    ends = starts[1:] + [len(cells)]
    return [cells[a:b] for a, b in zip(starts, ends, strict=True)]


def _rebuilt(cells: list[str]) -> list[str] | None:
    """The run's header, a rule and its rows, one line each; None when the run is no
    table (no column header over dated rows)."""
    shape = _shape(cells)
    if shape is None:
        return None
    width, lead = shape
    rows = _rows(cells[width:], width, lead)
    return [
        " | ".join(cells[:width]) + " |",
        "|".join(["---"] * width) + "|",
        *(" | ".join(row) + " |" for row in rows),
    ]


def join_stacked_cells(text: str) -> str:
    """Every run of one-cell lines that is a table, rebuilt one row a line."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _cell(lines[j]) is not None:
            j += 1
        cells = [c for c in map(_cell, lines[i:j]) if c is not None]
        rebuilt = _rebuilt(cells) if cells else None
        out.extend(rebuilt or lines[i : max(j, i + 1)])
        i = max(j, i + 1)
    return "\n".join(out)
