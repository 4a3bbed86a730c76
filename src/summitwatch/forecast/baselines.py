"""Simple rules the model must beat, each computed at a backtest origin from the
meetings known before it (so they are as honest as the model).

- `persistence`: 1 if the pair met in the last H months, else 0.
- `calibrated_persistence`: P(meet in the next H months | met in the last H months or
  not), re-estimated at every origin, pooled over pairs, on windows already complete.
- `logistic`: an L2 logistic regression on recency features (the pair's base rate,
  months since the last meeting, meetings in the last 12 and 24 months, ever met),
  trained on every pair's complete past windows.

The per-pair base rate and the constant are computed by the backtest itself.
"""

from __future__ import annotations

import numpy as np

NAMES = ("pair_base", "constant", "persistence", "calibrated_persistence", "logistic")
L2 = 1.0  # prior precision of the logistic baseline's slopes
SINCE_CAP = 60


def recency_features(met: np.ndarray, start: int, t: np.ndarray, h: int) -> np.ndarray:
    """Rows at origins `t` for one pair (sorted meeting months `met`)."""
    t = np.asarray(t, dtype=np.int64)
    before = np.searchsorted(met, t, side="left")
    last = np.concatenate([[start - SINCE_CAP], met])[before]
    since = np.clip(t - last, 0, SINCE_CAP)
    hits, spans = _spans_before(met, start, t, h)
    base = (hits + 0.5) / (spans + 1.0)
    n12 = before - np.searchsorted(met, t - 12)
    n24 = before - np.searchsorted(met, t - 24)
    return np.column_stack([
        np.log(base / (1 - base)), np.log1p(since), np.log1p(n12), np.log1p(n24),
        before > 0,
    ]).astype(float)  # fmt: skip


def _spans_before(
    met: np.ndarray, start: int, t: np.ndarray, h: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per origin: (H-month spans with a meeting, spans) among those ending before."""
    last_start = np.arange(start, int(t.max()) - h + 1) if t.size else np.zeros(0)
    if last_start.size == 0:
        return np.zeros(t.shape), np.zeros(t.shape)
    lo = np.searchsorted(met, last_start, side="left")
    hi = np.searchsorted(met, last_start + h, side="left")
    cum = np.concatenate([[0], np.cumsum(hi > lo)])
    n = np.clip(t - h - start + 1, 0, last_start.size)
    return cum[n].astype(float), n.astype(float)


def met_within(met: np.ndarray, t: np.ndarray, h: int) -> np.ndarray:
    """1 where the pair met in months t .. t+h-1."""
    t = np.asarray(t, dtype=np.int64)
    return (np.searchsorted(met, t + h) > np.searchsorted(met, t)).astype(float)


def baseline_forecasts(
    series: list[np.ndarray], start: int, origin: int, horizon: int
) -> dict[str, np.ndarray]:
    """Persistence, calibrated persistence and the logistic for every pair at origin."""
    series = [np.sort(np.asarray(s, dtype=np.int64)) for s in series]
    now = np.array([origin])
    persist = np.array([met_within(s, now - horizon, horizon)[0] for s in series])
    past = np.arange(start + horizon, origin - horizon + 1)  # outcome known by origin
    out = {"persistence": persist}
    if past.size == 0:
        out["calibrated_persistence"] = np.full(len(series), 0.5)
        out["logistic"] = np.full(len(series), 0.5)
        return out
    prev = np.concatenate([met_within(s, past - horizon, horizon) for s in series])
    y = np.concatenate([met_within(s, past, horizon) for s in series])
    rate = {k: (y[prev == k].sum() + 0.5) / ((prev == k).sum() + 1.0) for k in (0, 1)}
    out["calibrated_persistence"] = np.where(persist == 1, rate[1], rate[0])
    x = np.vstack([recency_features(s, start, past, horizon) for s in series])
    beta = fit_logistic(x, y)
    rows = np.vstack([recency_features(s, start, now, horizon) for s in series])
    out["logistic"] = _sigmoid(beta[0] + rows @ beta[1:])
    return out


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 30
) -> np.ndarray:
    """L2-penalised logistic regression (intercept unpenalised) by Newton's method."""
    mean, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = np.column_stack([np.ones(len(y)), (x - mean) / sd])
    penalty = np.diag([1e-6, *([l2] * x.shape[1])])
    beta = np.zeros(z.shape[1])
    for _ in range(steps):
        p = _sigmoid(z @ beta)
        grad = z.T @ (p - y) + penalty @ beta
        hess = (z * (p * (1 - p))[:, None]).T @ z + penalty
        step = np.linalg.solve(hess, grad)
        beta -= step
        if float(np.abs(step).max()) < 1e-8:
            break
    slopes = beta[1:] / sd
    return np.concatenate([[beta[0] - mean @ slopes], slopes])


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
