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


def test_a_file_name_that_is_not_utf8_is_written_and_the_rest_go_on(tmp_path):
    """#14 item 5: such a name used to kill `extract --out` with UnicodeEncodeError."""
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"\xff\xfe-odd.txt")
    with open(odd, "wb") as fh:
        fh.write(b"Moon Jae-in met Kim Jong-un at Panmunjom on 27 April 2018.")
    (folder / "zz.txt").write_text("Vladimir Putin met Kim Jong-un in Vladivostok.")
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["extract", str(folder), "--out", str(out), "--format", "jsonl"]
    )
    assert result.exit_code == 0, result.output
    written = sorted(p.name for p in out.iterdir())
    assert len(written) == 2 and "zz.jsonl" in written
    for path in out.iterdir():
        for line in path.read_text(encoding="utf-8").splitlines():
            assert json.loads(line)["participants"]


def test_two_inputs_with_one_output_name_are_not_overwritten(tmp_path):
    """#14 item 10: a/001.txt and b/001.txt must not write over each other."""
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "001.txt").write_text(f"Putin met Kim Jong-un ({name}).")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        ["extract", str(tmp_path / "a"), str(tmp_path / "b"), "--out", str(out),
         "--format", "jsonl"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "o" in result.stderr and "is already written for" in result.stderr
    assert [p.name for p in out.iterdir()] == ["001.jsonl"]
    assert "(a)" in (out / "001.jsonl").read_text(encoding="utf-8")
