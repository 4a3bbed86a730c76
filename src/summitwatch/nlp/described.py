"""The people a description stands for by country and office, where the country's
top leader is the wrong answer: 'the Iranian president' is Iran's president named in
the text, not its supreme leader (heldout4 001); 'his Honduran counterpart' and 'his
counterparts from Afghanistan and Pakistan' are the holders, in those countries, of
the possessor's own office (heldout4 012, real 109). Rule 3: only people the text
names somewhere are found."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.speakers import dated_elsewhere, holds_title

_PLACE_PREPS = frozenset({"from", "of", "in"})
_INDEFINITE = frozenset({"a", "an", "any", "no", "every", "each", "another"})


def described_people(
    index: DocIndex, head: Token, owner: list[Participant]
) -> list[Participant] | None:
    """The people 'the Iranian president' or 'his counterparts from A and B' stand
    for; None when the description is not of this kind (other readings apply).
    `owner` is whom a possessive on `head` refers to ('his')."""
    on = index.on or index.published
    if head.lemma_.lower() in word_set("mentions.json", "counterpart_nouns"):
        title = _office_of(index, owner[0], on) if len(owner) == 1 else None
        codes = _countries(index, head)
        if title is None or not codes:
            return None
        found = [_holder(index, code, title, on, before=None) for code in codes]
        return [p for p in found if p is not None] or None
    office = _office_words(head)
    if office is None or _generic(head):
        return None
    codes = _countries(index, head)
    if len(codes) != 1:
        return None
    who = _holder(index, codes[0], office, on, before=head.i)
    return [who] if who else None


def _generic(head: Token) -> bool:
    """'a sitting U.S. president', 'the first Japanese prime minister to …', 'the
    former president': anyone who held the office, or another holder."""
    ordinal = word_set("mentions.json", "described_generic_modifiers")
    return head.tag_ in ("NNS", "NNPS") or any(
        (c.dep_ == "det" and c.lower_ in _INDEFINITE) or c.lower_ in ordinal
        for c in head.children
    )


def _office_words(head: Token) -> str | None:
    """'prime minister' of 'the Pakistani prime minister', when it names one
    office (not 'leader' or 'ruler', which any top leader is)."""
    words = [
        c.lower_
        for c in head.children
        if c.dep_ in ("compound", "amod") and c.i < head.i
    ]
    words = [w for w in words if w in word_set("mentions.json", "office_modifiers")]
    office = " ".join([*words, head.lower_])
    if office not in word_set("mentions.json", "described_offices"):
        return None
    return office


def _countries(index: DocIndex, head: Token) -> list[str]:
    """'Honduran' before the noun, or 'from Afghanistan and Pakistan' after it."""
    codes: list[str] = []
    for child in head.children:
        if child.i < head.i and child.ent_type_ in ("NORP", "GPE"):
            codes.append(index.kb.country_code(child.text) or "")
        if child.dep_ == "prep" and child.lower_ in _PLACE_PREPS:
            for pobj in (g for g in child.children if g.dep_ == "pobj"):
                for place in (pobj, *pobj.conjuncts):
                    if place.ent_type_ in ("GPE", "NORP"):
                        codes.append(index.kb.country_code(place.text) or "")
    return list(dict.fromkeys(c for c in codes if c))


def _office_of(index: DocIndex, who: Participant, on: date | None) -> str | None:
    person = index.kb.person(who.person_id) if who.person_id else None
    held = person.office_on(on) if person else None
    return held.title if held else who.office


def _holder(
    index: DocIndex, code: str, office: str, on: date | None, *, before: int | None
) -> Participant | None:
    """The person of `code` holding `office` on the day: the latest one named
    before `before`, else (for counterparts, `before` None) anyone the text names."""
    named = index.persons if before is None else index.mentions_in(0, before)
    people = [m.participant for m in named]
    for who in reversed(people):
        if who.country == code and holds_title(index.kb, who, office, on):
            person = index.kb.person(who.person_id) if who.person_id else None
            if before is None and person and person.office_on(on) is None:
                if dated_elsewhere(person, who.office, on):
                    continue  # 'his Ukrainian counterpart' in 2005 is not
                    # 'former Prime Minister Victor Yanukovich', president from 2010
            return who
    return None
