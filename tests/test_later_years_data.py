"""The 2016-2025 evaluation set (benchmarks/data) keeps the packaged history's format,
so that `history import` reads every row and the backtest on later years means what
docs/forecasting.md says it means."""

from __future__ import annotations

import csv
from pathlib import Path

from summitwatch.ingest.history import read_history_csv

DATA = Path(__file__).resolve().parents[1] / "benchmarks" / "data"
CSV = DATA / "summits_2016_2025.csv"
ORDER = ["PRK", "KOR", "CHN", "RUS", "USA", "JPN"]
KINDS = {"state_visit", "summit", "sideline", "working_visit", "other"}
TAGS = (
    "VERIFIED (checked against the source)",
    "PARTLY VERIFIED (source confirms visit/attendance; detail marked unverified)",
    "UNVERIFIED (from general reference knowledge; the source is a reference page "
    "that was not checked row by row)",
)


def rows() -> list[dict[str, str]]:
    with CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_every_row_imports():
    parsed = read_history_csv(CSV)
    assert parsed.errors == []
    assert len(parsed.rows) == len(rows())


def test_rows_follow_the_history_conventions():
    for row in rows():
        a, b = row["country_a"], row["country_b"]
        assert ORDER.index(a) < ORDER.index(b), row
        assert "2016-01-01" <= row["date_start"] <= row["date_end"] <= "2025-12-31"
        assert row["kind"] in KINDS, row
        assert row["host"] in (a, b, "third"), row
        assert (row["host"] == "third") == (row["country_venue"] not in (a, b)), row
        assert row["source"].startswith("http"), row
        assert row["notes"].endswith(TAGS), row


def test_the_readme_counts_the_tags():
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    notes = [r["notes"] for r in rows()]
    partly = sum("PARTLY VERIFIED" in n for n in notes)
    unverified = sum("UNVERIFIED" in n for n in notes)
    verified = len(notes) - partly - unverified
    counts = ((verified, "`VERIFIED"), (partly, "`PARTLY"), (unverified, "`UNV"))
    for count, tag in counts:
        line = next(x for x in readme.splitlines() if x.startswith(f"| {tag}"))
        assert f"| {count} |" in line, line
