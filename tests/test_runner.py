"""The runner: one loop from sources to the store, whatever goes wrong on the way.

A stand-in extractor ('A met B in C') keeps these tests free of the model; the
pipeline's own path is covered by tests/test_extract.py and the CLI tests.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app
from summitwatch.models import Article, Event, Location, Participant
from summitwatch.runner import RunReport, run, run_articles
from summitwatch.store import Store

_MET = re.compile(r"([A-Z][\w-]+ [A-Z][\w-]+) met ([A-Z][\w-]+ [A-Z][\w-]+) in (\w+)")


def fake_extract(article: Article) -> list[Event]:
    """'A met B in C' → one occurred meeting; 'BREAK' raises."""
    if "BREAK" in article.text:
        raise RuntimeError("extractor broke")
    return [
        Event("meeting", "occurred", [Participant(m[1]), Participant(m[2])],
              Location(city=m[3]), evidence=m[0], source=article.source)
        for m in _MET.finditer(article.text)
    ]  # fmt: skip


class Batched:
    """The stand-in with the batched path; remembers the batch sizes it was given."""

    def __init__(self) -> None:
        self.sizes: list[int] = []

    def __call__(self, article: Article) -> list[Event]:
        return fake_extract(article)

    def many(self, batch: list[Article]) -> list[list[Event]]:
        self.sizes.append(len(batch))
        return [fake_extract(a) for a in batch]


@pytest.fixture
def store(tmp_path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'run.db'}")


def good(folder: Path, name: str, a: str, b: str, city: str) -> Path:
    path = folder / name
    path.write_text(f"Report {name}.\n{a} met {b} in {city} for talks.\n")
    return path


def test_bad_inputs_are_named_and_the_good_ones_stored(store, tmp_path, monkeypatch):
    """#14 items 1-4: a bad sidecar, a deep JSON line, an unreadable file and a
    missing .jsonl each fail alone; every good article around them is stored."""
    folder = tmp_path / "in"
    folder.mkdir()
    good(folder, "01.txt", "Kim Jong-un", "Vladimir Putin", "Vladivostok")
    bad_meta = good(folder, "02.txt", "Xi Jinping", "Moon Jae-in", "Beijing")
    (folder / "02.meta.json").write_text(json.dumps({"published": 2019}))
    locked = good(folder, "03.txt", "Shinzo Abe", "Moon Jae-in", "Tokyo")
    good(folder, "04.txt", "Xi Jinping", "Kim Jong-un", "Pyongyang")
    corpus = tmp_path / "c.jsonl"
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        json.dumps({"text": "Xi Jinping met Vladimir Putin in Moscow."}),
        deep,
        json.dumps({"text": "Moon Jae-in met Kim Jong-un in Panmunjom."}),
    ]
    corpus.write_text("\n".join(lines) + "\n")
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:  # chmod 000 does not stop root: refuse here
        if path == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    missing = str(tmp_path / "nope.jsonl")
    report = run([missing, folder, corpus], store, extractor=fake_extract)

    assert report.total == 8
    failed = {f.source: f.problem for f in report.failures}
    assert set(failed) == {missing, str(bad_meta), str(locked), f"{corpus}#L2"}
    assert failed[missing] == "no such file"
    assert failed[str(locked)] == "Permission denied"
    assert "published" in failed[str(bad_meta)]
    assert failed[f"{corpus}#L2"] == "JSON nested too deep"
    assert (report.stored, report.failed, report.events) == (4, 4, 4)
    assert store.counts()["articles"] == 4


def test_an_extractor_failure_is_named_and_stored_articles_are_skipped(store, tmp_path):
    good(tmp_path, "1.txt", "Kim Jong-un", "Vladimir Putin", "Vladivostok")
    (tmp_path / "2.txt").write_text("BREAK: Xi Jinping met Moon Jae-in in Seoul.\n")
    good(tmp_path, "3.txt", "Xi Jinping", "Moon Jae-in", "Beijing")
    first = run([tmp_path], store, extractor=Batched())
    assert [str(f) for f in first.failures] == [
        f"{tmp_path / '2.txt'}: RuntimeError: extractor broke"
    ]
    assert (
        first.summary()
        == "2 new, 0 replaced, 0 unchanged, 1 failed; 2 events extracted"
    )

    def refuse(article: Article) -> list[Event]:
        raise AssertionError(f"{article.source} extracted again")

    again = run([tmp_path], store, extractor=refuse)  # the resume rule
    assert (again.skipped, again.stored) == (2, 0)
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    assert [r.article_id for r in again.results] == [
        r.article_id for r in first.results
    ]
    assert [str(f) for f in again.failures] == [
        f"{tmp_path / '2.txt'}: AssertionError: {tmp_path / '2.txt'} extracted again"
    ]


def test_local_runs_batch_the_extraction(store, tmp_path):
    """Local `ingest` goes through the batched path (`extract_many`), not one call
    per article, and still writes each article in its own transaction."""
    for i in range(40):
        good(tmp_path, f"{i:02d}.txt", "Kim Jong-un", "Vladimir Putin", f"City{i}")
    extractor = Batched()
    report = run([tmp_path], store, extractor=extractor)
    assert report.stored == 40 and max(extractor.sizes) > 1
    assert sum(extractor.sizes) == 40


def test_run_articles_says_what_it_wrote(store):
    """What the feed watcher and the upload call: articles in, ids and events out."""
    articles = [
        Article("Kim Jong-un met Vladimir Putin in Vladivostok.", url="https://x/1"),
        Article("Xi Jinping met Moon Jae-in in Beijing.", url="https://x/2"),
    ]
    seen: list[int] = []
    report = run_articles(
        articles,
        store,
        extractor=fake_extract,
        on_progress=lambda r: seen.append(r.done),
    )
    assert isinstance(report, RunReport) and report.total == 2
    assert [r.status for r in report.written] == ["new", "new"]
    assert len(report.event_ids) == 2 and seen[-1] == 2
    assert {v.id for v in store.events()} == set(report.event_ids)
    again = run_articles(articles[:1], store, extractor=fake_extract)
    assert (again.written, again.skipped) == ([], 1)
    assert again.results[0].event_ids == report.results[0].event_ids


def test_a_sink_that_fails_on_one_article_stops_nothing(store, tmp_path):
    good(tmp_path, "1.txt", "Kim Jong-un", "Vladimir Putin", "Vladivostok")
    good(tmp_path, "2.txt", "Xi Jinping", "Moon Jae-in", "Beijing")

    def bad_status(article: Article) -> list[Event]:
        events = fake_extract(article)
        if "Xi" in article.text:
            events[0].status = "maybe"
        return events

    report = run([tmp_path], store, extractor=bad_status)
    assert report.stored == 1
    [failure] = report.failures
    assert failure.source == str(tmp_path / "2.txt")
    assert "status 'maybe' is not one of" in failure.problem


# -- the CLI on the runner: `extract` reads what `ingest` reads


@pytest.fixture
def fake_env(monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_EXTRACTOR", "test_runner:fake_extract")


def test_extract_reads_json_lines_a_record_an_article(fake_env, tmp_path):
    """#13/#14 item 11: `extract corpus.jsonl` is not one article of raw JSON."""
    corpus = tmp_path / "corpus.jsonl"
    records = [
        {"text": "Kim Jong-un met Vladimir Putin in Vladivostok."},
        {"text": "Xi Jinping met Moon Jae-in in Beijing."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = CliRunner().invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    events = [json.loads(line) for line in result.stdout.splitlines()]
    assert [e["evidence"] for e in events] == [
        "Kim Jong-un met Vladimir Putin in Vladivostok",
        "Xi Jinping met Moon Jae-in in Beijing",
    ]
    assert [e["source"] for e in events] == [f"{corpus}#L1", f"{corpus}#L2"]


def test_extract_and_ingest_read_the_same_corpus_alike(fake_env, tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    lines = [json.dumps({"text": f"Kim Jong-un met Xi Jinping in City{i}."})
             for i in range(3)] + ["{broken"]  # fmt: skip
    corpus.write_text("\n".join(lines) + "\n")
    out = CliRunner().invoke(app, ["extract", str(corpus), "--format", "jsonl"])
    db = str(tmp_path / "r.db")
    stored = CliRunner().invoke(app, ["--db", db, "ingest", str(corpus)])
    assert out.exit_code == stored.exit_code == 1
    assert len(out.stdout.splitlines()) == 3
    assert (
        stored.stdout
        == "3 new, 0 replaced, 0 unchanged, 1 failed; 3 events extracted\n"
    )
    problem = f"Error: {corpus}#L4: not valid JSON"
    assert problem in out.stderr and problem in stored.stderr


def test_extract_out_refuses_to_overwrite_an_output(fake_env, tmp_path):
    """#14 item 10: a/001.txt and b/001.txt would both write out/001.jsonl."""
    for folder, who in (("a", "Xi Jinping"), ("b", "Moon Jae-in")):
        (tmp_path / folder).mkdir()
        good(tmp_path / folder, "001.txt", who, "Kim Jong-un", "Pyongyang")
    good(tmp_path / "b", "002.txt", "Shinzo Abe", "Kim Jong-un", "Tokyo")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "extract",
            str(tmp_path / "a"),
            str(tmp_path / "b"),
            "--format",
            "jsonl",
            "--out",
            str(out),
        ],  # fmt: skip
    )
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'b' / '001.txt'}: FileExistsError" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["001.jsonl", "002.jsonl"]
    [kept] = [json.loads(x) for x in (out / "001.jsonl").open()]
    assert kept["participants"][0] == "Xi Jinping"


def test_the_store_runs_no_extraction():
    """The store is a library: it imports neither ingest, process nor the runner."""
    import ast

    import summitwatch.store

    root = Path(summitwatch.store.__file__).parent
    for path in root.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            names = [a.name for a in getattr(node, "names", [])]
            module = getattr(node, "module", None) or ""
            for name in [module, *names] if isinstance(node, ast.ImportFrom) else names:
                assert not re.match(
                    r"summitwatch\.(ingest|process|runner|nlp)\b", name
                ), f"{path.name} imports {name}"


def test_a_big_run_can_keep_counts_only(store, tmp_path):
    for i in range(5):
        good(tmp_path, f"{i}.txt", "Kim Jong-un", "Vladimir Putin", f"City{i}")
    report = run([tmp_path], store, extractor=fake_extract, keep_results=False)
    assert (report.stored, report.events, report.results) == (5, 5, [])
    again = run([tmp_path], store, extractor=fake_extract, keep_results=False)
    assert (again.skipped, again.results) == (5, [])
