"""Store benchmark: ingest rate, and p95 latency of `pair` and `timeline` queries at
10^4, 10^5 and 10^6 synthetic events in SQLite. Not a test; prints a table.

    .venv/bin/python benchmarks/store.py [--sizes 10000 100000 1000000] [--queries 200]

Synthetic events are bulk-loaded with executemany (not through `ingest`, which would
take hours at 10^6); the ingest rate is measured separately through `Store.ingest`,
on an empty store and again on top of the largest synthetic store.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from functools import partial
from pathlib import Path

from summitwatch.models import Article, Event, Location, Participant
from summitwatch.store import Store

N_PEOPLE, N_COUNTRIES, CITIES_PER_COUNTRY = 3000, 150, 8
KINDS = ("pair", "pair_iso3", "timeline")
STATUSES = ["occurred"] * 8 + ["planned", "hypothetical", "unconfirmed", "not_occurred"]


def _countries() -> list[str]:
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.countries)[:N_COUNTRIES]


def _people(rng: random.Random, countries: list[str]) -> list[tuple]:
    return [
        (i, f"bench:{i}", None, _name(i), f"leader{_letters(i)}",
         countries[i % len(countries)], "head_of_state")
        for i in range(1, N_PEOPLE + 1)
    ]  # fmt: skip


def _name(i: int) -> str:
    return f"Leader {_letters(i).capitalize()}"


def _letters(i: int) -> str:
    """Folded names are letters only: 12 → 'bc'."""
    return "".join(chr(ord("a") + int(d)) for d in str(i))


def _dyads(rng: random.Random, n: int) -> list[tuple[int, int]]:
    """Pairs that meet repeatedly, as leaders do (a few thousand dyads)."""
    dyads = set()
    while len(dyads) < n:
        a, b = rng.sample(range(1, N_PEOPLE + 1), 2)
        dyads.add((min(a, b), max(a, b)))
    return sorted(dyads)


def _event_rows(rng, n, dyads, people, countries):  # type: ignore[no-untyped-def]
    start = date(1950, 1, 1).toordinal()
    for event_id in range(1, n + 1):
        a, b = rng.choice(dyads)
        host = rng.choice((people[a - 1][5], people[b - 1][5], rng.choice(countries)))
        day = date.fromordinal(start + rng.randrange(27000)).isoformat()
        city = f"City {host}-{rng.randrange(CITIES_PER_COUNTRY)}"
        status = rng.choice(STATUSES)
        event = (
            event_id, "meeting", f"bench:{a}|bench:{b}", status, 0, "{}", None, 1,
            day, "day", day, day, city, host, None, 0.0, 0.0, "air",
        )  # fmt: skip
        yield (
            event,
            ((event_id, a, people[a - 1][5], 0), (event_id, b, people[b - 1][5], 1)),
        )


def bulk_load(store: Store, n: int, seed: int = 7) -> list[tuple[int, int]]:
    """Insert `n` synthetic events (and their people) with executemany; return dyads."""
    rng = random.Random(seed)
    countries = _countries()
    people = _people(rng, countries)
    dyads = _dyads(rng, max(200, n // 50))
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO people (id, key, kb_id, name, folded, country, office) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)", people,
        )  # fmt: skip
    events, parts = [], []
    rows = _event_rows(rng, n, dyads, people, countries)
    for i, (event, participants) in enumerate(rows, start=1):
        events.append(event)
        parts.extend(participants)
        if len(events) == 50_000 or i == n:
            _flush(store, events, parts)
            events, parts = [], []
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    return dyads


def _flush(store: Store, events: list[tuple], parts: list[tuple]) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO events (id, type, participant_key, status, status_disputed, "
            "statuses, first_reported, n_sources, date, date_precision, date_lo, "
            "date_hi, city, country, region, lat, lon, travel_mode) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", events,
        )  # fmt: skip
        conn.exec_driver_sql(
            "INSERT INTO event_participants (event_id, person_id, country, position) "
            "VALUES (?, ?, ?, ?)", parts,
        )  # fmt: skip


def p95(samples: list[float]) -> float:
    return statistics.quantiles(samples, n=100)[94] if len(samples) > 1 else samples[0]


def time_queries(store: Store, dyads, queries: int, seed: int = 11) -> dict[str, tuple]:
    """(wall p95, CPU p95, wall median) in ms for pair (names, ISO3) and timeline.

    CPU time is reported beside wall time because a shared machine's run queue
    inflates wall time; CPU time is what the query itself costs.
    """
    rng = random.Random(seed)
    out: dict[str, list[tuple[float, float]]] = {k: [] for k in KINDS}
    for _ in range(queries):
        a, b = rng.choice(dyads)
        out["pair"].append(_ms(store.pair, _name(a), _name(b)))
        out["timeline"].append(_ms(partial(store.timeline, person=_name(a))))
    countries = _countries()
    for _ in range(max(10, queries // 4)):
        x, y = rng.sample(countries[:20], 2)
        out["pair_iso3"].append(_ms(store.pair, x, y))
    return {
        k: (
            p95([w for w, _ in v]),
            p95([c for _, c in v]),
            statistics.median(w for w, _ in v),
        )
        for k, v in out.items()
    }


def _ms(fn, *args) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    fn(*args)
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def ingest_rate(store: Store, articles: int = 200, seed: int = 3) -> float:
    """Articles per second through `Store.ingest` (3 events each, with merging)."""
    rng = random.Random(seed)
    names = [f"Bench Person {i}" for i in range(40)]
    start = time.perf_counter()
    for i in range(articles):
        events = []
        for _ in range(3):
            a, b = rng.sample(names, 2)
            day = (date(2000, 1, 1) + timedelta(days=rng.randrange(9000))).isoformat()
            where = Location(f"Town {rng.randrange(30)}", "RUS", lat=1.0, lon=2.0)
            people = [Participant(a, country="RUS"), Participant(b, country="CHN")]
            events.append(Event("meeting", "occurred", people, where, day[:7]))
        store.ingest(Article(text=f"bench article {seed}-{i}", path=f"b{i}"), events)
    return articles / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10**4, 10**5, 10**6])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument(
        "--keep", help="Keep the databases in this folder and reuse them"
    )
    args = parser.parse_args()
    cpu = platform.processor() or platform.machine()
    print(f"machine: {platform.platform()}, {cpu}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.1f}")  # fmt: skip
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.keep or scratch
        Path(tmp, "ingest.db").unlink(missing_ok=True)
        rate = ingest_rate(Store(str(Path(tmp) / "ingest.db")))
        print(f"ingest (empty store): {rate:.1f} articles/s ({3 * rate:.0f} events/s)")
        print("query ms: p95 wall / p95 CPU (median wall)")
        print(f"{'events':>9} {'load s':>7}  {'pair':>22}  {'pair ISO3':>22}  "
              f"{'timeline':>22}")  # fmt: skip
        store = None
        for n in args.sizes:
            store = Store(str(Path(tmp) / f"bench-{n}.db"))
            start = time.perf_counter()
            if store.counts()["events"] >= n:  # kept from an earlier run
                dyads = _dyads(random.Random(7), max(200, n // 50))
            else:
                dyads = bulk_load(store, n)
            load = time.perf_counter() - start
            t = time_queries(store, dyads, args.queries)
            cells = [f"{w:6.1f} / {c:5.1f} ({m:5.1f})" for w, c, m in t.values()]
            print(f"{n:>9} {load:>7.1f}  " + "  ".join(f"{c:>22}" for c in cells))
        if store is not None:
            rate = ingest_rate(store, articles=100, seed=int(time.time()))
            print(f"ingest (on the {args.sizes[-1]} store): {rate:.1f} articles/s")


if __name__ == "__main__":
    main()
