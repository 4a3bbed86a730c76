"""A leader's surname the NER took for a place: 'President Santos of Colombia'
(Santos, a Brazilian port), 'Chilean President Frei', 'Premier Laval' (a town in
Quebec). Right after a capitalised office word, a one-word place entity that the
KB knows as a surname is read as that person when the resolver finds who held
the office then; otherwise it stays a place. The same for the surname the NER
ran into a department's name: 'Secretary of State Dulles' ('State Dulles' ORG,
a Historian note, real 172), 'Secretary of Defense Gates' (MOFA, real 114)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.nlp.mentions import PLACE_LABELS
from summitwatch.nlp.regnal import OFFICE_ENDS


def titled_surnames(doc: Doc, kb: KnowledgeBase) -> list[Span]:
    """One-word place entities ('Santos' GPE) right after a capitalised office
    word whose text the KB knows as a surname."""
    out = []
    ents = doc.ents  # built once: `Doc.ents` makes every entity's span per call
    for ent in ents:
        if ent.label_ not in PLACE_LABELS or len(ent) != 1 or ent.start == 0:
            continue
        before = doc[ent.start - 1]
        if before.lower_ not in OFFICE_ENDS or not before.text[:1].isupper():
            continue
        if ent.root.dep_ != "compound" and kb.people_with_surname(ent.text):
            out.append(ent)
    for ent in ents:
        surname = _after_department(doc, ent)
        if surname is not None and kb.people_with_surname(surname.text):
            out.append(surname)
    return out


def _after_department(doc: Doc, ent: Span) -> Span | None:
    """The last word of an ORG 'State Dulles' that follows 'Secretary of': the
    department is the office's, the surname its holder's."""
    if ent.label_ != "ORG" or len(ent) != 2 or ent.start < 2:
        return None
    of, office = doc[ent.start - 1], doc[ent.start - 2]
    if of.lower_ != "of" or office.lower_ not in OFFICE_ENDS:
        return None
    if not office.text[:1].isupper() or not ent[-1].text[:1].isupper():
        return None
    return doc[ent.end - 1 : ent.end]
