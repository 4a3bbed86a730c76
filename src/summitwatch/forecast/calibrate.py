"""Horizon-level calibration: the monthly hazards → P(meet within H), recalibrated.

A monthly model pooled over pairs misjudges how meetings bunch within a year: regular
pairs (a summit every year) meet in almost every 12-month span, bursty pairs in few.
So the final probability combines, on the logit scale, the hazard model's P with the
pair's own share of past H-month spans with a meeting:
    logit P = c1 · logit(P_hazard) + c2 · logit(P_pair)
with c1 + c2 = 1, chosen by log loss on the model's own earlier out-of-sample
forecasts only: for past origins (the last `YEARS` years) whose outcome is known,
the forecast of a hazard model fitted before that origin's year (rolling origin).
The pair's recent rate is in the hazard model's offset (a local level, see
`features.local_rate`); a third input, the recency-weighted share of spans, went
with the fixed long-run offset it corrected (docs/forecasting.md, fourth round).
A free logistic fit (intercept, unconstrained slopes) and a Platt step on top were
tried and lost skill on 2005-2015: fitted on a few hundred overlapping windows they
compress the pair's own rate.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from summitwatch.forecast.calendar import NEVER
from summitwatch.forecast.features import PairHistory, matrix

MAX_ROWS = 4000  # pair-origins used for the fit (a fixed-seed sample beyond that)
STEP = 3  # origins every third month: overlapping windows add little
YEARS = 5  # how many years of past origins the calibration learns from


@dataclass(frozen=True)
class Calibration:
    # c0, c1 (hazard model), c2 (pair base rate)
    coef: tuple[float, ...]
    rows: int

    def apply(
        self, p_model: float | np.ndarray, p_pair: float | np.ndarray
    ) -> np.ndarray:
        c0, c1, c2 = self.coef[:3]
        z = c0 + c1 * _logit(p_model) + c2 * _logit(p_pair)
        return 1.0 / (1.0 + np.exp(-z))


IDENTITY = Calibration((0.0, 1.0, 0.0), 0)


def _logit(p: float | np.ndarray) -> np.ndarray:
    q = np.clip(np.asarray(p, dtype=float), 1e-4, 1 - 1e-4)
    return np.log(q / (1 - q))


def pair_base(meetings: np.ndarray, start: int, origin: int, horizon: int) -> float:
    """Smoothed share of complete H-month spans before `origin` holding a meeting."""
    hits, n = spans_with_meeting(meetings, start, origin, horizon)
    return (hits + 0.5) / (n + 1.0)


def spans_with_meeting(
    meetings: np.ndarray, start: int, origin: int, horizon: int
) -> tuple[int, int]:
    """(spans with a meeting, spans) over H-month spans that end before `origin`."""
    if origin - horizon < start:
        return 0, 0
    starts = np.arange(start, origin - horizon + 1)
    met = np.sort(np.asarray(meetings, dtype=np.int64))
    lo = np.searchsorted(met, starts, side="left")
    hi = np.searchsorted(met, starts + horizon, side="left")
    return int(np.sum(hi > lo)), len(starts)


def truncate(history: PairHistory, origin: int) -> PairHistory:
    """The pair's history as it stood at the start of `origin` (meetings before it)."""
    signals = {
        k: [(lo, hi) for lo, hi in v if lo <= origin]
        for k, v in history.signals.items()
    }
    return PairHistory(
        _before(history.meetings, origin),
        history.clock,
        _before(history.new_leaders, origin),
        signals,
        [  # leaders who had met by then; a term running at origin is open-ended
            (lo, hi if hi < origin else NEVER, first)
            for lo, hi, first in history.acquainted
            if lo < origin and first < origin
        ],
        tuple(_before(a, origin) for a in history.activity),
        [(*s[:1], s[1] if s[1] <= origin else NEVER, *s[2:]) for s in history.summits],
        _before(history.world, origin),
        min(history.known, origin),
    )


def _before(months: np.ndarray, origin: int) -> np.ndarray:
    """The sorted `months` before `origin`: a slice, where a mask would scan the
    whole record's months (`world`) for each of the thousands of cases."""
    return months[: np.searchsorted(months, origin, side="left")]


@dataclass(frozen=True)
class BlendCases:
    """What the blend learns from: the model's earlier out-of-sample forecasts."""

    x: np.ndarray  # (logit P_hazard, logit P_pair) per case
    y: np.ndarray  # 1 where the pair met within the case's H months
    origins: np.ndarray  # each case's origin month
    pairs: np.ndarray  # each case's pair, as an index into the histories


def blend_cases(
    histories: list[PairHistory],
    hazards_at: Callable[[int], Callable | None],
    *,
    start: int,
    last: int,
    horizon: int,
) -> BlendCases:
    """Past (pair, origin) cases whose H-month outcome is known by `last`, each
    forecast by `hazards_at(origin)`: a model fitted before origin's year (None
    when there is too little data then)."""
    first = max(start + horizon, last - horizon + 1 - 12 * YEARS)
    origins = np.arange(first, last - horizon + 2, STEP)
    cases = [(i, int(o)) for i in range(len(histories)) for o in origins]
    if len(cases) > MAX_ROWS:
        pick = np.random.default_rng(0).choice(len(cases), MAX_ROWS, replace=False)
        cases = [cases[i] for i in sorted(pick)]
    rows, ys, kept = [], [], []
    for i, origin in cases:
        hazards = hazards_at(origin)
        if hazards is None:
            continue
        history = histories[i]
        past = truncate(history, origin)
        p = _p_any(hazards(matrix(past, np.arange(origin, origin + horizon))))
        base = pair_base(past.meetings, history.clock, origin, horizon)
        rows.append((_logit(p), _logit(base)))
        met = history.meetings
        ys.append(int(np.any((met >= origin) & (met < origin + horizon))))
        kept.append((origin, i))
    where = np.array(kept, dtype=np.int64).reshape(-1, 2)
    x = np.array(rows, dtype=float).reshape(-1, 2)
    return BlendCases(x, np.array(ys, dtype=np.int64), where[:, 0], where[:, 1])


def fit_calibration(
    histories: list[PairHistory],
    hazards_at: Callable[[int], Callable | None],
    *,
    start: int,
    last: int,
    horizon: int,
) -> Calibration:
    """Choose the blend's weights on `blend_cases` (the rolling origin's own
    earlier out-of-sample forecasts); the identity when they are too few."""
    cases = blend_cases(histories, hazards_at, start=start, last=last, horizon=horizon)
    y = cases.y
    if len(y) < 30 or y.min() == y.max():
        return IDENTITY
    return Calibration(blend_weights(cases.x, y), len(y))


def blend_weights(x: np.ndarray, y: np.ndarray) -> tuple[float, ...]:
    """Weights on the simplex (step 0.05) with the least log loss: the forecast stays
    a weighted mean of probabilities on the logit scale, so it keeps their scale
    (a free logistic fit on a few hundred overlapping windows compresses it)."""
    best, choice = np.inf, (0.0, 1.0, 0.0)
    for w1 in np.round(np.linspace(0, 1, 21), 2):
        z = x @ np.array([w1, 1.0 - w1])
        loss = float(np.mean(np.logaddexp(0.0, z) - y * z))
        if loss < best - 1e-12:
            best, choice = loss, (0.0, float(w1), float(1.0 - w1))
    return choice


def _p_any(hazards: np.ndarray) -> float:
    return float(1 - np.exp(np.sum(np.log1p(-np.clip(hazards, 0, 1 - 1e-12)))))
