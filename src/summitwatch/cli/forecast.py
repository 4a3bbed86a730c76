"""Forecast commands: `prospects` (will two leaders meet, where, why) and `backtest`.

Both read the record's mentions from the store and call `summitwatch.forecast`.
"""

from __future__ import annotations

import json
from typing import Any

import typer

from summitwatch.cli._context import library_errors

JSON_OPT = typer.Option(False, "--json", help="Print JSON instead of text.")


def _forecaster(ctx: typer.Context) -> Any:
    from summitwatch.errors import require

    for module in ("numpy", "scipy"):
        require(module, extra="forecast")
    from summitwatch.forecast import Forecaster
    from summitwatch.store import Store

    with Store(ctx.obj.database_url) as store:
        return Forecaster.default(store)


def prospects(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="A person ('Kim Jong-un') or country ('RUS')."),
    b: str = typer.Argument(..., help="The other person or country."),
    as_of: str = typer.Option(
        None, "--as-of", help="Forecast date (default: the record's latest date)."
    ),
    horizon: str = typer.Option("12m", "--horizon", help="e.g. 12m, 6m, 1y."),
    as_json: bool = JSON_OPT,
) -> None:
    """P(at least one meeting within the horizon), likely venues, and the reasons."""
    from summitwatch.forecast import parse_day, parse_horizon
    from summitwatch.forecast.report import prospects_dict, prospects_text

    with library_errors():
        day = parse_day(as_of) if as_of else None
        months = parse_horizon(horizon)
        result = _forecaster(ctx).prospects(a, b, as_of=day, horizon=months)
    if as_json:
        typer.echo(json.dumps(prospects_dict(result), ensure_ascii=False, indent=2))
    else:
        typer.echo(prospects_text(result))


def backtest(
    ctx: typer.Context,
    start: str = typer.Option(..., "--from", help="First origin month, YYYY-MM."),
    end: str = typer.Option(..., "--to", help="Last origin month, YYYY-MM."),
    horizon: str = typer.Option("12m", "--horizon", help="e.g. 12m, 6m, 1y."),
    refit: str = typer.Option("month", "--refit", help="month (default) or year."),
    plot: str = typer.Option(None, "--plot", help="Write a calibration PNG here."),
    as_json: bool = JSON_OPT,
) -> None:
    """Rolling-origin backtest: Brier, log loss, skill, calibration, venue accuracy."""
    from summitwatch.forecast import parse_horizon, parse_month
    from summitwatch.forecast.backtest import backtest as run
    from summitwatch.forecast.report import (
        backtest_dict,
        backtest_text,
        calibration_plot,
    )

    with library_errors():
        first, last = parse_month(start), parse_month(end)
        months = parse_horizon(horizon)
        fc = _forecaster(ctx)
        result = run(fc.record, start=first, end=last, horizon=months, refit=refit,
                     book=fc.book)  # fmt: skip
    if plot:
        with library_errors():
            calibration_plot(result, plot)
    if as_json:
        typer.echo(json.dumps(backtest_dict(result), ensure_ascii=False, indent=2))
    else:
        typer.echo(backtest_text(result))
        if plot:
            typer.echo(f"\nCalibration plot written to {plot}")


def register(app: typer.Typer) -> None:
    """Add `prospects` and `backtest` to the app."""
    app.command("prospects")(prospects)
    app.command("backtest")(backtest)
