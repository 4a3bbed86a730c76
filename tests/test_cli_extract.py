"""`summitwatch extract` in-process: formats, folders, and errors users read."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from conftest import SEED
from summitwatch.cli import app

pytestmark = pytest.mark.model
runner = CliRunner()
FIELDS = {
    "type",
    "status",
    "participants",
    "location",
    "date",
    "travel_mode",
    "evidence",
}


def test_jsonl_records_follow_the_schema():
    result = runner.invoke(app, ["extract", str(SEED), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert len(records) >= 15
    for record in records:
        assert FIELDS <= record.keys()
        assert set(record["location"]) >= {"city", "country"}


def test_table_names_people_and_places():
    result = runner.invoke(app, ["extract", str(SEED)])
    assert result.exit_code == 0
    assert "Vladivostok" in result.stdout and "invitation" in result.stdout


def test_folder_in_one_file_per_article_out(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "001.txt").write_text("Vladimir Putin met Kim Jong-un in Vladivostok.")
    (src / "002.txt").write_text("Xi Jinping will visit Pyongyang next month.")
    result = runner.invoke(
        app,
        [
            "extract",
            str(src),
            "--format",
            "jsonl",
            "--out",
            str(tmp_path / "out"),
            "--published",
            "2019-04",
        ],
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "001.jsonl",
        "002.jsonl",
    ]
    [record] = [json.loads(x) for x in (tmp_path / "out" / "002.jsonl").open()]
    assert (record["type"], record["status"], record["date"]) == (
        "visit",
        "planned",
        "2019-05",
    )


def test_a_bad_file_is_reported_and_the_rest_goes_on(tmp_path):
    (tmp_path / "001.txt").write_text("Vladimir Putin met Kim Jong-un in Vladivostok.")
    (tmp_path / "002.txt").write_bytes(b"")
    result = runner.invoke(app, ["extract", str(tmp_path), "--format", "json"])
    assert result.exit_code == 1
    assert f"Error: {tmp_path / '002.txt'}: file is empty" in result.stderr
    assert "1 of 2 sources failed" in result.stderr
    assert '"Vladimir Putin"' in result.stdout


def test_bad_published_value():
    result = runner.invoke(app, ["extract", str(SEED), "--published", "yesterday"])
    assert result.exit_code == 1
    assert "Error: --published: bad date 'yesterday'" in result.stderr
