"""Constructions found on fresh news reports and readouts (session 12, helper news13):
spouses beside the leader at a lunch or a welcome, a 'where' clause that the parser
hangs on the infinitive, and a sentence-opening 'Next,' that orders a trip's stops.
Hand-written sentences, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date = date(2018, 1, 21)):
    return [
        (e.type, e.status, sorted(e.names), e.location.country)
        for e in article_events(nlp, text, published)
    ]


# -- spouses the knowledge base now knows, with their spouse relations


def test_spouses_are_known_with_their_partners(kb):
    pairs = {
        "Karen Pence": "Mike Pence",
        "Queen Rania of Jordan": "Abdullah II of Jordan",
        "Janja Lula da Silva": "Luiz Inácio Lula da Silva",
    }
    for spouse, leader in pairs.items():
        person = kb.resolve_person(spouse)
        partner = kb.resolve_person(leader)
        assert person is not None and partner is not None
        assert person.relations.get("spouse") == partner.id
        assert partner.relations.get("spouse") == person.id


def test_a_couple_lunches_with_a_royal_couple_where_the_clause_says(nlp):
    found = summary(
        nlp,
        "The vice president Mike Pence is in Jordan, where he and his wife, Karen, "
        "are scheduled to have lunch with King Abdullah and Queen Rania.",
    )
    people = [
        "Abdullah II of Jordan",
        "Karen Pence",
        "Mike Pence",
        "Queen Rania of Jordan",
    ]
    assert ("meeting", "planned", people, "JOR") in found


# -- 'where' hung on the infinitive: the relative clause is still the place's


def test_where_clause_through_a_complement_places_the_meeting(nlp):
    found = summary(
        nlp,
        "The vice president Mike Pence is in Jordan, where he and his wife are due "
        "to have lunch with King Abdullah.",
    )
    meetings = [f for f in found if f[0] == "meeting"]
    assert meetings and all(f[3] == "JOR" for f in meetings)


def test_where_clause_through_an_infinitive_places_a_group_meeting(nlp):
    found = summary(
        nlp,
        "President Xi Jinping is in Brazil, where he and his wife, Peng Liyuan, "
        "are expected to dine with President Lula.",
        date(2019, 11, 13),
    )
    meetings = [f for f in found if f[0] == "meeting"]
    assert meetings and all(f[3] == "BRA" for f in meetings)


# -- 'Next,' opening a sentence orders the stops: the past tense stays occurred


def test_next_opening_a_sentence_is_no_time_ahead(nlp):
    found = summary(
        nlp,
        "Next, Secretary Clinton traveled to South Sudan where she met with "
        "President Kiir to reaffirm U.S. support.",
        date(2012, 8, 10),
    )
    assert (
        "meeting",
        "occurred",
        ["Hillary Clinton", "Salva Kiir Mayardit"],
        "SSD",
    ) in found


def test_next_week_is_still_ahead(nlp):
    found = summary(
        nlp,
        "Secretary Clinton travels next week to South Sudan, where she will meet "
        "President Kiir.",
        date(2012, 8, 1),
    )
    assert (
        "meeting",
        "planned",
        ["Hillary Clinton", "Salva Kiir Mayardit"],
        "SSD",
    ) in found


# -- the trip made beside the meeting still ahead in its own sentence (rule 1)


def test_trip_made_stays_beside_its_lunch_ahead(nlp):
    found = summary(
        nlp,
        "U.S. Vice President Mike Pence is in Jordan, where he is scheduled to have "
        "lunch with King Abdullah. Earlier, Pence held talks with Egyptian President "
        "Abdel-Fattah el-Sisi.",
    )
    assert ("visit", "occurred", ["Mike Pence"], "JOR") in found
    assert (
        "meeting",
        "planned",
        ["Abdullah II of Jordan", "Mike Pence"],
        "JOR",
    ) in found
