"""Train and measure the confidence filter (`nlp/confidence.py`; docs/extraction.md,
"Session 10: a confidence filter trained on blind-time output").

The filter scores each event the extractor emits by its chance of matching a gold
event and drops those below a threshold. It is trained on BLIND-TIME output: each
readable set extracted by the commit at which it was still unseen (BLIND_RUNS, from
the sets' READMEs), so that it learns the false alarms unseen text causes. The
current extractor's output on every readable set is a second, "read" population.

  confidence_filter.py extract WORK [--checkouts /tmp/learn11-{rev}]  # blind runs
  confidence_filter.py rows WORK             # parse once, features and labels
  confidence_filter.py measure WORK [--read] # leave one group out
  confidence_filter.py fit WORK [--read] [--enable] [--out FILE]

`extract` runs each blind-time commit's own CLI (a scratch worktree per commit,
`git worktree add --detach /tmp/learn11-REV REV`, PYTHONPATH to its src/). `rows`
parses every article once with the current pipeline (the same sections as
`process`), takes the current output from that parse and computes the features of
every event, blind-time or current, with `confidence.features` on that doc: the
function the extractor calls at run time. Labels come from the scorer
(../shared/eval/score.py, imported and called: `greedy_match` on normalised events).
The model is `learn_filter.fit` (L2 logistic regression; numpy, training only), stored
in the fallback filter's format and read by `logistic.probability`.

Never reads heldout5 or heldout7 to heldout12 (`learn_filter.SETS` and
BLIND_RUNS list what it may read).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_filter  # noqa: E402  (inputs, the one trainer: fit and predict)
from learn_filter import SETS, predict, prepare, score  # noqa: E402

FRESH = {  # real pages annotated before any run, by the commit that first ran on them
    "586526b": [*range(380, 387), *range(390, 396), *range(400, 408), *range(410, 416)],
    "453c61d": [310, 311, 312, 313, 320, 321],
}
# (group, set, commit): the set's articles as the commit read them while unseen
BLIND_RUNS = [
    ("heldout", "heldout", "1a63418"),
    ("heldout2", "heldout2", "85a0f7e"),
    ("heldout3", "heldout3", "55cd7f7"),
    ("heldout4", "heldout4", "1d0a1ad"),
    ("heldout6", "heldout6", "c750951"),
    ("heldout6", "heldout6", "453c61d"),
    ("fresh", "fresh-586526b", "586526b"),
    ("fresh", "fresh-453c61d", "453c61d"),
]
PATTERN = ROOT / "src/summitwatch/nlp/patterns/confidence_filter.json"


def fresh_sets(work: Path) -> dict[str, Path]:
    """A set folder per fresh batch: its real articles and gold, nothing else."""
    folders = {}
    for rev, ids in FRESH.items():
        dest = work / "sets" / f"fresh-{rev}"
        for sub in ("articles", "gold"):
            (dest / sub).mkdir(parents=True, exist_ok=True)
        for n in ids:
            real = ROOT / "tests/data/real"
            shutil.copy(real / "articles" / f"{n}.txt", dest / "articles")
            shutil.copy(real / "gold" / f"{n}.json", dest / "gold")
        folders[f"fresh-{rev}"] = dest
    return folders


def group_of(name: str, stem: str) -> str:
    """The blind group a read article belongs to (its own set, or 'fresh')."""
    if (
        name == "real"
        and stem.isdigit()
        and any(int(stem) in v for v in FRESH.values())
    ):
        return "fresh"
    return name


def extract(work: Path, checkouts: str) -> None:
    """Each blind-time commit's CLI on its set (jsonl under WORK/out/blind-…)."""
    folders = fresh_sets(work)
    for _, name, rev in BLIND_RUNS:
        src = Path(checkouts.format(rev=rev)) / "src"
        learn_filter.extract(work, f"blind-{rev}", [name], src, folders)


# ---------------------------------------------------------------- rows


def _runs_of(name: str, stem: str) -> list[tuple[str, str, str]]:
    """(group, run set, commit) of the blind-time runs that read this article."""
    found = []
    for group, run_set, rev in BLIND_RUNS:
        if run_set == name or (
            name == "real" and run_set == f"fresh-{rev}" and int(stem) in FRESH[rev]
        ):
            found.append((group, run_set, rev))
    return found


