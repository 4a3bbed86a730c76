"""Who is announced as coming to the article's gathering by a noun of attendance
(issue #10; SCHEMA.md rule 12): "Mugabe will try to maintain his perfect attendance
record", "Trudeau has confirmed his participation".

Summit previews name the leaders expected at the venue without a travel or
attendance verb; each one is a `planned` visit to the frame's venue and date.
`attendance.py` reads the verbs ("will attend", "was represented by"),
`presence.frame_presence` the copula ("will be there", "on the guest list", "are
also expected"); this module reads the nouns.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.frame import Frame, frame_event
from summitwatch.nlp.lexicon import load_patterns

_CUES = load_patterns("expected.json")
_ANY_CUE = re.compile("|".join(re.escape(w) for w in _CUES["attendance_nouns"]))


def _people(index: DocIndex, tokens) -> list[Participant]:
    """The people named (or a pronoun refers to) among `tokens`."""
    out: list[Participant] = []
    for t in tokens:
        mention = index.person_at.get(t.i)
        who = mention.participant if mention is not None else None
        if who is None and t.pos_ == "PRON" and t.dep_ in SUBJECT_DEPS + ("poss",):
            who = index.antecedent(t)
        if who is not None and who not in out:
            out.append(who)
    return out


def _subjects(index: DocIndex, verb: Token) -> list[Participant]:
    """The subjects of the clause, or of the verb it is the complement of ('X will
    try to maintain …')."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if found:
            return _people(index, (t for s in found for t in s.subtree))
        if verb.dep_ != "xcomp" or verb.head is verb:
            break
        verb = verb.head
    return []


def _chain(verb: Token) -> list[Token]:
    """The verb and the verbs it is the open complement of ('try' above 'maintain')."""
    out = [verb]
    while verb.dep_ == "xcomp" and verb.head is not verb and len(out) < 4:
        verb = verb.head
        out.append(verb)
    return out


def _aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}


def _hedged(verbs: list[Token]) -> bool:
    """Negated, or under 'if'/'whether' ('not sure if he was on the guest list')."""
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "neg" or c.lower_ in ("never", "not", "n't"):
                return True
            if c.dep_ == "mark" and c.lower_ in _CUES["hedge_marks"]:
                return True
    return False


def _future(verbs: list[Token]) -> bool:
    return any(_aux(v) & set(_CUES["future_aux"]) for v in verbs)


def _attendance_noun(index: DocIndex, noun: Token) -> list[Participant]:
    """'X will try to maintain his attendance record', 'X has confirmed his
    participation': the clause looks ahead, or confirms."""
    verb = noun
    for _ in range(5):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    verbs = _chain(verb)
    confirming = any(v.lemma_.lower() in _CUES["confirming_lemmas"] for v in verbs)
    if _hedged(verbs) or not (_future(verbs) or confirming):
        return []
    owner = [c for c in noun.children if c.dep_ == "poss"]
    if noun.dep_ == "compound":  # 'his perfect attendance record'
        owner += [c for c in noun.head.children if c.dep_ == "poss"]
    people = _people(index, owner)
    subjects = _subjects(index, verb)
    return [p for p in people if p in subjects] or (subjects if not owner else [])


def expected_visits(index: DocIndex, sent: Span, frame: Frame) -> list[Event]:
    """A planned visit to the frame's gathering for each person the sentence
    announces there; none for a gathering told as past or the host's own leader."""
    if not frame.gathering or frame.place is None or frame.told_as_past:
        return []
    if not _ANY_CUE.search(span_text(sent).lower()):
        return []  # the common case, cheaply
    people: list[Participant] = []
    for token in sent:
        if token.pos_ == "NOUN" and token.lemma_.lower() in _CUES["attendance_nouns"]:
            found = _attendance_noun(index, token)
            people += [p for p in found if p not in people]
    home = frame.place.country
    return [
        frame_event(frame, [p], sent, kind="visit", status="planned", confidence=0.55)
        for p in people
        if p.country != home
    ]
