"""Sentences that only talk about a trip (SCHEMA.md rule 1): 'This is President
Rawlings' first visit to the United States', 'her visit to South Korea was expected to
boost …', 'I am confident that your visit will be successful', 'Through the visit of
the President to Japan this time, …'. The trip noun is what the clause is about (its
subject, its complement, or the object of 'through'), and no verb of the sentence
makes a journey, nor does the sentence report a meeting. Such a sentence retells the
trip the text reports elsewhere, with the status and date of its own wording, not a
second trip."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from summitwatch.nlp.doc_text import sentence_at
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.told_present import told_in_present

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.tokens import Span, Token

    from summitwatch.models import Event
    from summitwatch.nlp.doc_index import DocIndex

_TOLD_ROLES = {"nsubj", "nsubjpass", "attr"}
_FRAME_PREPS = {"through"}  # not 'during': the frame of a meeting told beside it


@cache
def _trip_nouns() -> frozenset[str]:
    return frozenset(lexicon().triggers["visit_nouns"])


@cache
def _journey_verbs() -> frozenset[str]:
    """The verbs that make a journey ('arrive', 'travel', 'visit'), not the light
    verbs that take a trip noun ('make', 'pay', 'have')."""
    light = word_set("triggers.json", "trip_clause_lemmas")
    return frozenset(lexicon().triggers["visit_verbs"]) - light


def _told(token: Token) -> bool:
    """The trip noun is what its clause is about, its frame, or the object of a verb
    that only speaks of it ('denouncing the visit', `told_trips.json`)."""
    if token.dep_ in _TOLD_ROLES:
        return True
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in word_set("told_trips.json", "topic_verbs")
    return token.dep_ == "pobj" and token.head.lower_ in _FRAME_PREPS


def told_trip_nouns(sent: Span) -> list[Token]:
    """The trip nouns a sentence only talks of: each in a told role, in a sentence
    with no journey verb."""
    nouns, verbs = _trip_nouns(), _journey_verbs()
    if any(t.pos_ == "VERB" and t.lemma_.lower() in verbs for t in sent):
        return []
    return [
        t
        for t in sent
        if t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in nouns and _told(t)
    ]


def _subtree(token: Token) -> range:
    return range(token.left_edge.i, token.right_edge.i + 1)


def _visit_sentences(
    events: list[Event], index: DocIndex
) -> Iterator[tuple[Event, Span]]:
    """Each visit that has a place in the text, with its sentence: what the readers
    below ask about how the sentence tells the trip."""
    for event in events:
        if event.type != "visit" or event.start_char is None:
            continue
        sent = sentence_at(index.doc, event.start_char)
        if sent is not None:
            yield event, sent


def told_trips(events: list[Event], index: DocIndex) -> set[int]:
    """The first characters of the visits whose own sentence only talks of a trip
    that it does not date ('his 2003 visit', 'a visit in May' are their own trips):
    the date of such a sentence is only the text's."""
    dates = set(index.date_at)
    met = {e.start_char for e in events if e.type == "meeting"}
    return {
        event.start_char
        for event, sent in _visit_sentences(events, index)
        if event.start_char not in met
        and any(not dates.intersection(_subtree(t)) for t in told_trip_nouns(sent))
    }


def _leaves_for(sent: Span) -> bool:
    """A verb of leaving with a 'for' phrase: 'left for the United States'."""
    leaving = word_set("presence.json", "leaving_lemmas")
    return any(
        t.pos_ == "VERB"
        and t.lemma_.lower() in leaving
        and any(c.dep_ == "prep" and c.lower_ == "for" for c in t.children)
        for t in sent
    )


def bound_for(events: list[Event], index: DocIndex) -> set[int]:
    """The first characters of the visits told as a departure for the place ('Abe
    left for the United States Thursday', 'departed for Washington'): a journey
    begun, not yet a stay (`presence.json: leaving_lemmas`)."""
    return {
        e.start_char for e, sent in _visit_sentences(events, index) if _leaves_for(sent)
    }


def _journey_in_present(sent: Span) -> bool:
    """A journey verb in the present (`presence.json: under_way_lemmas`,
    `told_present`), and none in the past ('arrived Monday and travels on' is left
    to the folds of stays)."""
    lemmas = word_set("presence.json", "under_way_lemmas")
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in lemmas]
    present = [t for t in verbs if told_in_present(t)]
    past = [t for t in verbs if t.tag_ in ("VBD", "VBN") and t not in present]
    return bool(present) and not past


def under_way(events: list[Event], index: DocIndex) -> set[int]:
    """The first characters of the visits made that a news report tells in the
    present ('Clinton travels to Senegal on Tuesday', 'Chavez is visiting Honduras
    and Nicaragua'): a trip under way, not a stay told as over."""
    return {
        e.start_char
        for e, sent in _visit_sentences(events, index)
        if _journey_in_present(sent)
    }
