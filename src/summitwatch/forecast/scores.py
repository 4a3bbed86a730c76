"""Scores for probability forecasts: Brier, log loss, skill and calibration."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

EPS = 1e-3
BINS = 10


def brier(p: np.ndarray, y: np.ndarray) -> float:
    return float(np.mean((p - y) ** 2))


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    q = np.clip(p, EPS, 1 - EPS)
    return float(-np.mean(y * np.log(q) + (1 - y) * np.log(1 - q)))


def skill(score: float, reference: float) -> float:
    """1 - score/reference: > 0 means better than the reference."""
    return 1.0 - score / reference if reference > 0 else float("nan")


def within_pair_auc(p: np.ndarray, y: np.ndarray, pairs: Sequence[str]) -> float | None:
    """How well the forecasts rank a pair's own origins: of two forecasts for the
    same pair, one followed by a meeting and one not, the chance that the first is
    the higher (ties count half), pooled over pairs (each weighted by its number of
    such couples); None when no pair has both outcomes.

    Why: the per-pair base rate already ranks pairs against each other, so a
    forecast gains on it only by telling *when* a pair meets. A forecast constant
    within each pair scores 0.5 (docs/forecasting.md, sixth round).
    """
    keys = np.asarray(pairs)
    hits = couples = 0.0
    for key in np.unique(keys):
        mine = keys == key
        met, not_met = p[mine & (y == 1)], np.sort(p[mine & (y == 0)])
        below = np.searchsorted(not_met, met, side="left")
        level = np.searchsorted(not_met, met, side="right")
        hits += float(np.sum(below + 0.5 * (level - below)))
        couples += met.size * not_met.size
    return hits / couples if couples else None


def calibration(
    p: np.ndarray, y: np.ndarray, bins: int = BINS
) -> list[dict[str, float]]:
    """Equal-width bins: forecasts, mean forecast and observed frequency in each."""
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(p, edges[1:-1]), 0, bins - 1)
    rows = []
    for b in range(bins):
        mask = which == b
        n = int(mask.sum())
        rows.append({
            "lo": float(edges[b]), "hi": float(edges[b + 1]), "n": n,
            "mean_p": float(p[mask].mean()) if n else None,
            "observed": float(y[mask].mean()) if n else None,
        })  # fmt: skip
    return rows


def summary(forecasts: Sequence[Any]) -> dict[str, Any]:
    """Every figure the backtest reports, from its list of forecasts."""
    if not forecasts:
        return {"n": 0}
    p = np.array([f.p for f in forecasts])
    y = np.array([f.met for f in forecasts], dtype=float)
    pair = np.array([f.pair_base for f in forecasts])
    const = np.array([f.constant for f in forecasts])
    out = {
        "n": len(forecasts), "events": int(y.sum()),
        "brier": brier(p, y), "log_loss": log_loss(p, y),
        "brier_pair_base": brier(pair, y), "brier_constant": brier(const, y),
        "log_loss_pair_base": log_loss(pair, y),
        "log_loss_constant": log_loss(const, y),
    }  # fmt: skip
    out["skill_vs_pair_base"] = skill(out["brier"], out["brier_pair_base"])
    out["skill_vs_constant"] = skill(out["brier"], out["brier_constant"])
    out["skill_vs_pair_base_ci"] = year_interval(forecasts, p, pair, y)
    out["within_pair_auc"] = within_pair_auc(p, y, [f.pair for f in forecasts])
    out["calibration"] = calibration(p, y)
    out["baselines"] = _baselines(forecasts, y, out["brier_pair_base"])
    out |= venue_scores(forecasts)
    return out


def venue_scores(forecasts: Sequence[Any]) -> dict[str, Any]:
    """Top-1 and top-3 of the forecasts whose pair met (those with a `venue`)."""
    venues = [f for f in forecasts if f.venue]
    top1 = _top(venues, 1)
    country = [f.top_country == f.venue_country for f in venues]
    return {
        "venue_n": len(venues), "venue_top1": top1, "venue_top1_city": top1,
        "venue_top3": _top(venues, 3),
        "venue_top1_country": float(np.mean(country)) if venues else None,
    }  # fmt: skip


def _baselines(
    forecasts: Sequence[Any], y: np.ndarray, reference: float
) -> dict[str, dict[str, float]]:
    names = [n for n in forecasts[0].baselines] if forecasts[0].baselines else []
    pairs = [f.pair for f in forecasts]
    out = {}
    for name in names:
        q = np.array([f.baselines[name] for f in forecasts])
        out[name] = {
            "brier": brier(q, y), "log_loss": log_loss(q, y),
            "skill_vs_pair_base": skill(brier(q, y), reference),
            "within_pair_auc": within_pair_auc(q, y, pairs),
        }  # fmt: skip
    return out


def year_interval(
    forecasts: Sequence[Any], p: np.ndarray, ref: np.ndarray, y: np.ndarray,
    level: float = 0.90, draws: int = 2000,
) -> list[float]:  # fmt: skip
    """A `level` interval for the Brier skill, resampling whole calendar years of
    origins (forecasts within a year share their outcomes, so rows are not
    independent)."""
    years = np.array([f.origin // 12 for f in forecasts])
    labels, index = np.unique(years, return_inverse=True)
    k = len(labels)
    model = np.bincount(index, (p - y) ** 2, k)
    base = np.bincount(index, (ref - y) ** 2, k)
    rng = np.random.default_rng(0)
    pick = rng.integers(0, k, size=(draws, k))
    counts = np.stack([np.bincount(row, minlength=k) for row in pick])
    with np.errstate(divide="ignore", invalid="ignore"):
        skills = 1 - (counts @ model) / (counts @ base)
    skills = skills[np.isfinite(skills)]
    if not skills.size:
        return [float("nan"), float("nan")]
    tail = (1 - level) / 2
    return [float(v) for v in np.quantile(skills, [tail, 1 - tail])]


def _top(forecasts: Sequence[Any], k: int) -> float | None:
    if not forecasts:
        return None
    return float(np.mean([f.venue in f.top3[:k] for f in forecasts]))
