"""Train and measure a learned event filter: L2 logistic regression that scores each
emitted event's chance of matching a gold event (docs/extraction.md, "A learned event
filter: measured"; measured, not adopted).

Candidates are the events `summitwatch extract` emits for each annotated set; an
event's label is whether the scorer (../shared/eval/score.py, imported and called,
its matching not copied) pairs it with a gold event. Features come from
`filter_features.features` (beside this script) over the emitted records, so the
model applies to any extractor's output, also that of old commits (blind-time runs).

  learn_filter.py extract WORK [--src DIR --tag NAME --sets a,b]  # run the extractor
  learn_filter.py measure WORK                                    # LOSO + blind-time
  learn_filter.py fit WORK [--out FILE]                           # fit on every set

Never reads heldout5 or heldout7 to heldout12 (SETS lists what it
may read; the other filters' scripts read the same). Needs numpy (the forecast extra).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(EVAL))
import score  # noqa: E402  (the project's scorer, called, never copied)
from filter_features import FEATURES, features  # noqa: E402

from summitwatch.ingest.reader import read_article  # noqa: E402
from summitwatch.kb import load_kb  # noqa: E402
from summitwatch.models import Event  # noqa: E402

# name -> folder, every filter script's; heldout5, heldout7, heldout8, heldout9,
# heldout10, heldout11, heldout12 (blind) are deliberately absent (heldout6
# readable since round 9)
SETS = {
    "dev": EVAL / "dev",
    "real": ROOT / "tests/data/real",
    "heldout": ROOT / "tests/data/heldout",
    "heldout2": ROOT / "tests/data/heldout2",
    "heldout3": ROOT / "tests/data/heldout3",
    "heldout4": ROOT / "tests/data/heldout4",
    "own": ROOT / "tests/data/articles",
    "seed": ROOT.parent / "shared" / "seed",
    "heldout6": ROOT / "tests/data/heldout6",
}
# blind-time runs: the commit at which each set was unseen
BLIND = {
    "heldout": "1a63418",
    "heldout2": "ef9cc7c",
    "heldout3": "55cd7f7",
    "heldout4": "1d0a1ad",
}
L2 = 1.0
GRID = [round(0.02 * i, 2) for i in range(0, 36)]  # 0.0 = keep everything


# ---------------------------------------------------------------- inputs


def prepare(name: str, work: Path, folder: Path | None = None) -> tuple[Path, Path]:
    """(input folder of NNN.txt + NNN.meta.json, gold folder) for one set: one of
    SETS, or a set of articles and gold in `folder` under that name."""
    src, dest = folder or SETS[name], work / "inputs" / name
    gold = work / "gold" / name
    dest.mkdir(parents=True, exist_ok=True)
    gold.mkdir(parents=True, exist_ok=True)
    if name == "seed":
        (dest / "seed.txt").write_text((src / "article.txt").read_text())
        (dest / "seed.meta.json").write_text('{"published": "2015-02-23"}\n')
        (gold / "seed.json").write_text((EVAL / "seed_gold.json").read_text())
        return dest, gold
    if name == "own":
        for f in sorted(src.glob("[0-9][0-9][0-9].*")):
            if f.suffix in (".txt", ".html"):
                (dest / f.name).write_bytes(f.read_bytes())
                (gold / f"{f.stem}.json").write_bytes(
                    (src / f"{f.stem}.json").read_bytes()
                )
            elif f.name.endswith(".meta.json"):
                (dest / f.name).write_bytes(f.read_bytes())
        return dest, gold
    for f in sorted((src / "articles").glob("*.txt")):
        head, _, body = f.read_text(encoding="utf-8").partition("\n---\n")
        (dest / f.name).write_text(body, encoding="utf-8")
        pub = [
            ln.split(":", 1)[1].strip()
            for ln in head.splitlines()
            if ln.startswith("published:")
        ]
        if pub and pub[0]:
            (dest / f"{f.stem}.meta.json").write_text(json.dumps({"published": pub[0]}))
    for g in (src / "gold").glob("*.json"):
        (gold / g.name).write_bytes(g.read_bytes())
    return dest, gold


def extract(
    work: Path,
    tag: str,
    names: list[str],
    src: Path | None,
    folders: dict[str, Path] | None = None,
) -> None:
    """Run `summitwatch extract` (this checkout's, or the one under `src`) on sets
    (of SETS, or of `folders` by name)."""
    env = dict(os.environ)
    if src is not None:
        env["PYTHONPATH"] = str(src)
    for name in names:
        inputs, _ = prepare(name, work, (folders or {}).get(name))
        out = work / "out" / tag / name
        out.mkdir(parents=True, exist_ok=True)
        for old in out.glob("*.jsonl"):
            old.unlink()
        cmd = [
            sys.executable,
            "-c",
            "from summitwatch.cli import main; main()",
            "extract",
            str(inputs),
            "--format",
            "jsonl",
            "--out",
            str(out),
        ]
        subprocess.run(cmd, env=env, check=True, stderr=subprocess.DEVNULL)
        print(f"extracted {name} ({tag})", file=sys.stderr)


# ---------------------------------------------------------------- rows


@dataclass
class Article:
    set: str
    id: str
    records: list[dict]
    x: np.ndarray  # one row of features per record
    y: np.ndarray  # 1 = the scorer matched it with a gold event
    gold: int


def articles(
    work: Path,
    tag: str,
    name: str,
    kb,
    extra: Callable[[dict], list[float]] | None = None,
) -> list[Article]:
    """Every gold article of a set with its system records, features and labels;
    `extra` adds columns read from each record (the reader, in filter_candidates)."""
    inputs, gold_dir = work / "inputs" / name, work / "gold" / name
    out = work / "out" / tag / name
    found = []
    for gf in sorted(gold_dir.glob("*.json")):
        stem = gf.stem
        gold, _ = score.load_gold_file(gf)
        sf = out / f"{stem}.jsonl"
        system, _ = score.load_system_file(sf)
        records = (
            [json.loads(ln) for ln in sf.read_text().splitlines() if ln.strip()]
            if sf.exists()
            else []
        )
        matched = {si for _, si in score.greedy_match(gold, system)}
        text = next(p for p in inputs.glob(f"{stem}.*") if "meta" not in p.name)
        article = read_article(text)  # the text and date the extractor read
        text_len, published = len(article.text), article.published
        events = [Event.from_record(r) for r in records]
        rows = [
            [
                features(e, events, kb=kb, text_len=text_len, published=published)[f]
                for f in FEATURES
            ]
            for e in events
        ]
        if extra is not None:
            rows = [row + extra(r) for row, r in zip(rows, records, strict=True)]
        width = len(FEATURES) + (len(extra({})) if extra is not None else 0)
        x = np.array(rows, dtype=float).reshape(len(rows), width)
        y = np.array([i in matched for i in range(len(records))], dtype=float)
        found.append(Article(name, stem, records, x, y, len(gold)))
    return found


# ---------------------------------------------------------------- the model


def fit(arts: list[Article], l2: float = L2) -> dict:
    """L2 logistic regression on standardised features (Newton steps); an input
    with a weight `w` counts its rows that many times (default 1). The one trainer
    of the project's logistic filters (nlp/logistic.py reads what it fits)."""
    x = np.vstack([a.x for a in arts])
    y = np.concatenate([a.y for a in arts])
    c = np.concatenate([np.full(len(a.y), getattr(a, "w", 1.0)) for a in arts])
    means = x.mean(axis=0)
    scales = x.std(axis=0)
    scales[scales == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - means) / scales])
    w = np.zeros(z.shape[1])
    penalty = np.eye(z.shape[1]) * l2
    penalty[0, 0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(z @ w, -50, 50)))
        grad = z.T @ (c * (p - y)) + penalty @ w
        hess = (z.T * (c * p * (1 - p))) @ z + penalty
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return {
        "features": list(FEATURES)
        + [f"extra_{i}" for i in range(x.shape[1] - len(FEATURES))],
        "means": means.tolist(),
        "scales": scales.tolist(),
        "bias": float(w[0]),
        "weights": w[1:].tolist(),
    }


