"""A registered component, ``summitwatch_glued_links_v1``: pages copied through
translation and dark-mode proxies lose the space on each side of a link ('a meeting
inGuadeloupe … involving leaders of fourWestern powers', 'Also in attendance were US
PresidentJimmy Carter, Chancellor of West GermanyHelmut Schmidt'; 'ParticipantsGamal
Abdel Nasser', 'betweenPresident of EgyptGamal Abdel Nasser'). The tokenizer keeps
'PresidentJimmy' as one word, which no name matches, so the meeting of the page is
lost. On such a page — one where several small words run into a capitalised word —
each word is cut where a lower-case run meets a capitalised word. The text is not
changed (the pieces are written without a space between them), so every offset
still points at the article. Runs first, before the tagger.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns

GLUED_PAGE = 3  # that many on a page: its links lost their spaces
_CUT = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")
# A flattened table's date cell run into the next cell ('7 June 2022During his …',
# 'March 19–25, 2000New Delhi', 'December 7–9, 1959Flag of …'): a year then a
# capitalised word is two words on any page (no word is spelt that way).
_YEAR_GLUED = re.compile(r"^((?:1[6-9]|20)\d\d)([A-Z][a-z]+)$")
# A word run into an opening bracket and the capitalised word in it ('at the Chong
# Wa Dae(Blue House)', Kantei 2000, real 784; 'Meeting(Serbo-…', real 241): three
# words on any page, or the name before the bracket is lost (session 14, gov18).
_BRACKET_GLUED = re.compile(r"^([A-Za-z][a-z]+)(\()([A-Z][a-z]+)$")


@cache
def _glued_small_word() -> re.Pattern[str]:
    """A small word run into the next, capitalised one ('theUnited',
    'inGuadeloupe'); the words are glued_links.json's, compiled once."""
    words = load_patterns("glued_links.json")["glued_small_words"]
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})[A-Z][a-z]")


def glued_page(text: str) -> bool:
    """Does the page show the proxy's glued links (three small words run on)?"""
    return len(_glued_small_word().findall(text)) >= GLUED_PAGE


@Language.component("summitwatch_glued_links_v1")
def glued_links(doc: Doc) -> Doc:
    """Cut the glued words of a glued page into their words, offsets kept; a
    year run into the next cell's word, and a word run into a bracket, are cut on
    any page."""
    _cut_glued(doc, _YEAR_GLUED)
    _cut_glued(doc, _BRACKET_GLUED)
    if not glued_page(doc_text(doc)):
        return doc
    with doc.retokenize() as retokenizer:
        for token in doc:
            parts = _CUT.split(token.text)
            if len(parts) > 1 and all(parts):
                heads = [(token, 0)] * len(parts)
                retokenizer.split(token, parts, heads=heads)
    return doc


def _cut_glued(doc: Doc, pattern: re.Pattern[str]) -> None:
    """Each token `pattern` matches split into the pattern's groups, the text
    unchanged: '2022During' → '2022' + 'During' (`_YEAR_GLUED`), 'Dae(Blue' → 'Dae'
    + '(' + 'Blue' (`_BRACKET_GLUED`)."""
    glued = [(t, m) for t in doc if (m := pattern.match(t.text))]
    if not glued:
        return
    with doc.retokenize() as retokenizer:
        for token, found in glued:
            parts = list(found.groups())
            heads = [(token, i) for i in range(len(parts))]
            retokenizer.split(token, parts, heads=heads)
