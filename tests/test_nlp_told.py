"""`told_event`: the one place an event takes its evidence and offsets from a span."""

from __future__ import annotations

from spacy.lang.en import English

from summitwatch.models import Location, Participant
from summitwatch.nlp.told import told_event


def test_told_event_takes_evidence_and_offsets_from_the_span():
    doc = English().make_doc("Hello there. Abe met Obama. Bye")
    span = doc.char_span(13, 27)
    people = [
        Participant("Shinzo Abe", country="JPN"),
        Participant("Barack Obama", country="USA"),
    ]
    event = told_event("meeting", people, Location(country="JPN"), "2014-04", span)
    assert (event.evidence, event.start_char, event.end_char) == (
        "Abe met Obama.",
        13,
        27,
    )
    assert (event.type, event.status, event.confidence) == ("meeting", "occurred", 0.5)
    assert event.participants == people and event.participants is not people
