"""Which terms of the forecast time a pair's own months the wrong way (#11, seventh
round of docs/forecasting.md).

`metrics.within_pair_auc` asks, among one pair's origins, whether those followed by a
meeting got the higher forecasts. This runs the backtest once in this process, then
takes every blended forecast apart: the hazard model's log hazard as a sum of terms
(the offset, each slope times its column, averaged over the horizon's months), the
pair's share of spans, and the blend that joins them. It prints:

- by term: its slope (mean over the models), the timing of the term alone (the
  within-pair AUC of its horizon-mean contribution; below 0.5 it pushes the wrong
  way), and the timing of the hazard model and of the final forecast with that
  term's movement within the pair removed (the term replaced by its mean over the
  pair's origins in the span; the same slopes and blend weights, nothing refitted);
- by pair: how many couples (a met and a not-met origin) it gives the score, and
  its timing for the final forecast, the hazard model and the pair's share;
- by months since the pair's last meeting at the origin: what happened and what
  was forecast, each as a departure from the pair's own mean over the span;
- the blend's weight on the hazard model at each refit.

A diagnosis, not a forecast: the pair means use the whole span. Fallback forecasts
(no blend) are left out. Run one at a time on a shared machine.

    .venv/bin/python benchmarks/timing_features.py --db /tmp/record.db \\
        --from 1998-01 --to 2004-12                       # --refit year, ~1 min
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from summitwatch.forecast import Forecaster
from summitwatch.forecast.backtest import Forecast
from summitwatch.forecast.calibrate import Calibration
from summitwatch.forecast.dates import month_end
from summitwatch.forecast.features import COLUMNS, matrix, pair_history
from summitwatch.forecast.model import calibration, fit_cached
from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.scores import within_pair_auc

BINS = ((0, 2), (3, 5), (6, 8), (9, 11), (12, 17), (18, 23), (24, 59), (60, None))


@dataclass
class Parts:
    """One forecast taken apart."""

    terms: np.ndarray  # months × columns: the offset, then slope × column
    coef: np.ndarray  # the model's coefficients (intercept first)
    blend: Calibration
    since: int | None  # months since the pair's last meeting at the origin


def model_month(origin: int, start: int, refit: str) -> int:
    """The last complete month of the model the backtest used at `origin`."""
    return origin - 1 if refit == "month" else max(start, origin // 12 * 12) - 1


def take_apart(fc: Forecaster, f: Forecast, *, start: int, refit: str, h: int) -> Parts:
    a, b = f.pair.split("-")
    view = View(fc.record, month_end(f.origin - 1), fc.book)
    fitted = View(fc.record, month_end(model_month(f.origin, start, refit)), fc.book)
    model = fit_cached(fitted)
    pair = Pair(Side("country", a, a, a), Side("country", b, b, b))
    met = view.dyad_months.get(frozenset((a, b)), [])
    terms = matrix(
        pair_history(view, pair, meetings=met), np.arange(f.origin, f.origin + h)
    )
    terms[:, 1:] *= model.coef[1:]
    before = [m for m in met if m < f.origin]
    since = f.origin - max(before) - 1 if before else None
    return Parts(terms, model.coef, calibration(model, fitted, h), since)


def p_hazard(terms: np.ndarray, intercept: float) -> float:
    """P(a meeting in the horizon) from the monthly terms, as the model computes it."""
    eta = np.clip(terms.sum(axis=1) + intercept, -30.0, 5.0)
    hazards = -np.expm1(-np.exp(eta))
    return float(1 - np.exp(np.sum(np.log1p(-np.clip(hazards, 0, 1 - 1e-12)))))


def by_term(parts: list[Parts], fs: list[Forecast], auc) -> None:
    pp = np.array([f.p_pair for f in fs])
    members = defaultdict(list)
    for i, f in enumerate(fs):
        members[f.pair].append(i)
    print("\n| term | slope | timing of the term | hazard model without its movement"
          " | final without it |\n|---|---|---|---|---|")  # fmt: skip
    for j, name in enumerate(COLUMNS):
        level = np.array([p.terms[:, j].mean() for p in parts])
        if np.ptp(level) == 0:
            continue
        flat = []
        for i, part in enumerate(parts):
            terms = part.terms.copy()
            terms[:, j] = np.mean([level[k] for k in members[fs[i].pair]])
            flat.append(p_hazard(terms, part.coef[0]))
        final = [
            float(p.blend.apply(q, r)) for p, q, r in zip(parts, flat, pp, strict=True)
        ]
        slope = 1.0 if j == 0 else float(np.mean([p.coef[j] for p in parts]))
        print(f"| {name} | {slope:+.2f} | {auc(level):.3f} | {auc(flat):.3f} "
              f"| {auc(final):.3f} |")  # fmt: skip
    means = {name: pp[idx].mean() for name, idx in members.items()}
    final = [
        float(p.blend.apply(f.p_hazard, means[f.pair]))
        for p, f in zip(parts, fs, strict=True)
    ]
    print(f"| P_pair (the blend's input) | – | {auc(pp):.3f} | – | {auc(final):.3f} |")


def by_pair(fs: list[Forecast]) -> None:
    print("\n| pair | origins | met | couples | final | hazard model | P_pair |"
          "\n|---|---|---|---|---|---|---|")  # fmt: skip
    for name in sorted({f.pair for f in fs}):
        mine = [f for f in fs if f.pair == name]
        y = np.array([f.met for f in mine])
        couples = int(y.sum() * (len(y) - y.sum()))
        cells = [
            within_pair_auc(np.array([getattr(f, k) for f in mine]), y, [name] * len(y))
            for k in ("p", "p_hazard", "p_pair")
        ]
        shown = " | ".join("–" if c is None else f"{c:.3f}" for c in cells)
        print(f"| {name} | {len(mine)} | {int(y.sum())} | {couples} | {shown} |")


def by_silence(parts: list[Parts], fs: list[Forecast]) -> None:
    keys = ("met", "p", "p_hazard", "p_pair")
    values = {k: np.array([float(getattr(f, k)) for f in fs]) for k in keys}
    mean = {}
    for name in {f.pair for f in fs}:
        mine = np.array([f.pair == name for f in fs])
        mean[name] = {k: values[k][mine].mean() for k in keys}
    print("\n| months since the last meeting | n | met | mean forecast"
          " | met − pair mean"
          " | forecast − pair mean | P_hazard − pair mean | P_pair − pair mean |"
          "\n|---|---|---|---|---|---|---|---|")  # fmt: skip
    since = [p.since for p in parts]
    for lo, hi in (*BINS, ("never", None)):
        if lo == "never":
            rows = [i for i, s in enumerate(since) if s is None]
        else:
            rows = [i for i, s in enumerate(since) if s is not None and s >= lo
                    and (hi is None or s <= hi)]  # fmt: skip
        if not rows:
            continue
        d = {
            k: np.mean([values[k][i] - mean[fs[i].pair][k] for i in rows]) for k in keys
        }
        label = lo if lo == "never" else f"{lo}–{'' if hi is None else hi}"
        print(f"| {label} | {len(rows)} | {values['met'][rows].mean():.3f} "
              f"| {values['p'][rows].mean():.3f} | {d['met']:+.3f} | {d['p']:+.3f} "
              f"| {d['p_hazard']:+.3f} | {d['p_pair']:+.3f} |")  # fmt: skip


def terms_by_silence(parts: list[Parts], fs: list[Forecast]) -> None:
    """Each term's departure from its pair mean (log hazard, horizon mean), by
    months since the last meeting: which terms rise right after a meeting."""
    level = np.array([p.terms.mean(axis=0) for p in parts])
    names = np.array([f.pair for f in fs])
    for name in set(names):
        level[names == name] -= level[names == name].mean(axis=0)
    groups = (("0–5", 0, 5), ("6–11", 6, 11), ("12–23", 12, 23), ("24+", 24, None))
    since = [p.since for p in parts]
    print("\n| term | " + " | ".join(g[0] for g in groups) + " |")
    print("|---" * (len(groups) + 1) + "|")
    rows = [
        [i for i, s in enumerate(since) if s is not None and s >= lo
         and (hi is None or s <= hi)]
        for _, lo, hi in groups
    ]  # fmt: skip
    for j, term in enumerate(COLUMNS):
        if np.ptp(level[:, j]) == 0:
            continue
        cells = " | ".join(f"{level[r, j].mean():+.3f}" for r in rows)
        print(f"| {term} | {cells} |")


def main() -> None:
    from _replay import replayed_backtest  # beside this script

    args, fc, result, start, h = replayed_backtest(__doc__.splitlines()[0])
    fs = [f for f in result.forecasts if f.method == "hazard model"]
    parts = [take_apart(fc, f, start=start, refit=args.refit, h=h) for f in fs]
    rebuilt = np.array([p_hazard(p.terms, p.coef[0]) for p in parts])
    gap = float(np.max(np.abs(rebuilt - [f.p_hazard for f in fs])))
    if gap > 1e-9:
        raise SystemExit(f"the hazard model's P rebuilt differs by {gap:.2g}")
    y = np.array([f.met for f in fs])
    pairs = [f.pair for f in fs]

    def auc(q) -> float:
        return within_pair_auc(np.asarray(q, dtype=float), y, pairs)

    print(f"{len(fs)} blended forecasts of {len(result.forecasts)} "
          f"({args.start}..{args.end}, --refit {args.refit}); within-pair AUC: "
          f"final {auc([f.p for f in fs]):.3f}, hazard model "
          f"{auc([f.p_hazard for f in fs]):.3f}, P_pair "
          f"{auc([f.p_pair for f in fs]):.3f}")  # fmt: skip
    by_term(parts, fs, auc)
    by_pair(fs)
    by_silence(parts, fs)
    terms_by_silence(parts, fs)
    weights = sorted({(model_month(f.origin, start, args.refit), p.blend.coef[1])
                      for f, p in zip(fs, parts, strict=True)})  # fmt: skip
    print(
        "\nblend weight on the hazard model, by the model's last month: "
        + ", ".join(f"{m // 12}-{m % 12 + 1:02d} {w:.2f}" for m, w in weights)
    )


if __name__ == "__main__":
    main()