def _blind_records(work: Path, run_set: str, rev: str, stem: str) -> list[dict]:
    """The events commit `rev` emitted for the article while its set was unseen
    (none when that run wrote no file for it)."""
    path = work / "out" / f"blind-{rev}" / run_set / f"{stem}.jsonl"
    text = path.read_text() if path.exists() else ""
    return [json.loads(ln) for ln in text.splitlines() if ln.strip()]


def _features(records: list[dict], parts: list, kb, published) -> list[dict]:
    """Each record's features, computed as the extractor computes them: in the
    section's doc it was read from, among that section's events, offsets local."""
    from summitwatch.models import Event
    from summitwatch.nlp.confidence import features

    starts = [o for o, _ in parts]
    by_part: dict[int, list] = {}
    for i, r in enumerate(records):
        at = r.get("start_char")
        k = max(j for j, o in enumerate(starts) if at is None or o <= at)
        local = None if at is None else at - starts[k]
        by_part.setdefault(k, []).append(
            (i, replace(Event.from_record(r), start_char=local))
        )
    x: list[dict] = [{} for _ in records]
    for k, found in by_part.items():
        events = [e for _, e in found]
        for i, e in found:
            x[i] = features(e, events, parts[k][1], kb, published)
    return x


def rows(work: Path) -> None:
    """One parse per readable article (the sections `process` reads); for it the
    current output and every blind-time run's output, each event with its
    features and the scorer's label (WORK/rows.json)."""
    from summitwatch.ingest.reader import read_article
    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.process import _shifted, doc_for, sections

    nlp, kb = load_pipeline(), load_kb()
    out = []
    for name in SETS:
        inputs, gold_dir = prepare(name, work)
        for gf in sorted(gold_dir.glob("*.json")):
            text = next(p for p in inputs.glob(f"{gf.stem}.*") if "meta" not in p.name)
            article = read_article(text)
            parts = [
                (o, nlp(doc_for(article, nlp, part)))
                for o, part in sections(article.text)
            ]
            now = [e for o, doc in parts for e in _shifted(doc._.events or [], o)]
            outputs = [
                ("read", group_of(name, gf.stem), "now", [e.to_record() for e in now])
            ]
            outputs += [
                ("blind", group, rev, _blind_records(work, run_set, rev, gf.stem))
                for group, run_set, rev in _runs_of(name, gf.stem)
            ]
            gold, _ = score.load_gold_file(gf)
            for pop, group, rev, records in outputs:
                system = [score.normalize_event(r) for r in records]
                hit = {si for _, si in score.greedy_match(gold, system)}
                out.append(
                    {
                        "pop": pop, "group": group, "set": name, "rev": rev,
                        "id": gf.stem, "gold": str(gf), "records": records,
                        "x": _features(records, parts, kb, article.published),
                        "y": [int(i in hit) for i in range(len(records))],
                    }
                )  # fmt: skip
        print(f"rows: {name}", file=sys.stderr, flush=True)
    (work / "rows.json").write_text(json.dumps(out))


# ---------------------------------------------------------------- measure

GRID = [round(0.02 * i, 2) for i in range(0, 41)]  # 0.0 = keep every event
# the settings `tuned` picks from inside the training groups: (L2 penalty, what one
# read event counts against a blind-time one; 0, blind-time runs only)
CONFIGS = [(l2, rw) for l2 in (1.0, 10.0, 30.0) for rw in (0.0, 0.2, 0.5, 1.0)]
Config = tuple[float, float]
GROUPS = sorted({g for g, _, _ in BLIND_RUNS})


def load(work: Path) -> tuple[list[dict], list[str]]:
    """WORK/rows.json with each output's feature matrix (`m`, columns in the order
    of the sorted feature names returned) and labels as arrays."""
    data = json.loads((work / "rows.json").read_text())
    names = sorted({f for r in data for x in r["x"] for f in x})
    for r in data:
        r["m"] = np.array([[x.get(f, 0.0) for f in names] for x in r["x"]], float)
        r["m"] = r["m"].reshape(len(r["x"]), len(names))
        r["y"] = np.array(r["y"], float)
    return data, names


