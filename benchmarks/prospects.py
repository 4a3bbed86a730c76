"""How fast is `prospects`? (benchmark, not a test)

1. Cold and warm on the demo record (`summitwatch demo` into a temporary SQLite
   file): `summitwatch prospects RUS PRK` in a fresh process with an empty model
   cache (it fits), then fresh processes with the model cached on disk (cold
   start, target < 1 s), then in-process calls (warm). The KB load and the
   imports are timed separately, since a fresh process pays for both.
2. A 10^5-event record: 100,000 synthetic mentions (meetings among 30 countries'
   leaders over 30 years, plus invitations and envoy visits): parsing the record,
   the first `prospects` call (fits and caches the model for that as-of month), and
   repeated calls for other pairs at the same as-of month. Target: < 200 ms warm.

    .venv/bin/python benchmarks/prospects.py [--events 100000] [--skip-demo]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from summitwatch.forecast import Forecaster
from summitwatch.forecast.people import PeopleBook
from summitwatch.models import Event, Location, Mention, Participant

COUNTRIES = [
    "USA", "CHN", "RUS", "JPN", "KOR", "PRK", "DEU", "FRA", "GBR", "IND", "BRA", "ZAF",
    "TUR", "IRN", "IDN", "VNM", "AUS", "CAN", "MEX", "ITA", "ESP", "EGY", "SAU", "PAK",
    "THA", "MNG", "KAZ", "UKR", "POL", "ARG",
]  # fmt: skip


def synthetic(n: int, seed: int = 0) -> list[Mention]:
    rng = random.Random(seed)
    weights = {c: rng.random() ** 2 for c in COUNTRIES}
    mentions = []
    for i in range(n):
        a, b = rng.choices(COUNTRIES, weights=list(weights.values()), k=2)
        if a == b:
            b = COUNTRIES[(COUNTRIES.index(a) + 1) % len(COUNTRIES)]
        year = rng.randint(1995, 2024)
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        term = (year - 1995) // 6
        people = [Participant(f"Leader {c} {term}", country=c) for c in (a, b)]
        kind = rng.random()
        host = rng.choice([a, b])
        if kind < 0.9:
            event = Event(
                "meeting", "occurred", people, Location(f"City {host}", host), day
            )
        elif kind < 0.95:
            event = Event("invitation", "occurred", people, Location(None, a), day)
        else:
            envoy = [Participant(f"Envoy {a}", country=a)]
            event = Event("visit", "occurred", envoy, Location(None, b), day)
        event.published = day
        mentions.append(Mention(f"s{i}", event))
    return mentions


CLI = [str(Path(sys.executable).with_name("summitwatch"))]
ARGS = ["prospects", "RUS", "PRK", "--as-of", "2015-02-23"]


def _run(db: str, env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([*CLI, "--db", db, *ARGS], env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    return time.perf_counter() - start


def demo_latency() -> None:
    """Fresh-process and in-process latency of `prospects` on the demo record."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.db")
        env = os.environ | {"SUMMITWATCH_CACHE_DIR": str(Path(tmp) / "cache")}
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        subprocess.run([*CLI, "--db", db, "demo"], env=env, check=True, **quiet)
        shutil.rmtree(env["SUMMITWATCH_CACHE_DIR"], ignore_errors=True)
        first = _run(db, env)
        cold = [_run(db, env) for _ in range(3)]
        floor = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import summitwatch.cli"], check=True)
        floor = time.perf_counter() - floor
        os.environ["SUMMITWATCH_CACHE_DIR"] = env["SUMMITWATCH_CACHE_DIR"]
        from summitwatch.store import Store

        start = time.perf_counter()
        book = PeopleBook.default()
        kb = time.perf_counter() - start
        with Store(f"sqlite:///{db}") as store:
            fc = Forecaster(store.mentions(), book=book)
        warm = []
        for a, b in [("RUS", "PRK"), ("CHN", "USA"), ("JPN", "KOR")] * 3:
            start = time.perf_counter()
            fc.prospects(a, b, as_of=date(2015, 2, 23))
            warm.append(time.perf_counter() - start)
    print("demo record, `summitwatch prospects RUS PRK --as-of 2015-02-23`:")
    print(f"  fresh process, empty model cache (fits):  {1000 * first:8.0f} ms")
    print(
        f"  fresh process, model cached (cold):       "
        f"{1000 * statistics.median(cold):8.0f} ms median of 3 (target < 1 s)"
    )
    print(f"    of which Python + `import summitwatch.cli`:{1000 * floor:8.0f} ms")
    print(f"    of which loading the KB:                {1000 * kb:8.0f} ms")
    print(
        f"  in-process (warm), median:                "
        f"{1000 * statistics.median(warm):8.0f} ms (max {1000 * max(warm):.0f})"
    )


def main() -> None:
    from _machine import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args()
    print(machine())
    if not args.skip_demo:
        demo_latency()
    os.environ["SUMMITWATCH_CACHE_DIR"] = "off"
    mentions = synthetic(args.events)
    t0 = time.perf_counter()
    fc = Forecaster(mentions, book=PeopleBook())
    t1 = time.perf_counter()
    as_of = date(2024, 6, 30)
    fc.prospects("USA", "CHN", as_of=as_of)
    t2 = time.perf_counter()
    pairs = [
        ("RUS", "PRK"),
        ("JPN", "KOR"),
        ("IND", "PAK"),
        ("FRA", "DEU"),
        ("MNG", "ARG"),
    ]
    warm = []
    for a, b in pairs * 2:
        start = time.perf_counter()
        fc.prospects(a, b, as_of=as_of)
        warm.append(time.perf_counter() - start)

    print(f"{args.events} synthetic mentions (model cache off):")
    print(f"parse record:               {1000 * (t1 - t0):8.0f} ms")
    print(f"first prospects (fit+cache): {1000 * (t2 - t1):8.0f} ms")
    median, worst = 1000 * statistics.median(warm), 1000 * max(warm)
    print(f"warm prospects, median:     {median:8.0f} ms (max {worst:.0f} ms, "
          f"{len(warm)} calls; target < 200 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
