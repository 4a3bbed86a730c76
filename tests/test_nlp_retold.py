"""A meeting retold (nlp/retold.py; issue #10, from fresh VOA reports): a sentence
whose only people are a pair reference ('the two leaders') and which gives no time
or place of its own tells more of the meeting just reported, not a second one."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

SATURDAY = date(2013, 3, 9)


def meetings(nlp, text: str, published: date | None = SATURDAY):
    return [
        (e.status, sorted(e.names), e.date, e.location.country)
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    ]


def test_a_statement_on_what_the_two_leaders_will_discuss_is_the_same_meeting(nlp):
    found = meetings(
        nlp,
        "The White House said Saturday that President Barack Obama will meet "
        "Kenyan President Uhuru Kenyatta on Tuesday. The announcement said the two "
        "leaders will discuss trade, security and the fight against poaching.",
    )
    assert len(found) == 1, found
    assert found[0][1] == ["Barack Obama", "Uhuru Kenyatta"]
    assert found[0][2] == "2013-03-12"


def test_what_the_two_leaders_did_at_a_hosted_meeting_is_that_meeting(nlp):
    found = meetings(
        nlp,
        "Prime Minister Shinzo Abe hosted a summit meeting with President Joko Widodo "
        "of Indonesia at the Prime Minister's Office.\nFirst, the two leaders "
        "received a salute and attended a welcome ceremony, and then held a summit "
        "meeting.",
        published=None,
    )
    assert found == [("occurred", ["Joko Widodo", "Shinzo Abe"], None, "JPN")]


def test_the_two_leaders_meeting_again_elsewhere_is_another_meeting(nlp):
    found = meetings(
        nlp,
        "Chancellor Angela Merkel hosted French President Francois Hollande in Berlin "
        "on Friday. The two leaders will meet again in Paris next month.",
    )
    assert len(found) == 2, found


def events_of(nlp, text: str, published: date = SATURDAY):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country)
        for e in article_events(nlp, text, published)
    ]


def test_the_guests_visit_to_the_hosts_capital_places_their_meeting(nlp):
    found = events_of(
        nlp,
        "Officials said Saturday that President Barack Obama will meet "
        "Kenyan President Uhuru Kenyatta on Tuesday. The agenda covers trade, regional "
        "security and the fight against poaching in East Africa.\n\nBoth countries "
        "have signed several agreements on wildlife protection in recent years. "
        "Analysts say Kenyatta's "
        "visit to Washington is less than a month after he was sworn in.",
    )
    assert found == [
        ("meeting", "planned", ["Barack Obama", "Uhuru Kenyatta"], "Washington", "USA")
    ], found


def test_already_met_asks_for_a_meeting_holding_all_the_people():
    from summitwatch.models import Event, Participant
    from summitwatch.nlp.retold import already_met

    a, b, c = (Participant(n) for n in ("A", "B", "C"))
    group = Event("meeting", "occurred", [a, b, c])
    trip = Event("visit", "occurred", [a, b])
    assert already_met((a, b), [group])
    assert not already_met((a, b), [trip])  # a visit is no meeting
    assert not already_met((a, Participant("D")), [group])
