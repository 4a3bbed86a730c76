"""Keep pathological text away from spaCy's tokenizer, offsets unchanged.

spaCy's prefix/suffix rules take time quadratic in the length of a run of one repeated
symbol ("=" * 16000 takes over a minute; "*", "#", "_", "—" and quotes are as bad),
while the same run broken by spaces costs nothing. Such runs are page rules, ASCII art
or garbage, never prose, so all but their first few characters become spaces: the text
keeps its length, so every offset into it still points at the original article.

Encyclopedia citation markers glued to a word ("Stephen Harper[8] Prime Minister") are
blanked the same way: the tokenizer keeps "Harper[8" as one token, which no name
matches, so a participants table of such rows lost every leader. A family name in
capitals after a courtesy title ("H.E. YOON Suk Yeol", "Mr. KISHIDA Fumio": the style of
Japan's foreign ministry) is read in title case, same length, for the same reason.

Footnote numbers printed as superscripts come out glued to the word before them in the
Office of the Historian's pages ("Pote Sarasin, called4 and informed me", "ARA—Mr.
Briggs7", "Miss Lillian's time there4", "his own visit.5 He"): "called4" is no verb of
calling and "Briggs7" no name, "there4" was tagged a person. The mark is blanked too.

Typographic apostrophes ("he’ll", "didn’t", "Putin’s") are read as the ASCII one: the
small English model was trained on text with "'", and with "’" its tagger and parser
go wrong ("n’t" tagged a proper noun and made an object, "’ll" left with no lemma
"will", "’s" no verb), so a future plan read as done and a negation lost; a
no-break space ("President\xa0Obama") is a token of its own that parts a title from
its name. Both are read as their plain ASCII form, one character for one, so offsets
stay.
"""

from __future__ import annotations

import re
from functools import cache

# A run of one non-word, non-space character longer than this is cut.
LONGEST_RUN = 12
KEPT = 3
_RUN = re.compile(rf"([^\w\s]|_)\1{{{LONGEST_RUN},}}")
# '[8]', '[12][13]', '[a]', '[citation needed]' right after a word or punctuation.
_CITATION = re.compile(r"(?<=\S)(?:\[(?:\d{1,3}|[a-z]|citation needed)\])+")
# '4' of 'called4', '7' of 'Briggs7', '1' of 'Clifford)1' and '5' of 'visit.5 He': one
# or two digits after a word that ends in two lower-case letters (and maybe a closing
# bracket, quote or stop), before a space or the end; 'G7', 'COVID19', 'F-5', 'Tab A2'
# and '0.5' keep their digits.
_FOOTNOTE = re.compile(r"(?<=[a-z][a-z])([)\]’”\".,;:]?)(\d{1,2})(?=[\s|]|$)")


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


def blank_footnote_marks(text: str) -> str:
    """`text` with footnote numbers glued to a word ('called4', 'Briggs7') made
    spaces (same length, same offsets)."""
    return _FOOTNOTE.sub(lambda m: m[1] + " " * len(m[2]), text)


@cache
def _titled_run() -> re.Pattern[str]:
    """A courtesy title (or two) and the up to four capitalised words after it."""
    from summitwatch.nlp.lexicon import load_patterns

    titles = load_patterns("mentions.json")["caps_surname_honorifics"]
    title = "|".join(re.escape(t) for t in titles)
    word = r"[A-Z][\w'’-]*"
    return re.compile(
        rf"(?<![\w.])(?:{title})(?: +(?:{title}))* +((?:{word} +){{0,3}}{word})"
    )


_CAPS = re.compile(r"\b[A-Z]{2,}(?:-[A-Z]{2,})*\b")


def title_case_surnames(text: str) -> str:
    """`text` with 'H.E. YOON Suk Yeol' read as 'H.E. Yoon Suk Yeol' (same
    length, same offsets)."""
    if not _CAPS.search(text):
        return text

    def fix(match: re.Match[str]) -> str:
        start = match.start(1) - match.start(0)
        name = _CAPS.sub(lambda w: w.group().title(), match.group(1))
        return match.group(0)[:start] + name

    return _titled_run().sub(fix, text)


# no-break, thin, figure and narrow spaces and zero-width marks, as web pages carry
# them ("President\xa0Obama"): spaCy makes each its own space token, which splits a
# title from its name and a month from its day, so each is read as a plain space
_ODD_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
_ODD_SPACES += "\u2009\u200a\u202f\u205f\u3000\u200b\u200c\u200d\u2060\ufeff"
_PLAIN = str.maketrans({"\u2019": "'", **dict.fromkeys(_ODD_SPACES, " ")})


def plain_characters(text: str) -> str:
    """`text` with each typographic apostrophe "’" read as "'" and each odd space
    as " " (one character for one: same length, same offsets)."""
    return text.translate(_PLAIN)
