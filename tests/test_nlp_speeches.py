"""A trip told by the speech given there (session 11, helper prop12: events no
reader proposed; `nlp/speeches.py`). Hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import visit_rows

pytestmark = [pytest.mark.model]

DAY = date(2015, 3, 2)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Prime Minister Narendra Modi will deliver a speech at Columbia "
            "University in New York next week, his office said.",
            "USA",
        ),
        (
            "Chancellor Angela Merkel gave a lecture at Peking University in "
            "Beijing on Thursday.",
            "CHN",
        ),
        (
            "Critics recalled President Barack Obama's speech at Cairo University "
            "in Cairo.",
            "EGY",
        ),
    ],
)
def test_a_speech_given_abroad_is_a_trip_there(nlp, text, country):
    assert country in {c for _, c, _ in visit_rows(nlp, text, DAY)}


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Narendra Modi gave a speech to students on Monday.",  # no place
        "Prime Minister Narendra Modi delivered a speech in New Delhi on Monday.",
        "The address was well received in Washington, officials said.",  # no giver
    ],
)
def test_a_speech_at_home_or_nowhere_is_no_trip(nlp, text):
    assert visit_rows(nlp, text, DAY) == []


def test_a_speech_in_a_stay_told_before_is_no_second_trip(nlp, kb):
    """The speech tells what the traveller does on the stay already read; read as
    a trip of its own it would be the nearest trip to a meeting told next, and
    that meeting would take its place."""
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.nlp.sentence_reader import SentenceReader

    doc = nlp(
        "Prime Minister Narendra Modi will spend Thursday in Singapore before "
        "traveling on to Hanoi. An aide said Mr. Modi will deliver a speech in "
        "Singapore. Mr. Modi will then deliver a speech in Jakarta."
    )
    reader = SentenceReader(build_index(doc, kb, DAY))
    read = [reader.read(sent) for sent in doc.sents]
    assert read[1] == []  # Singapore again: the stay of the first sentence
    assert [e.location.country for e in read[2]] == ["IDN"]  # a stop of its own
