"""`prospects` and `backtest` run in-process against a temporary SQLite record."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from conftest import HISTORY_CSV as HISTORY
from summitwatch.cli import app


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    if not HISTORY.exists():
        pytest.skip("history CSV not available")
    path = str(tmp_path_factory.mktemp("forecast") / "record.db")
    result = CliRunner().invoke(app, ["--db", path, "history", "import", str(HISTORY)])
    assert result.exit_code == 0, result.output
    return path


def run(db: str, *args: str):
    return CliRunner().invoke(app, ["--db", db, *args])


def test_prospects_json(db):
    result = run(db, "prospects", "RUS", "PRK", "--as-of", "2015-02-23", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (
        0 < data["interval"]["low"] <= data["probability"] <= data["interval"]["high"]
    )
    # five shares, each rounded to 4 decimals in the JSON
    assert abs(sum(data["venue"]["groups"].values()) - 1) <= 5 * 0.5e-4
    kinds = {r["kind"] for r in data["reasons"]}
    assert {"last_meeting", "frequency", "turn"} <= kinds
    assert data["reasons"][0]["text"].startswith("Last met 2011-08")


def test_prospects_text_names_the_venues(db):
    result = run(db, "prospects", "RUS", "PRK", "--as-of", "2015-02-23")
    assert result.exit_code == 0, result.output
    assert "P(at least one meeting)" in result.output
    assert "Moscow (RUS)" in result.output and "Pyongyang (PRK)" in result.output


@pytest.mark.parametrize(
    "args, message",
    [
        (("RUS", "Nobody Atall", "--as-of", "2015-02-23"),
         "Error: unknown person or country: 'Nobody Atall'"),
        (("RUS", "PRK", "--horizon", "0m"),
         "Error: horizon must be at least one month, got '0m'"),
        (("RUS", "PRK", "--as-of", "2031-01-01"),
         "Error: --as-of 2031-01-01 is in the future; use today or earlier"),
        (("RUS", "PRK", "--as-of", "2015-02-30"),
         "Error: --as-of: bad date '2015-02-30' (want YYYY-MM-DD)"),
    ],
)  # fmt: skip
def test_prospects_errors(db, args, message):
    result = run(db, "prospects", *args)
    assert result.exit_code == 1
    assert result.output.strip().splitlines()[-1] == message


@pytest.mark.slow
def test_backtest_json_and_plot(db, tmp_path):
    png = tmp_path / "calibration.png"
    result = run(db, "backtest", "--from", "2012-01", "--to", "2013-12",
                 "--refit", "year", "--plot", str(png), "--json")  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["metrics"]["n"] == 24 * 15
    assert len(data["calibration"]) == 10
    assert sum(row["n"] for row in data["calibration"]) == data["metrics"]["n"]
    rules = ("pair_base", "constant", "persistence", "calibrated_persistence",
             "logistic")  # fmt: skip
    for name in rules:
        assert -10 < data["baselines"][name]["skill_vs_pair_base"] <= 1
    assert data["baselines"]["pair_base"]["skill_vs_pair_base"] == 0
    lo, hi = data["metrics"]["skill_vs_pair_base_ci"]
    assert lo <= hi
    for key in ("venue_top1_country", "venue_top1_city", "within_pair_auc"):
        assert 0 <= data["metrics"][key] <= 1
    for name in rules:
        assert 0 <= data["baselines"][name]["within_pair_auc"] <= 1
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_backtest_bad_month(db):
    result = run(db, "backtest", "--from", "2012-13", "--to", "2013-12")
    assert result.exit_code == 1
    assert "Error: bad month '2012-13' (want YYYY-MM)" in result.output


@pytest.mark.slow
def test_backtest_unwritable_plot(db, tmp_path):
    png = tmp_path / "missing" / "calibration.png"
    result = run(db, "backtest", "--from", "2012-01", "--to", "2012-02",
                 "--refit", "year", "--plot", str(png))  # fmt: skip
    assert result.exit_code == 1
    assert f"Error: --plot {png}: cannot write the PNG" in result.output


@pytest.fixture(autouse=True)
def _private_model_cache(tmp_path_factory, monkeypatch):
    """Fitted models go to a temporary folder, never the user's cache."""
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", str(tmp_path_factory.mktemp("fc")))


def test_the_cli_and_the_pair_page_give_one_forecast(tmp_path):
    """#13: the page built its forecaster without the KB, so RUS–PRK as of
    2015-02-23 differed from `prospects` (P and the venues). One factory now."""
    from fastapi.testclient import TestClient

    from summitwatch.app import create_app
    from summitwatch.models import Article, Event, Location, Participant
    from summitwatch.store import Store

    if not HISTORY.exists():
        pytest.skip("history CSV not available")
    path = str(tmp_path / "record.db")
    assert run(path, "history", "import", str(HISTORY)).exit_code == 0
    people = [Participant("Vladimir Putin"), Participant("Kim Jong-un")]  # no countries
    said = "Kim Jong-un has been invited to Moscow by Putin."
    invited = Event("invitation", "planned", people, Location("Moscow"), "2015-05",
                    evidence=said)  # fmt: skip
    seed = Article(said, url="https://x/s", published=date(2015, 2, 23))
    with Store(path) as store:
        store.write_article(seed, [invited])
        cli = json.loads(
            run(
                path, "prospects", "RUS", "PRK", "--as-of", "2015-02-23", "--json"
            ).stdout
        )
        default = run(path, "prospects", "RUS", "PRK", "--json")
        with TestClient(create_app(store=store)) as client:
            page = client.get(
                "/api/pair/RUS/PRK", params={"as_of": "2015-02-23"}
            ).json()
            page_default = client.get("/api/pair/RUS/PRK").json()["prospects"]
    shown = page["prospects"]
    assert shown["probability"] == cli["probability"]
    assert shown["interval"] == [cli["interval"]["low"], cli["interval"]["high"]]
    assert [(v["city"], v["probability"]) for v in shown["venues"]] == [
        (c["city"], c["p"]) for c in cli["venue"]["cities"][: len(shown["venues"])]
    ]
    assert [r["text"] for r in shown["reasons"]] == [r["text"] for r in cli["reasons"]]
    assert "Moscow" in [v["city"] for v in shown["venues"]]
    # no date given: both forecast as of the record's latest source, not today
    assert default.exit_code == 0, default.output
    cli_default = json.loads(default.stdout)
    assert cli_default["as_of"] == page_default["as_of"] == "2015-11-19"
    assert cli_default["probability"] == page_default["probability"]
