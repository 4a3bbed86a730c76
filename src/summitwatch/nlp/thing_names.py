"""Names the NER took for an organisation or a place: 'K. Adenauer' ORG, 'T. May'
ORG, 'King Haakon' ORG. Initials or title words before one capitalised word the
KB knows as a surname are a person's name in the style of Mongolian, Russian and
Indian pages ('P. Ochirbat') and of royal styles without a regnal number; the
span is read as a person when the resolver finds a KB person for it, and left as
the NER's thing otherwise (measured: benchmarks/resolution.py --probe)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.mentions import TITLES, name_initials

# what the NER calls a person's name it does not know ('K. Adenauer' ORG)
THING_LABELS = ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART")
MAX_WORDS = 5  # 'H. E. Mr. K. Adenauer' at most


def thing_names(doc: Doc, kb: KnowledgeBase, taken: set[int]) -> list[Span]:
    """Entities of `THING_LABELS` made of initials or titles and then one surname
    the KB knows; `taken` are token offsets already read as people or places."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in THING_LABELS or not 2 <= len(ent) <= MAX_WORDS:
            continue
        if ent.start in taken:
            continue
        if _initials_or_titles(ent) and kb.people_with_surname(ent[-1].text):
            out.append(ent)
    return out


def _initials_or_titles(ent: Span) -> bool:
    """'K.', 'A. B.', 'Ts.' or title words ('King', 'Mr.') before a capitalised
    last word, at least one of them an initial or a title."""
    last = ent[-1]
    if not (last.is_alpha and last.text[:1].isupper() and not last.is_upper):
        return False
    words, run = [], ""
    for token in ent[:-1]:
        if token.text == ".":
            run += "."
            continue
        if run:
            words.append(run)
        run = token.text
    if run:
        words.append(run)
    initials = [w for w in words if name_initials([w])]
    titles = [w for w in words if w.lower() in TITLES and w[:1].isupper()]
    return bool(words) and len(initials) + len(titles) == len(words)
