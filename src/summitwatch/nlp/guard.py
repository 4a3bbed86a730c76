"""Keep pathological text away from spaCy's tokenizer, offsets unchanged.

spaCy's prefix/suffix rules take time quadratic in the length of a run of one repeated
symbol ("=" * 16000 takes over a minute; "*", "#", "_", "—" and quotes are as bad),
while the same run broken by spaces costs nothing. Such runs are page rules, ASCII art
or garbage, never prose, so all but their first few characters become spaces: the text
keeps its length, so every offset into it still points at the original article.

Encyclopedia citation markers glued to a word ("Stephen Harper[8] Prime Minister") are
blanked the same way: the tokenizer keeps "Harper[8" as one token, which no name
matches, so a participants table of such rows lost every leader.
"""

from __future__ import annotations

import re

# A run of one non-word, non-space character longer than this is cut.
LONGEST_RUN = 12
KEPT = 3
_RUN = re.compile(rf"([^\w\s]|_)\1{{{LONGEST_RUN},}}")
# '[8]', '[12][13]', '[a]', '[citation needed]' right after a word or punctuation.
_CITATION = re.compile(r"(?<=\S)(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+")


def tame_runs(text: str) -> str:
    """`text` with each long run of one symbol reduced to its first few characters
    followed by spaces (same length, same offsets)."""
    if not _RUN.search(text):
        return text
    return _RUN.sub(lambda m: m.group()[:KEPT] + " " * (len(m.group()) - KEPT), text)


def blank_citations(text: str) -> str:
    """`text` with citation markers glued to a word ('Harper[8]') made spaces
    (same length, same offsets)."""
    if "[" not in text:
        return text
    return _CITATION.sub(lambda m: " " * len(m.group()), text)
