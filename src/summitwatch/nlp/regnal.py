"""Monarchs the KB lacks, named by one word (issue #10, class 6 and 10).

Encyclopedia pages and visit lists name a monarch by a regnal name and a title or a
realm: 'King Mahendra of Nepal', 'King Faisal', 'Mahendra of Nepal'. A one-word name
is otherwise too little to be a participant (a bare surname); a monarch's one word
is his name, and the canonical form is the encyclopedia's 'Mahendra of Nepal'
(SCHEMA.md rule 19)."""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.lexicon import word_set


def _realm(kb: KnowledgeBase, span: Span) -> str | None:
    """'… of Nepal' right after the name: the realm's country code."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].lower_ == "of":
        end += 1
    if end == span.end or end >= len(doc):
        return None
    stop = end
    while stop < len(doc) and doc[stop].text[:1].isupper() and stop - end < 4:
        stop += 1
    for size in range(stop - end, 0, -1):
        code = kb.country_code(doc[end : end + size].text)
        if code:
            return code
    return None


def monarch(kb: KnowledgeBase, span: Span, name: str, hint: str | None):
    """The participant for a one-word royal name, or None when it is no monarch's."""
    if len(name.split()) != 1 or not name[:1].isupper():
        return None
    titles = word_set("tables.json", "royal_titles")
    before = span.doc[span.start - 1].lower_ if span.start > 0 else ""
    titled = before in titles or span[0].lower_ in titles
    country = _realm(kb, span) or (hint if titled else None)
    if country is None:
        return None
    info = kb.countries_info.get(country, {})
    place = kb.places.countries.get(country)
    short = (info.get("names") or [place.name if place else None])[0]
    if not short:
        return None
    title = next((t.title() for t in titles if t == before), None)
    return Participant(f"{name} of {short}", None, country, title or "Monarch")


def untagged_monarchs(doc, taken: set[int]) -> list[Span]:
    """'King Mahendra' where the NER tagged nothing: a royal title and a capitalised
    word after it, outside every entity in `taken` (token indices)."""
    titles = word_set("tables.json", "royal_titles")
    out = []
    for token in with_lower(doc[:-1], titles):
        nxt = doc[token.i + 1]
        if (
            token.lower_ in titles
            and token.text[:1].isupper()
            and nxt.text[:1].isupper()
            and nxt.is_alpha
            and nxt.i not in taken
            and not nxt.ent_type_
        ):
            out.append(doc[token.i : token.i + 2])
    return out


_OFFICE_ENDS = frozenset(
    "president minister secretary representative chancellor premier ambassador "
    "envoy adviser advisor governor senator".split()
)
OFFICE_ENDS = _OFFICE_ENDS  # office words a surname follows ('President Santos')


def untagged_officials(doc, kb: KnowledgeBase, taken: set[int]) -> list[Span]:
    """'… including Secretary of Commerce Pritzker and U.S. Trade Representative
    Froman': a surname the NER left untagged after an office, which the KB knows."""
    out = []
    for before in with_lower(doc[:-1], _OFFICE_ENDS):
        token = doc[before.i + 1]
        if token.i in taken or token.ent_type_ or token.pos_ != "PROPN":
            continue
        if before.lower_ not in _OFFICE_ENDS or not before.text[:1].isupper():
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN":
            continue  # a longer name: the NER's or nobody's
        if kb.people_with_surname(token.text):
            out.append(doc[token.i : token.i + 1])
    return out
