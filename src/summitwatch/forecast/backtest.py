"""Rolling-origin backtest: at each month, forecast every pair from what was known
then, and score the forecasts against what happened.

Origin `o` means: as of the last day of month o-1, will the pair meet in months
o .. o+H-1? The model is refitted at every origin (`refit="month"`) or at the first
origin of each year (`refit="year"`, faster; still only data known at that origin).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from summitwatch.errors import BadArgument
from summitwatch.forecast.baselines import baseline_forecasts
from summitwatch.forecast.dates import month_end, month_index, month_label
from summitwatch.forecast.features import pair_history
from summitwatch.forecast.model import (
    BURN_IN,
    HazardModel,
    fit_cached,
    horizon_probability,
)
from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.record import Record
from summitwatch.forecast.venue import venue_forecast

EPS = 1e-3  # probabilities are clipped to [EPS, 1-EPS] for the log loss
NAN = float("nan")


@dataclass
class Forecast:
    origin: int
    pair: str
    p: float
    pair_base: float
    constant: float
    met: int
    venue: str | None = None
    top3: list[str] = field(default_factory=list)
    venue_country: str | None = None
    top_country: str | None = None
    baselines: dict[str, float] = field(default_factory=dict)
    # what the blend combined (`model.Probability`), so that a variant of the
    # last stage can be replayed on the same forecasts (benchmarks/blend_replay.py)
    p_hazard: float | None = None
    p_pair: float | None = None
    method: str = ""


@dataclass
class BacktestResult:
    start: int
    end: int
    horizon: int
    refit: str
    forecasts: list[Forecast]
    skipped: list[int]

    @property
    def metrics(self) -> dict[str, float]:
        from summitwatch.forecast.scores import summary

        return summary(self.forecasts)


def backtest(
    record: Record,
    *,
    start: int,
    end: int,
    horizon: int = 12,
    refit: str = "month",
    book: PeopleBook | None = None,
    venues: bool = True,
) -> BacktestResult:
    """Forecast every country pair at every origin month from `start` to `end`."""
    book = book or PeopleBook()
    _check(record, start, end, refit)
    truth = View(record, record.last_known, book)
    last_month = _last_complete_month(record)
    forecasts, skipped = [], []
    model = None
    for origin in range(start, end + 1):
        if origin + horizon - 1 > last_month:
            skipped.append(origin)
            continue
        view = View(record, month_end(origin - 1), book)
        if model is None or refit == "month" or origin % 12 == 0:
            model = fit_cached(view)
        forecasts += _at_origin(view, truth, model, origin, horizon, venues)
    return BacktestResult(start, end, horizon, refit, forecasts, skipped)


def venue_backtest(
    record: Record, *, start: int, end: int, horizon: int = 12,
    book: PeopleBook | None = None,
) -> list[Forecast]:  # fmt: skip
    """Only the venue half of `backtest`: the same origins, pairs and scoring of the
    first meeting, without fitting the meeting model (seconds, not minutes), for
    studying the venue model. Each forecast's probabilities are NaN."""
    book = book or PeopleBook()
    _check(record, start, end, "month")
    truth = View(record, record.last_known, book)
    last_month = _last_complete_month(record)
    out = []
    for origin in range(start, min(end, last_month - horizon + 1) + 1):
        view = View(record, month_end(origin - 1), book)
        for a, b in _pairs(view.countries):
            pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
            forecast = Forecast(origin, f"{a}-{b}", NAN, NAN, NAN, met=1)
            _score_venue(forecast, view, truth, pair, origin, horizon)
            if forecast.venue:
                out.append(forecast)
    return out


def _last_complete_month(record: Record) -> int:
    last_month = month_index(record.last_known)
    return last_month - 1 if record.last_known != month_end(last_month) else last_month


def _pairs(countries: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(countries) for b in countries[i + 1 :]]


def _check(record: Record, start: int, end: int, refit: str) -> None:
    if refit not in ("month", "year"):
        raise BadArgument(f"refit must be 'month' or 'year', got {refit!r}")
    if end < start:
        raise BadArgument(
            f"--to {month_label(end)} is before --from {month_label(start)}"
        )
    if record.last_known is None:
        raise BadArgument(
            "the record is empty; import a history or ingest articles first"
        )
    first = month_index(record.first_known) + BURN_IN + 1
    if start < first:
        raise BadArgument(
            f"--from {month_label(start)} leaves no history to learn from; "
            f"the record starts {record.first_known}; "
            f"start at {month_label(first)} or later"
        )
    if start > month_index(record.last_known):
        raise BadArgument(
            f"--from {month_label(start)} is after the record ends "
            f"({record.last_known})"
        )


def _at_origin(
    view: View, truth: View, model: HazardModel, origin: int, horizon: int, venues: bool
) -> list[Forecast]:
    months = np.arange(origin, origin + horizon)
    weights = np.ones(horizon)
    dyads = {d: m for d, m in view.dyad_months.items()}
    countries = view.countries
    pooled = _windows(list(dyads.values()), view.start_month, origin, horizon)
    constant = pooled[0] / pooled[1] if pooled[1] else 0.5
    pairs = _pairs(countries)
    rules = baseline_forecasts(
        [dyads.get(frozenset(d), []) for d in pairs], view.start_month, origin, horizon
    )
    out = []
    for k, (a, b) in enumerate(pairs):
        dyad = frozenset((a, b))
        met_months = dyads.get(dyad, [])
        pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
        history = pair_history(view, pair, meetings=met_months)
        prob = horizon_probability(
            model, view, history, months, weights, interval=False
        )
        hits, n = _windows([met_months], view.start_month, origin, horizon)
        base = hits / n if n else constant
        future = [
            m for m in truth.dyad_months.get(dyad, []) if origin <= m < origin + horizon
        ]
        forecast = Forecast(
            origin, f"{a}-{b}", prob.p, base, constant, int(bool(future)),
            p_hazard=prob.p_hazard, p_pair=prob.p_pair, method=prob.method,
        )  # fmt: skip
        forecast.baselines = {"pair_base": base, "constant": constant}
        forecast.baselines |= {name: float(v[k]) for name, v in rules.items()}
        if future and venues:
            _score_venue(forecast, view, truth, pair, origin, horizon)
        out.append(forecast)
    return out


def _windows(
    series: list[list[int]], start: int | None, origin: int, horizon: int
) -> tuple[int, int]:
    """(windows with a meeting, windows) over complete H-month windows before origin."""
    if start is None or origin - horizon < start:
        return 0, 0
    starts = np.arange(start, origin - horizon + 1)
    hits = 0
    for months in series:
        met = np.sort(np.asarray(months, dtype=np.int64))
        lo = np.searchsorted(met, starts, side="left")
        hi = np.searchsorted(met, starts + horizon, side="left")
        hits += int(np.sum(hi > lo))
    return hits, len(starts) * len(series)


def _score_venue(
    forecast: Forecast, view: View, truth: View, pair: Pair, origin: int, horizon: int
) -> None:
    from summitwatch.forecast.places import fold

    actual = [
        m for m in truth.pair_meetings(pair) if origin <= m.month < origin + horizon
    ]
    if not actual or not actual[0].city:
        return
    known = view.pair_meetings(pair)
    venue = venue_forecast(
        view, pair, known, view.signals(pair), months=(origin, horizon)
    )
    forecast.venue = fold(view.book.city_name(actual[0].city, actual[0].country))
    forecast.top3 = [fold(c) for c in venue.top(3)]
    forecast.venue_country = actual[0].country
    forecast.top_country = venue.top_country()
