"""Two measurements beside the learned event filter (scripts/learn_filter.py), both
reading each article once with the pipeline and calling `extract_events` on the parsed
doc more than once:

  filter_candidates.py dropped WORK [--sets a,b]  # what undoing a drop step adds
  filter_candidates.py readers WORK [--sets a,b --tag T --no-model]
                                      # precision by reader, and the filter with the
                                      # reader a feature (PYTHONPATH=old/src: old runs)

`dropped`: for each step that discards events, the events that undoing it adds, and
how many of those the scorer would pair with a gold event the output missed (the
ceiling of re-admitting candidates). `readers`: each event tagged with the function of
`nlp/extract.py` (or the sentence reader's trigger kind and part of speech) that first
returned it, its precision over the sets, and the leave-one-set-out table again with
the reader as one-hot features. Run `learn_filter.py extract WORK` first (inputs).
Needs numpy and the spaCy model. Never reads heldout5.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learn_filter as lf  # noqa: E402
from learn_filter import score  # noqa: E402

import summitwatch.nlp.assemble as assemble  # noqa: E402
import summitwatch.nlp.extract as extract  # noqa: E402
from summitwatch.ingest.reader import read_article  # noqa: E402
from summitwatch.kb import load_kb  # noqa: E402
from summitwatch.models import Event  # noqa: E402
from summitwatch.nlp.pipeline import load_pipeline  # noqa: E402

try:  # the blind-time commits: a private _doc_for, the reader in extract.py
    from summitwatch.process import doc_for
except ImportError:
    from summitwatch.process import _doc_for as doc_for
try:
    from summitwatch.nlp.sentence_reader import SentenceReader
except ImportError:
    SentenceReader = extract.SentenceReader
try:
    from summitwatch.process import needs_sections
except ImportError:

    def needs_sections(text: str) -> bool:
        return False


# step -> (module, name, identity): undoing the step keeps what it would drop
STEPS = {
    "retold": (extract, "drop_retold", lambda index, sent, found, before: found),
    "their_visits": (extract, "drop_their_visits", lambda people, found: found),
    "heading_visits": (extract, "drop_heading_visits", lambda sents: sents),
    "superseded": (extract, "drop_superseded", lambda sents: sents),
    "covered_visits": (assemble, "_drop_covered_visits", lambda events: events),
    "nationality_twins": (
        assemble,
        "drop_nationality_twins",
        lambda events, frame, headings=(): events,
    ),
    "furniture": (extract, "furniture", lambda sent: False),
}
# functions of extract.py's namespace that build no events of their own
_NOT_READERS = {"build_index", "find_frame", "furniture", "note_recalled"}


@contextmanager
def patched(module, name: str, value) -> Iterator[None]:
    old = getattr(module, name)
    setattr(module, name, value)
    try:
        yield
    finally:
        setattr(module, name, old)


def _events_in(value) -> Iterator[Event]:
    if isinstance(value, Event):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _events_in(item)


def _tagging(fn, tag: str):
    """`fn`, tagging every untagged event it returns with `tag` (in `source`, which
    `dataclasses.replace` carries through merges; `process` would stamp it later)."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        out = fn(*args, **kwargs)
        for event in _events_in(out):
            if event.source is None:
                event.source = tag
        return out

    return wrapper


@contextmanager
def provenance() -> Iterator[None]:
    """While open, events leave `extract_events` with their reader in `source`."""
    saved = {}
    for name, value in vars(extract).items():
        if (
            callable(value)
            and getattr(value, "__module__", "").startswith("summitwatch.nlp")
            and name not in _NOT_READERS
            and not isinstance(value, type)
            and name != "extract_events"
        ):
            saved[name] = value
            setattr(extract, name, _tagging(value, name))
    build = SentenceReader._build

    def tagged_build(self, kind, trigger):
        out = build(self, kind, trigger)
        for event in out:
            if event.source is None:
                event.source = f"sentence_{kind}_{trigger.pos_.lower()}"
        return out

    SentenceReader._build = tagged_build
    try:
        yield
    finally:
        SentenceReader._build = build
        for name, value in saved.items():
            setattr(extract, name, value)


