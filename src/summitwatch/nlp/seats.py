"""A leader's seat as a venue. The seat of an office: 'at the Prime Minister's
Office', 'at the Japanese Prime Minister's Office', 'at the President's residence' is
in the country of the adjective when there is one, else in the country of the
participant who holds that title (the host: Kantei and MOFA releases, JapanGov's
activity lists). A leader's official residence names no town, so a meeting 'at his
official residence' is in its owner's capital (Kantei diaries: 'talked with visiting
President Rawlings at his official residence', 'visited UK Prime Minister Tony Blair
at the latter's official residence'). Words: `patterns/seats.json`."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention

_PREPS = ("at", "in", "to")


def seat_country(index: DocIndex, sent: Span, people: list[Participant]) -> str | None:
    """The country of an office's seat the sentence places its event at."""
    seats = word_set("seats.json", "seat_nouns")
    for token in with_lemma(sent, seats):
        if token.lemma_.lower() not in seats or token.head.lower_ not in ("at", "in"):
            continue
        owner = _possessor(token)
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


def residence_place(
    index: DocIndex, trigger: Token, people: list[Participant]
) -> PlaceMention | None:
    """The capital of the owner of the residence the meeting was at, if the
    trigger or its verb has an 'at … residence' phrase whose owner is known."""
    words = word_set("seats.json", "residence_nouns")
    verb = governing_verb(trigger)
    for head in dict.fromkeys((trigger, verb)):
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ not in _PREPS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in words:
                    owner = _owner(index, noun, people)
                    return _capital(index, owner) if owner else None
    return None


def _owner(
    index: DocIndex, noun: Token, people: list[Participant]
) -> Participant | None:
    """Whose residence: a named possessor; 'the latter's' the last party named
    before it; 'his' the first party who leads a country that day, the subject
    before the guest ('Hashimoto talked with visiting President Rawlings at his
    official residence'). Only a leader has one: 'Mr. Camdessus of the IMF met
    Premier Hashimoto at his official residence' is at Hashimoto's."""
    poss = _possessor(noun)
    if poss is None:
        return None
    if poss.i in index.person_at:
        return index.person_at[poss.i].participant
    if poss.lower_ in ("latter", "former"):
        named = [
            m.participant
            for m in index.mentions_in(noun.sent.start, poss.i)
            if any(m.participant.name == p.name for p in people)
        ]
        if not named:
            return None
        return named[-1] if poss.lower_ == "latter" else named[0]
    if poss.tag_ != "PRP$":
        return None
    leaders = [  # one the KB knows: an office alone names no residence
        p
        for p in people
        if p.country
        and index.kb.person(p.person_id or "") is not None
        and index.leads_country(p)
    ]
    return leaders[0] if leaders else None


def _capital(index: DocIndex, owner: Participant) -> PlaceMention | None:
    if owner.country is None:
        return None
    name = index.kb.capital(owner.country)
    place = index.kb.place(name, country=owner.country) if name else None
    if place is None or place.country != owner.country:
        return None
    return PlaceMention(place, -1, -1, place.name)


def _possessor(noun: Token) -> Token | None:
    """Whose seat: 'the Prime Minister's Office', 'his official residence'."""
    return next((c for c in noun.children if c.dep_ == "poss"), None)
