"""Letters quoted in a telegram or a memo: the body is the signer's turn.

FRUS documents relay a leader's letter between a salutation ('Dear Mr. Prime
Minister:') and a complimentary close with the signer's name ('Sincerely, Lyndon B.
Johnson'). Inside, 'I' and 'my' are the signer and 'you' the one written to, so 'I
must postpone my visit to your country' is the signer's trip. Without the turn no one
stands behind the first person and the event is lost (project real 202, 203; heldout4
011). The words are in patterns/speakers.json.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from summitwatch.models import Participant
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PersonMention

_SIGNATURE_GAP = 24  # characters between the close and the signer's name


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = load_patterns("speakers.json")
    opens = "|".join(re.escape(w) for w in words["letter_salutations"])
    closes = "|".join(
        re.escape(w) for w in sorted(words["letter_closings"], key=len, reverse=True)
    )
    salutation = re.compile(
        rf"(?:^|(?<=[\s\"“.]))(?:{opens})\s+[A-Z][^:,\n]{{1,60}}[:,]", re.IGNORECASE
    )
    closing = re.compile(rf"\b(?:{closes})\s*,", re.IGNORECASE)
    return salutation, closing


def letter_turns(
    doc: Doc, persons: list[PersonMention]
) -> list[tuple[int, int, Participant | None]]:
    """(salutation start, salutation end, signer) for each letter whose close is
    followed by a named person: the body after the salutation is the signer's."""
    salutation, closing = _patterns()
    text = doc_text(doc)
    closes = [m for m in closing.finditer(text)]
    out: list[tuple[int, int, Participant | None]] = []
    for opened in salutation.finditer(text):
        signer = None
        for close in closes:
            if close.start() <= opened.end():
                continue
            signer = _signed_by(doc, persons, close.end())
            if signer is not None:
                break
        span = doc.char_span(opened.start(), opened.end(), alignment_mode="expand")
        if signer is not None and span is not None:
            out.append((span.start, span.end, signer))
    return out


def _signed_by(
    doc: Doc, persons: list[PersonMention], after: int
) -> Participant | None:
    """The person named just after a complimentary close."""
    for mention in persons:
        start = doc[mention.start].idx
        if after <= start <= after + _SIGNATURE_GAP:
            return mention.participant
    return None
