"""One `PartialDate` for every layer: parsing, bounds, ordering, and one message."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from summitwatch.app import create_app
from summitwatch.cli import app as cli_app
from summitwatch.errors import BadArgument
from summitwatch.forecast.dates import parse_prefix
from summitwatch.ingest import parse_published
from summitwatch.kb.people import _parse_day
from summitwatch.models import PartialDate
from summitwatch.store import EventFilter
from summitwatch.store.merge import date_bounds


@pytest.mark.parametrize(
    "value, precision, first, last",
    [
        ("2019", "year", date(2019, 1, 1), date(2019, 12, 31)),
        ("2019-04", "month", date(2019, 4, 1), date(2019, 4, 30)),
        ("2019-02", "month", date(2019, 2, 1), date(2019, 2, 28)),
        ("2020-02", "month", date(2020, 2, 1), date(2020, 2, 29)),
        ("2018-09", "month", date(2018, 9, 1), date(2018, 9, 30)),
        (" 2019-04-25 ", "day", date(2019, 4, 25), date(2019, 4, 25)),
    ],
)
def test_parse_precision_and_bounds(value, precision, first, last):
    found = PartialDate.parse(value)
    assert (found.precision, found.bounds()) == (precision, (first, last))
    assert str(found) == value.strip()


@pytest.mark.parametrize(
    "value", ["", "19", "2019-4", "2019-13", "2019-02-30", "2019/04", "2019-04-25x"]
)
def test_what_is_no_date_is_refused(value):
    with pytest.raises(ValueError):
        PartialDate.parse(value)


def test_order_is_by_first_day_then_coarser_first():
    dates = [PartialDate.parse(v) for v in ("2019-05", "2019-04-25", "2019", "2018")]
    assert [str(d) for d in sorted(dates)] == ["2018", "2019", "2019-04-25", "2019-05"]


def test_every_layer_reads_a_month_alike():
    """#13: the KB cut office terms that end in a month short (2018-09 → 09-12)."""
    assert _parse_day("2018-09", end=True) == date(2018, 9, 30)
    assert _parse_day("2018", end=True) == date(2018, 12, 31)
    assert date_bounds("2018-09") == ("2018-09-01", "2018-09-30")
    assert parse_prefix("2018-09") == (date(2018, 9, 1), date(2018, 9, 30))
    assert EventFilter.of(until="2018-09").until.last == date(2018, 9, 30)
    assert parse_published("2018-09") == date(2018, 9, 1)


def test_argument_gives_one_message():
    with pytest.raises(BadArgument) as year:
        PartialDate.argument("2019-13", "--since")
    assert (
        str(year.value)
        == "--since: bad date '2019-13' (want YYYY, YYYY-MM or YYYY-MM-DD)"
    )
    with pytest.raises(
        BadArgument, match=r"^as_of: bad date '2019-04' \(want YYYY-MM-DD\)$"
    ):
        PartialDate.argument("2019-04", "as_of", precision="day")


# -- the CLI and the API accept and refuse the same forms


def _fake(article):
    return []


@pytest.fixture
def api(tmp_path):
    from summitwatch.store import Store

    store = Store(f"sqlite:///{tmp_path / 'api.db'}")
    token = store.create_token("alice")
    with TestClient(create_app(store=store, extract=_fake)) as client:
        yield client, token


@pytest.mark.parametrize("value", ["2019", "2019-04", "2019-04-25"])
def test_ingest_and_upload_accept_what_extract_accepts(
    tmp_path, monkeypatch, api, value
):
    """#13: `ingest --published 2019-04` was refused while `extract` took it."""
    monkeypatch.setenv("SUMMITWATCH_EXTRACTOR", "test_partial_date:_fake")
    article = tmp_path / "a.txt"
    article.write_text(f"Kim Jong-un and Vladimir Putin met ({value}).\n")
    db = str(tmp_path / "cli.db")
    result = CliRunner().invoke(
        cli_app, ["--db", db, "ingest", str(article), "--published", value]
    )
    assert result.exit_code == 0, result.output
    client, token = api
    response = client.post(
        "/api/articles",
        files={"file": ("a.txt", article.read_bytes(), "text/plain")},
        data={"published": value},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.text
    detail = client.get(f"/api/articles/{response.json()['article_id']}").json()
    assert detail["article"]["published"] == PartialDate.parse(value).first.isoformat()


@pytest.mark.parametrize("value", ["2019-13", "2019-02-30", "25/04/2019", "2019-4"])
def test_cli_and_api_refuse_the_same_dates_with_the_same_words(tmp_path, api, value):
    db = str(tmp_path / "cli.db")
    cli = CliRunner().invoke(
        cli_app, ["--db", db, "ingest", "x.txt", "--published", value]
    )
    client, token = api
    response = client.post(
        "/api/articles",
        files={"file": ("a.txt", b"Some text.", "text/plain")},
        data={"published": value},
        headers={"Authorization": f"Bearer {token}"},
    )
    forms = "(want YYYY, YYYY-MM or YYYY-MM-DD)"
    assert cli.exit_code == 1
    assert cli.stderr == f"Error: --published: bad date {value!r} {forms}\n"
    assert response.status_code == 422
    assert response.json()["error"] == f"published: bad date {value!r} {forms}"


@pytest.mark.parametrize("value", ["2015-02", "2015-02-30", "tomorrow"])
def test_as_of_is_refused_alike(tmp_path, api, value):
    db = str(tmp_path / "cli.db")
    cli = CliRunner().invoke(
        cli_app, ["--db", db, "prospects", "RUS", "PRK", "--as-of", value]
    )
    client, _ = api
    response = client.get("/api/pair/RUS/PRK", params={"as_of": value})
    assert cli.exit_code == 1
    assert cli.stderr == f"Error: --as-of: bad date {value!r} (want YYYY-MM-DD)\n"
    assert response.status_code == 422
    assert response.json()["error"] == f"as_of: bad date {value!r} (want YYYY-MM-DD)"
