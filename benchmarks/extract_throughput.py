"""Extraction throughput against bare spaCy on the same texts, in one run (#6).

Runs `summitwatch.process.process` over a synthetic corpus in-process, and `nlp.pipe`
of the plain spaCy model on the same texts; prints articles/s, words/s and the ratio
(target >= 0.8). Each side is timed `--repeat` times, interleaved; the best run counts.

    python benchmarks/extract_throughput.py --articles 500
"""

from __future__ import annotations

import argparse
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


def time_extract(corpus: list[Article]) -> tuple[float, int]:
    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.process import process

    nlp, kb = load_pipeline(), load_kb()
    start = time.perf_counter()
    events = sum(len(process(article, nlp, kb)) for article in corpus)
    return time.perf_counter() - start, events


def time_bare(nlp, texts: list[str]) -> float:
    start = time.perf_counter()
    for _doc in nlp.pipe(texts):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    import spacy

    print(machine(), flush=True)
    corpus = articles(args.articles, args.seed)
    texts = [a.text for a in corpus]
    words = sum(len(t.split()) for t in texts)
    bare_nlp = spacy.load(config.get("model"))
    time_extract(corpus[:20])  # warm up: load pipeline, KB and caches
    time_bare(bare_nlp, texts[:20])
    extract, bare, events = [], [], 0
    for _ in range(args.repeat):
        seconds, events = time_extract(corpus)
        extract.append(seconds)
        bare.append(time_bare(bare_nlp, texts))
    report(len(corpus), words, min(extract), min(bare), events)


def report(count: int, words: int, extract: float, bare: float, events: int) -> None:
    print(f"corpus: {count} articles, {words} words; extract found {events} events")
    for name, seconds in (("extract (process)", extract), ("bare nlp.pipe", bare)):
        print(
            f"{name:22} {count / seconds:8.1f} articles/s {words / seconds:10.0f} "
            f"words/s ({seconds:.2f} s)"
        )
    print(f"ratio extract / bare spaCy: {bare / extract:.2f} (target >= 0.8)")


if __name__ == "__main__":
    main()
