"""The tokens of a span that carry one of a rule's cue words, found from one index
per document instead of a scan per rule (#13).

Most sentence rules open with `for token in sent: if token.lemma_.lower() not in
WORDS: continue`. With some eighty such rules every sentence was read eighty times,
and each read made spaCy build a `Token` object per word, to keep one word in a
hundred. Here each document's lower-cased lemmas (and lower-cased forms) are
indexed once, each word set's hits in the document are listed once, and a rule
asks for the hits inside its span: the same tokens in the same order, so a rule
keeps its own test in the loop and reads exactly as before.

The index is built on the first request, so only the event reader (the last
component, after the lemmatizer) may ask; it lives in the doc's `user_data`, like
`doc_text`, and word sets must be hashable (`lexicon.word_set` gives frozensets).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

_KEY = "summitwatch.cue_tokens"


class _CueIndex:
    """Where each lower-cased lemma and form sits in one doc, and the hits of each
    word set asked for so far (sorted token indices)."""

    def __init__(self) -> None:
        self.positions: dict[str, dict[str, list[int]]] = {}
        self.hits: dict[tuple[str, frozenset[str]], list[int]] = {}


_ATTRS: dict[str, tuple[str, Callable[[str], str]]] = {
    "lemma": ("LEMMA", str.lower),  # token.lemma_.lower()
    "lower": ("LOWER", str),  # token.lower_
    "tag": ("TAG", str),  # token.tag_
}


def _index(doc: Doc) -> _CueIndex:
    cues = doc.user_data.get(_KEY)
    if cues is None:
        cues = doc.user_data[_KEY] = _CueIndex()
    return cues


def _positions(doc: Doc, kind: str) -> dict[str, list[int]]:
    """Lower-cased lemma or form → the indices of its tokens, built once a doc."""
    cues = _index(doc)
    found = cues.positions.get(kind)
    if found is None:
        # read from the doc's attribute array: no `Token` object per word
        attr, fold = _ATTRS[kind]
        strings, found = doc.vocab.strings, {}
        for i, key in enumerate(doc.to_array(attr).tolist()):
            found.setdefault(fold(strings[key]), []).append(i)
        cues.positions[kind] = found
    return found


def _hits(doc: Doc, kind: str, words: frozenset[str]) -> list[int]:
    cues = _index(doc)
    found = cues.hits.get((kind, words))
    if found is None:
        positions = _positions(doc, kind)
        found = sorted(i for word in words & positions.keys() for i in positions[word])
        cues.hits[(kind, words)] = found
    return found


def _within(span: Span, found: list[int]) -> list[Token]:
    start = bisect_left(found, span.start)
    end = bisect_left(found, span.end, start)
    doc = span.doc
    return [doc[i] for i in found[start:end]]


def with_lemma(span: Span, words: frozenset[str]) -> list[Token]:
    """The tokens of `span` whose lower-cased lemma is one of `words`, in order."""
    return _within(span, _hits(span.doc, "lemma", words))


def with_lower(span: Span, words: frozenset[str]) -> list[Token]:
    """The tokens of `span` whose lower-cased text is one of `words`, in order."""
    return _within(span, _hits(span.doc, "lower", words))


def any_tagged(span: Span, tags: frozenset[str]) -> bool:
    """Does a token of `span` carry one of the fine-grained `tags`? (The test of
    every sentence for a finite verb, answered without a `Token` per word.)"""
    found = _hits(span.doc, "tag", tags)
    first = bisect_left(found, span.start)
    return first < len(found) and found[first] < span.end


def tokens_containing(span: Span, piece: str) -> list[Token]:
    """The tokens of `span` whose lower-cased text holds `piece` ('\\n'), in order."""
    forms = _positions(span.doc, "lower")
    return with_lower(span, frozenset(form for form in forms if piece in form))
