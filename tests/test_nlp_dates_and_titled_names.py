"""Classes from fresh US government pages annotated before any run (real 380–386):
a yearless day at a month's end just after the publication, a
non-leader title with a surname the KB holds for several people, and a generation
suffix set off by a comma. Hand-written sentences, not the articles'."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events
from summitwatch.nlp.dates import resolve_date

pytestmark = [pytest.mark.model]


def _rows(nlp, text: str, published: date) -> list[tuple]:
    return sorted(
        (e.type, tuple(sorted(e.names)), e.date)
        for e in article_events(nlp, text, published)
    )


def test_a_day_at_the_months_end_after_publication_stays_in_its_year():
    # 'May 30' in a note of 29 May is the next day, not a year away
    assert resolve_date("May 30", date(2019, 5, 29), future=True) == "2019-05-30"
    assert resolve_date("August 31", date(2011, 8, 30), future=True) == "2011-08-31"
    assert resolve_date("May 27", date(2019, 5, 29), future=True) == "2020-05-27"


def test_a_trip_announced_for_the_days_after_publication_keeps_the_year(nlp):
    text = "Prime Minister Justin Trudeau will travel to France on May 31."
    rows = _rows(nlp, text, date(2018, 5, 30))
    assert rows and all(d and d.startswith("2018") for _, _, d in rows), rows


def test_vice_president_and_surname_is_the_vice_president_of_the_day(nlp):
    # in 2021 a Prime Minister Harris held office too (Saint Kitts and Nevis)
    text = "Vice President Harris met President Emmanuel Macron in Paris on Wednesday."
    rows = _rows(nlp, text, date(2021, 11, 12))
    pair = ("Emmanuel Macron", "Kamala Harris")
    assert any(names == pair for _, names, _ in rows), rows


def test_a_comma_set_generation_suffix_is_part_of_the_name(nlp):
    text = (
        "President Joe Biden hosted President Ferdinand Marcos, Jr., at the White "
        "House on Monday."
    )
    rows = _rows(nlp, text, date(2023, 5, 2))
    assert any("Bongbong Marcos" in names for _, names, _ in rows), rows
    assert not any("Ferdinand Marcos" in names for _, names, _ in rows), rows


def test_a_titled_surname_is_no_namesake_born_after_the_day(nlp):
    # the KB's only Cooper was born in 1969: 'Ambassador Cooper' in 1955 is not her
    text = "Prime Minister Nehru received Ambassador Cooper in New Delhi on Monday."
    rows = _rows(nlp, text, date(1955, 10, 3))
    assert not any("Yvette Cooper" in names for _, names, _ in rows), rows
