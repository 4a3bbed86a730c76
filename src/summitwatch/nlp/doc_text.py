"""A document's text, joined once.

spaCy's `Doc.text` joins the text of every token on each call (about a millisecond
for a long article), and a dozen readers ask for it per document, some per name or
per row. A doc's tokens never change after the tokenizer (merging tokens keeps the
text), so the joined text is kept in the doc's `user_data` and read from there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

_KEY = "summitwatch.text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built on the first call and kept with the doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


def span_text(span: Span) -> str:
    """`span.text`, cut from the doc's joined text: spaCy joins a span's tokens
    again on each call, and several rules read each sentence's or line's text."""
    if span.start == span.end:
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]


def token_at(doc: Doc, start_char: int, *, or_next: bool = False) -> Token | None:
    """The token at a character offset (an event's `start_char`, where its
    evidence begins), or None where no token covers it; with `or_next`, on the
    white space after a token, the token that follows (the doc's last at its end)."""
    span = doc.char_span(start_char, start_char + 1, alignment_mode="expand")
    if span is None:
        return None  # outside the text
    if len(span):
        return span[0]
    return doc[min(span.start, len(doc) - 1)] if or_next else None


def sentence_at(doc: Doc, start_char: int, *, or_next: bool = False) -> Span | None:
    """The sentence of the token at a character offset (`token_at`), or None
    where there is no such token."""
    token = token_at(doc, start_char, or_next=or_next)
    return None if token is None else token.sent


def at_line_start(token: Token) -> bool:
    """Nothing but a line break (or the text's start) comes before the token: a
    caption, a diary line or a heading stands alone on its line."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is None or "\n" in before.text_with_ws or before.is_space


def window_start(sent: Span, back: int, *, over_headings: bool = False) -> int:
    """The first token of the sentence `back` sentences before `sent` (of the text's
    first, when there are fewer): where a reader's look back for someone or
    somewhere just named begins ('They … ' after 'A and B …'). With `over_headings`,
    a section heading between ('1. Bilateral Relations' in a MOFA summary) is not
    one of the sentences counted: a reader looks past it."""
    start = sent.start
    back_left = back
    while back_left > 0 and start > 0:
        before = sent.doc[start - 1].sent
        start = before.start
        if not (over_headings and heading(before)):
            back_left -= 1
    return start


def heading(sent: Span) -> bool:
    """A short verbless line of its own ('1. Bilateral Relations', '(1) Overall'): a
    section's title (or its number, which the parser may split off), not a sentence
    that names or tells anything. The number of a paragraph ('2. The two leaders …')
    or a fragment inside a paragraph ('… next door."') is none: its line is long."""
    words = [t for t in sent if not (t.is_punct or t.is_space or t.like_num)]
    if len(words) > 6 or any(t.pos_ in ("VERB", "AUX") for t in sent):
        return False
    text = doc_text(sent.doc)
    begin = text.rfind("\n", 0, sent.start_char) + 1
    end = text.find("\n", sent.start_char)
    line = text[begin : len(text) if end < 0 else end]
    return len(line.split()) <= 8 and sent.text.strip() in line


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether the characters [start, end) lie within one of `spans` (character
    offsets into the doc's text: flag-icon file names, a briefing's agenda)."""
    return any(s <= start and end <= e for s, e in spans)
