"""Whose place a stand-in takes (issue #10; SCHEMA.md rule 12): "Foreign Minister
Okita led the delegation which represented Japan in his place", "Lavrov will lead
the delegation on his behalf". The person 'his' refers to — not the stand-in, who
is the clause's subject — did not come: a `not_occurred` visit to the gathering,
even where the text only says why ("suffered a fatal heart attack days before").

`attendance.py` gives the stand-in his visit; this module gives the absence the
possessive implies when no absence verb states it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.attendance import own_gathering
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.frame import Frame, frame_event
from summitwatch.nlp.lexicon import word_set

_NOUNS = word_set("expected.json", "replaced_nouns")
_PREPS = frozenset({"in", "on"})


def _stand_ins(index: DocIndex, cue: Token) -> list[Participant]:
    """The people subject of the nearest clause above the cue that has any: who
    stands in ('the delegation which represented Japan' is led by someone), or
    its object when it sends someone ('sending Premier Li in his place')."""
    for verb in cue.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        out: list[Participant] = []
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        roles = ("dobj", "dative") if _people(index, objects) else SUBJECT_DEPS
        for subject in (c for c in verb.children if c.dep_ in roles):
            for t in subject.subtree:
                mention = index.person_at.get(t.i)
                if mention is not None and mention.participant not in out:
                    out.append(mention.participant)
        if out:
            return out
    return []


def _people(index: DocIndex, tokens: list[Token]) -> list[Participant]:
    return [
        index.person_at[t.i].participant
        for top in tokens
        for t in top.subtree
        if t.i in index.person_at
    ]


def _replaced(index: DocIndex, noun: Token) -> Participant | None:
    """'in his place': the person 'his' is, other than the stand-ins."""
    if noun.head.lower_ not in _PREPS or noun.head.dep_ != "prep":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    stand_ins = _stand_ins(index, noun)
    if not stand_ins:
        return None  # 'in his place' with nobody standing in is something else
    mention = index.person_at.get(owner.i)
    if mention is not None:  # 'in Ohira's place'
        who = mention.participant
    elif owner.pos_ == "PRON":
        who = index.antecedent(owner, exclude=tuple(p.name for p in stand_ins))
    else:
        return None
    return who if who is not None and who not in stand_ins else None


def replaced_visits(index: DocIndex, sent: Span, frame: Frame) -> list[Event]:
    """A `not_occurred` visit to the frame's gathering for each person a stand-in
    of this sentence replaces (not the host's own leader)."""
    if not frame.gathering or frame.place is None:
        return []
    frame = own_gathering(index, sent, frame)  # 'the G20 summit in New Delhi'
    out: list[Event] = []
    for token in with_lower(sent, _NOUNS):
        if token.lower_ not in _NOUNS:
            continue
        who = _replaced(index, token)
        if who is None or who.country == frame.place.country:
            continue
        if all(who != e.participants[0] for e in out):
            out.append(
                frame_event(
                    frame, [who], sent, kind="visit", status="not_occurred",
                    confidence=0.55,
                )
            )  # fmt: skip
    return out
