"""The one path: sources → articles → `extract_many` → store, with one report.

`extract`, `ingest`, the API's upload and the Ray engine all come through here:

    report = run(["corpus/", "more.jsonl"], store)          # files, folders, URLs
    report = run_articles([article], store)                   # already fetched
    report.summary()  # '12 new, 0 replaced, 3 unchanged, 1 failed; 40 events extracted'

- **One failure report**: an input that cannot be read (missing, unreadable, empty,
  binary, a bad sidecar or JSON line), extracted or written is one `BadRecord` naming
  it; the run goes on with the rest and nothing stops it but a broken extractor.
- **One resume rule**: an article whose content is already stored is skipped before
  extraction (`Sink.stored`), so a killed run, re-run, finishes what is left.
- **One transaction per article**: each article is written on its own, so a crash
  loses at most the batch being extracted.
- **Two engines** that differ only in where the batches are extracted: `local` (this
  process, batched through `nlp.pipe`) and `ray` (a pool of Ray workers).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from enum import StrEnum
from functools import partial
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from summitwatch.errors import BadArgument
from summitwatch.ingest.corpus import BadRecord, count_corpus, iter_corpus
from summitwatch.models import Article, Event
from summitwatch.runner.extractors import (
    Extractor,
    Outcome,
    Worker,
    extractor_factory,
)
from summitwatch.runner.report import RunReport

if TYPE_CHECKING:  # `extract` runs without the store (and SQLAlchemy) loaded
    from summitwatch.store.answers import IngestResult

Item = Article | BadRecord
Progress = Callable[[RunReport], None]
Deliver = Callable[[list[Item], list[Outcome]], None]
LOCAL_BATCH = 32  # articles per `nlp.pipe` call in this process
RAY_BATCH = 8  # articles per task sent to a Ray worker
TASK_TIMEOUT = 600.0  # seconds one Ray batch may run before its worker is replaced


class Engine(StrEnum):
    local = "local"
    ray = "ray"


class Sink(Protocol):
    """Where extracted articles go: the store, or `extract`'s printer."""

    def stored(self, article: Article) -> IngestResult | None:
        """The stored result when the article needs no work (the resume rule)."""

    def write(self, article: Article, events: list[Event]) -> IngestResult | None:
        """Keep one article and its events (one transaction for a store)."""


class StoreSink:
    """The record as a sink: skip stored content, write each article on its own."""

    def __init__(self, store) -> None:  # type: ignore[no-untyped-def]
        self.store = store

    def stored(self, article: Article) -> IngestResult | None:
        return self.store.stored_article(article)

    def write(self, article: Article, events: list[Event]) -> IngestResult | None:
        return self.store.write_article(article, events)


def run(
    sources: Iterable[str | Path],
    into,  # a Store or any Sink  # type: ignore[no-untyped-def]
    *,
    published: date | None = None,
    keep_results: bool = True,
    **options,  # type: ignore[no-untyped-def]
) -> RunReport:
    """Read every source (files, folders, URLs, URL lists, JSON Lines), extract
    and write each article; see `run_items` for the options. `keep_results=False`
    keeps counts and failures only (a large corpus's results would fill memory)."""
    sources = list(sources)
    report = RunReport(total=count_corpus(sources), keep_results=keep_results)
    items = iter_corpus(sources, published=published)
    return run_items(items, into, report=report, **options)


def run_articles(articles: Iterable[Article], into, **options) -> RunReport:  # type: ignore[no-untyped-def]
    """`run` for articles already read (the API's upload, the feed watcher)."""
    articles = list(articles)
    return run_items(
        iter(articles), into, report=RunReport(total=len(articles)), **options
    )


def run_items(
    items: Iterator[Item],
    into,  # type: ignore[no-untyped-def]
    *,
    report: RunReport | None = None,
    engine: Engine | str = Engine.local,
    extractor: Extractor | None = None,
    make_extractor: Callable[[], Extractor] | None = None,
    on_progress: Progress | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
    address: str | None = None,
    task_timeout: float = TASK_TIMEOUT,
) -> RunReport:
    """Extract and write `items` (articles, or inputs that failed to read).

    `extractor` is an extractor already loaded (local engine); `make_extractor` makes
    one where extraction runs (default: the pipeline, or `$SUMMITWATCH_EXTRACTOR`).
    `workers`, `address` and `task_timeout` are the Ray engine's.
    """
    engine = Engine(engine)
    if engine is Engine.local and (workers is not None or address is not None):
        raise BadArgument("--workers and --address need --engine ray")
    if workers is not None and workers < 1:
        raise BadArgument(f"--workers must be at least 1, not {workers}")
    report = report or RunReport()
    sink = into if hasattr(into, "write") and hasattr(into, "stored") else None
    sink = sink or StoreSink(into)
    tell = on_progress or (lambda _report: None)
    deliver = partial(_deliver, sink, report, tell)
    tell(report)
    pending = _pending(items, sink, report, tell)
    if engine is Engine.ray:
        from summitwatch.runner import ray_engine

        if make_extractor is None:
            make_extractor = (lambda: extractor) if extractor else extractor_factory()
        size = batch_size or RAY_BATCH
        report.worker_peak_rss = ray_engine.run_batches(
            _batches(pending, size), deliver, make_extractor,
            workers=workers, address=address, task_timeout=task_timeout,
            on_ready=lambda: tell(report),
        )  # fmt: skip
    else:
        worker = Worker(extractor or (make_extractor or extractor_factory())())
        size = batch_size or (LOCAL_BATCH if worker.batched else 1)
        for batch in _batches(pending, size):
            articles = [item for item in batch if isinstance(item, Article)]
            deliver(batch, worker.run(articles) if articles else [])
    return report


def _pending(
    items: Iterator[Item], sink: Sink, report: RunReport, tell: Progress
) -> Iterator[Item]:
    """Items still to extract: stored articles are skipped (the resume rule); bad
    inputs pass through to be reported in order."""
    for item in items:
        if isinstance(item, Article):
            try:
                done = sink.stored(item)
            except Exception as e:  # noqa: BLE001 - named, and the run goes on
                report.fail(item.source, f"{e.__class__.__name__}: {e}")
                tell(report)
                continue
            if done is not None:
                report.skipped += 1
                report.add(done)
                tell(report)
                continue
        yield item


def _deliver(
    sink: Sink,
    report: RunReport,
    tell: Progress,
    batch: list[Item],
    outcomes: list[Outcome],
) -> None:
    """Write one extracted batch in input order; each failure is named."""
    results = iter(outcomes)
    for item in batch:
        if isinstance(item, BadRecord):
            report.fail(item.source, item.problem)
            continue
        events, error = next(results)
        if error is not None or events is None:
            report.fail(item.source, error or "no result")
            continue
        try:
            result = sink.write(item, events)
        except Exception as e:  # noqa: BLE001 - one article must not sink the run
            report.fail(item.source, f"{e.__class__.__name__}: {e}")
            continue
        _count(report, result, len(events))
    tell(report)


def _count(report: RunReport, result: IngestResult | None, events: int) -> None:
    if result is not None:
        report.add(result)
        if result.status == "unchanged":  # written meanwhile by another run
            report.skipped += 1
            return
        report.replaced += result.status == "replaced"
    report.stored += 1
    report.events += events


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch
