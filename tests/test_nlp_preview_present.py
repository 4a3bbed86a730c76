"""A news preview tells the day's programme in the present simple (session 13, helper
merge16): 'X hosts Y at the White House Monday', 'On Saturday, X formally welcomes Y',
'X also attends a conference in Accra' beside the trip 'she makes next week' are
planned; a caption dated to the year and a headline stay held. A plan the preview
leaves undated is no outcome of a trip made years before. Paraphrased sentences
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

MONDAY = date(2021, 7, 19)


def _rows(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.type, sorted(e.names), e.location.country, e.status)
        for e in article_events(nlp, text, published)
    ]


def test_a_weekday_on_a_present_simple_is_the_programme(nlp):
    text = (
        "President Joe Biden hosts King Abdullah of Jordan at the White House "
        "Monday, with the war in Syria high on the agenda."
    )
    rows = _rows(nlp, text, MONDAY)
    assert ("meeting", ["Abdullah II of Jordan", "Joe Biden"], "USA", "planned") in rows


def test_the_programme_told_on_beside_a_time_ahead(nlp):
    text = (
        "On Saturday in Pretoria, President Jacob Zuma formally greets President "
        "Barack Obama. After their talks, the two presidents hold a joint news "
        "conference. Zuma gives a state dinner later."
    )
    rows = _rows(nlp, text, date(2013, 6, 29))
    meetings = [r for r in rows if r[0] == "meeting"]
    assert meetings and all(r[3] == "planned" for r in meetings)


def test_attending_a_conference_on_a_trip_made_next_week(nlp):
    text = (
        "Secretary of State Condoleezza Rice has put a stop in Congo on the trip "
        "she makes next week. Rice also attends a trade conference in the Ghanaian "
        "capital, Accra."
    )
    rows = _rows(nlp, text, date(2007, 7, 10))
    assert ("visit", ["Condoleezza Rice"], "GHA", "planned") in rows
    assert ("visit", ["Condoleezza Rice"], "GHA", "occurred") not in rows


@pytest.mark.parametrize(
    "text",
    [
        # a photo caption, dated to the year
        "President Barack Obama meets with President Jakaya Kikwete of Tanzania in "
        "the Oval Office Thursday, May 21, 2009. Kikwete will also see the Speaker.",
        # a headline, with no full stop
        "President Barack Obama meets President Jakaya Kikwete in Washington\n\n"
        "The two leaders will discuss trade.",
    ],
)
def test_a_caption_or_a_greeting_is_no_programme(nlp, text):
    rows = _rows(nlp, text, date(2009, 5, 22))
    meetings = [r for r in rows if r[0] == "meeting"]
    assert meetings and all(r[3] == "occurred" for r in meetings)


def test_a_dated_plan_stands_beside_a_noun_telling_with_no_time(nlp):
    text = (
        "President Joe Biden hosts King Abdullah of Jordan at the White House "
        "Monday, with the war in Syria high on the agenda.\n\n"
        "The talks are expected to cover Iraq and the refugees who have crossed "
        "into Jordan.\n\n"
        "Other topics include the Iran nuclear deal and the stalled peace process.\n\n"
        "Abdullah's in-person visit with Biden is the first by an Arab leader since "
        "the president took office."
    )
    rows = _rows(nlp, text, MONDAY)
    assert ("meeting", ["Abdullah II of Jordan", "Joe Biden"], "USA", "planned") in rows
    assert not any(r[0] == "meeting" and r[3] == "occurred" for r in rows)


def test_plan_stands_only_for_a_plan_dated_by_its_own_text():
    from summitwatch.models import Event, Participant
    from summitwatch.nlp.assemble import plan_stands

    who = [Participant(name="Joe Biden"), Participant(name="Abdullah II of Jordan")]
    plan = Event("meeting", "planned", who, date="2021-07-19", start_char=0)
    noun = Event("meeting", "occurred", who, date="2021-07-19", start_char=975)
    stands = plan_stands({(975, "meeting")}, MONDAY)
    assert stands(plan, noun) and stands(noun, plan)
    assert not plan_stands(set(), MONDAY)(plan, noun)  # a held one dated by its text
    assert not plan_stands({(975, "meeting")}, date(2021, 7, 20))(plan, noun)
    assert not plan_stands({(0, "meeting"), (975, "meeting")}, MONDAY)(plan, noun)
    headline = Event("meeting", "occurred", who, date="2021-07-19", start_char=0)
    later = Event("meeting", "planned", who, date="2021-07-19", start_char=975)
    assert not plan_stands({(0, "meeting")}, MONDAY)(headline, later)


def test_merge_pair_decides_the_status_once_with_plan_stands():
    """The merged status is one decision in `merge_pair` (session 14, stay18): the
    stronger status, unless `plan_stands` keeps the plan; before, `dedupe` set the
    status a second time after the merge."""
    from summitwatch.models import Event, Participant
    from summitwatch.nlp.assemble import merge_pair, plan_stands

    who = [Participant(name="Joe Biden"), Participant(name="Abdullah II of Jordan")]
    plan = Event("meeting", "planned", who, date="2021-07-19", start_char=0)
    noun = Event("meeting", "occurred", who, date="2021-07-19", start_char=975)
    stands = plan_stands({(975, "meeting")}, MONDAY)
    assert merge_pair(plan, noun, stands).status == "planned"
    assert merge_pair(noun, plan, stands).status == "planned"
    assert merge_pair(plan, noun).status == "occurred"  # rule 5: the latest news
