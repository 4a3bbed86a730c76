"""Plain-text cleaning: drop site furniture and repeated lines, find title and byline
date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import cache
from importlib import resources

from summitwatch.ingest.date_text import ACROSS_MONTHS, ARCHIVE_CLOCK, MONTH
from summitwatch.ingest.stacked_cells import join_stacked_cells

_DATE_IN_LINE = re.compile(
    rf"(?P<d>{MONTH}\s+\d{{1,2}},?\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})"
)
_BYLINE_CUE = re.compile(
    r"^\s*(by\b|published|posted|updated|date[d:]|\w+\s*\|)|\||—|–|\d{1,2}:\d{2}", re.I
)
_BYLINE_LINES = 12
_PLACED_DATELINE = re.compile(
    rf"^\s*{MONTH}\s+\d{{1,2}},\s+\d{{4}}{ARCHIVE_CLOCK}\s+[A-Z]"
)  # 'April 29, 2003 - 00:00 - Novo-Ogaryovo Residence': the Kremlin archive's
# dateline; the place after its clock time is where the day's event was (real 662)


@cache
def furniture_patterns() -> tuple[re.Pattern[str], ...]:
    """The furniture rules shipped in ingest/data/furniture.txt."""
    text = (
        resources.files("summitwatch.ingest").joinpath("data/furniture.txt").read_text()
    )
    rules = [ln.strip() for ln in text.splitlines() if ln.strip() and ln[0] != "#"]
    return tuple(re.compile(rf"^(?:{rule})$", re.I) for rule in rules)


def is_furniture(line: str) -> bool:
    stripped = line.strip()
    return any(p.match(stripped) for p in furniture_patterns())


def drop_furniture(lines: list[str]) -> list[str]:
    """Remove furniture lines and exact repeats of a line already kept (e.g.
    captions).
    """
    kept: list[str] = []
    seen: set[str] = set()
    for at, line in enumerate(lines):
        key = line.strip()
        repeat = key in seen and len(key) > 20 and not _column_header(lines, at)
        if key and (is_furniture(key) or repeat):
            continue
        seen.add(key)
        kept.append(line)
    return kept


def _column_header(lines: list[str], index: int) -> bool:
    """'Start End Guest Title Reason' over each country's table: a short line of
    column names, with no sentence stop, above a dated row, is the table's own
    header however often the page repeats it, not furniture."""
    line = lines[index].strip()
    if len(re.findall(r"[^\W\d_]+", line)) > 10 or line[-1:] in ".!?":
        return False
    below = [  # past a '---|---|' rule, and a row's flag cell on a line of its own
        ln
        for ln in lines[index + 1 : index + 6]
        if ln.strip() and not _RULE.fullmatch(ln)
    ][:2]
    return any(
        re.search(r"\b(1[89]|20)\d\d\b", ln) or _ROW_DAY.search(ln) for ln in below
    )


# a row dated by day and month, its year left to the section heading ('2018' /
# header / 'Vietnam Ha Noi March 22–24 Official visit.', '… 14 July Starmer …')
_ROW_DAY = re.compile(
    rf"\b{MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}(?:\s*[-\u2013]\s*\d{{1,2}})?\s+{MONTH}\b"
)
_RULE = re.compile(r"\s*[-|:\s]*-[-|:\s]*")


def _is_prose(line: str) -> bool:
    """A sentence that happens to hold a date range ('The summit, which was held on
    8 December – 9 December 2007 in Lisbon') is no byline: it has many words."""
    words = re.findall(r"[A-Za-z]{2,}", _DATE_IN_LINE.sub(" ", line))
    return len(words) > 7 and not re.match(
        r"\s*(by|published|posted|updated)\b", line, re.I
    )


# 'Date: 8–9 July 2018', 'Date10–12 June 2020', '- Date: May 29 – June 2, 1988',
# 'Dates: 30 June – 2 July 1980', 'Date: 27 June and 6 July 1959':
# days joined by a dash (or, across two months, by 'and'); not 'November 11, 2010 –
# 3:47 P.M.', nor '2001-09-05'.
_DAY_SPAN = re.compile(
    rf"(?<![\d-])\d{{1,2}}(?:,?\s+\d{{4}})?\s*[-\u2013\u2014]\s*"
    rf"(?:\d{{1,2}}(?![\d:-])|{MONTH}\s+\d{{1,2}}\b)"
    rf"|{MONTH}\s+\d{{1,2}}\s*[-\u2013\u2014]\s*{MONTH}"
    rf"|{MONTH}\s*[-\u2013\u2014]\s*(?:\d{{1,2}}\s+)?{MONTH}"
    rf"|{ACROSS_MONTHS.pattern}"
)


def _day_span(line: str) -> bool:
    """An infobox's 'Date' line gives the event's days, a span ('Date: 8–9 July
    2018', 'May 29 – June 2, 1988'); a byline gives one day. Read as a byline, the
    line was dropped from the text, and the page lost its event's dates (dev 004
    and 011, held-out 011, held-out3 016)."""
    return bool(_DAY_SPAN.search(line))


def _in_table(lines: list[str], index: int) -> bool:
    """A table row ('Malaysia | Kuala Lumpur | 20 November 2018 | …') under a header
    rule or beside a row of as many cells is no byline."""
    cells = lines[index].count("|")
    if cells < 2:
        return False
    near = lines[max(0, index - 1) : index] + lines[index + 1 : index + 2]
    above = lines[:index]
    return any(ln.count("|") == cells for ln in near) or any(
        re.fullmatch(r"[-|:\s]+", ln.strip()) and "|" in ln for ln in above
    )


def byline_date(lines: list[str]) -> tuple[date | None, int | None]:
    """A publication date from a byline near the top ("By | February 23, 2015 | …")."""
    for index, line in enumerate(lines[:_BYLINE_LINES]):
        if len(line) > 160 or not _BYLINE_CUE.search(line) or _is_prose(line):
            continue
        if _in_table(lines, index) or _day_span(line):
            continue
        match = _DATE_IN_LINE.search(line)
        parsed = match and _written_date(match.group("d"))
        if parsed:
            return parsed, index
    return None, None


_MONTHS = {
    name.lower(): number
    for names in (calendar.month_name, calendar.month_abbr)
    for number, name in enumerate(names)
    if name
} | {"sept": 9}


def _written_date(text: str) -> date | None:
    """'February 23, 2015', '23 Feb. 2015' or '2015-02-23' (the forms
    `_DATE_IN_LINE` finds) → that day; None for no real day. Read here rather than
    by dateparser, whose first call costs about a second at every start."""
    words = re.findall(r"[A-Za-z]+|\d+", text)
    try:
        if len(words) == 3 and all(w.isdigit() for w in words):
            return date(*map(int, words))
        [month] = [_MONTHS.get(w.lower()) for w in words if w.isalpha()]
        day, year = (int(w) for w in words if w.isdigit())
        return date(year, month, day) if month else None
    except (TypeError, ValueError):
        return None


# Table cells flattened without a separator: 'Prime Minister BalewaMet with President
# Eisenhower … Assembly.October 8, 1960' (Office of the Historian visit lists).
_GLUED_CELL = re.compile(
    r"(?<=[a-z\u2019'])(?=(?:Met|Official|State|Working|Attended|Private|Accompanied"
    r"|Visited|Arrived|Unofficial|Informal|Address(?:ed)?)\b)"
)
_GLUED_DATE = re.compile(rf"(?<=[A-Za-z)\]\d])\.(?={MONTH}\s+\d)")


# A visit row whose visitor cell runs into its remarks, whatever the remark's first
# word ('Chancellor AdenauerGuest of the President. … April 7–10, 1953', 'President de
# GaulleAfterwards visited …'): in a line that ends in a dated cell, the first boundary
# of three lower-case letters and a capitalised word ('MacArthur' has two).
_ROW_ENDS_DATED = re.compile(rf"{MONTH}\s+\d{{1,2}}\S*,\s+\d{{4}}\s*$")
_GLUED_VISITOR = re.compile(r"^([A-Z][^\n]{0,60}?\s\S*?[a-z]{3})(?=[A-Z][a-z])")


def _unglue_visitor(line: str) -> str:
    """The line with its visitor cell cut from its remarks, when it is such a row."""
    if not _ROW_ENDS_DATED.search(line):
        return line
    return _GLUED_VISITOR.sub(r"\1; ", line, count=1)


def unglue_cells(text: str) -> str:
    """Put back the space between table cells a flattening step ran together."""
    lines = text.split("\n")
    if not any(_GLUED_HEADER.fullmatch(line.strip()) for line in lines):
        text = "\n".join(map(_unglue_visitor, lines))  # no header: `unglue_table`
        # cuts a table under 'VisitorFromDescriptionDate' at every boundary
    return _GLUED_DATE.sub(". ", _GLUED_CELL.sub(" ", text))


_GLUED_HEADER = re.compile(r"(?:[A-Z][a-z]+){3,8}")  # 'VisitorFromDescriptionDate'
# A cell boundary inside a word of such a table: 'MerkelGermany', 'Abdullah
# IIJordan', 'Working visitMarch' (not 'McDonald': one lower-case letter before).
# and a place cell run into the date cell: 'Paris26–27 July' (real 232).
_GLUED_WORD = re.compile(
    r"(?<=[a-z]{2})(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z])"
    rf"|(?<=[a-z]{{2}})(?=\d{{1,2}}(?:[-\u2013]\d{{1,2}})?\s+{MONTH})"
)


def unglue_table(text: str) -> str:
    """A table whose cells a flattening step ran together, header and all
    ('VisitorFromDescriptionDate', then 'Chancellor Angela MerkelGermanyWorking
    visit.January 4, 2007': Office of the Historian pages): the header split into
    its column names and each row, up to the next blank line, at its cell
    boundaries."""
    lines = text.split("\n")
    glued = False
    for i, line in enumerate(lines):
        if _GLUED_HEADER.fullmatch(line.strip()):
            glued = True
        elif not line.strip():
            glued = False
            continue
        if glued:
            lines[i] = _GLUED_WORD.sub(" ", line)
    return "\n".join(lines)


def clean_text(raw: str) -> tuple[str | None, date | None, str]:
    """Return (title, byline date, body) of a plain-text article."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = join_stacked_cells(unglue_table(unglue_cells(text)))
    lines = drop_furniture(text.split("\n"))
    while lines and not lines[0].strip():
        lines.pop(0)
    title = lines[0].strip() if lines and len(lines[0]) < 200 else None
    published, at = byline_date(lines)
    if at is not None and len(lines[at]) < 100:
        if not _PLACED_DATELINE.match(lines[at]):  # a dateline places the text
            lines.pop(at)
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return title, published, body
