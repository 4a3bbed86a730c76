"""A discrete-time hazard model of pair-months: an L2-regularised binary regression.

h(t) = P(the pair meets in month t | features at the start of t)
     = 1 - exp(-exp(local_rate + b0 + x·b))   (complementary log-log link)
P(at least one meeting within H months) = 1 - prod(1 - h(t)).
`local_rate` is an offset (the pair's own rate, a local level that follows it when
it moves), so the slopes are departures from it.
Why this model, its priors and its interval: docs/forecasting.md.
"""

from __future__ import annotations

import statistics
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from summitwatch.forecast import cache as disk
from summitwatch.forecast.calibrate import (
    IDENTITY,
    Calibration,
    fit_calibration,
    spans_with_meeting,
)
from summitwatch.forecast.dates import month_end, month_index
from summitwatch.forecast.features import (
    FEATURES,
    SIGNALS,
    PairHistory,
    ablated,
    labels,
    matrix,
    pair_history,
)
from summitwatch.forecast.pairs import Pair, Side, View

# Prior (mean, sd) of each coefficient; the intercept is not penalised. Signals the
# record has seldom seen keep their prior effect (a log odds ratio) until data move it.
PRIOR = {
    "invitation": (0.7, 0.5),
    "planned": (1.5, 0.5),
    "proposed": (0.3, 0.5),
    "envoy": (0.3, 0.5),
}
# The slopes' prior sd: 0.7 had the least log loss and Brier on the backtest's
# origins 1998-2004 (0.25, 0.35, 0.5, 0.7, 1, 2 tried; 1 before), the years
# before the span we report on. See docs/forecasting.md.
BASE_SD = 0.7
BURN_IN = 12  # months at the start of the record used only as history
NEVER_MET_MIN_ROWS = 120  # fewer never-met pair-months than this → Beta fallback
PRIOR_MONTHS = 24.0  # weight (in pair-months) of the pooled rate in the Beta fallback
DRAWS = 400
LEVEL = 0.90


@dataclass
class HazardModel:
    """Fitted coefficients (intercept first), their covariance and the counts behind."""

    coef: np.ndarray | None
    cov: np.ndarray | None
    rows: int
    events: int
    pairs: int
    never_met: tuple[int, int]  # (first meetings, never-met pair-months)
    last_month: int
    start_month: int | None = None
    histories: list[PairHistory] = field(default_factory=list, repr=False)
    calibrations: dict[int, Calibration] = field(default_factory=dict, repr=False)
    cache_name: str | None = field(default=None, repr=False)  # its file on disk

    @property
    def pooled_hazard(self) -> float:
        return (self.events + 0.5) / (self.rows + 1.0)

    def hazards(self, x: np.ndarray, coef: np.ndarray | None = None) -> np.ndarray:
        """Monthly hazards for rows of `features.matrix` (offset in column 0)."""
        beta = self.coef if coef is None else coef
        return -np.expm1(-np.exp(_eta(x, beta)))

    def uses_fallback(self, history: PairHistory) -> bool:
        never = history.meetings.size == 0
        return self.coef is None or (never and self.never_met[1] < NEVER_MET_MIN_ROWS)

    def fallback_beta(self, history: PairHistory) -> tuple[float, float]:
        """Beta posterior of a monthly hazard: pooled prior, most specific data."""
        h0 = self.pooled_hazard
        k, n = (
            self.never_met if history.meetings.size == 0 else (self.events, self.rows)
        )
        return PRIOR_MONTHS * h0 + k, PRIOR_MONTHS * (1 - h0) + n - k


def _eta(x: np.ndarray, beta: np.ndarray) -> np.ndarray:
    return np.clip(x[:, 0] + beta[0] + x[:, 1:] @ beta[1:], -30.0, 5.0)


def _prior() -> tuple[np.ndarray, np.ndarray]:
    means = np.array([PRIOR.get(f, (0.0, BASE_SD))[0] for f in FEATURES])
    sds = np.array([PRIOR.get(f, (0.0, BASE_SD))[1] for f in FEATURES])
    return means, 1.0 / sds**2