def _docs(work: Path, name: str) -> Iterator[tuple[str, list, object, object]]:
    """(id, gold events, parsed doc, article) for each article of a set read in one
    piece (the few too long for one parse are left out)."""
    nlp = load_pipeline()
    for gf in sorted((work / "gold" / name).glob("*.json")):
        gold, _ = score.load_gold_file(gf)
        inputs = (work / "inputs" / name).glob(f"{gf.stem}.*")
        src = next(p for p in inputs if "meta" not in p.name)
        article = read_article(src)
        if needs_sections(article.text):
            continue
        with nlp.select_pipes(disable=["events"]):
            doc = nlp(doc_for(article, nlp))
        yield gf.stem, gold, doc, article


def _key(r: dict) -> tuple:
    loc = r["location"]
    where = (loc["country"], loc["city"])
    return (r["type"], r["status"], tuple(r["participants"]), where, r["date"])


def dropped(work: Path, names: list[str]) -> None:
    kb = load_kb()
    total = {step: Counter() for step in STEPS}
    for name in names:
        for stem, gold, doc, article in _docs(work, name):

            def run(doc=doc, published=article.published) -> list[dict]:
                found = extract.extract_events(doc, kb, published)
                return [e.to_record() for e in found]

            base = run()
            system = [score.normalize_event(r) for r in base]
            matched = len(score.greedy_match(gold, system))
            for step, (module, fn_name, identity) in STEPS.items():
                with patched(module, fn_name, identity):
                    variant = run()
                left = Counter(_key(r) for r in base)
                added = []
                for r in variant:
                    if left[_key(r)]:
                        left[_key(r)] -= 1
                    else:
                        added.append(r)
                good = 0
                for r in added:
                    system = [score.normalize_event(x) for x in [*base, r]]
                    good += len(score.greedy_match(gold, system)) > matched
                total[step].update(candidates=len(added), recover=good)
                if good:
                    print(f"{name} {stem}: undoing {step} recovers {good}", flush=True)
    print("| step undone | candidates added | would match a missed gold event |")
    print("|---|---|---|")
    for step, c in total.items():
        print(f"| {step} | {c['candidates']} | {c['recover']} |")


def readers(work: Path, names: list[str], tag: str, model: bool) -> None:
    """Tag each set's output with its readers, then report (and measure the filter
    with the reader as a feature, when `model`)."""
    kb = load_kb()
    for name in names:
        out = work / "out" / tag / name
        out.mkdir(parents=True, exist_ok=True)
        for stem, _, doc, article in _docs(work, name):
            with provenance():
                found = extract.extract_events(doc, kb, article.published)
            lines = "".join(json.dumps(e.to_record()) + "\n" for e in found)
            (out / f"{stem}.jsonl").write_text(lines)
        print(f"tagged {name}", file=sys.stderr, flush=True)
    plain = {n: lf.articles(work, tag, n, kb) for n in names}
    count, true = Counter(), Counter()
    for arts in plain.values():
        for a in arts:
            for r, y in zip(a.records, a.y, strict=True):
                count[r["source"]] += 1
                true[r["source"]] += y
    print("| reader | events | matched | precision |\n|---|---|---|---|")
    for reader, n in count.most_common():
        print(f"| {reader} | {n} | {int(true[reader])} | {true[reader] / n:.2f} |")
    if not model:
        return
    common = [r for r, n in count.most_common() if n >= 15]

    def one_hot(record: dict) -> list[float]:
        source = record.get("source")
        return [float(source == r) for r in common] + [float(source not in common)]

    data = {n: lf.articles(work, tag, n, kb, extra=one_hot) for n in names}
    print(f"\nwith the reader as a feature ({len(common)} readers + other)\n")
    print(lf.HEADER)
    for name in names:
        fitted = lf.train([a for n, arts in data.items() if n != name for a in arts])
        before = lf.scored(work, name, data[name], None, "readers-none")
        after = lf.scored(work, name, data[name], fitted, "readers-filter")
        print(lf._row(name, before, after, fitted["threshold"]), flush=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("command", choices=("dropped", "readers"))
    ap.add_argument("work", type=Path)
    ap.add_argument("--sets", default=",".join(lf.SETS))
    ap.add_argument("--tag", default="readers", help="output folder under WORK/out")
    ap.add_argument("--no-model", action="store_true", help="the table only")
    args = ap.parse_args(argv)
    if args.command == "dropped":
        dropped(args.work, args.sets.split(","))
    else:
        readers(args.work, args.sets.split(","), args.tag, not args.no_model)


if __name__ == "__main__":
    main()
