"""Travel mode from cue words in the event's sentence (kb-independent, data-driven)."""

from __future__ import annotations

import re
from functools import cache

from summitwatch.nlp.lexicon import lexicon

MODES = ("rail", "sea", "road", "air")  # order = priority when several cues appear


@cache
def _pattern(mode: str) -> re.Pattern[str]:
    cues = sorted(lexicon().travel[mode], key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


@cache
def _any_cue() -> re.Pattern[str]:
    """Every mode's cues in one pattern: most sentences have none, and one search
    then answers for the four (a cue of any mode matches here iff its own does)."""
    cues = sorted(
        {c for mode in MODES for c in lexicon().travel[mode]}, key=len, reverse=True
    )
    return re.compile(r"\b(" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


def travel_mode(text: str) -> str | None:
    """The first mode whose cue appears in `text` ('armoured train' → 'rail')."""
    if not _any_cue().search(text):
        return None
    for mode in MODES:
        if _pattern(mode).search(text):
            return mode
    return None
