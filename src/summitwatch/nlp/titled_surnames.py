"""A leader's surname the NER took for a place: 'President Santos of Colombia'
(Santos, a Brazilian port), 'Chilean President Frei', 'Premier Laval' (a town in
Quebec). Right after a capitalised office word, a one-word place entity that the
KB knows as a surname is read as that person when the resolver finds who held
the office then; otherwise it stays a place."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.mentions import PLACE_LABELS
from summitwatch.nlp.regnal import OFFICE_ENDS


def titled_surnames(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """One-word place entities ('Santos' GPE) right after a capitalised office
    word whose text the KB knows as a surname."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or len(ent) != 1 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if before.lower_ not in OFFICE_ENDS or not before.text[:1].isupper():
            continue
        if ent.root.dep_ != "compound" and kb.people_with_surname(ent.text):
            out.append(ent)
    return out
