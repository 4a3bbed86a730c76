"""A cheap English check, so non-English text yields no events instead of nonsense."""

from __future__ import annotations

import re

# The most frequent English function words; their share of the words in English prose is
# roughly 30–50 %, and close to zero in other languages and in transliterations.
_FUNCTION_WORDS = frozenset(
    "the of and to in a is that for it as was with be by on not he his at from "
    "this have are which or an had but were they has its their will would been "
    "who also".split()
)
# Lists and tables (trip lists, visit tables) have few function words but English
# month names and office titles; they count towards the share too.
_LIST_WORDS = frozenset(
    "january february march april may june july august september october november "
    "december president minister prime visit met king secretary".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str | None:
    """'en' for English prose, 'other' for text that is clearly not, None if too
    short.
    """
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(w in _FUNCTION_WORDS or w in _LIST_WORDS for w in words) / len(words)
    return "en" if share > 0.12 else "other"
