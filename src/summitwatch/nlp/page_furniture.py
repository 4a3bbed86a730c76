"""Page furniture in news: lines around an article that report no event of their own.

A file-photo caption ('FILE - Brazil's Luiz Inacio Lula da Silva speaks during his
inauguration ceremony … Jan. 1, 2023.') shows an earlier, unrelated occasion; a
sign-off ('keep track of all of the Secretary's travels at https://…', 'Follow
Secretary Tillerson's travel via @StateDept') points to other pages. Both carry
names, places and trip words, and a reading of them makes events that never were.
The marks are data (`patterns/announced.json`)."""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from summitwatch.nlp.doc_text import doc_text, span_text
from summitwatch.nlp.lexicon import load_patterns

_CAPTION_REACH = 80  # tokens back to the start of a caption's line


def furniture(sent: Span) -> bool:
    """The sentence is part of a file-photo caption or a link sign-off."""
    return file_caption(sent) or signoff(sent)


def file_caption(sent: Span) -> bool:
    """The sentence lies on a line that opens with a file-photo mark ('FILE -',
    'FILE PHOTO:'), in capitals as agencies print it. The line start is found from
    the tokens (a caption is short), never from `Doc.text`, which is rebuilt on
    every call."""
    doc = sent.doc
    marks = load_patterns("announced.json")["caption_marks"]
    if not _in_doc(doc, "caption", marks, lower=False):
        return False  # most pages carry no mark at all: no walk back per sentence
    start = sent.start
    while (
        start > 0
        and sent.start - start < _CAPTION_REACH
        and "\n" not in doc[start - 1].text_with_ws
    ):
        start -= 1
    line = doc[start : min(start + 6, len(doc))].text.lstrip()
    return _caption_start().match(line) is not None


@cache
def _caption_start() -> re.Pattern[str]:
    """A file-photo mark and its dash or colon ('FILE -', 'FILE PHOTO:'), one
    alternation of the marks, compiled once."""
    marks = load_patterns("announced.json")["caption_marks"]
    alternation = "|".join(re.escape(mark) for mark in marks)
    return re.compile(rf"(?:{alternation})\s*[-–—:]")


def signoff(sent: Span) -> bool:
    """A link or handle with a sign-off phrase: 'Stay connected at https://…, and
    keep track of all of the Secretary's travels at https://…'."""
    cues = load_patterns("announced.json")["signoff_cues"]
    if not _in_doc(sent.doc, "signoff", cues, lower=True):
        return False  # no cue on the page: no scan of each sentence's tokens
    if not any(t.like_url or t.text.startswith("@") for t in sent):
        return False
    lowered = span_text(sent).lower()
    return any(cue in lowered for cue in cues)


def _in_doc(doc: Doc, what: str, words: list[str], *, lower: bool) -> bool:
    """Whether any of `words` occurs anywhere in the doc (its lowered text, if
    `lower`), asked once per doc: a sentence can hold a mark only if the doc does."""
    key = f"summitwatch.furniture.{what}"
    if key not in doc.user_data:
        text = doc_text(doc).lower() if lower else doc_text(doc)
        doc.user_data[key] = any(word in text for word in words)
    return doc.user_data[key]
