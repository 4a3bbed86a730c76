"""A guest due at a seat of office meets its holder (session 13, helper speak16).

"He is due at the White House April 20" (VOA, real 081), "Iraqi Prime Minister
Mustafa al-Kadhimi is scheduled to go to the White House next week" (VOA, real
572): the building stands for the office whose seat it is (`kb/seats.py`), so the
guest meets the one who holds it on the day, when the text names him (SCHEMA.md
rule 3). The guest is the subject of the clause the seat's 'at'/'to' phrase hangs
on (`patterns/seats.json: guest_words`); the seat's own country's people are at
home, no guests. A meeting of the two the sentence already reads is not read
again."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.kb.seats import seat_holder
from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import subjects
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.references import persons_under
from summitwatch.nlp.retold import already_met

_PREPS = ("at", "to")
_PASSIVE = ("nsubjpass",)


def seat_meetings(
    index: DocIndex, sent: Span, found: list[Event], make_event: Callable[..., Event]
) -> tuple[list[Event], PlaceMention | None]:
    """A meeting of each guest the sentence brings to a seat of office with the
    office's holder that day, and the seat (the sentence's place, which the next
    sentence's 'He and President Bush are expected to discuss …' is at)."""
    out: list[Event] = []
    seat: PlaceMention | None = None
    for mention in _seats_in(index, sent):
        word = _guest_word(index.doc[mention.start : mention.end].root)
        if word is None:
            continue
        guests = _guests(index, word)
        when = date_for(index, word, guests)
        holder = _named_holder(index, mention, when)
        if holder is None:
            continue
        for guest in guests:
            if guest.name == holder.name or guest.country == mention.place.country:
                continue
            if already_met((guest, holder), found + out):
                continue
            out.append(make_event("meeting", word, [holder, guest], mention, when))
            seat = mention
    return out, seat


def _seats_in(index: DocIndex, sent: Span) -> list[PlaceMention]:
    seen: list[PlaceMention] = []
    for i in range(sent.start, sent.end):
        mention = index.place_at.get(i)
        if mention is not None and mention not in seen and mention.place.kind == "site":
            seen.append(mention)
    return seen


def _guest_word(root: Token) -> Token | None:
    """The word the seat's 'at'/'to' phrase hangs on, if it brings a guest there
    ('due at', 'go to', 'received at')."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _PREPS or prep.head is prep:
        return None
    word = prep.head
    if word.lemma_.lower() not in word_set("seats.json", "guest_words"):
        return None
    return word


def _guests(index: DocIndex, word: Token) -> list[Participant]:
    """The subject of the clause: of the verb itself, or of the 'be' a 'due' is
    the complement of; a passive one for 'received', 'welcomed'."""
    verb = word.head if word.dep_ == "acomp" else word
    heads = subjects(verb)
    if word.lemma_.lower() in word_set("seats.json", "passive_guest_words"):
        heads = [h for h in heads if h.dep_ in _PASSIVE]
    return [p for h in heads for p in persons_under(index, h)]


def _named_holder(
    index: DocIndex, mention: PlaceMention, when: str | None
) -> Participant | None:
    """The seat's holder on the day (the publication's, undated), as the text
    names him; nobody when it does not (rule 3)."""
    day = parse_iso(when) if when else None
    person = seat_holder(index.kb, mention.place.name, day or index.published)
    if person is None:
        return None
    return next(
        (m.participant for m in index.persons if m.participant.person_id == person.id),
        None,
    )
