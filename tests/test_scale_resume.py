"""A Ray ingest killed mid-run (SIGKILL) resumes with nothing lost or doubled."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import types
from pathlib import Path

import pytest

from summitwatch.ingest.corpus import BadRecord, iter_corpus
from summitwatch.store import Store

pytestmark = [pytest.mark.ray, pytest.mark.slow]

ARTICLES = 160
KILL_AFTER = 30  # stored articles
# Loaded by the workers via $SUMMITWATCH_EXTRACTOR; slow enough to be killed mid-run.
STAND_IN = """
import re, time
from summitwatch.models import Event, Location, Participant

MET = re.compile(r"([A-Z][a-z]+) met ([A-Z][a-z]+) in ([A-Z][a-z]+)")

def extract(article):
    time.sleep(0.03)
    return [Event("meeting", "occurred", [Participant(m[1]), Participant(m[2])],
                  Location(city=m[3]), evidence=m[0])
            for m in MET.finditer(article.text)]
"""
NAMES = ("Kim", "Putin", "Xi", "Moon", "Abe", "Trump")
CITIES = ("Vladivostok", "Singapore", "Hanoi", "Beijing")


@pytest.fixture
def job(tmp_path):
    (tmp_path / "standin_extractor.py").write_text(STAND_IN)
    corpus = tmp_path / "corpus.jsonl"
    with corpus.open("w") as out:
        for i in range(ARTICLES):
            a, b = NAMES[i % 6], NAMES[(i + 1 + i // 6) % 6]
            text = f"Item {i}: {a} met {b} in {CITIES[i % 4]}."
            out.write(
                json.dumps({"text": text, "url": f"https://r.example/{i}"}) + "\n"
            )
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    env["SUMMITWATCH_EXTRACTOR"] = "standin_extractor:extract"
    db = tmp_path / "record.db"
    cmd = [sys.executable, "-m", "summitwatch", "--db", str(db), "ingest", str(corpus)]
    cmd += ["--engine", "ray", "--workers", "2"]
    return types.SimpleNamespace(cmd=cmd, env=env, db=db, corpus=corpus, dir=tmp_path)


def stored(db: Path) -> int:
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def kill_after(job, count: int) -> int:
    """Start the run, SIGKILL its driver once `count` articles are stored."""
    proc = subprocess.Popen(
        job.cmd, env=job.env, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while stored(job.db) < count:
            assert proc.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run stored nothing in 120 s"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        _end_group(proc)
    return stored(job.db)


def _end_group(proc: subprocess.Popen) -> None:
    """The Ray processes the killed driver started share its session: end them."""
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=30)


def reference(job) -> dict:
    """What one uninterrupted in-process pass over the corpus stores."""
    sys.path.insert(0, str(job.dir))
    try:
        from standin_extractor import extract
    finally:
        sys.path.remove(str(job.dir))
    store = Store(f"sqlite:///{job.dir / 'reference.db'}")
    for article in iter_corpus([job.corpus]):
        assert not isinstance(article, BadRecord)
        store.ingest(article, extract(article))
    return snapshot(store)


def snapshot(store: Store) -> dict:
    mentions = [(m.event_id, m.event.to_record()) for m in store.mentions()]
    events = [view.to_dict() for view in store.events()]
    return {"counts": store.counts(), "mentions": mentions, "events": events}


def test_killed_ray_run_resumes_with_nothing_lost_or_doubled(job):
    done = kill_after(job, KILL_AFTER)
    assert KILL_AFTER <= done < ARTICLES
    resumed = subprocess.run(
        job.cmd, env=job.env, capture_output=True, text=True, timeout=300
    )
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout.strip() == (
        f"{ARTICLES - done} new, 0 replaced, {done} unchanged, 0 failed; "
        f"{ARTICLES - done} events extracted"
    )
    assert snapshot(Store(f"sqlite:///{job.db}")) == reference(job)
