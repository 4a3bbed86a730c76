"""Who writes to whom: the head of a diplomatic document ('152. Memorandum From
Secretary of State Rusk to President Kennedy', 'President Roosevelt to Prime
Minister Mackenzie King'). Below it the text is the sender's: 'I am delighted that
you could accept my invitation to come to Washington' is Roosevelt inviting King,
and 'the time is propitious for you to invite the King' proposes that Kennedy
invite. Without the head 'I' and 'you' resolve to nobody (real 436, 491, 495; a
salutation and a signature, `authors.letter_signers`, are what FRUS documents lack).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from summitwatch.models import Participant
from summitwatch.nlp.authors import name_and_titles
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PersonMention, mentions_between

_TOP_LINES = 6  # an unlabelled head ('A to B') is the document's first lines
_MAX_LINE = 200  # characters: a head, not a paragraph


@cache
def _head_pattern() -> re.Pattern[str]:
    kinds = "|".join(sorted(word_set("speakers.json", "document_kinds")))
    return re.compile(
        rf"^[ \t]*(?:\d+\.[ \t]*)?(?P<kind>(?:{kinds})[ \t]+(?:from|by)[ \t]+)?"
        rf"(?P<sender>\S[^\n]*?)[ \t]+to[ \t]+(?P<to>\S[^\n]*?)[ \t\d]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def document_heads(
    doc: Doc, persons: list[PersonMention]
) -> list[tuple[int, int, Participant | None, Participant | None]]:
    """(start, end, sender, addressee) of each document head: a line 'Memorandum
    From A to B' anywhere (a second document printed below the first has its own),
    or a bare 'A to B' among the first lines when both sides are one titled name
    and nothing else ('Obama flew to Paris' has a verb; 'Trump to Japan' no
    addressee). A document's head whose sender is an office alone ('Memorandum
    From Secretary of State Rogers', the NER missing the name) still ends the
    document above it: its 'I' is nobody rather than the first sender."""
    text = doc_text(doc)
    top = len("\n".join(text.split("\n")[:_TOP_LINES]))
    out: list[tuple[int, int, Participant | None, Participant | None]] = []
    for match in _head_pattern().finditer(text):
        if match.end() - match.start() > _MAX_LINE:
            continue
        if match["kind"] is None and match.start() > top:
            continue
        sender = _side(doc, persons, match.start("sender"), match.end("sender"))
        to = _side(doc, persons, match.start("to"), match.end("to"))
        if sender is None:
            continue
        if match["kind"] is None and not (sender[1] and to is not None and to[1]):
            continue
        line = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if line is not None:
            out.append((line.start, line.end, sender[0], to[0] if to else None))
    return out


def _side(
    doc: Doc, persons: list[PersonMention], start: int, end: int
) -> tuple[Participant | None, bool] | None:
    """The one person a side of the head names and whether the side is that name
    with titles only; None when it holds a verb (a sentence, not a head) or two
    people."""
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
        return None
    named = mentions_between(persons, span.start, span.end)
    if len({m.participant.name for m in named}) > 1:
        return None
    who = named[0] if named else None
    only = who is not None and name_and_titles(
        (t for t in span if not (t.is_punct or t.is_space or t.like_num)),
        who,
        also=word_set("speakers.json", "document_head_fillers"),
    )
    return (who.participant if who else None), only
