"""How fast is `prospects`? (benchmark, not a test)

1. Cold and warm on the demo record (`summitwatch demo` into a temporary SQLite
   file): `summitwatch prospects RUS PRK` in a fresh process with empty caches
   (it builds the KB and fits), then fresh processes with the KB and the model
   cached on disk (cold start, target < 1 s: wall time, and CPU time, which does
   not depend on how loaded the machine is), where a cold call's CPU goes, then
   in-process calls (warm).
2. A 10^5-event record: 100,000 synthetic mentions (meetings among 30 countries'
   leaders over 30 years, plus invitations and envoy visits): parsing the record,
   the first `prospects` call (fits and caches the model for that as-of month), and
   repeated calls for other pairs at the same as-of month. Target: < 200 ms warm.

    .venv/bin/python benchmarks/prospects.py [--events 100000] [--skip-demo]
    .venv/bin/python benchmarks/prospects.py --events 0   # part 1 only (~1 min)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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
TARGET = 1.0  # seconds, cold (#11)

# The phases of a cold call, timed by CPU inside one fresh process (what it does
# is what `summitwatch prospects` does, step by step).
PHASES = """
import sys, time
clock = time.process_time
marks = [("Python start", clock())]
def mark(name):
    marks.append((name, clock()))
import summitwatch.cli, numpy, sqlalchemy.orm, pydantic
mark("imports: Python, Typer, NumPy, SQLAlchemy (libraries)")
from summitwatch.store import Store
from summitwatch.forecast import Forecaster
from summitwatch.forecast.report import prospects_text
from summitwatch.forecast.people import PeopleBook
mark("imports: summitwatch (store, forecast, KB)")
book = PeopleBook.default()
mark("loading the KB (`load_kb`, from its cache)")
with Store(sys.argv[1]) as store:
    fc = Forecaster(store.mentions(), book=book)
mark("opening the store, reading and parsing the record")
from datetime import date
text = prospects_text(fc.prospects("RUS", "PRK", as_of=date(2015, 2, 23)))
mark("forecast: cached model, view, venues, reasons")
print(f"{marks[0][0]}\t{marks[0][1]}")
for (_, before), (name, after) in zip(marks, marks[1:]):
    print(f"{name}\t{after - before}")
"""


def _run(db: str, env: dict, args: list[str] | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one fresh `summitwatch` process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([*CLI, "--db", db, *(args or ARGS)], env=env, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu


def _phases(db: str, env: dict, runs: int = 3) -> dict[str, float]:
    """Median CPU seconds of each phase of a cold call over `runs` processes."""
    found: dict[str, list[float]] = {}
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", PHASES, db], env=env, check=True,
                             capture_output=True, text=True).stdout  # fmt: skip
        for line in out.splitlines():
            name, seconds = line.split("\t")
            found.setdefault(name, []).append(float(seconds))
    return {name: statistics.median(values) for name, values in found.items()}


def demo_latency(runs: int = 5) -> None:
    """Fresh-process and in-process latency of `prospects` on the demo record.

    Fresh processes get a bytecode cache of their own (PYTHONPYCACHEPREFIX), as an
    installed package has: the first run compiles, the cold ones reuse it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "demo.db")
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env |= {"SUMMITWATCH_CACHE_DIR": str(Path(tmp) / "cache"),
                "PYTHONPYCACHEPREFIX": str(Path(tmp) / "pyc")}  # fmt: skip
        quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
        subprocess.run([*CLI, "--db", db, "demo"], env=env, check=True, **quiet)
        shutil.rmtree(env["SUMMITWATCH_CACHE_DIR"], ignore_errors=True)
        first = _run(db, env)
        load = os.getloadavg()[0]
        cold = [_run(db, env) for _ in range(runs)]
        load = (load + os.getloadavg()[0]) / 2
        phases = _phases(f"sqlite:///{db}", env)
        os.environ["SUMMITWATCH_CACHE_DIR"] = env["SUMMITWATCH_CACHE_DIR"]
        from summitwatch.store import Store

        with Store(f"sqlite:///{db}") as store:
            fc = Forecaster(store.mentions(), book=PeopleBook.default())
        warm = []
        for a, b in [("RUS", "PRK"), ("CHN", "USA"), ("JPN", "KOR")] * 3:
            start = time.perf_counter()
            fc.prospects(a, b, as_of=date(2015, 2, 23))
            warm.append(time.perf_counter() - start)
    wall = statistics.median(w for w, _ in cold)
    cpu = statistics.median(c for _, c in cold)
    ms = 1000
    print("demo record, `summitwatch prospects RUS PRK --as-of 2015-02-23`:")
    print(f"  fresh process, empty caches (builds the KB, fits): "
          f"{ms * first[0]:6.0f} ms wall {ms * first[1]:6.0f} ms CPU")  # fmt: skip
    print(f"  fresh process, model cached on disk (cold), median of {runs}, "
          f"load average {load:.1f} on {os.cpu_count()} cpus:")  # fmt: skip
    print(f"    wall {ms * wall:6.0f} ms  ({wall / TARGET:.2f} × the 1 s target; "
          f"runs {', '.join(f'{ms * w:.0f}' for w, _ in cold)})")  # fmt: skip
    print(f"    CPU  {ms * cpu:6.0f} ms  ({cpu / TARGET:.2f} × the 1 s target; "
          f"user + system, what it takes on an idle core)")  # fmt: skip
    print("  where a cold call's CPU goes (median of 3 processes):")
    for name, seconds in phases.items():
        print(f"    {ms * seconds:6.0f} ms  {name}")
    rest = cpu - sum(phases.values())
    print(f"    {ms * rest:6.0f} ms  the rest: parsing the arguments, printing, exit")
    print(f"  in-process (warm), median: {ms * statistics.median(warm):6.0f} ms "
          f"(max {ms * max(warm):.0f})")  # fmt: skip


def main() -> None:
    from _machine import machine

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--skip-demo", action="store_true")
    args = parser.parse_args()
    print(machine())
    if not args.skip_demo:
        demo_latency()
    if not args.events:
        return
    os.environ["SUMMITWATCH_CACHE_DIR"] = "off"  # no disk cache: the first call fits
    from summitwatch.kb import load_kb

    load_kb()  # the venue model's capitals; built here (no cache), not in the fit
    mentions = synthetic(args.events)
    t0, c0 = time.perf_counter(), time.process_time()
    fc = Forecaster(mentions, book=PeopleBook())
    t1, c1 = time.perf_counter(), time.process_time()
    as_of = date(2024, 6, 30)
    fc.prospects("USA", "CHN", as_of=as_of)
    t2, c2 = time.perf_counter(), time.process_time()
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
    print(f"parse record:               {1000 * (t1 - t0):8.0f} ms "
          f"(CPU {1000 * (c1 - c0):.0f} ms)")  # fmt: skip
    load = os.getloadavg()[0]
    print(f"first prospects (fit+cache): {1000 * (t2 - t1):8.0f} ms "
          f"(CPU {1000 * (c2 - c1):.0f} ms; load average {load:.1f})")  # fmt: skip
    median, worst = 1000 * statistics.median(warm), 1000 * max(warm)
    print(f"warm prospects, median:     {median:8.0f} ms (max {worst:.0f} ms, "
          f"{len(warm)} calls; target < 200 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