def predict(model: dict, x: np.ndarray) -> np.ndarray:
    z = (x - np.array(model["means"])) / np.array(model["scales"])
    return 1 / (1 + np.exp(-(model["bias"] + z @ np.array(model["weights"]))))


def _f1(tp: float, gold: float, sys_: float) -> float:
    return 2 * tp / (gold + sys_) if gold + sys_ else 1.0


def choose_threshold(arts: list[Article]) -> float:
    """The threshold that maximises pooled event F1 on out-of-fold predictions: each
    training set scored by a model fitted on the other training sets (dropping an
    unmatched event never changes the scorer's other pairs; dropping a matched one
    may let another take its gold, which this count ignores)."""
    names = sorted({a.set for a in arts})
    preds = []
    for name in names:
        inner = [a for a in arts if a.set != name]
        if not inner:
            continue
        model = fit(inner)
        preds += [(predict(model, a.x), a) for a in arts if a.set == name]
    gold = sum(a.gold for _, a in preds)

    def f1_at(t: float) -> float:
        tp = sum(float(a.y[p >= t].sum()) for p, a in preds)
        kept = sum(int((p >= t).sum()) for p, a in preds)
        return _f1(tp, gold, kept)

    return best_on_grid(GRID, f1_at)[0]


def best_on_grid(
    grid: list[float],
    f1_at: Callable[[float], float],
    start: tuple[float, float] = (0.0, -1.0),
) -> tuple[float, float]:
    """The threshold of `grid` with the highest F1 (the lowest of near ties), and
    that F1; `start` is the pair to beat (every filter's threshold search)."""
    best, best_f = start
    for t in grid:
        f = f1_at(t)
        if f > best_f + 1e-9:
            best, best_f = t, f
    return best, best_f


