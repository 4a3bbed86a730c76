"""Towns the NER tagged PERSON, told by the slot they stand in.

"visited Apia with a Tongan delegation", "went to … Salem and Eugene", "Canberra,
Darwin": the model tags a small capital or a town PERSON, and a PERSON entity is no
place candidate, so the trip loses where it went. A name the knowledge base knows as
a place and as nobody's name (nor any person's surname) is read as that place when
its slot is a place's: the object of a place preposition ('to', 'in', 'at', …), the
object of a travel verb ('visited', 'toured'), or coordinated with a place entity.
A title before it ('Ambassador Whitney', 'Lord Hailsham', '(Murphy)') keeps it a
person. Words: `triggers.json` (`place_preps`, `place_object_lemmas`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.kb import KnowledgeBase, Place
from summitwatch.nlp.entities import PLACE_LABELS
from summitwatch.nlp.lexicon import word_set


def person_tagged_place(
    ent: Span, kb: KnowledgeBase, titles: frozenset[str]
) -> Place | None:
    """The place a PERSON entity really names, or None (see the module doc)."""
    if ent.label_ != "PERSON":
        return None
    text = ent.text.strip()
    if not text or kb.people_named(text) or kb.people_with_surname(text.split()[-1]):
        return None
    place = kb.place(text)
    if place is None or _titled(ent, titles):
        return None
    return place if _place_slot(ent.root) else None


def _titled(ent: Span, titles: frozenset[str]) -> bool:
    """A title on or before the name, or the name in brackets: a person."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent[0].lower_.rstrip(".") in titles:
        return True
    if before is not None and (
        before.lower_.rstrip(".") in titles or before.text in ("(", "[")
    ):
        return True
    return False


def _place_slot(root: Token) -> bool:
    """Where a place stands: after a place preposition, as what a trip reached, or
    coordinated with a place entity ('Salem and Eugene', 'Canberra, Darwin')."""
    head = root.head
    if root.dep_ == "pobj":
        return head.lower_ in word_set("triggers.json", "place_preps")
    if root.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in word_set(
            "triggers.json", "place_object_lemmas"
        )
    if root.dep_ in ("conj", "appos"):
        return head.ent_type_ in PLACE_LABELS or any(
            c.ent_type_ in PLACE_LABELS
            for c in head.children
            if c.dep_ in ("conj", "appos") and c is not root
        )
    return False
