"""CPU time of the event reader alone, over docs spaCy has already parsed (#13).

`extract_throughput.py` times whole pipelines, where spaCy's own model work is most of
the time and other jobs on a shared machine move every figure by 10 %; this script
parses the synthetic corpus once (our pipeline without its `events` component) and
then times only `extract_events` over the parsed docs, best of `--repeat`. Run it
from two trees in turns to compare them:

    PYTHONPATH=src python benchmarks/reader_cost.py --articles 150 --repeat 6
"""

from __future__ import annotations

import argparse
import time

from _machine import machine
from extract_throughput import articles

from summitwatch.kb import load_kb
from summitwatch.nlp.extract import extract_events
from summitwatch.nlp.pipeline import load_pipeline
from summitwatch.process import doc_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=6)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    print(machine(), flush=True)
    corpus = articles(args.articles, args.seed)
    nlp, kb = load_pipeline(), load_kb()
    with nlp.select_pipes(disable=["events"]):
        docs = list(nlp.pipe(doc_for(article, nlp) for article in corpus))
    for doc in docs[:20]:  # warm up: caches, lazy imports
        extract_events(doc, kb, doc._.published)
    best, events = float("inf"), 0
    for _ in range(args.repeat):
        cpu = time.process_time()
        events = sum(len(extract_events(doc, kb, doc._.published)) for doc in docs)
        best = min(best, time.process_time() - cpu)
    print(f"extract_events, {len(docs)} parsed docs: {best:.3f} s CPU, {events} events")


if __name__ == "__main__":
    main()
