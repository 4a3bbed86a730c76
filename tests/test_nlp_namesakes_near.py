"""Which of two namesakes a title and a surname mean (helper recall8, session 8): the
holder of the office the title names, and the one of a country named near.
Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def people(nlp, text: str, published: date) -> list[tuple[str, list[str]]]:
    return [(e.type, sorted(e.names)) for e in article_events(nlp, text, published)]


def test_an_undated_president_is_the_namesake_who_was_a_president(nlp):
    text = "President Johnson received Prime Minister Holt in the Oval Office."
    got = people(nlp, text, date(2001, 5, 1))
    assert ("meeting", ["Harold Holt", "Lyndon B. Johnson"]) in got


def test_an_undated_prime_minister_stays_the_prime_minister(nlp):
    text = "Prime Minister Johnson received President Macron in Downing Street."
    got = people(nlp, text, date(2001, 5, 1))
    assert ("meeting", ["Boris Johnson", "Emmanuel Macron"]) in got


def test_a_king_after_his_country_is_named_is_its_king(nlp):
    text = (
        "Condoleezza Rice flew on to Jordan on March 30, 2008. "
        "There she held talks with King Abdullah on Monday."
    )
    got = people(nlp, text, date(2008, 4, 5))
    assert ("meeting", ["Abdullah II of Jordan", "Condoleezza Rice"]) in got


def test_the_other_king_when_the_other_country_is_named(nlp):
    text = (
        "Condoleezza Rice flew on to Riyadh, Saudi Arabia, on March 30, 2008. "
        "There she held talks with King Abdullah on Monday."
    )
    got = people(nlp, text, date(2008, 4, 5))
    assert ("meeting", ["Abdullah of Saudi Arabia", "Condoleezza Rice"]) in got


def test_a_surname_the_ner_took_for_a_nationality_is_the_person_named(nlp):
    text = (
        "Margaret Thatcher received Taoiseach Charles Haughey in London in May 1980. "
        "In December 1980 Thatcher and Haughey met again in Dublin."
    )
    got = people(nlp, text, date(1981, 1, 5))
    assert got.count(("meeting", ["Charles Haughey", "Margaret Thatcher"])) == 2
