"""Batch ingestion on Ray: the only module that imports ray (see #6).

Workers are Ray actors that load the spaCy pipeline and the KB once, then extract
events from batches of articles with the CLI's code (`summitwatch.process`: batched
with `extract_many`, or `process` one article at a time when a batch fails). The driver
streams the corpus, skips articles already stored (by content hash) before sending
them, keeps a bounded number of batches in flight, and is the only writer to the store,
so the store stays consistent and memory stays flat however large the corpus.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from summitwatch.errors import BadArgument, SummitWatchError, require
from summitwatch.models import Article, Event
from summitwatch.scale.corpus import BadRecord, count_corpus, iter_corpus

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]
Item = Article | BadRecord
EXTRACTOR_ENV = "SUMMITWATCH_EXTRACTOR"  # as summitwatch.store.batch reads it
BATCH_SIZE = 8
OBJECT_STORE_BYTES = 200 * 1024 * 1024
# Keep Ray from phoning home or opening a dashboard on a laptop run.
_QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_DISABLE_IMPORT_WARNING": "1"}


class ArticleStore(Protocol):
    """What the driver needs from `summitwatch.store`: one writer, one lookup."""

    def ingest(self, article: Article, events: list[Event]) -> Any: ...

    def has_article(self, content_hash: str) -> bool: ...


@dataclass
class RayProgress:
    """Counts so far; `total` is the number of inputs (None when unknown)."""

    total: int | None = None
    stored: int = 0
    replaced: int = 0  # of `stored`: same url or path, new content
    skipped: int = 0
    failed: int = 0
    events: int = 0
    failures: list[BadRecord] = field(default_factory=list)
    worker_peak_rss: list[int] = field(default_factory=list)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed


class PipelineExtractor:
    """`process` with a pipeline and KB loaded once; `many` batches the model work.

    Batching (`summitwatch.process.extract_many`, spaCy's `nlp.pipe`) gives the same
    events as calling `process` per article, about a third faster (docs/performance.md).
    """

    def __init__(self) -> None:
        from summitwatch.kb import load_kb
        from summitwatch.nlp.pipeline import load_pipeline

        self.nlp, self.kb = load_pipeline(), load_kb()

    def __call__(self, article: Article) -> list[Event]:
        from summitwatch.process import process

        return process(article, self.nlp, self.kb)

    def many(self, batch: list[Article]) -> list[list[Event]]:
        from summitwatch.process import extract_many

        return [events for _, events in extract_many(batch, self.nlp)]


def default_extractor() -> Extractor:
    """The extractor each worker loads unless told otherwise."""
    return PipelineExtractor()


def named_extractor(spec: str) -> Extractor:
    """The `package.module:function` extractor that $SUMMITWATCH_EXTRACTOR names."""
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)


def choose_extractor() -> Callable[[], Extractor]:
    """What workers load: `default_extractor`, unless the driver's environment
    names another, as it may for the in-process CLI (`summitwatch.store.batch`)."""
    spec = os.environ.get(EXTRACTOR_ENV)
    return partial(named_extractor, spec) if spec else default_extractor


class ExtractWorker:
    """Body of one Ray actor: holds a loaded extractor and runs it over batches."""

    def __init__(self, make_extractor: Callable[[], Extractor]) -> None:
        self._extract = make_extractor()

    def run(self, batch: list[Article]) -> list[tuple[list[Event] | None, str | None]]:
        """(events, None) per article, or (None, error) when that article failed."""
        many = getattr(self._extract, "many", None)
        if many is not None and len(batch) > 1:
            try:
                return [(events, None) for events in many(batch)]
            except Exception:  # noqa: BLE001 — find the culprit one article at a time
                log.info(
                    "batch failed; retrying its %d articles one by one", len(batch)
                )
        return [self._one(article) for article in batch]

    def _one(self, article: Article) -> tuple[list[Event] | None, str | None]:
        try:
            return self._extract(article), None
        except Exception as e:  # noqa: BLE001 — one bad article must not sink a run
            return None, f"{type(e).__name__}: {e}"

    def pid(self) -> int:
        return os.getpid()

    def peak_rss(self) -> int:
        """Peak resident memory of this worker process, in bytes."""
        return peak_rss_bytes()


def peak_rss_bytes() -> int:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def connect(*, workers: int | None = None, address: str | None = None) -> bool:
    """Start a local Ray (or join `address`); True when this call started it."""
    ray = require("ray", extra="scale")
    if ray.is_initialized():
        return False
    for key, value in _QUIET_ENV.items():
        os.environ.setdefault(key, value)
    if address:
        try:
            ray.init(address=address, log_to_driver=False, configure_logging=False)
        except (ConnectionError, RuntimeError, ValueError) as e:
            raise BadArgument(f"--address {address}: cannot join Ray ({e})") from None
    else:
        ray.init(
            num_cpus=workers or os.cpu_count() or 1,
            include_dashboard=False,
            object_store_memory=OBJECT_STORE_BYTES,
            log_to_driver=False,
            configure_logging=False,
        )
    return True


def start_workers(
    count: int, make_extractor: Callable[[], Extractor] = default_extractor
) -> list:
    """`count` actors, one CPU each, each loading its extractor once."""
    ray = require("ray", extra="scale")
    actor = ray.remote(num_cpus=1)(ExtractWorker)
    return [actor.remote(make_extractor) for _ in range(count)]


def wait_ready(actors: list) -> list[int]:
    """Block until every actor has loaded its extractor; their process ids."""
    ray = require("ray", extra="scale")
    try:
        return ray.get([actor.pid.remote() for actor in actors])
    except ray.exceptions.RayActorError as e:
        raise WorkerStartFailed(str(e).strip().splitlines()[-1]) from None


class WorkerStartFailed(SummitWatchError):
    def __init__(self, cause: str) -> None:
        super().__init__(f"Ray workers could not load the extractor: {cause}")


def ingest_with_ray(
    store: ArticleStore,
    sources: Iterable[str | Path],
    *,
    workers: int | None = None,
    address: str | None = None,
    published: date | None = None,
    on_progress: Callable[[RayProgress], None] | None = None,
    batch_size: int = BATCH_SIZE,
    make_extractor: Callable[[], Extractor] | None = None,
) -> RayProgress:
    """Extract events from every article in `sources` on Ray and store them.

    Example: `ingest_with_ray(store, ["corpus.jsonl"], workers=2).stored`
    Already stored articles are skipped, so a killed run resumes where it stopped.
    `make_extractor` runs once in each worker (default: `choose_extractor()`).
    """
    if workers is not None and workers < 1:
        raise BadArgument(f"--workers must be at least 1, not {workers}")
    sources = list(sources)
    progress = RayProgress(total=count_corpus(sources))
    make_extractor = make_extractor or choose_extractor()
    started = connect(workers=workers, address=address)
    try:
        actors = start_workers(_worker_count(workers), make_extractor)
        wait_ready(actors)
        run = _Run(store, actors, make_extractor, progress, on_progress)
        run.feed(
            _batches(_new_articles(store, sources, published, progress), batch_size)
        )
        progress.worker_peak_rss = run.peak_rss()
    finally:
        if started:
            require("ray", extra="scale").shutdown()
    _log_failures(progress)
    return progress


def _worker_count(workers: int | None) -> int:
    """One worker per CPU of the cluster, or `workers` if the cluster has room."""
    ray = require("ray", extra="scale")
    cpus = int(ray.cluster_resources().get("CPU", 0))
    if workers is not None and workers > cpus:
        # An actor that can never be placed would wait forever.
        raise BadArgument(f"--workers {workers}: the Ray cluster has {cpus} CPUs")
    return workers or max(1, cpus)


def _new_articles(
    store: ArticleStore,
    sources: list,
    published: date | None,
    progress: RayProgress,
) -> Iterator[Item]:
    """Inputs not yet stored (bad ones pass through, to be reported in order)."""
    for item in iter_corpus(sources, published=published):
        if isinstance(item, Article) and store.has_article(item.content_hash):
            progress.skipped += 1
        else:
            yield item


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    while batch := list(islice(items, size)):
        yield batch


class _Run:
    """The driver's loop: a bounded window of batches, written in input order.

    Results are written in the order the corpus was read, whichever worker finishes
    first, so a Ray run leaves the store exactly as an in-process run would.
    """

    def __init__(self, store, actors, make_extractor, progress, on_progress) -> None:
        self.ray = require("ray", extra="scale")
        self.store, self.actors = store, actors
        self.make_extractor = make_extractor
        self.progress, self.on_progress = progress, on_progress
        self.window = 2 * len(actors)  # batches sent but not yet written
        self.in_flight: dict[Any, tuple[int, int, list[Item]]] = {}
        self.finished: dict[int, tuple[list[Item], list]] = {}
        self.sent = self.written = 0
        self.load = [0] * len(actors)

    def feed(self, batches: Iterator[list[Item]]) -> None:
        self._report()
        for batch in batches:
            while self.sent - self.written >= self.window:
                self._drain_one()
            self._send(batch)
        while self.in_flight:
            self._drain_one()
        self._flush()
        self._report()

    def _send(self, batch: list[Item]) -> None:
        articles = [item for item in batch if isinstance(item, Article)]
        if articles:
            slot = self.load.index(min(self.load))
            ref = self.actors[slot].run.remote(articles)
            self.in_flight[ref] = (slot, self.sent, batch)
            self.load[slot] += 1
        else:
            self.finished[self.sent] = (batch, [])
        self.sent += 1

    def peak_rss(self) -> list[int]:
        return self.ray.get([actor.peak_rss.remote() for actor in self.actors])

    def _drain_one(self) -> None:
        [ref], _ = self.ray.wait(list(self.in_flight), num_returns=1)
        slot, number, batch = self.in_flight.pop(ref)
        self.load[slot] -= 1
        size = sum(isinstance(item, Article) for item in batch)
        self.finished[number] = (batch, self._results(ref, slot, size))
        self._flush()
        self._report()

    def _flush(self) -> None:
        while self.written in self.finished:
            self._write(*self.finished.pop(self.written))
            self.written += 1

    def _results(self, ref, slot: int, size: int) -> list:
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayActorError as e:
            # The worker process died (crash, OOM kill): fail this batch, replace it.
            self.actors[slot] = start_workers(1, self.make_extractor)[0]
            return [(None, f"worker died: {e.__class__.__name__}")] * size
        except self.ray.exceptions.RayError as e:
            return [(None, f"{e.__class__.__name__}: {e}")] * size

    def _write(self, batch: list[Item], results: list) -> None:
        outcomes = iter(results)
        for item in batch:
            if isinstance(item, BadRecord):
                self._fail(item)
                continue
            events, error = next(outcomes)
            if error is not None:
                self._fail(BadRecord(item.source, error))
                continue
            result = self.store.ingest(item, events)
            self.progress.stored += 1
            self.progress.replaced += getattr(result, "status", None) == "replaced"
            self.progress.events += len(events)

    def _fail(self, record: BadRecord) -> None:
        self.progress.failed += 1
        self.progress.failures.append(record)

    def _report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.progress)


def _log_failures(progress: RayProgress) -> None:
    if progress.failed:
        log.info("%d of %d inputs failed", progress.failed, progress.done)
