"""Kill-and-resume: a batch ingest killed mid-run (SIGKILL) and re-run loses nothing
and doubles nothing. The subprocess uses `fake_extract` below through the
SUMMITWATCH_EXTRACTOR hook, and blocks after N articles so the kill lands mid-batch.
"""

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from summitwatch.models import Article, Event, Location, Participant
from summitwatch.store import Store

BLOCK_ENV = "SUMMITWATCH_TEST_BLOCK_AFTER"
TOTAL, BLOCK_AFTER = 8, 3
_calls = 0
TEXT = (
    "Summit report number {day}.\n\nOn {day} Kim Jong-un and Vladimir Putin held "
    "talks in Vladivostok that lasted several hours, followed by a dinner hosted by "
    "the Russian side, officials in both capitals said on Friday.\n"
)


def fake_extract(article: Article) -> list[Event]:
    """One Kim–Putin meeting in Vladivostok on the article's ISO date; may block."""
    global _calls
    _calls += 1
    block = int(os.environ.get(BLOCK_ENV) or 0)
    if block and _calls > block:
        time.sleep(600)  # wait here to be killed
    day = re.search(r"\d{4}-\d{2}-\d{2}", article.text).group()
    people = [Participant("Kim Jong-un"), Participant("Vladimir Putin")]
    return [Event("meeting", "occurred", people, Location("Vladivostok", "RUS"), day)]


def _run(url: str, folder: Path, **env: str) -> subprocess.Popen:
    environ = os.environ | env | {
        "SUMMITWATCH_EXTRACTOR": "test_store_resume:fake_extract",
        "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), *sys.path]),
    }  # fmt: skip
    command = [sys.executable, "-m", "summitwatch", "--db", url, "ingest", str(folder)]
    return subprocess.Popen(command, env=environ, stderr=subprocess.PIPE, text=True)


def _wait_for_articles(store: Store, n: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while store.counts()["articles"] < n:
        assert proc.poll() is None, proc.stderr.read()
        assert time.monotonic() < deadline, "the ingest never stored enough articles"
        time.sleep(0.05)


@pytest.mark.slow
def test_killed_batch_resumes_without_loss_or_doubles(store_url, tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    for i in range(1, TOTAL + 1):
        (folder / f"{i:02d}.txt").write_text(TEXT.format(day=f"2019-04-{i:02d}"))
    store = Store(store_url)  # schema in place before the child starts

    proc = _run(store_url, folder, **{BLOCK_ENV: str(BLOCK_AFTER)})
    _wait_for_articles(store, BLOCK_AFTER, proc)
    time.sleep(0.3)  # the child is now blocked inside article BLOCK_AFTER + 1
    assert proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert store.counts()["articles"] == BLOCK_AFTER

    rerun = _run(store_url, folder)
    _, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    counts = store.counts()
    assert (counts["articles"], counts["mentions"], counts["events"]) == (TOTAL,) * 3
    dates = [v.date for v in store.events()]
    assert dates == [f"2019-04-{i:02d}" for i in range(1, TOTAL + 1)]
    store.close()
