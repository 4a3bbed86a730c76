"""Leaders who declare something together met to do it (session 10: events the
readers never proposed; `nlp/joint_acts.py`, `declaring_lemmas`). Hand-written
sentences: a joint subject or a 'by' phrase of two leaders of different countries
on a declaring verb, with no meeting word in the sentence."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]

DAY = date(2016, 11, 20)


def test_a_joint_subject_of_a_declaring_verb_met(nlp):
    text = (
        "President Barack Obama and Chancellor Angela Merkel today unveiled a "
        "common plan for the reconstruction of Ukraine's power grid."
    )
    assert ("Angela Merkel", "Barack Obama") in meeting_pairs(nlp, text, DAY)


def test_a_by_phrase_of_two_leaders_on_a_participle_met(nlp):
    text = (
        "The ministers reviewed the climate initiative launched by President "
        "François Hollande and Prime Minister Narendra Modi in Paris last year."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("François Hollande", "Narendra Modi") in pairs


def test_a_participle_with_no_auxiliary_is_told_as_done(nlp):
    text = (
        "Officials met on Friday to carry out the roadmap announced by President "
        "Barack Obama and President Xi Jinping in September."
    )
    [meeting] = [
        e
        for e in article_events(nlp, text, DAY)
        if e.type == "meeting" and "Xi Jinping" in e.names
    ]
    assert meeting.status == "occurred"


def test_the_strength_of_a_bilateral_relationship_is_no_meeting_topic(nlp):
    # 'bilateral' as an adjective names no meeting the verb would be about
    text = (
        "Prime Minister Shinzo Abe and President Vladimir Putin reaffirmed the "
        "importance of the bilateral relationship on Saturday."
    )
    assert ("Shinzo Abe", "Vladimir Putin") in meeting_pairs(nlp, text, DAY)


@pytest.mark.parametrize("apart", ["each announced", "both separately announced"])
def test_leaders_declaring_apart_did_not_meet(nlp, apart):
    text = (
        f"President Barack Obama and President Vladimir Putin {apart} new "
        "measures on Tuesday."
    )
    assert ("Barack Obama", "Vladimir Putin") not in meeting_pairs(nlp, text, DAY)


def test_a_declaration_after_a_call_is_the_calls(nlp):
    text = (
        "President Barack Obama spoke by telephone with Chancellor Angela Merkel "
        "on Monday. President Obama and Chancellor Merkel reaffirmed their support "
        "for the sanctions."
    )
    assert ("Angela Merkel", "Barack Obama") not in meeting_pairs(nlp, text, DAY)


def test_one_government_declaring_is_no_meeting(nlp):
    text = (
        "President Barack Obama and Secretary of State John Kerry announced new "
        "sanctions on Tuesday."
    )
    assert meeting_pairs(nlp, text, DAY) == []


def test_the_parties_of_a_signing_participle_after_between_met(nlp):
    """'an agreement signed on …, between A and B in C' (real 631): the parser
    hangs 'between' on the noun the participle describes."""
    text = (
        "The Brandt Accord is an agreement signed on May 3, 1975, between "
        "Chancellor Helmut Schmidt of West Germany and President Valéry Giscard "
        "d'Estaing of France in Strasbourg."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Helmut Schmidt", "Valéry Giscard d'Estaing") in pairs
