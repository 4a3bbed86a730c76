"""The store's paged and aggregated queries, through one `EventFilter`: a page
holds what the unpaged question holds, venue totals add up, bad filters are named."""

from __future__ import annotations

import pytest

from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.store import EventFilter
from webdata import fill

FILTERS = [
    {},
    {"status": "occurred"},
    {"type": "invitation"},
    {"person": "Kim Jong-un"},
    {"person": "Putin", "status": "planned"},
    {"country": "kor"},
    {"country": "RUS", "since": "2019", "until": "2023-09"},
    {"since": "2018-04", "until": "2018-04-27"},
]


@pytest.fixture
def filled(record_store):
    fill(record_store)
    return record_store


@pytest.mark.parametrize("filters", FILTERS)
def test_a_page_holds_what_the_whole_answer_holds(filled, filters):
    flt = EventFilter.of(**filters)
    everything = filled.events(flt)
    page = filled.events(flt, limit=2, offset=1)
    assert page.total == everything.total == len(everything)
    assert [e.id for e in page] == [e.id for e in everything][1:3]


def test_pages_follow_each_other(filled):
    everything = [e.id for e in filled.events()]
    pages = [filled.events(limit=3, offset=o) for o in (0, 3, 6)]
    assert [e.id for page in pages for e in page] == everything
    assert [p.more for p in pages] == [True, True, len(everything) > 9]


@pytest.mark.parametrize("filters", FILTERS)
def test_venue_counts_add_up_to_the_filtered_events(filled, filters):
    flt = EventFilter.of(**filters)
    events = filled.events(flt)
    venues, unplaced = filled.venue_counts(flt)
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
    "filters, error, message",
    [
        ({"status": "won"}, BadArgument, "status: 'won' is not one of occurred,"),
        ({"type": "party"}, BadArgument, "type: 'party' is not one of meeting,"),
        ({"since": "2019-13"}, BadArgument, "since: bad date '2019-13' (want YYYY,"),
        ({"country": "Korea"}, BadArgument, "country: 'Korea' is not an ISO3 code"),
        ({"person": "Nobody Atall"}, UnknownPerson, "unknown person or country"),
    ],
)
def test_bad_filters_are_named(filled, filters, error, message):
    with pytest.raises(error) as raised:
        filled.events(EventFilter.of(**filters))
    assert str(raised.value).startswith(message)


def test_an_empty_form_filters_nothing():
    assert EventFilter.of(person="", status=" ", since="") == EventFilter()
    assert not EventFilter.of(person="")
    flt = EventFilter.of(country="kor", since="2018")
    assert flt.params() == {"country": "KOR", "since": "2018"}


@pytest.mark.parametrize(
    "option, param, value",
    [
        ("--status", "status", "won"),
        ("--type", "type", "party"),
        ("--since", "since", "2019-13"),
        ("--until", "until", "20x1"),
        ("--country", "country", "Korea"),
    ],
)
def test_the_cli_and_the_api_refuse_a_filter_alike(filled, option, param, value):
    """#13: the pages ran their own filters, with other names and messages."""
    from fastapi.testclient import TestClient
    from typer.testing import CliRunner

    from summitwatch.app import create_app
    from summitwatch.cli import app

    cli = CliRunner().invoke(app, ["--db", filled.url, "events", option, value])
    with TestClient(create_app(store=filled)) as client:
        response = client.get("/api/timeline", params={param: value})
    assert cli.exit_code == 1 and response.status_code == 422
    assert cli.stderr == f"Error: {response.json()['error']}\n"
    assert response.json()["error"].startswith(f"{param}: ")
