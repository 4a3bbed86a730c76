"""A journey told by the road it is on ('on his way to the summit in Kampala', 'en
route to the United States', 'on his way home from London'): a visit to that place
(nlp/en_route.py). Hand-written texts through the full pipeline; each fails without
the change, one guard."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, visit_rows

pytestmark = [pytest.mark.model]


def test_stopover_on_the_way_to_a_summit_is_a_trip_to_its_city(nlp):
    text = (
        "Kenyan President Mwai Kibaki, on his way to the African Union summit in "
        "Addis Ababa, Ethiopia, held talks with President Yoweri Museveni in "
        "Kampala on Monday."
    )
    found = article_events(nlp, text, date(2008, 2, 1))
    assert [(e.type, e.location.city) for e in found if e.type == "meeting"] == [
        ("meeting", "Kampala")
    ]
    assert ("Mwai Kibaki", "ETH", "occurred") in visit_rows(nlp, text, date(2008, 2, 1))


def test_en_route_to_a_country_is_a_trip_there(nlp):
    text = (
        "Foreign Minister Sergey Lavrov is en route to South Africa at this moment, "
        "his spokeswoman told reporters in Moscow."
    )
    assert ("Sergey Lavrov", "ZAF", "occurred") in visit_rows(
        nlp, text, date(2023, 1, 22)
    )


def test_on_the_way_home_from_a_city_is_a_trip_to_it(nlp):
    """The road's own place ('from Paris'), not the verb's ('through Ottawa')."""
    text = (
        "Prime Minister Robert Menzies returned through Ottawa on his way home from "
        "Paris in June 1962."
    )
    assert ("Robert Menzies", "FRA", "occurred") in visit_rows(
        nlp, text, date(1962, 7, 1)
    )


def test_on_the_way_to_an_agreement_is_no_trip(nlp):
    """The guard: a way to a thing, not to a place."""
    text = (
        "President Emmanuel Macron said in a speech that the two countries were on "
        "the way to an agreement on trade."
    )
    assert visit_rows(nlp, text, date(2023, 1, 22)) == []


def test_on_the_way_to_a_deal_with_a_country_is_no_trip_there(nlp):
    """The guard: the road's object is a deal, the country only its party."""
    text = (
        "Secretary John Kerry met Foreign Minister Javad Zarif in Lausanne on Monday. "
        "Kerry is on his way to a historic deal with Iran, he said."
    )
    assert ("John Kerry", "IRN", "occurred") not in visit_rows(
        nlp, text, date(2015, 4, 1)
    )
