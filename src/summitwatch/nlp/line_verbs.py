"""A registered component, ``summitwatch_line_verbs_v1``: the past-tense verb that
opens a line of an activity list ('Met with H.E. X, President of Y, …',
'Attended an event in Tokyo …') is a verb, not the proper noun the small model
often tags it as, capitalised and without a subject. Runs after the tagger and
before the attribute ruler, so the part of speech and the lemma follow the tag.
The words are data (`patterns/diary.json: line_verbs`)."""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns


@cache
def _line_start() -> re.Pattern[str]:
    words = sorted(load_patterns("diary.json")["line_verbs"], key=len, reverse=True)
    alternatives = "|".join(w.capitalize() for w in words)
    # at the start of the text or of a line (after bullets), then a lower-case word
    return re.compile(rf"(?:^|\n)[ \t\-•*·]*({alternatives}) (?=[a-z])")


@Language.component("summitwatch_line_verbs_v1")
def line_verbs(doc: Doc) -> Doc:
    """Tag 'Met' / 'Attended' … at a line's start as past-tense verbs."""
    lemmas = load_patterns("diary.json")["line_verbs"]
    for match in _line_start().finditer(doc_text(doc)):
        span = doc.char_span(match.start(1), match.end(1))
        if span is None or len(span) != 1:
            continue
        token = span[0]
        if token.tag_ in ("NNP", "NN", "NNPS"):
            token.tag_ = "VBD"
            token.lemma_ = lemmas[token.lower_]
    return doc
