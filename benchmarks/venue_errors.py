"""Where the venue forecast misses (#11): top-1 by kind of first meeting.

Imports the packaged history (and, with `--later`, our 2016-2025 evaluation file)
into a fresh record in a temporary folder, runs the library's `venue_backtest` (the
venue half of `summitwatch backtest`: same origins, pairs and scoring, no model fit,
so seconds) and prints top-1 country / city, top-3 city and the mean log chance of
the true country, then the same by kind of first meeting: in A or B (the pair's
countries, alphabetical), at the first shared summit of the horizon, at a later
one, or in a third country; with a shared summit ahead or none.

    .venv/bin/python benchmarks/venue_errors.py --from 1998-01 --to 2004-12
    .venv/bin/python benchmarks/venue_errors.py --from 2016-01 --to 2024-12 --later

Benchmark, not a test: nothing is asserted.
"""

from __future__ import annotations

import argparse
import math
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT.parent / "shared" / "data" / "summits_history_pre2016.csv"
LATER = ROOT / "benchmarks" / "data" / "summits_2016_2025.csv"


def import_record(folder: Path, files: list[Path]) -> str:
    db = str(folder / "record.db")
    env = dict(os.environ, SUMMITWATCH_DB=db)
    for path in files:
        command = [sys.executable, "-m", "summitwatch", "history", "import", str(path)]
        subprocess.run(command, env=env, check=True, capture_output=True)
    return db


def kind_of(view, truth, forecast, horizon: int) -> str:
    """'A', 'B' or 'third', then '@first' / '@later' (at a shared summit of the
    horizon) or '+summit ahead' (elsewhere, a shared summit was ahead)."""
    from summitwatch.forecast.calendar import at_edition, shared_editions
    from summitwatch.forecast.pairs import Pair, Side

    a, b = forecast.pair.split("-")
    pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
    o = forecast.origin
    first = next(m for m in truth.pair_meetings(pair) if o <= m.month < o + horizon)
    where = {a: "A", b: "B"}.get(forecast.venue_country, "third")
    ahead = [
        x.edition for x in shared_editions(view, a, b)
        if o <= x.edition.month < o + horizon and x.edition.start > view.day
    ]  # fmt: skip
    at = [i for i, e in enumerate(ahead) if at_edition(first, e)]
    if at:
        return where + ("@first" if at[0] == 0 else "@later")
    return where + (" +summit ahead" if ahead else "")


def log_chance(view, forecast) -> float:
    """log P(the true country), floored at 1e-6."""
    from summitwatch.forecast.pairs import Pair, Side
    from summitwatch.forecast.venue import venue_forecast

    a, b = forecast.pair.split("-")
    pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
    known = view.pair_meetings(pair)
    venue = venue_forecast(
        view, pair, known, view.signals(pair), months=(forecast.origin, 12)
    )
    p = sum(c.p for c in venue.cities if c.country == forecast.venue_country)
    return math.log(max(p, 1e-6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", default="1998-01")
    parser.add_argument("--to", dest="end", default="2004-12")
    parser.add_argument("--later", action="store_true", help="add 2016-2025")
    args = parser.parse_args()
    from summitwatch.forecast import Forecaster, parse_month
    from summitwatch.forecast.backtest import venue_backtest
    from summitwatch.forecast.dates import month_end
    from summitwatch.forecast.pairs import View
    from summitwatch.forecast.scores import venue_scores
    from summitwatch.store import Store

    files = [HISTORY, LATER] if args.later else [HISTORY]
    with tempfile.TemporaryDirectory(prefix="summitwatch-venue-") as tmp:
        with Store(import_record(Path(tmp), files)) as store:
            fc = Forecaster.default(store)
    start, end = parse_month(args.start), parse_month(args.end)
    cases = venue_backtest(fc.record, start=start, end=end, book=fc.book)
    truth = View(fc.record, fc.record.last_known, fc.book)
    groups: dict[str, list] = defaultdict(list)
    logs = []
    for f in cases:
        view = View(fc.record, month_end(f.origin - 1), fc.book)
        groups[kind_of(view, truth, f, 12)].append(f)
        logs.append(log_chance(view, f))
    m = venue_scores(cases)
    print(
        f"{args.start}..{args.end}: {m['venue_n']} first meetings; top-1 country "
        f"{m['venue_top1_country']:.1%}, city {m['venue_top1_city']:.1%}, top-3 "
        f"city {m['venue_top3']:.1%}; mean log P(true country) "
        f"{sum(logs) / len(logs):.3f}"
    )
    print(f"{'first meeting':18s} {'n':>5s} {'share':>6s} {'country':>8s} {'city':>6s}")
    for kind, fs in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        s = venue_scores(fs)
        print(
            f"{kind:18s} {len(fs):5d} {len(fs) / len(cases):6.1%} "
            f"{s['venue_top1_country']:8.1%} {s['venue_top1_city']:6.1%}"
        )


if __name__ == "__main__":
    main()
