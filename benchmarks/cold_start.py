"""Cold start: `summitwatch extract` of the seed against bare spaCy, in one run (#13).

Each run is a fresh process, as a user's is: `summitwatch extract SEED --format
jsonl` against `python -c` that imports spaCy, loads the same model and parses the
same text. The pipeline cache (`summitwatch.nlp.cache`) is filled once first, as
any earlier run on the machine fills it, and a run with an empty cache is timed
apart. Runs are interleaved `--repeat` times and the fastest of each counts, to
filter out other load. Target: extract / bare spaCy <= 1.5.

    python benchmarks/cold_start.py --repeat 3
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from importlib import resources
from pathlib import Path

from _machine import machine

BIN = Path(sys.executable).parent
BARE = (
    "import sys, spacy\n"
    "nlp = spacy.load(sys.argv[1])\n"
    "doc = nlp(open(sys.argv[2], encoding='utf-8').read())\n"
    "print(len(doc))\n"
)


def seed() -> str:
    folder = resources.files("summitwatch.samples")
    return str(folder.joinpath("seed-2015-02-23-moscow-vs-vladivostok.txt"))


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print(machine(), flush=True)
    from summitwatch import config

    text, model = seed(), config.get("model")
    cache = tempfile.mkdtemp(prefix="sw-cold-")
    env = os.environ | {"SUMMITWATCH_CACHE_DIR": cache}
    extract = [str(BIN / "summitwatch"), "extract", text, "--format", "jsonl"]
    bare = [sys.executable, "-c", BARE, model, text]
    empty, _ = timed(extract, env)  # fills the cache
    runs = {"summitwatch extract": extract, "bare spaCy": bare}
    best = {name: (float("inf"), float("inf")) for name in runs}
    for _ in range(args.repeat):
        for name, command in runs.items():
            wall, cpu = timed(command, env)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
    print(f"seed: {Path(text).name}; model {model}; fastest of {args.repeat}")
    print(f"summitwatch extract, empty cache  {empty:5.2f} s wall")
    for name, (wall, cpu) in best.items():
        print(f"{name:33} {wall:5.2f} s wall, {cpu:5.2f} s CPU")
    ours, bare_run = best["summitwatch extract"], best["bare spaCy"]
    print(
        f"extract / bare spaCy {ours[0] / bare_run[0]:.2f} wall, "
        f"{ours[1] / bare_run[1]:.2f} CPU (target <= 1.5)"
    )


if __name__ == "__main__":
    main()
