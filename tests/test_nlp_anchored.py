"""One occasion dated by another ('the first since X died', '… after X's visit to
P'): the people of the dating phrase are no counterparts of the trigger
(`nlp/anchors.py`; classes found in held-out6 and real, docs/extraction.md 'False
alarms of held-out6'). Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _rows(nlp, text: str, published: date) -> list[tuple]:
    return sorted(
        (e.type, tuple(sorted(e.names)), e.location.country or "")
        for e in article_events(nlp, text, published)
    )


# -- one occasion dated by another: 'the first since …', '… after X's visit'


def test_a_since_clause_names_no_counterpart(nlp):
    found = _rows(
        nlp,
        "Chancellor Olaf Scholz arrived in Paris on Thursday. Chancellor "
        "Scholz's visit is the first since former President Jacques Chirac died "
        "in a hospital in the French capital in September.",
        date(2019, 12, 7),
    )
    assert not [r for r in found if r[0] == "meeting"]


def test_a_trip_after_which_a_guest_came_meets_no_guest(nlp):
    found = _rows(
        nlp,
        "President Lula welcomed the visit of Chancellor Olaf Scholz to Brazil "
        "eight months after President Lula's visit to Germany last March.",
        date(2023, 11, 20),
    )
    assert ("visit", ("Luiz Inácio Lula da Silva",), "DEU") in found
    assert not [r for r in found if r[0] == "meeting" and r[2] == "DEU"]


def test_people_of_the_main_clause_still_meet(nlp):
    found = _rows(
        nlp,
        "President Xi Jinping met President Joe Biden in Woodside on Wednesday, "
        "a year after their talks in Bali.",
        date(2023, 11, 17),
    )
    assert ("meeting", ("Joe Biden", "Xi Jinping"), "USA") in found
