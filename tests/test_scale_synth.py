"""The benchmarks' synthetic corpus: deterministic, sized by argument, well-formed."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from summitwatch.models import EVENT_TYPES, STATUSES, TRAVEL_MODES, Event

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "synth_corpus.py"


@pytest.fixture(scope="module")
def synth():
    spec = importlib.util.spec_from_file_location("synth_corpus", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["synth_corpus"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cast(synth):
    leaders = [
        synth.Leader("Kim Jong-un", "PRK"),
        synth.Leader("Vladimir Putin", "RUS"),
        synth.Leader("Moon Jae-in", "KOR"),
    ]
    venues = [synth.Venue("Vladivostok", "RUS"), synth.Venue("Pyongyang", "PRK")]
    return {"leaders": leaders, "venues": venues}


def test_same_seed_same_corpus_and_size_by_argument(synth, cast):
    first = [a.record for a in synth.generate(30, seed=7, **cast)]
    again = [a.record for a in synth.generate(30, seed=7, **cast)]
    other = [a.record for a in synth.generate(30, seed=8, **cast)]
    assert len(first) == 30 and first == again and first != other


def test_expected_events_are_schema_records_quoting_the_text(synth, cast):
    for article in synth.generate(200, seed=1, **cast):
        for record in article.expected:
            event = Event.from_record(record)
            assert event.type in EVENT_TYPES and event.status in STATUSES
            assert event.travel_mode in (None, *TRAVEL_MODES)
            assert record["evidence"] in article.record["text"]
            assert all(name in record["evidence"] for name in record["participants"])
            assert record["date"] is None or re.fullmatch(
                r"\d{4}-\d{2}(-\d{2})?", record["date"]
            )


def test_every_phrasing_and_status_appears(synth, cast):
    texts, statuses = [], set()
    for article in synth.generate(300, seed=2, **cast):
        texts.append(article.record["text"])
        statuses |= {e["status"] for e in article.expected}
    corpus = " ".join(texts)
    for cue in ("held talks with", "hosted", "arrived in", "will travel to",
                "is expected to meet", "postponed", "declined an invitation",
                "denied reports"):  # fmt: skip
        assert cue in corpus
    assert statuses == set(STATUSES)


def test_trips_go_abroad(synth, cast):
    countries = {v.city: v.country for v in cast["venues"]}
    for article in synth.generate(200, seed=3, **cast):
        for record in article.expected:
            if record["type"] == "visit" and "arrived in" in record["evidence"]:
                traveller = next(
                    x for x in cast["leaders"] if x.name == record["participants"][0]
                )
                assert countries[record["location"]["city"]] != traveller.country


def test_write_corpus_streams_jsonl_and_gold(synth, tmp_path, monkeypatch, cast):
    monkeypatch.setattr(synth, "kb_cast", lambda: (cast["leaders"], cast["venues"]))
    corpus, gold = tmp_path / "c.jsonl", tmp_path / "g.jsonl"
    synth.write_corpus(corpus, 12, seed=4, gold=gold)
    records = [json.loads(line) for line in corpus.read_text().splitlines()]
    expected = [json.loads(line) for line in gold.read_text().splitlines()]
    assert len(records) == len(expected) == 12
    assert set(records[0]) == {"text", "url", "published"}
