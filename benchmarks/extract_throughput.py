"""Extraction throughput against bare spaCy on the same texts, in one run (#6).

Times on one synthetic corpus, in this process: `process` called per article,
`extract_many` (batched), the runner's local engine as `summitwatch ingest` runs it
(reading nothing: the articles are given; once into a sink that keeps nothing, once
into a fresh SQLite store, one transaction per article), and `nlp.pipe` of the plain
spaCy model (the floor). Prints articles/s, words/s and the ratios to bare spaCy
(target: local ingest >= 0.85), by wall-clock and by CPU time. Runs are
interleaved `--repeat` times and the best of each counts, to filter out other load.

    python benchmarks/extract_throughput.py --articles 300 --repeat 3
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date

from _machine import machine
from synth_corpus import generate

from summitwatch import config
from summitwatch.models import Article


def articles(count: int, seed: int) -> list[Article]:
    return [
        Article(
            text=item.record["text"],
            url=item.record["url"],
            published=date.fromisoformat(item.record["published"]),
        )
        for item in generate(count, seed=seed)
    ]


class NullSink:
    """A runner sink that keeps nothing: every article is new, every write dropped."""

    def stored(self, article: Article) -> None:
        return None

    def write(self, article: Article, events: list) -> None:
        return None


def runners(corpus: list[Article]) -> dict:
    """name → a function that processes the corpus and returns how many events."""
    import spacy

    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.process import extract_many, process
    from summitwatch.runner import PipelineExtractor, run_articles
    from summitwatch.store import Store

    nlp, kb = load_pipeline(), load_kb()
    extractor = PipelineExtractor()
    runs = iter(range(1_000_000))
    bare = spacy.load(config.get("model"))
    texts = [a.text for a in corpus]

    def per_article() -> int:
        return sum(len(process(article, nlp, kb)) for article in corpus)

    def batched() -> int:
        return sum(len(events) for _, events in extract_many(corpus, nlp))

    def runner_null() -> int:
        return run_articles(corpus, NullSink(), extractor=extractor).events

    def runner_sqlite() -> int:
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(f"sqlite:///{tmp}/run{next(runs)}.db")
            events = run_articles(corpus, store, extractor=extractor).events
            store.close()
        return events

    def bare_spacy() -> int:
        for _doc in bare.pipe(texts):
            pass
        return 0

    return {
        "process, per article": per_article,
        "extract_many, batched": batched,
        "ingest (runner), no store": runner_null,
        "ingest (runner), SQLite": runner_sqlite,
        "bare spaCy nlp.pipe": bare_spacy,
    }


def best_times(runs: dict, repeat: int) -> dict[str, tuple[float, float, int]]:
    """name → (fastest wall seconds, fewest CPU seconds, events)."""
    best: dict[str, tuple[float, float, int]] = {}
    for _ in range(repeat):
        for name, run in runs.items():
            wall, cpu = time.perf_counter(), time.process_time()
            events = run()
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            old = best.get(name, (wall, cpu, events))
            best[name] = (min(wall, old[0]), min(cpu, old[1]), events)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(machine(), flush=True)
    corpus = articles(args.articles, args.seed)
    words = sum(len(a.text.split()) for a in corpus)
    best_times(runners(corpus[:20]), 1)  # warm up: models, KB, caches
    best = best_times(runners(corpus), args.repeat)
    print(f"corpus: {len(corpus)} synthetic articles, {words} words")
    bare_wall, bare_cpu, _ = best["bare spaCy nlp.pipe"]
    for name, (wall, cpu, events) in best.items():
        print(
            f"{name:26} {len(corpus) / wall:6.1f} articles/s {words / wall:6.0f} "
            f"words/s ({wall:.2f} s wall, {cpu:.2f} s CPU, {events} events); "
            f"ratio to bare spaCy {bare_wall / wall:.2f} wall, {bare_cpu / cpu:.2f} CPU"
        )
    print("target: ingest (runner) ratio >= 0.85 (what `summitwatch ingest` runs)")


if __name__ == "__main__":
    main()
