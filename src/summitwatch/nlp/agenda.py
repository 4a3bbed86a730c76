"""The table of contents a press briefing opens with: '1. Outline of bilateral meeting
between Japan and the Republic of Indonesia', '2. Outline of …', … '9. Question
concerning the schedule for the ASEAN-Japan Commemorative Summit Meeting'.

Its lines are headings of what follows, not the lede. MOFA briefings list up to nine
topics, so a lede window counted in sentences (`frame.LEDE_SENTENCES`) ran out inside
the list, and the sentence that frames the briefing ('the bilateral meetings that were
held today in Tokyo') was never read: the meetings it reports lost their venue.
"""

from __future__ import annotations

import re

_ITEM = re.compile(
    r"^[ \t]*(?P<n>\d{1,2})\.[ \t]+(?P<text>\S[^\n]*?)[ \t]*$", re.MULTILINE
)
MIN_ITEMS = 3  # two numbered lines may be a short list of points; three headings a list
_HEADING_CHARS = 160


def _heading(text: str) -> bool:
    """A topic line, not a sentence: short and without a full stop at its end."""
    return len(text) <= _HEADING_CHARS and not text.endswith((".", "。", ":"))


def agenda_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the agenda lists in `text`: three or more lines numbered 1,
    2, 3, … one under another, each a heading (no full stop). Numbered sentences (the
    points of a readout, a programme told in prose) are the text itself and kept."""
    items = [m for m in _ITEM.finditer(text) if _heading(m["text"])]
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(items):
        run = [items[i]]
        while (
            i + len(run) < len(items)
            and int(items[i + len(run)]["n"]) == int(run[-1]["n"]) + 1
            and not text[run[-1].end() : items[i + len(run)].start()].strip()
        ):
            run.append(items[i + len(run)])
        if run[0]["n"] == "1" and len(run) >= MIN_ITEMS:
            spans.append((run[0].start(), run[-1].end()))
        i += len(run)
    return spans
