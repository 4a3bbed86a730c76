"""Dated sections: a diary, schedule or chronology whose entries each open with a
line that is only a date ('Thursday April 2', 'Tuesday, December 15', 'October 23,
2019'). An entry's events that name no date of their own happened on its heading's
day (Kantei diaries 'What's up around Prime Minister', MOFA trip schedules)."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from summitwatch.nlp.dates import MONTHS, WEEKDAYS, resolve_date

_WEEKDAY = "|".join(WEEKDAYS)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_HEADING = re.compile(
    rf"(?:(?:{_WEEKDAY}),?\s+)?"
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}\s+(?:{_MONTH})\.?)"
    r"(?:,?\s+(?:1[89]|20)\d\d)?",
    re.IGNORECASE,
)
MIN_HEADINGS = 2  # one date line alone is a dateline, not a list of dated entries


class DatedSections:
    """The date headings of a text, in order: (character offset, ISO date)."""

    def __init__(self, text: str, published: date | None) -> None:
        self.starts: list[int] = []
        self.values: list[str] = []
        offset = 0
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            if stripped and _HEADING.fullmatch(stripped):
                value = resolve_date(stripped, published)
                if value and len(value) == 10:  # a day: an entry's heading
                    self.starts.append(offset)
                    self.values.append(value)
            offset += len(line)
        if len(self.starts) < MIN_HEADINGS:
            self.starts, self.values = [], []

    def date_at(self, char: int) -> str | None:
        """The day of the entry that the character at `char` belongs to."""
        n = bisect_right(self.starts, char)
        return self.values[n - 1] if n else None
