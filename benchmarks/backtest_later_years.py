"""The forecast on years it was not built on (#11): 2016-2024, measured, not tuned.

Imports the packaged history (1994-2015) and our compiled evaluation file
`benchmarks/data/summits_2016_2025.csv` into a fresh record in a temporary folder,
then runs `summitwatch backtest --json` (the CLI, so nothing of the backtest is
re-implemented here), once for the full model and, with `--ablation`, once per row
of docs/forecasting.md's ablation table (`SUMMITWATCH_FORECAST_ABLATE=group`).
Prints the model against every baseline, the calibration bins with their counts, the
venue scores and the ablation; `--out DIR` keeps each run's JSON. With `--breakdown`
each run is this script's worker instead, in a fresh process as the CLI's are: it
calls what the CLI calls (`summitwatch.forecast.backtest`, `report.backtest_dict`
for the same JSON) and also splits the Brier scores and the model's log loss against
the per-pair base rate's by origin year and by pair (with `--ablation`, for each
row). One backtest per row either way.

    .venv/bin/python benchmarks/backtest_later_years.py                  # ~1 min
    .venv/bin/python benchmarks/backtest_later_years.py --ablation --refit year
    .venv/bin/python benchmarks/backtest_later_years.py --from 1998-01 --to 2004-12 \
        --ablation --refit year   # the span the settings were chosen on, same record
    .venv/bin/python benchmarks/backtest_later_years.py --breakdown   # by year, pair
    .venv/bin/python benchmarks/backtest_later_years.py --ablation \
        --rows "full;calendar"   # only these rows

Benchmark, not a test: nothing is asserted. Run one at a time on a shared machine.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT.parent / "shared" / "data" / "summits_history_pre2016.csv"
LATER = ROOT / "benchmarks" / "data" / "summits_2016_2025.csv"
# the rows of the ablation table in docs/forecasting.md, in its order
ABLATION = (
    "", "lull", "acquaintance", "activity", "trend", "calendar", "recency", "world",
    "recency,world",
)  # fmt: skip


def python(args: list[str], env: dict[str, str], what: str) -> str:
    """Run Python in a fresh process (each run fits from an empty model cache): the
    CLI (`-m summitwatch`) or this script's worker; stop, naming `what`, if it fails."""
    command = [sys.executable, *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"{what} failed:\n{done.stderr}")
    return done.stdout


def summitwatch(args: list[str], env: dict[str, str]) -> str:
    return python(["-m", "summitwatch", *args], env, " ".join(args))


def record(folder: Path, files: list[Path]) -> dict[str, str]:
    """A fresh record holding `files`, and the environment that points at it."""
    env = dict(os.environ, SUMMITWATCH_DB=str(folder / "record.db"))
    env["SUMMITWATCH_CACHE_DIR"] = str(folder / "cache")
    env.pop("SUMMITWATCH_FORECAST_ABLATE", None)
    for path in files:
        print(summitwatch(["history", "import", str(path)], env).strip())
    return env


def backtest(
    env: dict[str, str], args: argparse.Namespace, ablate: str
) -> tuple[dict, str]:
    """One backtest: its JSON as `summitwatch backtest --json` prints it, and with
    `--breakdown` the worker's breakdown by year and pair ('' without)."""
    run_env = dict(env, SUMMITWATCH_FORECAST_ABLATE=ablate) if ablate else env
    argv = ["--from", args.start, "--to", args.end]
    argv += ["--horizon", args.horizon, "--refit", args.refit]
    if not args.breakdown:
        return json.loads(summitwatch(["backtest", *argv, "--json"], run_env)), ""
    what = f"breakdown ({ablate or 'full'})"
    done = json.loads(python([__file__, "--worker", *argv], run_env, what))
    return done["result"], done["breakdown"]


def report(result: dict) -> None:
    m = result["metrics"]
    lo, hi = m["skill_vs_pair_base_ci"]
    print(
        f"{m['n']} pair-origins, {m['events']} with a meeting; skipped origins: "
        f"{', '.join(result['origins_skipped']) or 'none'}"
    )
    print(f"{'':24s} {'Brier':>7s} {'log loss':>9s} {'skill':>7s}")
    print(
        f"{'model':24s} {m['brier']:7.4f} {m['log_loss']:9.4f} "
        f"{m['skill_vs_pair_base']:+7.3f}  (90 %: {lo:+.3f} to {hi:+.3f})"
    )
    for name, b in result["baselines"].items():
        print(
            f"{name:24s} {b['brier']:7.4f} {b['log_loss']:9.4f} "
            f"{b['skill_vs_pair_base']:+7.3f}"
        )
    print("calibration: forecast bin, n, mean forecast, observed")
    for c in result["calibration"]:
        bin_ = f"{c['lo']:.1f}-{c['hi']:.1f}"
        # an empty bin (a short span) has no mean: '-', as `backtest_text` prints it
        mean, seen = (
            "-" if c[k] is None else f"{c[k]:.3f}" for k in ("mean_p", "observed")
        )
        print(f"  {bin_} {c['n']:5d} {mean:>5s} {seen:>5s}")
    print(
        f"venue ({m['venue_n']} cases): top-1 country {m['venue_top1_country']:.1%}, "
        f"city {m['venue_top1_city']:.1%}, top-3 city {m['venue_top3']:.1%}"
    )


