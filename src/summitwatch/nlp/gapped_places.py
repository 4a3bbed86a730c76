"""The place of each counterpart when one meeting verb is told for several, each in
a conjunct of its own with its own place: 'has separate meetings with Abbas in
Ramallah and with Olmert in Jerusalem' (real 097), 'In Kazakhstan, Koizumi will hold
a summit meeting with Nazarbayev and in Uzbekistan with Karimov' (real 663). The verb
is said once (gapping), so the parser hangs the later 'in' phrase anywhere; the
words between the conjunction and the next one are that counterpart's. Words:
`gapped_places.json`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention


def _coordinators() -> frozenset[str]:
    """'and', 'while', 'then': what opens a counterpart's own conjunct."""
    return word_set("gapped_places.json", "coordinators")


def gapped_place(
    index: DocIndex,
    trigger: Token,
    counterpart: Participant,
    place: PlaceMention | None,
) -> PlaceMention | None:
    """The place named in the counterpart's own conjunct ('and with B in Y', 'and in
    Y with B'), else `place`. Only a conjunct with a 'with' of its own (the gapped
    verb's) and a place phrase of its own: 'met A and B in Paris' is one place."""
    sent = trigger.sent
    at = [
        m.start
        for m in index.mentions_in(trigger.i + 1, sent.end)
        if m.participant == counterpart
    ]
    if not at:
        return place
    doc = trigger.doc
    joins = [
        t.i
        for t in doc[trigger.i + 1 : at[0]]
        if t.dep_ == "cc" and t.lower_ in _coordinators()
    ]
    if not joins:
        return place  # the first counterpart: the place the reader found
    end = next(
        (
            t.i
            for t in doc[at[0] : sent.end]
            if (t.dep_ == "cc" and t.lower_ in _coordinators()) or t.text == ";"
        ),
        sent.end,
    )
    own = doc[joins[-1] + 1 : end]
    if not any(t.lower_ == "with" for t in own):
        return place
    for token in own:
        mention = index.place_at.get(token.i)
        if mention is None or token.i != mention.start:
            continue
        head = doc[mention.start : mention.end].root.head
        if head.lower_ in word_set("gapped_places.json", "place_preps"):
            return mention
    return place
