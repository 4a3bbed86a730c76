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


_NAME_BREAKS = re.compile(r"[\s,]+")


def one_city(a: str, b: str) -> bool:
    """Two names of one city: equal once folded ('Sharm el-Sheikh', 'Sharm El
    Sheikh'; 'Washington DC', 'Washington, D.C.'), or one the other's leading words
    ('New York' and 'New York City', 'Washington' and 'Washington, D.C.', a site
    'Kaesong Industrial Complex' in 'Kaesong'); never a trailing word ('York' is not
    'New York'). The one test of the folds of trips, the sites a traveller visits and
    the store's merge of claims (session 12, helper dup13), below them all here."""
    if fold(a) == fold(b):
        return bool(fold(a))
    words_a = [w for w in map(fold, _NAME_BREAKS.split(a)) if w]
    words_b = [w for w in map(fold, _NAME_BREAKS.split(b)) if w]
    short, long_ = sorted((words_a, words_b), key=len)
    return bool(short) and long_[: len(short)] == short


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
