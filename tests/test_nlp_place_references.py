"""A trip's place named by reference to a country named before: 'paid a visit to
the country', 'spent several days in that country' (session 13, project real 634
and 694; `nlp/place_references.py`). Hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import indexed, visit_rows

pytestmark = [pytest.mark.model]

DAY = date(2016, 3, 2)


def test_a_visit_to_the_country_is_to_the_country_named_before(nlp):
    text = (
        "Nepal and India signed a transit treaty in 2014. Prime Minister Narendra "
        "Modi also paid a visit to the country in 2015."
    )
    # India is named last, but it is Modi's own: the country is Nepal
    assert ("Narendra Modi", "NPL", "occurred") in visit_rows(nlp, text, DAY)


def test_days_spent_in_that_country_are_a_trip_there(nlp):
    text = (
        "President Xi Jinping visited Kenya in 2014. And just recently, Prime "
        "Minister Narendra Modi spent several days in that country."
    )
    assert ("Narendra Modi", "KEN", "occurred") in visit_rows(nlp, text, DAY)


@pytest.mark.parametrize(
    "sentence",
    [
        "He praised the country's economy.",
        "His speech was heard across the country.",
        "He said the whole country was behind him.",
        "He spoke of the future of the country.",
    ],
)
def test_a_country_that_is_no_destination_is_no_place(nlp, kb, sentence):
    text = f"Prime Minister Narendra Modi visited Kenya in 2014. {sentence}"
    doc, index = indexed(nlp, kb, text, DAY)
    country = next(t for t in doc if t.lower_ == "country")
    assert country.i not in index.place_at


def test_no_country_named_before_leaves_the_reference_alone(nlp, kb):
    text = "Prime Minister Narendra Modi paid a visit to the country in 2015."
    doc, index = indexed(nlp, kb, text, DAY)
    country = next(t for t in doc if t.lower_ == "country")
    assert country.i not in index.place_at
