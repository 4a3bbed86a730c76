"""Prospects and backtests as plain dicts (for --json and the API) and as text."""

from __future__ import annotations

from typing import Any

from summitwatch.forecast.backtest import BacktestResult
from summitwatch.forecast.dates import month_label
from summitwatch.forecast.model import LEVEL
from summitwatch.forecast.prospects import Prospects
from summitwatch.forecast.venue import GROUPS

GROUP_WORDS = {
    "a_capital": "{a}'s capital", "a_other": "elsewhere in {a}",
    "b_capital": "{b}'s capital", "b_other": "elsewhere in {b}",
    "third": "a third country",
}  # fmt: skip


BASELINE_WORDS = {
    "pair_base": "per-pair base rate", "constant": "constant base rate",
    "persistence": "persistence (0/1)",
    "calibrated_persistence": "calibrated persistence",
    "logistic": "L2 logistic, recency",
}  # fmt: skip


def prospects_dict(p: Prospects) -> dict[str, Any]:
    a, b = p.pair.a, p.pair.b
    prob = p.probability
    return {
        "pair": {
            "a": {"kind": a.kind, "label": a.label, "country": a.country},
            "b": {"kind": b.kind, "label": b.label, "country": b.country},
        },
        "as_of": p.as_of.isoformat(),
        "as_of_is_record_end": p.as_of_is_record_end,
        "horizon_months": p.horizon,
        "probability": round(prob.p, 4),
        "interval": {
            "level": LEVEL,
            "low": round(prob.lo, 4),
            "high": round(prob.hi, 4),
        },
        "components": {
            "hazard_model": round(prob.p_hazard, 4),
            "pair_base_rate": round(prob.p_pair, 4),
            "method": prob.method,
        },
        "venue": {
            "groups": {g: round(p.venue.groups[g], 4) for g in GROUPS},
            "group_labels": {g: _group(g, p) for g in GROUPS},
            "cities": [
                {
                    "city": c.city,
                    "country": c.country,
                    "group": c.group,
                    "p": round(c.p, 4),
                }
                for c in p.venue.cities
                if c.p >= 0.005
            ],  # fmt: skip
            "turn_to_host": p.venue.turn,
        },
        "reasons": [r.__dict__ for r in p.reasons],
        "model": p.model,
    }


def _group(group: str, p: Prospects) -> str:
    a, b = p.pair.a, p.pair.b
    return GROUP_WORDS[group].format(a=a.country or a.label, b=b.country or b.label)


def _city(c: dict) -> str:
    if c["city"]:
        return f"{c['city']} ({c['country']})"
    return f"another city in {c['country']}" if c["country"] else "elsewhere"


def prospects_text(p: Prospects) -> str:
    d = prospects_dict(p)
    iv = d["interval"]
    lines = [
        f"{p.pair.label}: will they meet within {p.horizon} months of {p.as_of}?",
        *(
            [f"  (as of {p.as_of}, the latest date in the record; "
             "use --as-of to choose another)"]
            if p.as_of_is_record_end else []
        ),  # fmt: skip
        f"  P(at least one meeting) = {d['probability']:.0%} "
        f"({iv['level']:.0%} interval {iv['low']:.0%}–{iv['high']:.0%}; "
        f"hazard model {d['components']['hazard_model']:.0%}, "
        f"pair's own rate {d['components']['pair_base_rate']:.0%})",
        "", "Where:",
    ]  # fmt: skip
    for group in sorted(GROUPS, key=lambda g: -d["venue"]["groups"][g]):
        lines.append(f"  {d['venue']['groups'][group]:>5.0%}  {_group(group, p)}")
    lines.append("  Cities: " + ", ".join(
        f"{_city(c)} {c['p']:.0%}" for c in d["venue"]["cities"][:6]
    ))  # fmt: skip
    lines += ["", "Why:"] + [f"  - {r.text}" for r in p.reasons]
    return "\n".join(lines)


def backtest_dict(result: BacktestResult) -> dict[str, Any]:
    metrics = result.metrics
    return {
        "from": month_label(result.start), "to": month_label(result.end),
        "horizon_months": result.horizon, "refit": result.refit,
        "origins_skipped": [month_label(m) for m in result.skipped],
        "metrics": {
            k: v for k, v in metrics.items() if k not in ("calibration", "baselines")
        },
        "baselines": metrics.get("baselines", {}),
        "calibration": metrics.get("calibration", []),
    }  # fmt: skip


