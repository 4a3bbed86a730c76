"""The guests of an invitation told by the event it brought about: "The meeting was
at the invitation of President Nixon" after "Thieu and Nixon met on Midway Island"
(real 104), "The visit is at the invitation of President Mattarella" after "Xi will
pay a state visit to Italy" (readouts of state visits). The clause names no guest:
its subject is the meeting or the visit just told, whose other people were invited
(SCHEMA.md rule 4)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import subjects
from summitwatch.nlp.invitation_roles import occasion_verb
from summitwatch.nlp.triggers import trigger_kind


def told_event_kind(invitation: Token) -> str | None:
    """'meeting' or 'visit' when the clause the invitation is the occasion of has an
    event noun for its subject ('The talks were held at the invitation of …')."""
    verb = occasion_verb(invitation)
    if verb is None:
        return None
    for subject in subjects(verb):
        if subject.pos_ == "NOUN" and subject.i != invitation.i:
            kind = trigger_kind(subject)
            if kind in ("meeting", "visit"):
                return kind
    return None


def invited_to_event(
    invitation: Token, inviters: list[Participant], told: list[Event]
) -> tuple[list[Participant], Event | None]:
    """The guests of the meeting or visit an invitation's clause is about, and that
    event: the last such event told in the sentence before, its people other than
    the inviter, who must be one of a meeting's people (the host)."""
    kind = told_event_kind(invitation)
    if kind is None or len(inviters) != 1:
        return [], None
    sent = invitation.sent
    since = invitation.doc[sent.start - 1].sent.start_char if sent.start else 0
    recent = [
        e
        for e in told
        if e.type == kind
        and e.start_char is not None
        and since <= e.start_char < sent.start_char
    ]
    if not recent:
        return [], None
    event = recent[-1]
    host = inviters[0].name
    if kind == "meeting" and host not in {p.name for p in event.participants}:
        return [], None
    guests = [p for p in event.participants if p.name != host]
    return guests, event if guests else None
