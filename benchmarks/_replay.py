"""The backtest that the replay benchmarks (blend_replay, timing_features) take
apart: one command line and one run, so both read the same forecasts."""

from __future__ import annotations

import argparse

from summitwatch.forecast import Forecaster, parse_horizon, parse_month
from summitwatch.forecast.backtest import BacktestResult, backtest
from summitwatch.store import Store


def replayed_backtest(
    description: str,
) -> tuple[argparse.Namespace, Forecaster, BacktestResult, int, int]:
    """Parse `--db --from --to --horizon --refit` and run the backtest without
    venues; returns the arguments, the forecaster, the result, the first origin
    month and the horizon in months."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--db", required=True, help="a record (SQLite path or URL)")
    parser.add_argument("--from", dest="start", default="1998-01")
    parser.add_argument("--to", dest="end", default="2004-12")
    parser.add_argument("--horizon", default="12m")
    parser.add_argument("--refit", default="year", choices=("month", "year"))
    args = parser.parse_args()
    start, horizon = parse_month(args.start), parse_horizon(args.horizon)
    with Store(args.db) as store:
        fc = Forecaster.default(store)
    result = backtest(
        fc.record, start=start, end=parse_month(args.end), horizon=horizon,
        refit=args.refit, book=fc.book, venues=False,
    )  # fmt: skip
    return args, fc, result, start, horizon
