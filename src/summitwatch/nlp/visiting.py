"""Where a readout's meeting took place when the text says where one party was:
"Mr. Shinzo Abe, …, who was visiting Nairobi, Kenya, to attend the sixth Tokyo
International Conference …, held a summit meeting with …" (Japan MOFA readouts;
also "who is attending the ASEM Summit Meeting in Mongolia", "Narendra Modi, …,
who is visiting Japan to attend the G20 Osaka Summit"). The visitor's location is
the venue, not a city inside the name of the gathering, nor his capital."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.person_clause import earlier_occasion

_BEING_AT = word_set("presence.json", "being_at_lemmas")
_PLACE_DEPS = frozenset({"dobj", "pobj", "appos", "conj", "attr"})


def visiting_place(index: DocIndex, trigger: Token) -> PlaceMention | None:
    """The place a person named in the trigger's sentence was visiting ('who was
    visiting Nairobi'), if a relative clause on that person says so."""
    sent = trigger.sent
    for mention in index.mentions_in(sent.start, sent.end):
        name = index.doc[mention.start : mention.end].root
        head = _apposition_end(name)
        for clause in (*name.children, *head.children, *_title_clauses(head)):
            if clause.dep_ in ("relcl", "acl") and clause.lemma_ in _BEING_AT:
                if earlier_occasion(clause):
                    continue  # 'Sharif, who was last at the White House in 1999'
                place = _first_place(index, clause)
                if place is not None:
                    return place
    return None


def _apposition_end(name: Token) -> Token:
    """'Mr. Shinzo Abe, Prime Minister of Japan, who …': the clause may hang on the
    title in apposition."""
    return next((c for c in name.children if c.dep_ == "appos"), name)


def _title_clauses(title: Token) -> list[Token]:
    """'Secretary of Foreign Affairs of the United Mexican States, who was on a
    working visit to Japan': a 'who' clause the parser hung on the country inside the
    person's title is about the person (a country is 'which')."""
    if title.dep_ != "appos":
        return []
    return [
        clause
        for token in title.subtree
        if token.i != title.i
        for clause in token.children
        if clause.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children)
    ]


def _first_place(index: DocIndex, clause: Token) -> PlaceMention | None:
    """The first place the clause names as an object, not one inside a name ('the
    Tokyo International Conference')."""
    for token in clause.subtree:
        mention = index.place_at.get(token.i)
        if mention is None or token.dep_ not in _PLACE_DEPS:
            continue
        return mention
    return None
