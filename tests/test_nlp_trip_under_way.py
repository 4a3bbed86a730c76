"""A trip a news report tells in the present is under way, and the meeting still
ahead in that country is what it is for: one event, the planned meeting (SCHEMA.md
rule 1; helper prec12, `trips/rules.py` fold 'trip under way'). A trip told in the
past beside talks ahead stays a stay of its own (real 098, 137)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.nlp.trips import TOLD, fold_trips
from summitwatch.nlp.trips.rules import Context


def _rows(found):
    return sorted((e.type, e.status, e.location.country or "") for e in found)


@pytest.mark.model
@pytest.mark.parametrize(
    "text, published",
    [
        # present simple, the talks the next day
        ("Secretary of State Hillary Clinton travels to Ghana on Monday, the first "
         "stop of a week-long African tour. Clinton will meet Tuesday with Ghana's "
         "President John Mahama.", date(2013, 3, 4)),
        # present progressive over two countries, talks ahead in the second
        ("The president of Brazil, Luiz Inacio Lula da Silva, is visiting Peru and "
         "Bolivia to discuss trade. Lula travels on to Bolivia, where he is to meet "
         "with President Evo Morales.", date(2008, 1, 15)),
    ],
)  # fmt: skip
def test_a_trip_under_way_is_the_meeting_ahead(nlp, text, published):
    found = article_events(nlp, text, published)
    ahead = [e for e in found if e.type == "meeting" and e.status == "planned"]
    assert ahead, found
    country = ahead[0].location.country
    assert not [
        e for e in found if e.type == "visit" and e.location.country == country
    ], found


@pytest.mark.model
def test_a_trip_told_in_the_past_stays_beside_the_talks_ahead(nlp):
    text = (
        "Secretary of State Condoleezza Rice held talks in Ankara on Sunday, then "
        "flew to Israel. She plans to meet Prime Minister Ariel Sharon late today "
        "in Jerusalem."
    )
    found = article_events(nlp, text, date(2005, 2, 6))
    assert ("visit", "occurred", "ISR") in _rows(found)
    assert ("meeting", "planned", "ISR") in _rows(found)


def _visit(at=0, when="2012-07-31", status="occurred"):
    return built_event("visit", ["Hillary Clinton"], status, country="SEN",
                       when=when, at=at, span=40)  # fmt: skip


def _meeting(at=200, when="2012-08-01", status="planned"):
    return built_event("meeting", ["Hillary Clinton", "Macky Sall"], status,
                       country="SEN", when=when, at=at, span=40)  # fmt: skip


def test_only_a_visit_told_in_the_present_folds():
    visit, meeting = _visit(), _meeting()
    assert len(fold_trips([visit, meeting], TOLD)) == 2  # not marked under way
    context = Context(under_way={visit.start_char})
    [kept] = fold_trips([visit, meeting], TOLD, context)
    assert (kept.type, kept.status, kept.date) == ("meeting", "planned", "2012-08-01")


@pytest.mark.parametrize(
    "visit, meeting",
    [
        # the meeting was held, or called off: rule 1's two events, other folds'
        (_visit(), _meeting(status="not_occurred")),
        # a meeting weeks later is another stay
        (_visit(), _meeting(when="2012-09-20")),
    ],
)  # fmt: skip
def test_a_trip_under_way_keeps_apart_from_other_meetings(visit, meeting):
    context = Context(under_way={visit.start_char})
    assert len(fold_trips([visit, meeting], ("trip under way",), context)) == 2
