"""Peak memory of a Ray ingest as the corpus grows: it should stay flat (#6).

For each size a fresh process ingests a synthetic JSONL corpus with two Ray workers
into a fresh SQLite store, then reports the peak resident memory of the driver and of
each worker (getrusage; Ray's own raylet and object store are not counted).

    python benchmarks/memory.py --sizes 1000,10000,50000
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from _machine import machine, open_store, workdir
from synth_corpus import write_corpus

MiB = 2**20


def measure(corpus: Path, db_url: str, workers: int) -> dict:
    """Run one ingest in this process; its peaks and timings as a dict."""
    from summitwatch.runner import run
    from summitwatch.runner.ray_engine import peak_rss_bytes

    start = time.perf_counter()
    result = run([corpus], open_store(db_url), engine="ray", workers=workers)
    return {
        "seconds": time.perf_counter() - start,
        "stored": result.stored,
        "failed": result.failed,
        "driver": peak_rss_bytes(),
        "workers": result.worker_peak_rss,
    }


def run_child(corpus: Path, db: Path, workers: int) -> dict:
    cmd = [sys.executable, __file__, "--child", str(corpus), str(db), str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def main() -> None:
    if sys.argv[1:2] == ["--child"]:
        corpus, db, workers = sys.argv[2:5]
        print(json.dumps(measure(Path(corpus), f"sqlite:///{db}", int(workers))))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    print(machine(), flush=True)
    tmp = workdir()
    rows = {}
    for size in sizes:
        corpus = write_corpus(tmp / f"corpus-{size}.jsonl", size, seed=size)
        rows[size] = run_child(corpus, tmp / f"store-{size}.db", args.workers)
        print(line(size, rows[size]), flush=True)
    first, last = rows[sizes[0]], rows[sizes[-1]]
    worker = max(last["workers"], default=0) / max(max(first["workers"], default=1), 1)
    print(
        f"peak memory {sizes[-1]} vs {sizes[0]} articles: driver "
        f"{last['driver'] / first['driver']:.2f}x, largest worker {worker:.2f}x "
        "(flat = ~1.0x)"
    )


def line(size: int, row: dict) -> str:
    workers = ", ".join(f"{w / MiB:.0f}" for w in row["workers"])
    total = row["driver"] + sum(row["workers"])
    return (
        f"{size:>7} articles: driver {row['driver'] / MiB:6.0f} MiB, workers "
        f"[{workers}] MiB, total {total / MiB:6.0f} MiB; {row['stored']} stored, "
        f"{row['failed']} failed in {row['seconds']:.0f} s"
    )


if __name__ == "__main__":
    main()