def _column(forecasts: list, key: str) -> np.ndarray:
    """One forecaster's probabilities (the model, or a baseline by name)."""
    return np.array([f.p if key == "model" else f.baselines[key] for f in forecasts])


def worker(args: argparse.Namespace) -> None:
    """Print the backtest as JSON: its result as the CLI's `--json` gives it (the
    same library calls), and its breakdown (this process's environment names the
    record and the ablation)."""
    from summitwatch.forecast import Forecaster, parse_horizon, parse_month
    from summitwatch.forecast.backtest import backtest
    from summitwatch.forecast.report import backtest_dict
    from summitwatch.store import Store

    with Store(os.environ["SUMMITWATCH_DB"]) as store:
        fc = Forecaster.default(store)
        result = backtest(
            fc.record, start=parse_month(args.start), end=parse_month(args.end),
            horizon=parse_horizon(args.horizon), refit=args.refit, book=fc.book,
        )  # fmt: skip
    lines = breakdown(result.forecasts)
    print(json.dumps({"result": backtest_dict(result), "breakdown": lines}))


def breakdown(forecasts: list) -> str:
    """Brier of the model and three baselines by origin year and by pair, and the
    model's log loss minus the per-pair base rate's, in nats."""
    from summitwatch.forecast.dates import month_label
    from summitwatch.forecast.scores import brier, log_loss, skill

    keys = ("model", "pair_base", "calibrated_persistence", "logistic")
    out = []
    for title, group in (("origin year", lambda f: month_label(f.origin)[:4]),
                         ("pair", lambda f: f.pair)):  # fmt: skip
        out.append(
            f"Brier by {title}: n, met, " + ", ".join(keys) + ", model skill, nats"
        )
        groups: dict[str, list] = {}
        for f in forecasts:
            groups.setdefault(group(f), []).append(f)
        for name, fs in sorted(groups.items()):
            y = np.array([f.met for f in fs])
            scores = [brier(_column(fs, k), y) for k in keys]
            gain = skill(scores[0], scores[1])
            cells = " ".join(f"{x:.4f}" for x in scores)
            loss = [log_loss(_column(fs, k), y) for k in ("model", "pair_base")]
            more = (loss[0] - loss[1]) * len(fs)  # summed, in nats
            met = int(y.sum())
            out.append(
                f"  {name:8s} {len(fs):4d} {met:4d} {cells} {gain:+.3f} {more:+.1f}"
            )
    return "".join(line + "\n" for line in out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="start", default="2016-01")
    parser.add_argument("--to", dest="end", default="2024-12")
    parser.add_argument("--horizon", default="12m")
    parser.add_argument("--refit", default="month", choices=("month", "year"))
    parser.add_argument("--history", type=Path, default=HISTORY)
    parser.add_argument("--later", type=Path, default=LATER)
    parser.add_argument("--ablation", action="store_true", help="every ablation row")
    parser.add_argument(
        "--rows", help="with --ablation, only these rows: 'full;calendar'"
    )
    parser.add_argument("--out", type=Path, help="keep each run's JSON here")
    parser.add_argument("--breakdown", action="store_true", help="by year and pair")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        worker(args)
        return
    with tempfile.TemporaryDirectory(prefix="summitwatch-later-") as tmp:
        env = record(Path(tmp), [args.history, args.later])
        runs = ABLATION if args.ablation else ("",)
        if args.ablation and args.rows:
            wanted = {"" if r == "full" else r for r in args.rows.split(";")}
            runs = tuple(r for r in ABLATION if r in wanted)
        results = {}
        for ablate in runs:
            result, lines = backtest(env, args, ablate)
            results[ablate] = result
            if args.out:
                args.out.mkdir(parents=True, exist_ok=True)
                name = ablate.replace(",", "+") or "full"
                stem = f"backtest_{args.start}_{args.end}_{args.refit}_{name}"
                (args.out / f"{stem}.json").write_text(json.dumps(result, indent=1))
            if not ablate:
                span = f"{args.start}..{args.end}, --horizon {args.horizon}"
                print(f"\n{span}, --refit {args.refit}")
                report(result)
            if args.breakdown:
                print(f"\nswitched off: {ablate or 'nothing'}")
                print(lines, end="")
    if args.ablation:
        print("\nswitched off             skill   log loss  venue top-1 country / city")
        for ablate, result in results.items():
            m = result["metrics"]
            row = ablate or "nothing (full model)"
            venue = f"{m['venue_top1_country']:.1%} / {m['venue_top1_city']:.1%}"
            skill, loss = m["skill_vs_pair_base"], m["log_loss"]
            print(f"{row:24s} {skill:+.3f}  {loss:.4f}    {venue}")


if __name__ == "__main__":
    main()