def backtest_text(result: BacktestResult) -> str:
    d = backtest_dict(result)
    m = d["metrics"]
    if not m.get("n"):
        return "No forecasts: no origin had a complete outcome window in the record."
    lines = [
        f"Backtest {d['from']}..{d['to']}, horizon {result.horizon} months, "
        f"refit every {result.refit}: {m['n']} pair-origins, "
        f"{m['events']} with a meeting",
    ]
    if d["origins_skipped"]:
        lines.append(
            f"  ({len(d['origins_skipped'])} origins skipped: outcome window "
            f"runs past the record, from {d['origins_skipped'][0]})"
        )
    lines += ["", f"  {'':24}{'Brier':>8}{'log loss':>10}{'skill':>9}{'timing':>8}"]
    rows = [
        ("model", m["brier"], m["log_loss"], m["skill_vs_pair_base"],
         m.get("within_pair_auc")),
    ]  # fmt: skip
    rows += [
        (BASELINE_WORDS.get(name, name), b["brier"], b["log_loss"],
         b["skill_vs_pair_base"], b.get("within_pair_auc"))
        for name, b in d["baselines"].items()
    ]  # fmt: skip
    for label, brier, loss, skill, timing in rows:
        auc = "-" if timing is None else f"{timing:.3f}"
        lines.append(f"  {label:24}{brier:>8.4f}{loss:>10.4f}{skill:>+9.4f}{auc:>8}")
    lo, hi = m["skill_vs_pair_base_ci"]
    lines += [
        "  (skill = Brier skill against the per-pair base rate; timing = how "
        "often a pair's",
        "  origins followed by a meeting get the higher forecast, ties half: "
        "0.5 is no timing)",
        "",
        f"  Model's skill vs per-pair base rate: {m['skill_vs_pair_base']:+.4f} "
        f"(90% interval {lo:+.3f} to {hi:+.3f}, resampling calendar years)",
        f"  Brier skill vs constant base rate: {m['skill_vs_constant']:+.4f}",
    ]
    if m.get("venue_n"):
        lines.append(
            f"  Venue of the first meeting ({m['venue_n']} cases): top-1 country "
            f"{m['venue_top1_country']:.1%}, top-1 city {m['venue_top1_city']:.1%}, "
            f"top-3 city {m['venue_top3']:.1%}"
        )
    lines += ["", "  Calibration    n   mean p  observed"]
    for row in d["calibration"]:
        mean = "-" if row["mean_p"] is None else f"{row['mean_p']:.3f}"
        obs = "-" if row["observed"] is None else f"{row['observed']:.3f}"
        lines.append(
            f"  {row['lo']:.1f}–{row['hi']:.1f} {row['n']:>6} {mean:>8} {obs:>9}"
        )
    return "\n".join(lines)


def calibration_plot(result: BacktestResult, path: str) -> None:
    """Reliability diagram as a PNG (matplotlib, Agg backend)."""
    from summitwatch.errors import BadArgument, require

    matplotlib = require("matplotlib", extra="forecast")
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rows = [r for r in result.metrics.get("calibration", []) if r["n"]]
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    ax.plot([r["mean_p"] for r in rows], [r["observed"] for r in rows], "o-",
            label="model")  # fmt: skip
    for r in rows:
        ax.annotate(str(r["n"]), (r["mean_p"], r["observed"]), fontsize=7,
                    xytext=(4, -10), textcoords="offset points")  # fmt: skip
    ax.set(xlim=(0, 1), ylim=(0, 1), xlabel="forecast probability",
           ylabel="observed frequency",
           title=f"Meetings within {result.horizon} months, "
                 f"{month_label(result.start)}..{month_label(result.end)}")  # fmt: skip
    ax.legend(loc="upper left")
    fig.tight_layout()
    try:
        fig.savefig(path, dpi=120)
    except OSError as e:
        raise BadArgument(f"--plot {path}: cannot write the PNG ({e})") from None
    finally:
        plt.close(fig)
