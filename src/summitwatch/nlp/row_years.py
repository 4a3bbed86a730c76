"""The year of table rows that give none and sit under no year heading (#10, class 6).

A mirror that drops a trip list's year headings ('1981', '1982') leaves rows such
as '1 | Canada | Ottawa | March 10–11 | …' whose year only the lead gives: "during
his presidency, which began on January 20, 1981", "since his inauguration on 14 May
2017". Read against the publication date instead, every such row lands in the
wrong year. The list runs in time order, one table a year, so the rows take the
year the term began and the next year whenever their month goes back (an April
row after an October one).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from summitwatch.ingest.date_text import MONTH
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.table_context import heading_year, with_year

LEAD_CHARS = 1500  # the lead: where a list says when the term began


@cache
def _term_start() -> re.Pattern[str]:
    cues = "|".join(
        re.escape(c) for c in load_patterns("tables.json")["term_start_cues"]
    )
    return re.compile(
        rf"\b(?:{cues})\s+(?:\d{{1,2}}\s+{MONTH}\s+|{MONTH}\s+\d{{1,2}},?\s+)"
        r"(1[89]\d\d|20\d\d)\b",
        re.I,
    )


def term_start_year(text: str) -> int | None:
    """'… which began on January 20, 1981': the year the list's term began."""
    found = _term_start().search(text[:LEAD_CHARS])
    return int(found.group(1)) if found else None


def lead_years(text: str, rows: list, span_text) -> list:
    """`rows` (in text order) with the year of those that give none and sit under
    no year heading taken from the term's start, rolling on a year each time the
    month goes back."""
    year = term_start_year(text)
    if year is None:
        return rows
    out, month = [], 0
    for row in rows:
        undated = row.date is None or heading_year(text, row.span.start_char)
        if undated or len(row.date) < 7:
            out.append(row)
            continue
        kept = with_year(row.date, span_text(row.span), str(year))
        if kept == row.date:  # the row's date cell gives its year
            out.append(row)
            continue
        if int(row.date[5:7]) < month:
            year += 1
            kept = str(year) + row.date[4:]
        month = int(row.date[5:7])
        out.append(replace(row, date=kept))
    return out
