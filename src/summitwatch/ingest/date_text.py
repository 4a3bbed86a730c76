"""Dates as written, for the patterns that find them in text: the cleaner's byline
and infobox lines and the table readers' date cells share these, so a month or a
span is spelt one way. Patterns only; reading a date's value is `nlp.dates`."""

from __future__ import annotations

import re

# a month's name or abbreviation ('June', 'Jun.', 'Sept')
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"

# a month's day, or days, month first ('August 21', 'June 29-July 1', 'May 4–6'):
# the table readers' date cells and the stacked-cell rebuilder share it
MONTH_DAY = rf"{MONTH}\s+\d{{1,2}}(?:\s*[–-]\s*(?:{MONTH}\s+)?\d{{1,2}})?"

# the Kremlin archive's clock time between a dateline's date and its place
# ('April 29, 2003 - 00:00 - Novo-Ogaryovo Residence'): the cleaner keeps such a line
# and the frame reader takes its place, so both spell it one way (real 662)
ARCHIVE_CLOCK = r"[ \t]+-[ \t]+\d{1,2}:\d{2}[ \t]+-"

# days across two months, the year written once at the end, which both ends share
# ('28 June – 1 July 1954', '27 June and 6 July 1959'); group 1 is the year
ACROSS_MONTHS = re.compile(
    rf"\d{{1,2}}\s+{MONTH}\s*(?:[–-]|and)\s*\d{{1,2}}\s+{MONTH}\s+(\d{{4}})\b"
)
