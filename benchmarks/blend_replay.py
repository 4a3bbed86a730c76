"""Replay the backtest's last stage on the same forecasts, in seconds (#11).

The horizon blend, and anything one might put after it (a recalibration map, a
memory over origins, weights by the pair's state), only re-weighs two numbers per
forecast: the hazard model's P and the pair's share of past spans with a meeting.
So this runs `summitwatch.forecast.backtest` once, in this process, keeps each
forecast's two inputs (`Forecast.p_hazard`, `Forecast.p_pair`) and each model's
blend cases (`calibrate.blend_cases`: the model's earlier out-of-sample forecasts
the blend learns from, the rolling origin), and replays the last stage from them.

It first replays the shipped blend and checks that it gives the backtest's
forecasts (to 1e-9; it stops if not, e.g. on a record with signals, which act
after the blend). Each function in `VARIANTS`, `(cases, p_hazard, p_pair) -> p`,
is then scored like the backtest (skill against the per-pair base rate with its
year-resampled 90 % interval, log loss, calibration deciles more than 0.05 off,
and the timing score `scores.within_pair_auc`: how well it ranks a pair's own
origins, which is all a forecast can add to the per-pair base rate).
A variant sees only the cases of the model that made the forecast, so what it
learns is as honest as the blend; a new one is a few lines here. The fifth round
of docs/forecasting.md measured its final maps and blend variants this way (the
variants that stayed out are not kept in this file).

It also prints a bound that is not a forecast: the isotonic map fitted on the
span's own outcomes (hindsight), the most any monotone final map could do there.

    summitwatch --db /tmp/record.db history import \\
        ../shared/data/summits_history_pre2016.csv
    .venv/bin/python benchmarks/blend_replay.py --db /tmp/record.db \\
        --from 1998-01 --to 2004-12                       # --refit year, ~20 s

Benchmark, not a test. Run one at a time on a shared machine.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

import numpy as np

from summitwatch.forecast.backtest import Forecast
from summitwatch.forecast.calibrate import (
    BlendCases,
    Calibration,
    blend_cases,
    blend_weights,
)
from summitwatch.forecast.dates import month_end
from summitwatch.forecast.model import fit_cached, hazards_before
from summitwatch.forecast.pairs import View
from summitwatch.forecast.scores import summary

Variant = Callable[[BlendCases, np.ndarray, np.ndarray], np.ndarray]


def shipped(cases: BlendCases, p_hazard: np.ndarray, p_pair: np.ndarray) -> np.ndarray:
    """The blend as `calibrate.fit_calibration` learns and `Calibration` applies it."""
    y = cases.y
    if len(y) < 30 or y.min() == y.max():
        return p_hazard
    return Calibration(blend_weights(cases.x, y), len(y)).apply(p_hazard, p_pair)


VARIANTS: dict[str, Variant] = {"blend (shipped)": shipped}


def model_month(origin: int, start: int, refit: str) -> int:
    """The last complete month of the model the backtest used at `origin`."""
    return origin - 1 if refit == "month" else max(start, origin // 12 * 12) - 1


def replay(
    forecasts: list[Forecast], cases: dict[int, BlendCases], variant: Variant,
    *, start: int, refit: str,
) -> np.ndarray:  # fmt: skip
    """The variant's forecasts; those the blend does not touch (fallbacks) kept."""
    p = np.array([f.p for f in forecasts])
    months = np.array([model_month(f.origin, start, refit) for f in forecasts])
    blended = np.array([f.method == "hazard model" for f in forecasts])
    for month, found in cases.items():
        at = (months == month) & blended
        if at.any():
            ph = np.array([forecasts[i].p_hazard for i in np.flatnonzero(at)])
            pp = np.array([forecasts[i].p_pair for i in np.flatnonzero(at)])
            p[at] = variant(found, ph, pp)
    return p


def isotonic(p: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Pool-adjacent-violators: the monotone fit of y on p (least squares)."""
    order = np.argsort(p, kind="stable")
    blocks: list[list[float]] = []  # [sum of y, count]
    for value in y[order].astype(float):
        blocks.append([value, 1.0])
        while len(blocks) > 1 and (
            blocks[-2][0] / blocks[-2][1] >= blocks[-1][0] / blocks[-1][1]
        ):
            total, n = blocks.pop()
            blocks[-1][0] += total
            blocks[-1][1] += n
    fitted = np.repeat([s / n for s, n in blocks], [int(n) for _, n in blocks])
    out = np.empty(len(p))
    out[order] = fitted
    return out


def line(name: str, forecasts: list[Forecast], p: np.ndarray) -> str:
    scored = [
        dataclasses.replace(f, p=float(q)) for f, q in zip(forecasts, p, strict=True)
    ]
    m = summary(scored)
    lo, hi = m["skill_vs_pair_base_ci"]
    rows = [r for r in m["calibration"] if r["n"]]
    off = [r for r in rows if abs(r["mean_p"] - r["observed"]) > 0.05]
    big = [r for r in off if r["n"] >= 30]
    return (
        f"{name:28s} {m['skill_vs_pair_base']:+.3f} ({lo:+.3f} to {hi:+.3f})  "
        f"{m['log_loss']:.4f}  {len(off)} ({len(big)})  {m['within_pair_auc']:.3f}"
    )


def main() -> None:
    from _replay import replayed_backtest  # beside this script

    args, fc, result, start, horizon = replayed_backtest(__doc__.splitlines()[0])
    forecasts = result.forecasts
    cases = {}
    for month in sorted({model_month(f.origin, start, args.refit) for f in forecasts}):
        view = View(fc.record, month_end(month), fc.book)
        model = fit_cached(view)  # the backtest's own model, from the cache
        if model.coef is not None:
            cases[month] = blend_cases(
                model.histories, hazards_before(view), start=model.start_month,
                last=model.last_month, horizon=horizon,
            )  # fmt: skip
    p = np.array([f.p for f in forecasts])
    again = replay(forecasts, cases, shipped, start=start, refit=args.refit)
    gap = float(np.max(np.abs(again - p))) if len(p) else 0.0
    if gap > 1e-9:
        raise SystemExit(f"the replay differs from the backtest by {gap:.2g}")
    span = f"{args.start}..{args.end}, --refit {args.refit}"
    print(f"{len(forecasts)} forecasts, {span}; the shipped blend replayed: "
          f"largest difference {gap:.1g}")  # fmt: skip
    print(
        f"{'':28s} skill (90 %)                log loss  bins off (n >= 30)  "
        "timing (within-pair AUC)"
    )
    for name, variant in VARIANTS.items():
        ps = replay(forecasts, cases, variant, start=start, refit=args.refit)
        print(line(name, forecasts, ps))
    y = np.array([f.met for f in forecasts])
    print(line("hindsight isotonic (bound)", forecasts, isotonic(p, y)))


if __name__ == "__main__":
    main()
