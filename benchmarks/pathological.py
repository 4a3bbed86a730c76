"""Pathological input against prose of the same length, in one run (#14, item 7).

Long runs of one punctuation character ("=" * 16000, "<" * …, "—" * …) used to cost
spaCy's tokenizer time quadratic in their length. `process` now tames them
(`nlp/guard.py`); this prints the time reading's cleaner and `process` take on such
runs, at 16 KB and 256 KB, relative to prose of the same length (target <= 2x). A run
of short capitalised lines is there for the cleaner: it rebuilt tables flattened to
one cell a line by rescanning every line's run (quadratic until session 7).

    python benchmarks/pathological.py
"""

from __future__ import annotations

import argparse
import time
from datetime import date

from _machine import machine

from summitwatch.models import Article

PROSE = (
    "President Vladimir Putin met Kim Jong-un in Vladivostok on Thursday. "
    "The two leaders held talks for two hours and agreed to meet again. "
)
RUNS = {"=": "=", "<": "<", "em dash": "\u2014", "asterisk": "*", "&amp;": "&amp;",
        "short lines": "Country Name\n"}  # fmt: skip


def text_of(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def timed(nlp, text: str, repeat: int) -> float:
    from summitwatch.ingest.clean import clean_text
    from summitwatch.process import process

    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        _, _, cleaned = clean_text(text)  # as the reader does before `process`
        article = Article(text=cleaned, path="bench.txt", published=date(2019, 4, 26))
        process(article, nlp)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="16000,256000")
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()
    from summitwatch.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    print(machine())
    print(f"{'input':<22}{'size':>8}{'seconds':>10}{'vs prose':>10}")
    for size in (int(s) for s in args.sizes.split(",")):
        prose = timed(nlp, text_of(PROSE, size), args.repeat)
        print(f"{'prose':<22}{size:>8}{prose:>10.3f}{1.0:>10.2f}")
        for name, unit in RUNS.items():
            seconds = timed(nlp, text_of(unit, size), args.repeat)
            print(
                f"{name + ' run':<22}{size:>8}{seconds:>10.3f}{seconds / prose:>10.2f}"
            )


if __name__ == "__main__":
    main()
