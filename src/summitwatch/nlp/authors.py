"""Who writes a first-person text that labels no turns: a leader's own column,
op-ed or message. Such a text names its author once near the top, on a line of its
own ('[Lion Heart -- Message from Prime Minister Junichiro Koizumi]', 'Junichiro
Koizumi here.'), and then says 'I' throughout: 'I also held bilateral meetings
with President Bush of the United States, …' is the author meeting each of them
(heldout4 020, real 250-252)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from spacy.tokens import Doc, Span, Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import TITLES, PersonMention, mentions_between

_TOP_LINES = 15  # the author line sits above the column's first paragraph
_MAX_LINE = 120  # characters: a heading, not a sentence of the text


@cache
def _line_pattern() -> re.Pattern[str]:
    cues = sorted(word_set("speakers.json", "author_line_cues"), key=len, reverse=True)
    closings = sorted(word_set("speakers.json", "author_line_closings"))
    cue = "|".join(re.escape(c) for c in cues)
    closing = "|".join(re.escape(c) for c in closings)
    return re.compile(
        rf"^[ \t]*\[?(?:[^\n\]]{{0,40}}?\b(?:{cue})\b[^\n\]]+"
        rf"|[^\n\]]+?[ \t]+(?:{closing})[.!]?)[ \t]*\]?[ \t]*$",
        re.IGNORECASE | re.MULTILINE,
    )


def author_lines(
    doc: Doc, persons: list[PersonMention]
) -> list[tuple[int, int, Participant]]:
    """(start, end, author) of each line near the top that names the author: the
    text below it is the author's own words, until a labelled turn says otherwise."""
    text = doc_text(doc)
    top = len("\n".join(text.split("\n")[:_TOP_LINES]))
    out: list[tuple[int, int, Participant]] = []
    for match in _line_pattern().finditer(text, 0, top):
        if match.end() - match.start() > _MAX_LINE:
            continue
        span = doc.char_span(match.start(), match.end(), "expand")
        if span is None:
            continue
        named = {
            m.participant.name: m
            for m in mentions_between(persons, span.start, span.end)
        }
        if len(named) != 1:  # one person: 'a letter from A to B' names two
            continue
        mention = next(iter(named.values()))
        if _signs_the_line(doc, span.start, span.end, mention):
            out.append((span.start, span.end, mention.participant))
    return out


def _signs_the_line(doc: Doc, start: int, end: int, mention: PersonMention) -> bool:
    """'Junichiro Koizumi here.': besides the closing word, the line is the name
    (with its titles); 'Kim arrived here.' is news. A cue line ('Message from …')
    has its name after the cue."""
    closings = word_set("speakers.json", "author_line_closings")
    words = [t for t in doc[start:end] if not t.is_punct]
    if not words or words[-1].lower_ not in closings:
        return True
    return name_and_titles(words[:-1], mention)


@cache
def _closing_pattern() -> re.Pattern[str]:
    words = sorted(word_set("speakers.json", "letter_closings"), key=len, reverse=True)
    closing = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?:^|[.:;]\s+)[ \t]*(?:{closing})[ \t]*,?[ \t]*(?P<rest>[^\n]*)\n?"
        rf"(?P<next>[^\n]*)",
        re.IGNORECASE | re.MULTILINE,
    )


@cache
def _salutation_pattern() -> re.Pattern[str]:
    words = sorted(
        word_set("speakers.json", "letter_salutations"), key=len, reverse=True
    )
    cue = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{cue})\s+[A-Z][^\n,:;]{{1,60}}[,:]", re.IGNORECASE)


def letter_signers(
    doc: Doc, persons: list[PersonMention]
) -> list[tuple[int, int, Participant]]:
    """(start, end, signer) of the salutation of each signed letter: 'Dear Mr. Prime
    Minister: … Sincerely, Lyndon B. Johnson' is Johnson's from the salutation on,
    so its 'my visit' is his and its 'you' the one the text named before it."""
    text = doc_text(doc)
    out: list[tuple[int, int, Participant]] = []
    for closing in _closing_pattern().finditer(text):
        signer = _signer(doc, persons, closing)
        greeting = _last_salutation(text, closing.start())
        if signer is None or greeting is None:
            continue
        span = doc.char_span(greeting.start(), greeting.end(), "expand")
        if span is not None:
            out.append((span.start, span.end, signer))
    return out


def _signer(
    doc: Doc, persons: list[PersonMention], closing: re.Match[str]
) -> Participant | None:
    """The person named on the closing's line, else alone on the line below. The
    line holds the signature only: 'Cordially, Chancellor Kohl told reporters …'
    is prose that happens to open with a closing word."""
    for group in ("rest", "next"):
        if not closing[group].strip():
            continue
        span = doc.char_span(closing.start(group), closing.end(group), "expand")
        if span is None:
            return None
        named = mentions_between(persons, span.start, span.end)
        if len(named) != 1 or not _only_the_name(span, named[0]):
            return None
        return named[0].participant
    return None


def _only_the_name(span: Span, mention: PersonMention) -> bool:
    """Every word of the line is the name or one of its titles."""
    return name_and_titles(
        (t for t in span if not t.is_punct and not t.is_space), mention
    )


def name_and_titles(
    tokens: Iterable[Token],
    mention: PersonMention,
    *,
    also: frozenset[str] = frozenset(),
) -> bool:
    """Every token is the mention's name, one of its titles or a word of `also`:
    a line that only names someone (a signature, an author line, a side of a
    document's head, `addressed`). The one test of such lines (session 12, helper
    review14); callers leave out the punctuation they allow."""
    return all(
        mention.start <= t.i < mention.end or t.lower_ in TITLES or t.lower_ in also
        for t in tokens
    )


def _last_salutation(text: str, before: int) -> re.Match[str] | None:
    found = None
    for match in _salutation_pattern().finditer(text, 0, before):
        found = match
    return found
