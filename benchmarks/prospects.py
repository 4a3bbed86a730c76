"""How fast is `prospects` on a 10^5-event record? (benchmark, not a test)

Builds 100,000 synthetic mentions (meetings among 30 countries' leaders over 30 years,
plus invitations and envoy visits), then times: parsing the record, the first
`prospects` call (fits and caches the model for that as-of month), and repeated calls
for other pairs at the same as-of month (the cached model). Target: < 200 ms warm.

    .venv/bin/python benchmarks/prospects.py [--events 100000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import date

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
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

    print(f"parse record:               {1000 * (t1 - t0):8.0f} ms")
    print(f"first prospects (fit+cache): {1000 * (t2 - t1):8.0f} ms")
    median, worst = 1000 * statistics.median(warm), 1000 * max(warm)
    print(f"warm prospects, median:     {median:8.0f} ms (max {worst:.0f} ms, "
          f"{len(warm)} calls; target < 200 ms)")  # fmt: skip


if __name__ == "__main__":
    main()
