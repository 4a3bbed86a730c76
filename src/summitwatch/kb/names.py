"""Name normalisation and romanisation variants, shared by people and places."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = "’‘`´ʼ'"


_NON_LETTERS = re.compile(r"[^a-z]")


@lru_cache(maxsize=200_000)
def fold(text: str) -> str:
    """Lowercase, strip accents and every non-letter: the key all lookups use."""
    if text.isascii():
        return _NON_LETTERS.sub("", text.lower())
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NON_LETTERS.sub("", bare.lower())


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def spelling_variants(name: str) -> set[str]:
    """Surface forms a name is written in: 'Kim Jong-un' → 'Kim Jong Un', 'Kim
    Jong’un'…
    """
    variants = {name, strip_accents(name)}
    parts = name.split(" ")
    last = parts[-1]
    if "-" in last and len(parts) >= 2:  # Korean-style hyphenated given name
        head = " ".join(parts[:-1])
        first, second = last.split("-", 1)
        for sep in (" ", "-", "'", "’", ""):
            for tail in (second, second.capitalize()):
                joined = (
                    f"{first}{sep}{tail}"
                    if sep != " "
                    else f"{first} {tail.capitalize()}"
                )
                variants.add(f"{head} {joined}")
    return {v for v in variants if v.strip()}
