"""Forecasting: will two leaders meet within a horizon, where, and why.

Reads the record as `list[Mention]` only (no database, no NLP):

    >>> from summitwatch.forecast import Forecaster
    >>> fc = Forecaster(store.mentions())
    >>> fc.prospects("RUS", "PRK", as_of=date(2015, 2, 23), horizon=12).probability.p

`backtest(record, start=..., end=..., horizon=12)` scores the same model on history.
scikit-learn, scipy and numpy are imported by the submodules, not here.
"""

from summitwatch.forecast.dates import parse_day, parse_horizon, parse_month

__all__ = [
    "BacktestResult",
    "Forecaster",
    "Prospects",
    "backtest",
    "parse_day",
    "parse_horizon",
    "parse_month",
    "prospects",
]


def __getattr__(name: str):  # noqa: ANN202 - lazy re-exports keep imports light
    import importlib

    homes = {"Forecaster": "prospects", "Prospects": "prospects",
             "prospects": "prospects", "backtest": "backtest",
             "BacktestResult": "backtest"}  # fmt: skip
    if name not in homes:
        raise AttributeError(name)
    module = importlib.import_module(f"summitwatch.forecast.{homes[name]}")
    return getattr(module, name)
