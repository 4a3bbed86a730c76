"""Ray scaling here: 1 vs 2 workers, and in-process vs Ray on one worker (#6).

Every run reads the same synthetic JSONL corpus. Two kinds of sink:
- "extract only": the driver discards the events (a null store), so the runs time
  the workers: this is the worker scaling (target: 2 workers >= 1.7x one worker);
- "end to end": the driver writes each article to a fresh SQLite store, as
  `summitwatch ingest --engine ray` does; on 2 cores the single writer competes
  with the workers for CPU.
Ray runs are timed from the moment every worker has loaded the pipeline (the
progress report after the runner's first) to the end; cluster start and model
loading are printed apart.
Workers run at nice 0 here (Ray's default is 15), as the in-process run does.

    python benchmarks/ray_scaling.py --articles 300 --repeat 2
"""

from __future__ import annotations

import argparse
import os
import time

from _machine import machine, open_store, workdir
from synth_corpus import write_corpus

from summitwatch.runner import run
from summitwatch.runner.ray_engine import connect


class NullStore:
    """A runner sink that keeps nothing: every article is new, every write dropped."""

    def stored(self, article) -> None:
        return None

    def write(self, article, events) -> None:
        return None


def sink(kind: str, path):
    return NullStore() if kind == "extract only" else open_store(f"sqlite:///{path}")


def in_process(corpus, store) -> float:
    """The runner's local engine: `extract_many` in this process, then a store write
    per article."""
    from summitwatch.runner import PipelineExtractor

    extractor = PipelineExtractor()
    start = time.perf_counter()
    result = run([corpus], store, extractor=extractor)
    assert result.failed == 0, result.failures[:3]
    return time.perf_counter() - start


def on_ray(corpus, store, workers: int) -> tuple[float, float]:
    """(seconds processing, seconds until the workers were ready)."""
    marks: list[float] = []
    called = time.perf_counter()

    def tick(progress) -> None:  # the runner's RunReport
        marks.append(time.perf_counter())

    result = run([corpus], store, engine="ray", workers=workers, on_progress=tick)
    assert result.failed == 0, result.failures[:3]
    return time.perf_counter() - marks[1], marks[1] - called


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(machine(), flush=True)
    tmp = workdir()
    corpus = write_corpus(tmp / "corpus.jsonl", args.articles, seed=args.seed)
    # Ray starts workers at nice 15; at 0 they compete with the in-process run on
    # equal terms, so the overhead figure measures Ray, not the scheduler.
    os.environ.setdefault("RAY_worker_niceness", "0")
    connect(workers=2)  # one local cluster for all runs
    best: dict[tuple[str, str], tuple[float, float]] = {}
    for r in range(args.repeat):  # interleaved; the fastest of each kind counts
        for kind in ("extract only", "end to end"):
            store = sink(kind, tmp / f"local-{r}-{kind[0]}.db")
            keep(best, (kind, "in-process"), (in_process(corpus, store), 0.0))
            for n in (1, 2):
                store = sink(kind, tmp / f"ray{n}-{r}-{kind[0]}.db")
                name = f"ray, {n} worker{'s' * (n > 1)}"
                keep(best, (kind, name), on_ray(corpus, store, n))
    report(args.articles, best)


def keep(best: dict, key: tuple[str, str], run: tuple[float, float]) -> None:
    if key not in best or run[0] < best[key][0]:
        best[key] = run
    print(f"  {key[0]:12} {key[1]:14} {run[0]:6.1f} s", flush=True)


def report(count: int, best: dict) -> None:
    print(f"corpus: {count} synthetic articles; fastest of each kind of run")
    for (kind, name), (seconds, ready) in best.items():
        start = f"; workers ready after {ready:.1f} s" if ready else ""
        print(f"{kind:12} {name:14} {count / seconds:6.1f} articles/s{start}")
    for kind in ("extract only", "end to end"):
        one, two = best[kind, "ray, 1 worker"][0], best[kind, "ray, 2 workers"][0]
        local = best[kind, "in-process"][0]
        print(
            f"{kind}: 2 vs 1 workers {one / two:.2f}x (target >= 1.7x); "
            f"ray 1 worker / in-process time {one / local:.2f} (overhead)"
        )
    print(f"load average at the end: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
