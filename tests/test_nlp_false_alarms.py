"""False alarms on unseen text (helper prec8): hand-written sentences for each class
that recurred across the project's sets (see docs/extraction.md, 'False alarms on
unseen text')."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _visits(nlp, text: str, published: date) -> list:
    return [e for e in article_events(nlp, text, published) if e.type == "visit"]


# -- trips told by their count or in general are no one trip (rule 3)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jacinda Ardern has made four visits to Australia since 2017.",
        "Since her coronation, Queen Margrethe II has undertaken a number of state "
        "visits to Sweden.",
        "Since her coronation, Queen Margrethe II has made several official visits "
        "to Norway.",
    ],
)
def test_counted_trips_are_no_trip(nlp, text):
    assert not _visits(nlp, text, date(2019, 6, 1))


def test_a_list_summary_line_lends_no_trip(nlp):
    found = _visits(
        nlp,
        "Jacinda Ardern, who took office on 26 October 2017, made her first trip "
        "abroad to meet Prime Minister Malcolm Turnbull on 5 November 2017 in "
        "Sydney, Australia.\nSummary\nThe number of visits per country where Prime "
        "Minister Ardern traveled are:\n",
        date(2019, 6, 1),
    )
    assert not found


def test_trips_to_named_places_stay(nlp):
    found = _visits(
        nlp,
        "Xi Jinping made trips to Russia and Kazakhstan in May 2015.",
        date(2015, 6, 1),
    )
    assert sorted(e.location.country for e in found) == ["KAZ", "RUS"]
