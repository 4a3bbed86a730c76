"""A country on the other side of a relation ('tensions with North Korea', 'strain
with the United States') is what is talked about, never a trip's destination
(helper prec12; `venue.is_topic`, words in `topics.json: relation_nouns`)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import visit_rows


@pytest.mark.model
@pytest.mark.parametrize(
    "text, country",
    [
        ("Secretary of State Antony Blinken travels to Asia next week, where he is "
         "expected to hold talks on issues including tensions with North Korea.",
         "PRK"),
        ("President Evo Morales left for a tour of the region. The Bolivian "
         "president's latest trip to the region comes at a time of increasing "
         "strain with the United States.", "USA"),
    ],
)  # fmt: skip
def test_the_other_side_of_a_relation_is_no_destination(nlp, text, country):
    rows = visit_rows(nlp, text, date(2016, 1, 8))
    assert not [r for r in rows if r[1] == country], rows


@pytest.mark.model
def test_a_destination_named_as_such_stays(nlp):
    rows = visit_rows(
        nlp,
        "Secretary of State Antony Blinken will travel to South Korea next week to "
        "discuss tensions with North Korea.",
        date(2016, 1, 8),
    )
    assert ("Antony Blinken", "KOR", "planned") in rows
    assert not [r for r in rows if r[1] == "PRK"], rows
