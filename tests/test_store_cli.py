"""Record commands run in-process against a temporary SQLite file; errors exactly."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app
from summitwatch.models import Article, Event, Location, Participant
from summitwatch.store import Store

HISTORY = (
    "date_start,date_end,leader_a,country_a,leader_b,country_b,city,country_venue,"
    "kind,host,travel_mode,source,notes\n"
    "2000-07-19,2000-07-20,Kim Jong-il,PRK,Vladimir Putin,RUS,Pyongyang,PRK,"
    "state_visit,PRK,air,http://example.org/1,first visit\n"
    "2001-08-04,2001-08-05,Kim Jong-il,PRK,Vladimir Putin,RUS,Moscow,RUS,"
    "state_visit,RUS,rail,http://example.org/2,Moscow Declaration\n"
    "2001-13-04,2001-08-05,Kim Jong-il,PRK,Vladimir Putin,RUS,Moscow,RUS,"
    "state_visit,RUS,rail,http://example.org/2,bad month\n"
)
ARTICLE = (
    "Kim Jong-un arrived in Vladivostok by armoured train on Wednesday and met "
    "Vladimir Putin on Russky Island for talks that lasted several hours.\n"
)


def fake_extract(article: Article) -> list[Event]:
    """Stands in for the NLP extractor (SUMMITWATCH_EXTRACTOR hook)."""
    people = [Participant("Kim Jong-un", country="PRK"), Participant("Vladimir Putin")]
    where = Location("Vladivostok", "RUS")
    return [Event("meeting", "occurred", people, where, "2019-04-25", "rail", "met")]


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "cli.db")


@pytest.fixture
def cli(db):
    runner = CliRunner()

    def run(*args: str):
        return runner.invoke(app, ["--db", db, *args])

    return run


@pytest.fixture
def history_csv(tmp_path) -> Path:
    path = tmp_path / "history.csv"
    path.write_text(HISTORY)
    return path


def test_history_import_reports_bad_rows_and_keeps_good_ones(cli, db, history_csv):
    result = cli("history", "import", str(history_csv))
    assert result.exit_code == 0
    assert result.stdout == f"{history_csv}: 2 rows (new), 1 bad rows\n"
    assert result.stderr == (
        "Error: history.csv:4: bad date '2001-13-04' (no such day)\n"
    )
    with Store(db) as store:
        assert store.counts()["events"] == 2


def test_pair_json_says_whose_turn_it_is(cli, history_csv):
    cli("history", "import", str(history_csv))
    result = cli("pair", "PRK", "RUS", "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert (data["count"], data["turn_to_host"]) == (2, "PRK")
    assert [v["city"] for v in data["venues"]] == ["Pyongyang", "Moscow"]
    text = cli("pair", "Kim Jong-il", "Vladimir Putin").stdout
    assert "turn to host: Kim Jong-il\n" in text


def test_ingest_extracts_and_stores_then_skips(cli, db, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_EXTRACTOR", "test_store_cli:fake_extract")
    article = tmp_path / "vladivostok.txt"
    article.write_text(ARTICLE)
    first = cli("ingest", str(article), "--published", "2019-04-26")
    assert (first.exit_code, first.stdout) == (
        0,
        "1 new, 0 replaced, 0 unchanged, 0 failed; 1 events extracted\n",
    )
    again = cli("ingest", str(article), "--json")
    assert json.loads(again.stdout)["skipped"] == 1
    with Store(db) as store:
        [mention] = store.mentions()
    assert mention.event.published == "2019-04-26"


def test_ingest_reports_each_failed_file_and_exits_1(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_EXTRACTOR", "test_store_cli:fake_extract")
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE)
    missing = tmp_path / "missing.txt"
    result = cli("ingest", str(good), str(missing))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {missing}: ")
    assert (
        result.stdout
        == "1 new, 0 replaced, 0 unchanged, 1 failed; 1 events extracted\n"
    )


def test_timeline_events_people_and_show(cli, history_csv):
    cli("history", "import", str(history_csv))
    timeline = json.loads(cli("timeline", "--person", "Kim Jong-il", "--json").stdout)
    assert [e["date"] for e in timeline] == ["2000-07-19", "2001-08-04"]
    moscow = cli("events", "--country", "RUS", "--since", "2001", "--json")
    [event] = json.loads(moscow.stdout)
    shown = json.loads(cli("show", event["id"], "--json").stdout)
    assert shown["event"]["city"] == "Moscow"
    assert shown["sources"][0]["source"] == "history.csv#L3"
    people = json.loads(cli("people", "--country", "PRK", "--json").stdout)
    assert [p["name"] for p in people] == ["Kim Jong-il"]


def test_export_writes_the_file(cli, history_csv, tmp_path):
    cli("history", "import", str(history_csv))
    out = tmp_path / "out.geojson"
    result = cli("export", "--format", "geojson", "--out", str(out))
    assert result.exit_code == 0
    assert result.stdout.startswith("wrote ")
    assert json.loads(out.read_text())["type"] == "FeatureCollection"


@pytest.mark.parametrize(
    "args, message",
    [
        (["pair", "Kim Jong-il", "Nobody"], "unknown person or country: 'Nobody'"),
        (
            ["events", "--status", "foo"],
            "status: 'foo' is not one of occurred, planned, hypothetical, "
            "unconfirmed, not_occurred",
        ),
        (
            ["timeline", "--since", "20x1"],
            "since: bad date '20x1' (want YYYY, YYYY-MM or YYYY-MM-DD)",
        ),  # fmt: skip
        (["show", "999"], "no event '999'"),
        (["show", "abc"], "no event 'abc' (event ids are numbers)"),
        (
            ["export", "--format", "xml", "--out", "x.xml"],
            "--format: 'xml' is not one of csv, jsonl, parquet, geojson, plover",
        ),
        (
            ["ingest", "x.txt", "--published", "2019-13-01"],
            "--published: bad date '2019-13-01' (want YYYY, YYYY-MM or YYYY-MM-DD)",
        ),
    ],
)
def test_errors_are_one_clear_line_and_exit_1(cli, history_csv, args, message):
    cli("history", "import", str(history_csv))
    result = cli(*args)
    assert (result.exit_code, result.stderr) == (1, f"Error: {message}\n")


def test_history_import_of_a_file_with_wrong_columns(cli, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text(HISTORY.replace("leader_b", "other_leader"))
    result = cli("history", "import", str(path))
    assert (result.exit_code, result.stderr) == (
        1,
        f"Error: {path}: missing columns: leader_b\n",
    )


def test_pair_takes_lowercase_codes_and_rejects_unknown_ones(cli, history_csv):
    cli("history", "import", str(history_csv))
    assert json.loads(cli("pair", "prk", "rus", "--json").stdout)["count"] == 2
    result = cli("pair", "PRK", "XYZ")
    assert (result.exit_code, result.stderr) == (
        1,
        "Error: unknown person or country: 'XYZ'\n",
    )
