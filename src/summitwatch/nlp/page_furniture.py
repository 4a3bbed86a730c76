"""Page furniture in news: lines around an article that report no event of their own.

A file-photo caption ('FILE - Brazil's Luiz Inacio Lula da Silva speaks during his
inauguration ceremony … Jan. 1, 2023.') shows an earlier, unrelated occasion; a
sign-off ('keep track of all of the Secretary's travels at https://…', 'Follow
Secretary Tillerson's travel via @StateDept') points to other pages. Both carry
names, places and trip words, and a reading of them makes events that never were.
The marks are data (`patterns/announced.json`)."""

from __future__ import annotations

import re

from spacy.tokens import Span

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
    start = sent.start
    while (
        start > 0
        and sent.start - start < _CAPTION_REACH
        and "\n" not in doc[start - 1].text_with_ws
    ):
        start -= 1
    line = doc[start : min(start + 6, len(doc))].text.lstrip()
    marks = load_patterns("announced.json")["caption_marks"]
    return any(re.match(rf"{re.escape(mark)}\s*[-–—:]", line) for mark in marks)


def signoff(sent: Span) -> bool:
    """A link or handle with a sign-off phrase: 'Stay connected at https://…, and
    keep track of all of the Secretary's travels at https://…'."""
    if not any(t.like_url or t.text.startswith("@") for t in sent):
        return False
    lowered = sent.text.lower()
    cues = load_patterns("announced.json")["signoff_cues"]
    return any(cue in lowered for cue in cues)
