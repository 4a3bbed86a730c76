"""Train and measure the guard of the fallback proposer (`nlp/fallback.py`;
docs/extraction.md, "A fallback proposer for sentences no reader reads").

`collect` runs the extractor (one parse per article, `process()`) on every readable
set with the fallback replaced by a recorder: the output is the extractor's without
the fallback, and every proposal the fallback would make is kept with its features.
A proposal's label is whether the scorer (../shared/eval/score.py, imported and
called, its matching not copied) pairs it with a gold event the output missed.
`measure` fits the logistic model of `learn_filter.py` leaving one set out (the
threshold chosen inside the training sets, on out-of-fold predictions, for the best
pooled event F1 of output + kept proposals) and prints the fallback's precision and
recall alone and the net F1 per set. `fit` fits on every set and writes the model.

  fallback_filter.py collect WORK [--sets a,b]
  fallback_filter.py measure WORK
  fallback_filter.py fit WORK [--out FILE] [--enable]

Never reads heldout5 or heldout7 to heldout12 (`learn_filter.SETS`
lists what it may read). Needs numpy (the forecast extra).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_filter  # noqa: E402  (its inputs, fit and predict)
from learn_filter import EVAL, SETS, predict, prepare  # noqa: E402

sys.path.insert(0, str(EVAL))
import score  # noqa: E402  (the project's scorer, called, never copied)

import summitwatch.nlp.extract as extract_module  # noqa: E402
from summitwatch.ingest.reader import read_article  # noqa: E402
from summitwatch.nlp.fallback import doc_features, guess_key, proposals  # noqa: E402

PATTERN = ROOT / "src/summitwatch/nlp/patterns/fallback_filter.json"
GRID = [round(0.02 * i, 2) for i in range(0, 51)]  # 0.0 = keep every proposal


# ---------------------------------------------------------------- collect


def collect(work: Path, names: list[str]) -> None:
    """Base output and every proposal with features and label, per article."""
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.process import process

    nlp = load_pipeline()
    recorded: list = []  # (event, features, told elsewhere?) of the article

    def recorder(index, sent, make_event, read):
        return proposals(index, sent, make_event, read)

    def decide(per_sentence, guesses):
        """What `add_guesses` would see, without adding anything."""
        told = {guess_key(e) for _, events in per_sentence for e in events}
        for _, event, x in doc_features(per_sentence, guesses):
            recorded.append((event, x, guess_key(event) in told))
            told.add(guess_key(event))
        return per_sentence

    extract_module.fallback_events = recorder
    extract_module.add_guesses = decide
    for name in names:
        inputs, gold_dir = prepare(name, work)
        rows = []
        for gf in sorted(gold_dir.glob("*.json")):
            text = next(p for p in inputs.glob(f"{gf.stem}.*") if "meta" not in p.name)
            recorded.clear()
            events = process(read_article(text), nlp)
            gold, _ = score.load_gold_file(gf)
            base = [score.normalize_event(e.to_record()) for e in events]
            hit = {gi for gi, _ in score.greedy_match(gold, base)}
            missed = [g for gi, g in enumerate(gold) if gi not in hit]
            fresh = [(e, x) for e, x, told in recorded if not told]
            cands = [score.normalize_event(e.to_record()) for e, _ in fresh]
            good = {si for _, si in score.greedy_match(missed, cands)}
            rows.append(
                {
                    "id": gf.stem,
                    "gold": len(gold),
                    "system": len(base),
                    "matched": len(hit),
                    "missed": [gi for gi in range(len(gold)) if gi not in hit],
                    "proposals": [
                        {"record": e.to_record(), "x": x, "y": int(i in good)}
                        for i, (e, x) in enumerate(fresh)
                    ],
                }
            )
        out = work / "fallback" / f"{name}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(rows))
        n = sum(len(r["proposals"]) for r in rows)
        y = sum(p["y"] for r in rows for p in r["proposals"])
        print(f"collected {name}: {len(rows)} articles, {n} proposals, {y} good")


# ---------------------------------------------------------------- measure


def load(work: Path) -> dict[str, list[dict]]:
    return {
        n: json.loads((work / "fallback" / f"{n}.json").read_text())
        for n in SETS
        if (work / "fallback" / f"{n}.json").exists()
    }


def features_of(data: dict[str, list[dict]]) -> list[str]:
    for rows in data.values():
        for r in rows:
            for p in r["proposals"]:
                return sorted(p["x"])
    return []


def matrix(rows: list[dict], names: list[str]):
    props = [p for r in rows for p in r["proposals"]]
    x = np.array([[p["x"][f] for f in names] for p in props], dtype=float)
    return x.reshape(len(props), len(names)), np.array([p["y"] for p in props], float)


def pool(data, sets, names):
    arts = []
    for s in sets:
        x, y = matrix(data[s], names)
        if len(y):
            arts.append(SimpleNamespace(set=s, x=x, y=y))
    return arts


def net(rows: list[dict], keep: np.ndarray) -> dict:
    """Event figures of the output plus the kept proposals (labels as counted)."""
    gold = sum(r["gold"] for r in rows)
    base_sys = sum(r["system"] for r in rows)
    base_tp = sum(r["matched"] for r in rows)
    _, y = matrix(rows, ["meeting"]) if rows else (None, np.array([]))
    added, good = int(keep.sum()), int(y[keep].sum()) if len(y) else 0
    f1 = lambda tp, s: 2 * tp / (gold + s) if gold + s else 1.0  # noqa: E731
    return {
        "gold": gold,
        "before": f1(base_tp, base_sys),
        "after": f1(base_tp + good, base_sys + added),
        "added": added,
        "good": good,
        "proposed": len(y),
        "proposed_good": int(y.sum()) if len(y) else 0,
    }


def choose(data, sets, names, l2: float) -> float:
    """The threshold with the best pooled net F1 over `sets`, each scored by a
    model fitted on the others (out of fold, L2 penalty `l2`)."""
    scored = []
    for s in sets:
        inner = pool(data, [t for t in sets if t != s], names)
        x, y = matrix(data[s], names)
        if not len(y) or not inner:
            continue
        scored.append((predict(learn_filter.fit(inner, l2), x), y))
    gold = sum(r["gold"] for s in sets for r in data[s])
    sys_ = sum(r["system"] for s in sets for r in data[s])
    tp = sum(r["matched"] for s in sets for r in data[s])

    def f1_at(t: float) -> float:
        good = sum(float(y[p >= t].sum()) for p, y in scored)
        kept = sum(int((p >= t).sum()) for p, y in scored)
        return 2 * (tp + good) / (gold + sys_ + kept)

    nothing_kept = (1.01, 2 * tp / (gold + sys_))  # a candidate too
    return learn_filter.best_on_grid(GRID, f1_at, nothing_kept)[0]


def by_article(rows, keep) -> tuple[int, int]:
    """(articles that gain a matched event, articles that gain a false alarm)."""
    gains = losses = i = 0
    for r in rows:
        k = keep[i : i + len(r["proposals"])]
        ys = [p["y"] for p in r["proposals"]]
        i += len(r["proposals"])
        gains += any(y and kk for y, kk in zip(ys, k, strict=True))
        losses += any(not y and kk for y, kk in zip(ys, k, strict=True))
    return gains, losses


def measure(work: Path, l2: float) -> None:
    data = load(work)
    names = features_of(data)
    print(
        "| left out | threshold | proposed (good) | kept (good) | fallback P | "
        "gold recovered | event F1 before → after | articles +/− |\n"
        "|---|---|---|---|---|---|---|---|"
    )
    total = defaultdict(int)
    for s in data:
        train_sets = [t for t in data if t != s]
        model = learn_filter.fit(pool(data, train_sets, names), l2)
        t = choose(data, train_sets, names, l2)
        x, y = matrix(data[s], names)
        keep = predict(model, x) >= t if len(y) else np.zeros(0, bool)
        r = net(data[s], keep)
        gains, losses = by_article(data[s], keep)
        prec = r["good"] / r["added"] if r["added"] else float("nan")
        print(
            f"| {s} | {t:.2f} | {r['proposed']} ({r['proposed_good']}) | "
            f"{r['added']} ({r['good']}) | {prec:.2f} | {r['good']}/{r['gold']} | "
            f"{r['before']:.3f} → {r['after']:.3f} ({r['after'] - r['before']:+.3f}) "
            f"| +{gains} −{losses} |",
            flush=True,
        )
        for k in ("proposed", "proposed_good", "added", "good"):
            total[k] += r[k]
    print(f"\npooled: {dict(total)}")
    allk = {s: np.ones(len(matrix(data[s], names)[1]), bool) for s in data}
    print("\nunfiltered (every proposal kept):")
    for s in data:
        r = net(data[s], allk[s])
        gain = f"{r['before']:.3f} → {r['after']:.3f}"
        print(f"  {s}: +{r['added']} ({r['good']} good) {gain}")
    model = learn_filter.fit(pool(data, list(data), names), l2)
    print("\nweights (fitted on every set):")
    for f, w in sorted(
        zip(names, model["weights"], strict=True), key=lambda p: -abs(p[1])
    ):
        print(f"  {f:20s} {w:+.3f}")


def store(work: Path, out: Path, enable: bool, l2: float) -> None:
    data = load(work)
    names = features_of(data)
    model = learn_filter.fit(pool(data, list(data), names), l2)
    model["features"] = names
    model["threshold"] = choose(data, list(data), names, l2)
    commit = learn_filter.git_head()
    n = sum(len(r["proposals"]) for rows in data.values() for r in rows)
    stored = {
        "source": (
            f"scripts/fallback_filter.py fit, on the fallback's proposals at {commit} "
            f"over the sets {', '.join(data)} ({n} proposals); labels from "
            "../shared/eval/score.py (a proposal is good when it matches a gold event "
            "the extractor's output missed)"
        ),
        "enabled": enable,
        "busy_sentences": True,  # the proposals trained on include those sentences
        "threshold": model["threshold"],
        "features": names,
        **learn_filter.stored_fields(model),
    }
    out.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out} (threshold {stored['threshold']}, enabled {enable})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("collect", "measure", "fit"))
    ap.add_argument("work", type=Path)
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--out", type=Path, default=PATTERN)
    ap.add_argument("--enable", action="store_true")
    ap.add_argument("--l2", type=float, default=1.0, help="the model's L2 penalty")
    args = ap.parse_args(argv)
    if args.command == "collect":
        collect(args.work, args.sets.split(","))
    elif args.command == "measure":
        measure(args.work, args.l2)
    else:
        store(args.work, args.out, args.enable, args.l2)


if __name__ == "__main__":
    main()