def pool(data: list[dict], groups: list[str], config: Config) -> list[SimpleNamespace]:
    """Training rows: the blind-time runs of `groups`, and, when the setting gives
    it a weight, the current output of every read article outside the held-out
    groups."""
    held = [g for g in GROUPS if g not in groups]
    read_weight = config[1]
    return [
        SimpleNamespace(
            set=r["group"],
            x=r["m"],
            y=r["y"],
            w=read_weight if r["pop"] == "read" else 1.0,
        )
        for r in data
        if len(r["y"])
        and (
            (r["pop"] == "blind" and r["group"] in groups)
            or (read_weight > 0 and r["pop"] == "read" and r["group"] not in held)
        )
    ]


def fit(data: list[dict], groups: list[str], config: Config) -> dict:
    """The one trainer (`learn_filter.fit`) on the pool of `groups`, at the
    setting's penalty."""
    return learn_filter.fit(pool(data, groups, config), config[0])


def figures(rows: list[dict], keep: list[np.ndarray] | None) -> dict:
    """The scorer's figures over `rows` (article outputs), each filtered by `keep`."""
    total = score.new_counts()
    for i, r in enumerate(rows):
        gold, _ = score.load_gold_file(Path(r["gold"]))
        system = [
            score.normalize_event(rec)
            for j, rec in enumerate(r["records"])
            if keep is None or keep[i][j]
        ]
        counts, _ = score.score_article(gold, system)
        score.add_counts(total, counts)
    return score.summarize(total)


def blind_rows(data: list[dict], groups: list[str]) -> list[dict]:
    """The blind-time outputs of `groups`."""
    return [r for r in data if r["pop"] == "blind" and r["group"] in groups]


def scores_of(model: dict, rows: list[dict]) -> list[np.ndarray]:
    """The model's probability for each event of each output."""
    return [predict(model, r["m"]) if len(r["y"]) else np.zeros(0) for r in rows]


def choose(data: list[dict], groups: list[str], config: Config) -> tuple[float, float]:
    """The threshold with the best pooled event F1 over the blind-time runs of
    `groups`, each group scored by a model fitted without it (out of fold), and
    that F1."""
    rows, preds = [], []
    for g in groups:
        model = fit(data, [h for h in groups if h != g], config)
        found = blind_rows(data, [g])
        rows += found
        preds += scores_of(model, found)
    return learn_filter.best_on_grid(
        GRID, lambda t: figures(rows, [p >= t for p in preds])["f1"]
    )


