"""Calls and letters: a phone or video call, or the exchange told just after one, is
no meeting in person (SCHEMA.md rule 1), so the reader drops such triggers."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.entities import ents_within
from summitwatch.nlp.mentions import PlaceMention

_REMOTE = {
    "phone",
    "telephone",
    "video",
    "videoconference",
    "teleconference",
    "letter",
    "online",
    "virtual",
    "virtually",
    "zoom",
    "hotline",
}


def remote(trigger: Token) -> bool:
    """'spoke by phone with Trump', 'held talks by video link'."""
    verb = governing_verb(trigger)
    near = [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    top = trigger.head if trigger.dep_ == "compound" else trigger
    phrase = _without_clauses(top)  # "held a summit telephone talk", not "…, when
    return any(  # she handed over a letter"
        t.lemma_.lower() in _REMOTE for t in (*phrase, *verb.children, *near)
    )


_RETOLD = frozenset({"exchange", "conversation", "discussion", "talk", "talks"})


def call_retold(trigger: Token, place: PlaceMention | None) -> bool:
    """'I had a summit telephone talk with President Trump. President Trump and I
    engaged in a wide-ranging exchange of views …': the exchange told in the
    sentence after a call, with no place of its own, is the call."""
    sent = trigger.sent
    if place is not None and place.place.kind != "country":
        return False  # 'talks in Tokyo': a place of its own
    if trigger.lemma_.lower() not in _RETOLD or sent.start == 0:
        return False
    if governing_verb(trigger).tag_ not in ("VBD", "VBN") or any(
        e.label_ == "DATE" for e in ents_within(sent)
    ):
        return False  # 'We agreed to hold talks on March 3': another, ahead
    before = trigger.doc[sent.start - 1].sent
    return any(t.lemma_.lower() in _REMOTE for t in before)


def _without_clauses(token: Token) -> list[Token]:
    """The token's subtree without the clauses that hang anywhere below it."""
    clauses = ("advcl", "relcl", "conj", "parataxis", "ccomp")
    skip = {
        t.i
        for c in token.subtree
        if c.i != token.i and c.dep_ in clauses and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    return [t for t in token.subtree if t.i not in skip]