def train(arts: list[Article]) -> dict:
    model = fit(arts)
    model["threshold"] = choose_threshold(arts)
    return model


# ---------------------------------------------------------------- scoring


def scored(work: Path, name: str, arts: list[Article], model: dict | None, label: str):
    """The scorer's figures (score.py --json) on the set, filtered by `model` or not."""
    out = work / "scored" / label / name
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.jsonl"):
        old.unlink()
    for a in arts:
        keep = predict(model, a.x) >= model["threshold"] if model and len(a.x) else None
        lines = [
            json.dumps(r) for i, r in enumerate(a.records) if keep is None or keep[i]
        ]
        (out / f"{a.id}.jsonl").write_text("".join(ln + "\n" for ln in lines))
    res = subprocess.run(
        [
            sys.executable,
            str(EVAL / "score.py"),
            str(work / "gold" / name),
            str(out),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    r = json.loads(res.stdout)
    return {k: r[k] for k in ("precision", "recall", "f1", "strict_f1", "system")}


def changes(before: dict, after: dict, *, strict: bool = False) -> str:
    """The table cells of the scorer's figures without → with a filter: events,
    precision, recall, event F1 (and strict F1) with their change; every filter
    script's measure table."""
    cells = [
        f"{before['system']} → {after['system']}",
        f"{before['precision']:.3f} → {after['precision']:.3f}",
        f"{before['recall']:.3f} → {after['recall']:.3f}",
    ]
    for key in ("f1", "strict_f1") if strict else ("f1",):
        cells.append(
            f"{before[key]:.3f} → {after[key]:.3f} ({after[key] - before[key]:+.3f})"
        )
    return " | ".join(cells)


def _row(name: str, before: dict, after: dict, t: float) -> str:
    return f"| {name} | {t:.2f} | {changes(before, after, strict=True)} |"


HEADER = (
    "| left out | threshold | events | precision | recall | event F1 | strict F1 |\n"
    "|---|---|---|---|---|---|---|"
)


def measure(work: Path) -> None:
    """Event F1 with and without the filter on each set left out of training, for two
    training pools: the current extractor's output on the other sets, and that plus
    the other sets' blind-time runs (an older extractor on then-unseen text)."""
    kb = load_kb()
    now = {n: articles(work, "now", n, kb) for n in SETS}
    blind = {
        n: articles(work, f"blind-{n}", n, kb)
        for n in BLIND
        if (work / "out" / f"blind-{n}" / n).exists()
    }

    def current(left: str | None) -> list[Article]:
        return [a for n, arts in now.items() if n != left for a in arts]

    def with_blind(left: str | None) -> list[Article]:
        return current(left) + [
            a for n, arts in blind.items() if n != left for a in arts
        ]

    def blind_only(left: str | None) -> list[Article]:
        return [a for n, arts in blind.items() if n != left for a in arts]

    pools = (
        ("current output", current),
        ("current output + blind-time runs", with_blind),
        ("blind-time runs only", blind_only),
    )
    for label, pool in pools:
        print(f"\n### trained on the other sets' {label}\n\n{HEADER}")
        for name in SETS:
            model = train(pool(name))
            before = scored(work, name, now[name], None, "none")
            after = scored(work, name, now[name], model, "filter")
            print(_row(name, before, after, model["threshold"]), flush=True)
        print(f"\nblind-time runs\n\n{HEADER.replace('left out', 'run')}")
        for name, arts in blind.items():
            model = train(pool(name))
            before = scored(work, name, arts, None, "blind-none")
            after = scored(work, name, arts, model, "blind-filter")
            print(_row(f"{name}@{BLIND[name]}", before, after, model["threshold"]))
        model = fit(pool(None))
        print("\nweights (fitted on the whole pool):")
        pairs = zip(model["features"], model["weights"], strict=True)
        for f, w in sorted(pairs, key=lambda p: -abs(p[1])):
            print(f"  {f:20s} {w:+.3f}")


def git_head() -> str:
    """The short commit the model is fitted at, for its recorded source."""
    return subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    ).stdout.strip()


def stored_fields(model: dict) -> dict:
    """The fitted numbers as `nlp/logistic.py` reads them, rounded for the JSON file
    (every filter's `store` writes them the same way)."""
    return {
        "means": [round(v, 6) for v in model["means"]],
        "scales": [round(v, 6) for v in model["scales"]],
        "bias": round(model["bias"], 6),
        "weights": [round(v, 6) for v in model["weights"]],
    }


def store(work: Path, out: Path) -> None:
    """Fit on every readable set and write the model with its source."""
    kb = load_kb()
    arts = [a for n in SETS for a in articles(work, "now", n, kb)]
    model = train(arts)
    commit = git_head()
    model["source"] = (
        f"scripts/learn_filter.py fit, on the extractor's output at {commit} for the "
        f"sets {', '.join(SETS)} ({len(arts)} articles, "
        f"{sum(len(a.y) for a in arts)} events); labels from ../shared/eval/score.py"
    )
    model = {k: (round(v, 6) if isinstance(v, float) else v) for k, v in model.items()}
    for key in ("means", "scales", "weights"):
        model[key] = [round(v, 6) for v in model[key]]
    out.write_text(json.dumps(model, indent=1) + "\n")
    print(f"wrote {out} (threshold {model['threshold']})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("extract", "measure", "fit"))
    ap.add_argument("work", type=Path)
    ap.add_argument("--src", type=Path, help="another checkout's src/ (old commits)")
    ap.add_argument("--tag", default="now")
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument(
        "--out",
        type=Path,
        help="where `fit` writes the model (default: WORK/event_filter.json)",
    )
    args = ap.parse_args(argv)
    if args.command == "extract":
        extract(args.work, args.tag, args.sets.split(","), args.src)
    elif args.command == "measure":
        measure(args.work)
    else:
        store(args.work, args.out or args.work / "event_filter.json")


if __name__ == "__main__":
    main()
