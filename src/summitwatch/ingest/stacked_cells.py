"""Tables a mirror flattened to one cell a line, put back to one row a line.

Some Wikipedia mirrors render a table with every cell on a line of its own, with or
without its separator, and some leave the wiki markup of a row-number cell in front
of the date ("President |" / "Dates |" / "Cities |" / "Reason |", then "William
Howard Taft |" / "01 !October 16, 1909 |" / "Ciudad Juárez |" / "Part of an
exchange … |"; or "Country" / "Locations" / "Dates" / "Details", then "Indonesia" /
"31 August–1 September" / "Morrison met …"). A row that continues the row span above
(the same president) or has an empty cell (no Locations) has fewer lines. Read line
by line, no row holds both its traveller and its date, and such a page gave no event
at all (held-out4 010, real 144). Here the cells are joined back into the marked-up
rows the table readers know (the header, a '---|' rule, then one line a row), each
row cut at its date cell. No NLP: a date cell is a line that is only a date, the
header a block of short lines naming the columns, one of them the date's.
"""

from __future__ import annotations

import re

from summitwatch.ingest.date_text import MONTH as _MONTH
from summitwatch.ingest.date_text import MONTH_DAY as _MONTH_DAY

_DAY_MONTH = rf"\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}"  # '13–15 November'
_ONE = rf"(?:{_DAY_MONTH}|{_MONTH_DAY})"
# a cell that is only a date: 'October 16, 1909', 'June 29-July 1, 1962',
# '31 August–1 September', '5–10 October 1964'
_DATE_CELL = re.compile(rf"{_ONE}(?:\s*[–-]\s*{_ONE})?(?:,?\s+(?:1[89]|20)\d\d)?")
# the wiki markup a mirror leaves of a row-number header cell: '01 !', '15 !'
_ROW_NUMBER = re.compile(r"^\d{1,3} !\s*")
_DATE_COLUMN = re.compile(r"^dates?\b|^date\(s\)", re.I)
_YEAR_LINE = re.compile(r"\s*(?:1[89]|20)\d\d\s*")
MIN_ROWS = 3  # fewer dated rows are no table
MIN_COLUMNS, MAX_COLUMNS = 3, 8
MAX_HEADER_WORDS = 3  # a column name: 'Date(s)', 'Areas visited', 'Key details'


def _cell(line: str) -> str:
    """A line's one cell: without its separator and a row number's markup."""
    text = line.strip()
    text = text[:-1].strip() if text.endswith("|") else text
    return _ROW_NUMBER.sub("", text)


def _is_date(cell: str) -> bool:
    return bool(_DATE_CELL.fullmatch(cell))


def _column_name(line: str) -> bool:
    """A short line naming a column: a few words, no digits, no sentence."""
    text = line.strip()
    if text.count("|") > (1 if text.endswith("|") else 0):
        return False
    cell = _cell(text)
    words = re.findall(r"[^\W\d_]+", cell)
    return (
        0 < len(words) <= MAX_HEADER_WORDS
        and not re.search(r"[\d.,:;!?]", cell)
        and cell[:1].isupper()
    )


def _name_runs(lines: list[str]) -> list[int]:
    """For each line, how many column-name-like lines run from it: counted once,
    from the end, so a long list of short lines costs one pass, not one per line."""
    runs = [0] * (len(lines) + 1)
    for i in range(len(lines) - 1, -1, -1):
        runs[i] = runs[i + 1] + 1 if _column_name(lines[i]) else 0
    return runs


def _header_at(lines: list[str], runs: list[int], i: int) -> int:
    """How many column-name-like lines open at line i (0: none), one of them the
    date column's: the header, and the first row's cells before its date."""
    width = runs[i]
    if not MIN_COLUMNS <= width <= 2 * MAX_COLUMNS:
        return 0
    names = [_cell(line) for line in lines[i : i + width]]
    return width if any(_DATE_COLUMN.match(n) for n in names) else 0


def _body_end(lines: list[str], runs: list[int], j: int) -> int:
    """Where the body starting at line j ends: a blank line, a year heading, the
    next section's header."""
    while j < len(lines) and lines[j].strip() and not _YEAR_LINE.fullmatch(lines[j]):
        if _header_at(lines, runs, j):
            break
        j += 1
    return j


def _rows(cells: list[str], width: int, at: int) -> list[list[str]]:
    """Cut the body's cells into rows at their date cells: a row has up to `at`
    cells before its date (fewer when it continues a row span or a cell is
    empty) and the cells after it up to the next row's."""
    dates = [i for i, cell in enumerate(cells) if _is_date(cell)]
    trailing = width - at - 1  # cells after the date: place, notes
    starts = [0]
    for before, after in zip(dates, dates[1:], strict=False):
        between = after - before - 1
        starts.append(after - max(0, min(at, between - trailing)))
    ends = starts[1:] + [len(cells)]
    return [cells[a:b] for a, b in zip(starts, ends, strict=True)]


def _rebuilt(cells: list[str]) -> list[str] | None:
    """The header, a rule and the rows, one line each; None when the cells are no
    table. A full row spans from one date cell to the next, so the widest gap
    between dates is the number of columns, and that many cells open the run as
    its header (the first row's leading cells look like column names too:
    'William Howard Taft', 'Indonesia')."""
    dates = [i for i, cell in enumerate(cells) if _is_date(cell)]
    if len(dates) < MIN_ROWS:
        return None
    width = max(b - a for a, b in zip(dates, dates[1:], strict=False))
    names, body = cells[:width], cells[width:]
    at = next((i for i, n in enumerate(names) if _DATE_COLUMN.match(n)), None)
    if at is None or not MIN_COLUMNS <= width <= MAX_COLUMNS or dates[0] - width > at:
        return None
    return [
        " | ".join(names) + " |",
        "|".join(["---"] * width) + "|",
        *(" | ".join(row) + " |" for row in _rows(body, width, at)),
    ]


def join_stacked_cells(text: str) -> str:
    """Every table flattened to one cell a line, rebuilt one row a line."""
    lines = text.split("\n")
    runs = _name_runs(lines)
    out: list[str] = []
    i = 0
    while i < len(lines):
        block = _header_at(lines, runs, i)  # the header and the first row's lead
        end = _body_end(lines, runs, i + block) if block else i
        rebuilt = block and _rebuilt([_cell(line) for line in lines[i:end]])
        if rebuilt:
            out.extend(rebuilt)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)
