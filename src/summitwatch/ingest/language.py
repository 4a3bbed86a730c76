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
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str) -> str | None:
    """'en' for English prose, 'other' for text that is clearly not, None if too
    short.
    """
    words = _WORD.findall(text[:20000].lower())
    if len(words) < 20:
        return None
    share = sum(w in _FUNCTION_WORDS for w in words) / len(words)
    return "en" if share > 0.12 else "other"
