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

from spacy.language import Language
from spacy.tokens import Doc

from summitwatch.nlp.doc_text import doc_text

# a small word run into the next, capitalised one: 'theUnited', 'inGuadeloupe'
_GLUED_SMALL_WORD = re.compile(
    r"\b(?:the|in|on|of|and|or|between|at|to|for|with|by|from)[A-Z][a-z]"
)
GLUED_PAGE = 3  # that many on a page: its links lost their spaces
_CUT = re.compile(r"(?<=[a-z]{2})(?=[A-Z][a-z])")


def glued_page(text: str) -> bool:
    """Does the page show the proxy's glued links (three small words run on)?"""
    return len(_GLUED_SMALL_WORD.findall(text)) >= GLUED_PAGE


@Language.component("summitwatch_glued_links_v1")
def glued_links(doc: Doc) -> Doc:
    """Cut the glued words of a glued page into their words, offsets kept."""
    if not glued_page(doc_text(doc)):
        return doc
    with doc.retokenize() as retokenizer:
        for token in doc:
            parts = _CUT.split(token.text)
            if len(parts) > 1 and all(parts):
                heads = [(token, 0)] * len(parts)
                retokenizer.split(token, parts, heads=heads)
    return doc
