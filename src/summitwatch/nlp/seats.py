"""The seat of an office as a venue: 'at the Prime Minister's Office', 'at the
Japanese Prime Minister's Office', 'at the President's residence'. The office is
in the country of the adjective when there is one, else in the country of the
participant who holds that title (the host: Kantei and MOFA releases, JapanGov's
activity lists). Words: `patterns/occasions.json: seat_nouns`."""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns


def seat_country(index: DocIndex, sent: Span, people: list[Participant]) -> str | None:
    """The country of an office's seat the sentence places its event at."""
    seats = set(load_patterns("occasions.json")["seat_nouns"])
    for token in sent:
        if token.lemma_.lower() not in seats or token.head.lower_ not in ("at", "in"):
            continue
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        holder = index.person_at.get(owner.i)  # 'the Prime Minister' read as a name
        if holder is not None:
            if holder.participant in people:
                return holder.participant.country
            continue
        words = [t for t in owner.subtree if t.dep_ != "case"]
        for t in words:
            if t.ent_type_ in ("NORP", "GPE"):
                code = index.kb.country_code(t.text)
                if code:
                    return code
        title = " ".join(t.text for t in words if t.text[:1].isupper()).lower()
        for who in people:
            if who.office and title and who.office.lower().startswith(title):
                return who.country
    return None


def place_at_seats(index: DocIndex, sent: Span, found: list[Event]) -> None:
    """Meetings held that the sentence reads without a country take their seat's."""
    for event in found:
        if event.type != "meeting" or event.location.country:
            continue
        if event.status != "occurred":  # 'a press conference at the Prime
            continue  # Minister's Office on the upcoming meeting': not its seat
        code = seat_country(index, sent, event.participants)
        if code:
            event.location = Location(None, code)
