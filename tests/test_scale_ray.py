"""Ingesting on a local Ray cluster (two workers) stores what an in-process run does."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

import pytest

from summitwatch.errors import BadArgument
from summitwatch.ingest.corpus import BadRecord, iter_corpus
from summitwatch.models import Event, Location, Participant
from summitwatch.runner import run
from summitwatch.runner.ray_engine import connect
from summitwatch.store.base import Store

pytestmark = pytest.mark.ray

LEADERS = ("Kim Jong-un", "Vladimir Putin", "Xi Jinping", "Moon Jae-in", "Shinzo Abe")
CITIES = ("Vladivostok", "Beijing", "Seoul", "Pyongyang")
_MET = re.compile(r"([A-Z][\w-]+ [A-Z][\w-]+) met ([A-Z][\w-]+ [A-Z][\w-]+) in (\w+)")


class StandIn:
    """A tiny rule extractor ('A met B in C') standing in for the pipeline.

    'FAIL' raises, 'CRASH' kills the worker, 'HANG' hangs; `many` is the batched
    path, which fails as a whole when one article fails (as `nlp.pipe` does).
    """

    def __call__(self, article):
        if "FAIL" in article.text:
            raise RuntimeError("stand-in extractor gave up")
        if "CRASH" in article.text:
            os._exit(1)
        if "HANG" in article.text:
            time.sleep(3600)
        return [
            Event(
                "meeting",
                "occurred",
                [Participant(m[1]), Participant(m[2])],
                Location(city=m[3]),
                evidence=m[0],
                source=article.source,
            )
            for m in _MET.finditer(article.text)
        ]

    def many(self, batch):
        return [self(article) for article in batch]


def ingest_with_ray(store, sources, **options):
    """The runner on its Ray engine."""
    return run(sources, store, engine="ray", **options)


def stand_in_extractor():
    return StandIn()


def refuse_everything():
    def extract(article):
        raise AssertionError(f"{article.source} was sent to a worker")

    return extract


@pytest.fixture(scope="module")
def ray_cluster():
    ray = pytest.importorskip("ray")
    # Workers cannot import this test module: ship its functions by value.
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    connect(workers=2)
    yield ray
    ray.shutdown()


def write_corpus(path, count: int, *, extra: tuple[str, ...] = ()) -> str:
    lines = []
    for i in range(count):
        a, b = LEADERS[i % 5], LEADERS[(i * 3 + 1) % 5]
        text = f"Report {i}. {a} met {b} in {CITIES[i % 4]} for talks."
        if i % 7 == 3:
            text += f" Later {b} met {a} in {CITIES[(i + 1) % 4]} again."
        lines.append(json.dumps({"text": text, "url": f"https://t.example/{i}",
                                 "published": f"2019-0{1 + i % 9}-15"}))  # fmt: skip
    path.write_text("\n".join([*lines, *extra]) + "\n")
    return str(path)


def snapshot(store: Store) -> dict:
    """Everything the record holds, ids included, in a comparable form."""
    mentions = [(m.event_id, m.event.to_record()) for m in store.mentions()]
    events = [view.to_dict() for view in store.events()]
    return {"counts": store.counts(), "mentions": mentions, "events": events}


def in_process(store: Store, corpus: str) -> None:
    extract = stand_in_extractor()
    for article in iter_corpus([corpus]):
        if isinstance(article, BadRecord):
            continue
        try:
            events = extract(article)
        except RuntimeError:
            continue
        store.ingest(article, events)


def test_ray_run_stores_exactly_the_in_process_events(ray_cluster, tmp_path):
    corpus = write_corpus(
        tmp_path / "c.jsonl",
        40,
        extra=('{"text": "Abe FAIL"}', "{broken", json.dumps({"text": "no events"})),
    )
    local, remote = (
        Store(f"sqlite:///{tmp_path}/a.db"),
        Store(f"sqlite:///{tmp_path}/b.db"),
    )
    in_process(local, corpus)
    seen = []
    result = ingest_with_ray(
        remote,
        [corpus],
        workers=2,
        batch_size=3,
        make_extractor=stand_in_extractor,
        on_progress=lambda p: seen.append(p.done),
    )
    assert snapshot(remote) == snapshot(local)
    assert snapshot(local)["counts"]["mentions"] == 46
    assert (result.total, result.stored, result.failed, result.events) == (
        43,
        41,
        2,
        46,
    )
    assert [str(f) for f in result.failures] == [
        f"{corpus}#L41: RuntimeError: stand-in extractor gave up",
        f"{corpus}#L42: not valid JSON (Expecting property name enclosed in double "
        "quotes, column 2)",
    ]
    assert seen == sorted(seen) and seen[-1] == 43


def test_stored_articles_are_skipped_before_reaching_a_worker(ray_cluster, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 12, extra=("{broken",))
    store = Store(f"sqlite:///{tmp_path}/s.db")
    ingest_with_ray(store, [corpus], workers=2, make_extractor=stand_in_extractor)
    before = snapshot(store)
    again = ingest_with_ray(
        store, [corpus], workers=2, make_extractor=refuse_everything
    )
    assert (again.skipped, again.stored, again.failed) == (12, 0, 1)
    assert snapshot(store) == before


def test_a_crashed_worker_fails_its_batch_and_the_run_goes_on(ray_cluster, tmp_path):
    crash = json.dumps({"text": "Kim Jong-un met Vladimir Putin in Sochi. CRASH"})
    corpus = write_corpus(tmp_path / "c.jsonl", 20, extra=(crash,))
    more = tmp_path / "d.jsonl"
    more.write_text(json.dumps({"text": "Xi Jinping met Moon Jae-in in Seoul."}) + "\n")
    store = Store(f"sqlite:///{tmp_path}/s.db")
    result = ingest_with_ray(
        store,
        [corpus, str(more)],
        workers=2,
        batch_size=1,
        make_extractor=stand_in_extractor,
    )
    assert (result.stored, result.failed, result.skipped) == (21, 1, 0)
    assert str(result.failures[0]).startswith(f"{corpus}#L21: worker died")


def test_a_hung_batch_times_out_and_the_run_goes_on(ray_cluster, tmp_path):
    hang = json.dumps({"text": "Kim Jong-un met Vladimir Putin in Sochi. HANG"})
    corpus = write_corpus(tmp_path / "c.jsonl", 6, extra=(hang,))
    store = Store(f"sqlite:///{tmp_path}/s.db")
    result = ingest_with_ray(
        store,
        [corpus],
        workers=2,
        batch_size=1,
        make_extractor=stand_in_extractor,
        task_timeout=2,
    )
    assert (result.stored, result.failed) == (6, 1)
    assert [str(f) for f in result.failures] == [f"{corpus}#L7: timed out after 2 s"]


def cli(*args: str):
    from typer.testing import CliRunner

    from summitwatch.cli import app

    return CliRunner().invoke(app, list(args))


@pytest.mark.model
@pytest.mark.slow
def test_cli_engine_ray_matches_the_local_engine_with_the_real_extractor(
    ray_cluster, tmp_path
):
    articles = Path(__file__).parent / "data" / "articles"
    files = sorted(
        str(p) for p in articles.glob("0[0-1]*") if p.suffix in {".txt", ".html"}
    )
    local, remote = tmp_path / "local.db", tmp_path / "ray.db"
    first = cli("--db", str(local), "ingest", *files)
    second = cli(
        "--db", str(remote), "ingest", *files, "--engine", "ray", "--workers", "2"
    )
    assert first.exit_code == second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    assert first.stdout.startswith(
        f"{len(files)} new, 0 replaced, 0 unchanged, 0 failed"
    )
    assert snapshot(Store(f"sqlite:///{remote}")) == snapshot(
        Store(f"sqlite:///{local}")
    )
    assert Store(f"sqlite:///{local}").counts()["mentions"] > len(files)


def test_more_workers_than_the_cluster_has_cpus_is_refused(ray_cluster, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 2)
    with pytest.raises(BadArgument, match=r"^--workers 3: the Ray cluster has 2 CPUs$"):
        ingest_with_ray(Store(f"sqlite:///{tmp_path}/s.db"), [corpus], workers=3)


def test_ray_ingest_writes_sqlite_or_postgresql_alike(ray_cluster, store_url, tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 10)
    local = Store(f"sqlite:///{tmp_path}/local.db")
    in_process(local, corpus)
    remote = Store(store_url)
    ingest_with_ray(remote, [corpus], workers=2, make_extractor=stand_in_extractor)
    assert snapshot(remote) == snapshot(local)
    remote.close()


@pytest.mark.model
@pytest.mark.slow
def test_ray_in_another_order_exports_what_the_local_engine_does(ray_cluster, tmp_path):
    """#14 item 14: the record depends on neither the order nor the engine."""
    from test_store_order import corpus_files, exported

    files = corpus_files()
    with Store(str(tmp_path / "local.db")) as store:
        assert run(files, store).failed == 0
    with Store(str(tmp_path / "ray.db")) as store:
        report = run(files[::-1], store, engine="ray", workers=2, batch_size=3)
        assert report.failed == 0
    assert exported(tmp_path / "ray.db", tmp_path) == exported(
        tmp_path / "local.db", tmp_path
    )
