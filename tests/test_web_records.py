"""The web's own queries (issue 5) agree with the store's: paging, venue totals."""

from __future__ import annotations

import pytest

from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.web import records
from webdata import fill

FILTERS = [
    {},
    {"status": "occurred"},
    {"type": "invitation"},
    {"person": "Kim Jong-un"},
    {"person": "Putin", "status": "planned"},
    {"country": "kor"},
    {"country": "RUS", "date_from": "2019", "date_to": "2023-09"},
    {"date_from": "2018-04", "date_to": "2018-04-27"},
]


@pytest.fixture
def filled(record_store):
    fill(record_store)
    return record_store


def _store_kwargs(filters: dict) -> dict:
    out = {k: v for k, v in filters.items() if not k.startswith("date_")}
    return out | {"since": filters.get("date_from"), "until": filters.get("date_to")}


@pytest.mark.parametrize("filters", FILTERS)
def test_event_page_selects_what_the_store_selects(filled, filters):
    expected = [e.id for e in filled.events(**_store_kwargs(filters))]
    found, total = records.event_page(filled, filters, limit=100, offset=0)
    assert [e.id for e in found] == expected and total == len(expected)


def test_event_page_pages(filled):
    everything = [e.id for e in filled.events()]
    pages = [records.event_page(filled, {}, limit=3, offset=o)[0] for o in (0, 3, 6)]
    assert [e.id for page in pages for e in page] == everything


@pytest.mark.parametrize("filters", FILTERS)
def test_venue_counts_add_up_to_the_filtered_events(filled, filters):
    events = filled.events(**_store_kwargs(filters))
    venues, unplaced = records.venue_counts(filled, filters)
    assert sum(v["n"] for v in venues) + unplaced == len(events)
    for venue in venues:
        here = [
            e
            for e in events
            if (e.city, e.country) == (venue["city"], venue["country"])
        ]
        assert venue["n"] == len(here)
        assert venue["meetings"] == sum(e.type == "meeting" for e in here)


@pytest.mark.parametrize(
    "filters, error",
    [
        ({"status": "won"}, BadArgument),
        ({"date_from": "2019-13"}, BadArgument),
        ({"person": "Nobody Atall"}, UnknownPerson),
    ],
)
def test_bad_filters_raise_the_store_errors(filled, filters, error):
    with pytest.raises(error):
        records.event_page(filled, filters, limit=10, offset=0)