def _score_weights(eta: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """d(-log lik)/d(eta) and the expected information, per row (cloglog link)."""
    mu = np.exp(eta)
    ratio = mu / np.expm1(np.maximum(mu, 1e-12))  # mu e^-mu / (1 - e^-mu)
    return mu * (1 - y) - y * ratio, mu * ratio


def fit_map(x: np.ndarray, y: np.ndarray, *, steps: int = 50) -> np.ndarray:
    """Penalised maximum likelihood by Fisher scoring: Gaussian priors on the slopes
    (not the intercept); a dozen parameters, so each step is one small solve."""
    means, precision = _prior()
    design = np.column_stack([np.ones(len(y)), x[:, 1:]])
    penalty = np.diag(np.concatenate([[1e-6], precision]))
    beta = np.concatenate([[0.0], means])
    previous = _penalised_nll(x, y, beta, means, precision)
    for _ in range(steps):
        score, info = _score_weights(_eta(x, beta), y)
        grad = design.T @ score + penalty @ (beta - np.concatenate([[0.0], means]))
        step = np.linalg.solve((design * info[:, None]).T @ design + penalty, grad)
        if float(grad @ step) < 1e-9:  # Newton decrement: converged
            break
        size = 1.0
        while size > 1e-3:  # halve the step until the objective improves
            trial = beta - size * step
            value = _penalised_nll(x, y, trial, means, precision)
            if value <= previous:
                beta, previous = trial, value
                break
            size /= 2
        else:
            break
    return beta


def _penalised_nll(
    x: np.ndarray,
    y: np.ndarray,
    beta: np.ndarray,
    means: np.ndarray,
    precision: np.ndarray,
) -> float:
    mu = np.exp(_eta(x, beta))
    nll = np.sum((1 - y) * mu - y * np.log(-np.expm1(-np.maximum(mu, 1e-12))))
    return float(nll + 0.5 * np.sum(precision * (beta[1:] - means) ** 2))


def sandwich(
    x: np.ndarray, y: np.ndarray, groups: np.ndarray, beta: np.ndarray
) -> np.ndarray:
    """Cluster-robust covariance (pairs as clusters): bread⁻¹ · meat · bread⁻¹."""
    _, precision = _prior()
    design = np.column_stack([np.ones(len(y)), x[:, 1:]])
    score, info = _score_weights(_eta(x, beta), y)
    bread = (design * info[:, None]).T @ design
    bread[1:, 1:] += np.diag(precision)
    _, inverse = np.unique(groups, return_inverse=True)
    per_pair = np.zeros((inverse.max() + 1, design.shape[1]))
    np.add.at(per_pair, inverse, design * score[:, None])
    inv = np.linalg.pinv(bread)
    return inv @ (per_pair.T @ per_pair) @ inv


def training_set(view: View) -> tuple:
    """Rows for every country dyad and every complete month known to the view."""
    last = month_index(view.day) - (
        0 if view.day == month_end(month_index(view.day)) else 1
    )
    start = view.start_month
    xs, ys, gs, histories = [], [], [], []
    if start is None or last < start + BURN_IN:
        empty = np.zeros((0, len(FEATURES) + 1)), np.zeros(0), np.zeros(0)
        return *empty, last, histories
    months = np.arange(start + BURN_IN, last + 1)
    for i, (a, b) in enumerate(_dyads(view)):
        pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
        history = pair_history(
            view, pair, meetings=view.dyad_months.get(frozenset((a, b)), [])
        )
        xs.append(matrix(history, months))
        ys.append(labels(history, months))
        gs.append(np.full(len(months), i))
        histories.append(history)
    x, y, groups = np.vstack(xs), np.concatenate(ys), np.concatenate(gs)
    return x, y, groups, last, histories


def _dyads(view: View) -> list[tuple[str, str]]:
    countries = view.countries
    return [(a, b) for i, a in enumerate(countries) for b in countries[i + 1 :]]


def fit(view: View) -> HazardModel:
    """Fit on everything the view knows; a constant-rate model when data are too few."""
    x, y, groups, last, histories = training_set(view)
    never = x[:, 1 + FEATURES.index("ever_met")] == 0 if len(y) else np.zeros(0, bool)
    counts = dict(
        rows=len(y), events=int(y.sum()), pairs=len(np.unique(groups)),
        never_met=(int(y[never].sum()), int(never.sum())), last_month=last,
        start_month=view.start_month, histories=histories,
    )  # fmt: skip
    if len(y) < 50 or y.sum() < 2 or y.sum() == len(y):
        return HazardModel(coef=None, cov=None, **counts)
    beta = fit_map(x, y)
    return HazardModel(coef=beta, cov=sandwich(x, y, groups, beta), **counts)


def calibration(model: HazardModel, view: View, horizon: int) -> Calibration:
    """The horizon-level blend for `model` (fitted on `view`), computed once."""
    if model.coef is None or model.start_month is None:
        return IDENTITY
    if horizon not in model.calibrations:
        model.calibrations[horizon] = fit_calibration(
            model.histories, hazards_before(view), start=model.start_month,
            last=model.last_month, horizon=horizon,
        )  # fmt: skip
        if model.cache_name:  # keep the blend with the model for the next process
            disk.save(model.cache_name, model)
    return model.calibrations[horizon]


def hazards_before(view: View) -> Callable[[int], Callable | None]:
    """`hazards_at(origin)` for the blend (rolling origin): the hazards of a model
    fitted on what was known at the end of the year before origin's, None when
    there was too little data then. Each year's model is fitted once."""
    by_year: dict[int, Callable | None] = {}

    def hazards_at(origin: int) -> Callable | None:
        year = origin // 12 - 1  # a model fitted before origin's year
        if year not in by_year:
            nested = fit_cached(View(view.record, date(year, 12, 31), view.book))
            by_year[year] = nested.hazards if nested.coef is not None else None
        return by_year[year]

    return hazards_at


_CACHE: OrderedDict[tuple, HazardModel] = OrderedDict()
_CACHE_SIZE = 64


def fit_cached(view: View) -> HazardModel:
    """`fit`, remembered per (record fingerprint, KB, last complete month, feature
    groups switched off): in memory, and on disk (`forecast.cache`) so that a new
    process need not refit. The ablation is in both keys: a process that switches
    `SUMMITWATCH_FORECAST_ABLATE` must not get a model fitted with other groups."""
    day = view.day
    last = month_index(day) - (0 if day == month_end(month_index(day)) else 1)
    off = ablated()
    key = (view.record.fingerprint, id(view.book.kb), last, off)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    name = disk.key(view.record.fingerprint, disk.kb_version(view.book.kb), last, off)
    model = disk.load(name)
    if not isinstance(model, HazardModel):
        model = fit(view)
        model.cache_name = name
        disk.save(name, model)
    _CACHE[key] = model
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return model


@dataclass(frozen=True)
class Probability:
    p: float
    lo: float
    hi: float
    p_hazard: float  # the monthly hazards alone, before recalibration
    p_pair: float  # the pair's own share of past H-month spans with a meeting
    method: str  # "hazard model" | "never-met base rate" | "pooled base rate"


def horizon_probability(
    model: HazardModel,
    view: View,
    history: PairHistory,
    months: np.ndarray,
    weights: np.ndarray,
    *,
    interval: bool = True,
) -> Probability:
    """P(>= 1 meeting) over the weighted months (fractions of months), with a
    `LEVEL` interval from coefficient draws (or from the Beta posterior)."""
    horizon = max(int(round(weights.sum())), 1)
    hits, spans = spans_with_meeting(
        history.meetings, history.clock, int(months[0]), horizon
    )
    base = (hits + 0.5) / (spans + 1.0)
    if model.uses_fallback(history):
        return _fallback(model, history, weights, base)
    x = matrix(history, months)
    quiet = _without_signals(x)
    blend = calibration(model, view, horizon)
    raw = _p_any(model.hazards(x), weights)
    point = _with_signals(model, blend, x, quiet, weights, base)
    if not interval:
        return Probability(point, point, point, raw, base, "hazard model")
    rng = np.random.default_rng(0)
    # the pair's rate is uncertain too: spans overlap, so count whole H-month blocks
    years = spans / horizon
    bases = rng.beta(hits / horizon + 0.5, years - hits / horizon + 0.5, DRAWS)
    ps = [
        _with_signals(model, blend, x, quiet, weights, b, coef)
        for coef, b in zip(_draw(model, rng), bases, strict=True)
    ]
    # NumPy's default (linear) quantiles, without importing numpy.ma (why:
    # docs/forecasting.md, Speed)
    cuts = statistics.quantiles(ps, n=round(2 / (1 - LEVEL)), method="inclusive")
    lo, hi = cuts[0], cuts[-1]
    return Probability(point, min(lo, point), max(hi, point), raw, base, "hazard model")


def _without_signals(x: np.ndarray) -> np.ndarray:
    quiet = x.copy()
    for name in SIGNALS:
        quiet[:, 1 + FEATURES.index(name)] = 0.0
    return quiet


def _with_signals(
    model: HazardModel, blend: Calibration, x: np.ndarray, quiet: np.ndarray,
    weights: np.ndarray, base: float, coef: np.ndarray | None = None,
) -> float:  # fmt: skip
    """Blend the signal-free forecast with the pair's rate, then let the signals
    scale its cumulative hazard as they scale the model's (proportional hazards).

    The blend is learned on history, where signals are rare; applied after it, an
    invitation or a plan keeps its full effect.
    """
    calm = _p_any(model.hazards(quiet, coef), weights)
    busy = _p_any(model.hazards(x, coef), weights)
    blended = float(blend.apply(calm, base))
    if busy <= calm or calm <= 0:
        return blended
    ratio = np.log1p(-min(busy, 1 - 1e-12)) / np.log1p(-calm)
    return float(1 - (1 - blended) ** ratio)


def _fallback(
    model: HazardModel, history: PairHistory, weights: np.ndarray, base: float
) -> Probability:
    from scipy.stats import beta as beta_dist

    tail = (1 - LEVEL) / 2
    a, b = model.fallback_beta(history)
    hs = np.array([a / (a + b), *beta_dist.ppf([tail, 1 - tail], a, b)])
    ps = 1 - (1 - hs) ** weights.sum()
    method = "never-met base rate" if history.meetings.size == 0 else "pooled base rate"
    return Probability(
        float(ps[0]), float(ps[1]), float(ps[2]), float(ps[0]), base, method
    )


def _p_any(hazards: np.ndarray, weights: np.ndarray) -> float:
    return float(
        1 - np.exp(np.sum(weights * np.log1p(-np.clip(hazards, 0, 1 - 1e-12))))
    )


def _draw(model: HazardModel, rng: np.random.Generator) -> np.ndarray:
    vals, vecs = np.linalg.eigh((model.cov + model.cov.T) / 2)
    root = vecs * np.sqrt(np.clip(vals, 0, None))
    return model.coef + rng.standard_normal((DRAWS, len(model.coef))) @ root.T
