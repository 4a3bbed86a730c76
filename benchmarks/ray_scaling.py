"""Ray scaling here: 1 vs 2 workers, and in-process vs Ray on one worker (#6).

Every run ingests the same synthetic corpus into a fresh SQLite store. Ray runs are
timed from the moment the workers have loaded the pipeline (the first progress
report) to the end, so model loading and cluster start-up are excluded; they are
printed separately.

    python benchmarks/ray_scaling.py --articles 600
"""

from __future__ import annotations

import argparse
import time

from _machine import machine, open_store, workdir
from synth_corpus import write_corpus

from summitwatch.scale import ray as sw_ray
from summitwatch.scale.corpus import BadRecord, iter_corpus
from summitwatch.scale.ray import BATCH_SIZE


def in_process(corpus, db_url: str) -> float:
    """One process doing what one Ray worker and the driver do: batched extraction
    (`extract_many`, as the workers run it) and one store write per article."""
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.process import extract_many

    nlp = load_pipeline()
    store = open_store(db_url)
    articles = (a for a in iter_corpus([corpus]) if not isinstance(a, BadRecord))
    start = time.perf_counter()
    for article, events in extract_many(articles, nlp, batch_size=BATCH_SIZE):
        store.ingest(article, events)
    return time.perf_counter() - start


def on_ray(corpus, db_url: str, workers: int) -> tuple[float, float, int]:
    """(seconds processing, seconds starting workers, articles stored)."""
    marks: list[float] = []
    called = time.perf_counter()

    def tick(progress: sw_ray.RayProgress) -> None:
        if not marks:
            marks.append(time.perf_counter())

    result = sw_ray.ingest_with_ray(
        open_store(db_url), [corpus], workers=workers, on_progress=tick
    )
    end = time.perf_counter()
    return end - marks[0], marks[0] - called, result.stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(machine(), flush=True)
    tmp = workdir()
    corpus = write_corpus(tmp / "corpus.jsonl", args.articles, seed=args.seed)
    sw_ray.connect(workers=2)  # one local cluster for all runs
    local: list[float] = []
    runs: dict[int, list[tuple[float, float, int]]] = {1: [], 2: []}
    for r in range(args.repeat):  # interleaved; the fastest of each counts
        local.append(in_process(corpus, f"sqlite:///{tmp / f'local{r}.db'}"))
        for n in runs:
            runs[n].append(on_ray(corpus, f"sqlite:///{tmp / f'ray{n}-{r}.db'}", n))
    report(args.articles, min(local), {n: min(times) for n, times in runs.items()})


def report(count: int, t_local: float, runs: dict) -> None:
    print(f"corpus: {count} synthetic articles; best of each kind of run")
    print(f"in-process      {count / t_local:6.1f} articles/s ({t_local:.1f} s)")
    for n, (seconds, startup, stored) in runs.items():
        print(
            f"ray, {n} worker{'s' if n > 1 else ' '}  {count / seconds:6.1f} "
            f"articles/s ({seconds:.1f} s; workers ready after {startup:.1f} s; "
            f"{stored} stored)"
        )
    one, two = runs[1][0], runs[2][0]
    print(f"speed-up 2 vs 1 workers: {one / two:.2f}x (target >= 1.7x)")
    print(f"ray on 1 worker vs in-process, time: {one / t_local:.2f}x (overhead)")


if __name__ == "__main__":
    main()
