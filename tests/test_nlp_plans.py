"""Announced trips and their stops (issue #10): the meetings planned at each stop,
dates of a trip ahead, and who takes part in a meeting someone joins. Hand-written
sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.models import Article
from summitwatch.process import process

pytestmark = [pytest.mark.model]


def events(nlp, text: str, published: date = date(2016, 6, 20)):
    return process(Article(text=text, published=published), nlp)


def test_is_to_travel_under_a_past_reporting_verb_looks_ahead(nlp):
    found = events(
        nlp, "A spokesman said Prime Minister Modi is to travel to Germany on July 5."
    )
    [visit] = [e for e in found if e.type == "visit"]
    assert (visit.location.country, visit.date) == ("DEU", "2016-07-05")


def test_meetings_including_with_a_leader(nlp):
    found = events(
        nlp,
        "Chancellor Angela Merkel will hold several bilateral meetings in Paris, "
        "including with President Francois Hollande.",
    )
    meetings = [sorted(e.names) for e in found if e.type == "meeting"]
    assert ["Angela Merkel", "François Hollande"] in meetings


def test_a_title_wrapped_before_its_name_stays_in_the_sentence(nlp):
    text = (
        "Officials said Chancellor Angela Merkel will hold talks in Paris with "
        "French President\nFrancois Hollande next week."
    )
    meetings = [sorted(e.names) for e in events(nlp, text) if e.type == "meeting"]
    assert ["Angela Merkel", "François Hollande"] in meetings


def test_he_is_not_the_spokeswoman(nlp):
    text = (
        "President Barack Obama arrived in Berlin on Sunday. Spokeswoman Jane "
        "Holloway said on Monday the visit was going well. She said he will meet "
        "Chancellor Angela Merkel on Friday."
    )
    people = {n for e in events(nlp, text) for n in e.names}
    assert not any("Holloway" in n for n in people)


def test_a_listed_stop_is_the_meeting_held_there(nlp):
    text = (
        "On July 6, Secretary of State John Kerry begins a trip to France, Germany "
        "and Italy. Secretary Kerry will attend a conference in Paris. Secretary "
        "Kerry will then travel to Berlin, where he will meet with Chancellor "
        "Angela Merkel."
    )
    found = events(nlp, text)
    visits = {e.location.country for e in found if e.type == "visit"}
    [meeting] = [e for e in found if e.type == "meeting"]
    assert "DEU" not in visits and "ITA" in visits
    assert meeting.location.city == "Berlin" and meeting.date.startswith("2016-07")


def test_joining_someones_meeting_is_one_meeting_of_all(nlp):
    text = (
        "Secretary of State John Kerry will travel to Paris, France on November 10. "
        "Secretary Kerry will also participate in President Obama's meeting with "
        "French President Francois Hollande."
    )
    found = events(nlp, text, date(2016, 11, 7))
    groups = [e for e in found if e.type == "meeting" and len(e.names) == 3]
    assert len(groups) == 1
    assert set(groups[0].names) == {"John Kerry", "Barack Obama", "François Hollande"}
    assert groups[0].location.country == "FRA"
