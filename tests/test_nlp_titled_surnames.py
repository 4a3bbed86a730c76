"""A leader's surname the NER took for a place after an office word ('President
Santos', Santos being a port in Brazil; 'President Frei' tagged GPE): the person
the KB knows in that office on the date, not a venue (nlp/titled_surnames.py)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country)
        for e in article_events(nlp, text, published)
    ]


def test_titled_surname_read_as_a_city_is_the_office_holder(nlp) -> None:
    text = (
        "On Tuesday, President Obama met with President Santos of Colombia in Chicago."
    )
    assert summary(nlp, text, date(2011, 4, 14)) == [
        (
            "meeting",
            "occurred",
            ["Barack Obama", "Juan Manuel Santos"],
            "Chicago",
            "USA",
        )
    ]


def test_titled_surname_tagged_as_a_place_the_kb_lacks(nlp) -> None:
    text = "Last month Chilean President Frei met President Clinton at the White House."
    got = summary(nlp, text, date(1995, 3, 20))
    assert [g[2] for g in got] == [["Bill Clinton", "Eduardo Frei Ruiz-Tagle"]]


def test_the_surname_stays_a_place_when_nobody_held_the_office(nlp) -> None:
    text = "President Obama will travel to Santos, Brazil, next month."
    got = summary(nlp, text, date(2011, 2, 1))
    assert got and got[0][0] == "visit" and got[0][3] == "Santos"