def tuned(
    data: list[dict], groups: list[str], configs: list[Config]
) -> tuple[Config, float]:
    """The setting of `configs`, and its threshold, with the best out-of-fold F1
    over `groups` alone (nested: never the group the result is reported on)."""
    found = [(choose(data, groups, c), c) for c in configs]
    (t, _), config = max(found, key=lambda item: item[0][1])
    return config, t


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """The chance a true event scores above a false alarm (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (
        pos[:, None] == neg[None, :]
    ).sum()
    return float(wins / (len(pos) * len(neg)))


def _line(label: str, t: float, before: dict, after: dict, a: float) -> str:
    """One row of the measure table: the scorer's figures without and with the
    filter at threshold `t`, and its AUC `a`."""
    return f"| {label} | {t:.2f} | {a:.2f} | {learn_filter.changes(before, after)} |"


def measure(work: Path, configs: list[Config]) -> None:
    """Leave one blind group out: the setting (of `configs`) and threshold chosen
    inside the other groups, a model fitted on them, applied to the group's blind
    runs."""
    data, names = load(work)
    print(
        "| held out (run) | threshold | AUC | events | precision | recall "
        "| event F1 |\n"
        "|---|---|---|---|---|---|---|"
    )
    all_rows, all_keep, all_p, all_y = [], [], [], []
    for g in GROUPS:
        train_groups = [h for h in GROUPS if h != g]
        config, t = tuned(data, train_groups, configs)
        model = fit(data, train_groups, config)
        print(f"<!-- {g}: l2 {config[0]}, read weight {config[1]} -->")
        for _, run_set, rev in [b for b in BLIND_RUNS if b[0] == g]:
            rows = [r for r in blind_rows(data, [g]) if r["rev"] == rev]
            p = scores_of(model, rows)
            keep = [q >= t for q in p]
            y = np.concatenate([r["y"] for r in rows])
            pc = np.concatenate(p)
            line = _line(
                f"{run_set}@{rev}",
                t,
                figures(rows, None),
                figures(rows, keep),
                auc(pc, y),
            )
            print(line, flush=True)
            all_rows += rows
            all_keep += keep
            all_p.append(pc)
            all_y.append(y)
    pc, y = np.concatenate(all_p), np.concatenate(all_y)
    print(
        _line(
            "pooled",
            float("nan"),
            figures(all_rows, None),
            figures(all_rows, all_keep),
            auc(pc, y),
        )
    )
    read_rows = [r for r in data if r["pop"] == "read"]
    config, t = tuned(data, GROUPS, configs)
    model = fit(data, GROUPS, config)
    print(f"\nsetting chosen over every group: l2 {config[0]}, read weight {config[1]}")
    print("\nweights (fitted on every group):")
    for f, w in sorted(
        zip(names, model["weights"], strict=True), key=lambda q: -abs(q[1])
    ):
        print(f"  {f:22s} {w:+.3f}")
    p = scores_of(model, read_rows)
    print(
        f"\nread population, current output, the model fitted on every group (t={t}):"
    )
    for s in sorted({r["set"] for r in read_rows}):
        idx = [i for i, r in enumerate(read_rows) if r["set"] == s]
        rows = [read_rows[i] for i in idx]
        keep = [p[i] >= t for i in idx]
        b, a = figures(rows, None), figures(rows, keep)
        print(
            f"  {s}: {b['f1']:.3f} → {a['f1']:.3f} ({a['f1'] - b['f1']:+.3f}), "
            f"events {b['system']} → {a['system']}"
        )


def store(work: Path, out: Path, enable: bool) -> None:
    """The setting and threshold chosen over every group, the model fitted on all
    of them, written in the `logistic` format with its source."""
    data, names = load(work)
    config, t = tuned(data, GROUPS, CONFIGS)
    model = fit(data, GROUPS, config)
    blind = sum(len(r["y"]) for r in data if r["pop"] == "blind")
    read = sum(len(r["y"]) for r in data if r["pop"] == "read")
    runs = ", ".join(f"{s}@{rev}" for _, s, rev in BLIND_RUNS)
    stored = {
        "source": (
            f"scripts/confidence_filter.py fit at {learn_filter.git_head()}: L2 "
            f"logistic regression (l2 {config[0]}) on the blind-time output of "
            f"{runs} ({blind} events) and, weighted {config[1]}, the current "
            f"output on {', '.join(SETS)} "
            f"({read} events); labels from ../shared/eval/score.py (greedy_match); "
            "setting and threshold chosen by out-of-fold event F1 over the blind "
            "groups. Off: leave-one-group-out did not carry (docs/extraction.md, "
            "Session 10)"
        ),
        "enabled": enable,
        "threshold": t,
        "features": names,
        **learn_filter.stored_fields(model),
    }
    out.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n")
    print(f"wrote {out} (threshold {t}, setting {config}, enabled {enable})")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("extract", "rows", "measure", "fit"))
    ap.add_argument("work", type=Path)
    ap.add_argument("--checkouts", default="/tmp/learn11-{rev}")
    ap.add_argument("--out", type=Path, default=PATTERN)
    ap.add_argument("--enable", action="store_true")
    ap.add_argument("--fixed", action="store_true", help="one setting, not CONFIGS")
    ap.add_argument("--read", action="store_true", help="train on the read sets too")
    ap.add_argument("--l2", type=float, default=1.0, help="the model's L2 penalty")
    ap.add_argument("--read-weight", type=float, default=1.0)
    args = ap.parse_args(argv)
    if args.command == "extract":
        extract(args.work, args.checkouts)
    elif args.command == "rows":
        rows(args.work)
    elif args.command == "measure":
        fixed = (args.l2, args.read_weight if args.read else 0.0)
        measure(args.work, [fixed] if args.fixed else CONFIGS)
    else:
        store(args.work, args.out, args.enable)


if __name__ == "__main__":
    main()
