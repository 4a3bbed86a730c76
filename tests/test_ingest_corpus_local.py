"""A JSON Lines corpus ingests locally too, one article a line (not one big article)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app
from summitwatch.store import Store

pytestmark = pytest.mark.model


def test_local_ingest_of_a_jsonl_corpus(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [
        {
            "text": "Vladimir Putin met Kim Jong-un in Vladivostok on Thursday.",
            "url": "https://example.org/a",
            "published": "2019-04-25",
        },
        {
            "text": "Xi Jinping will visit Pyongyang next month.",
            "url": "https://example.org/b",
            "published": "2019-05-01",
        },
        {"url": "https://example.org/c"},
    ]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n")
    db = tmp_path / "record.db"
    result = CliRunner().invoke(app, ["--db", str(db), "ingest", str(corpus)])
    assert result.exit_code == 1  # the third line has no text, and is reported
    assert "2 new" in result.output
    with Store(str(db)) as store:
        kinds = sorted(e.type for e in store.events())
    assert kinds == ["meeting", "visit"]
