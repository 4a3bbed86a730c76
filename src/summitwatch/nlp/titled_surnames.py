"""A leader's surname the NER took for a place: 'President Santos of Colombia'
(Santos, a Brazilian port), 'Chilean President Frei', 'Premier Laval' (a town in
Quebec). Right after a capitalised office word, a one-word place entity that the
KB knows as a surname is read as that person when the resolver finds who held
the office then; otherwise it stays a place. The same for the surname the NER
ran into a department's name: 'Secretary of State Dulles' ('State Dulles' ORG,
a Historian note, real 172), 'Secretary of Defense Gates' (MOFA, real 114).

Without an office word, the date decides (`leader_surnames`): 'Tito reception for
Menderes' in 1956 (Menderes, a Turkish town), 'Moro visit April 20–21' in 1965 (Moro,
a town in Sindh) — FRUS telegrams drop the titles. A one-word town that is the
surname of the one person leading a country on the document's day is that leader;
a capital, a city of half a million ('Austin') or a town after a preposition of
place ('travel to Santos') stays a place.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.places import Place
from summitwatch.nlp.lexicon import word_set
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


def leader_surnames(doc: Doc, kb: KnowledgeBase, on: date | None) -> list[Span]:
    """One-word town (or ORG) entities whose text is the surname of exactly one
    person who led a country on `on` (the document's date): the leader, not the
    town ('Menderes', 'Moro') nor a company ('visit of Wilson', Wilson ORG)."""
    if on is None:
        return []
    out = []
    for ent in doc.ents:
        if ent.label_ not in _LABELS or len(ent) != 1 or not ent.text.istitle():
            continue
        place = kb.place(ent.text)
        if place is not None and (
            place.kind != "city" or _large(kb, place) or _after_place_word(ent)
        ):
            continue
        leaders = [p for p in kb.people_with_surname(ent.text) if p.is_leader_on(on)]
        if len(leaders) == 1:
            out.append(ent)
    return out


_LABELS = (*PLACE_LABELS, "ORG")


def _after_place_word(ent: Span) -> bool:
    """'travel to Santos', 'a reception in Menderes': a preposition of place
    (`triggers.json` `place_preps`) says the name is the town. `ent` is one word:
    its token, not `ent.root`, which walks the whole tree and fails on a parse a
    glued infobox left cyclic (spaCy E039)."""
    word = ent[0]
    return word.dep_ == "pobj" and word.head.lower_ in word_set(
        "triggers.json", "place_preps"
    )


_LARGE_CITY = 500_000  # 'Austin', 'Santos': a city a text more likely means


def _large(kb: KnowledgeBase, place: Place) -> bool:
    """A capital or a large city: what a text more likely means by the name."""
    return (
        place.population >= _LARGE_CITY or kb.capital(place.country or "") == place.name
    )
