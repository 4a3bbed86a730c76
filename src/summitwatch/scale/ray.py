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
from datetime import date
from functools import partial
from itertools import islice
from pathlib import Path
from typing import Any, Protocol

from summitwatch.errors import BadArgument, SummitWatchError, require
from summitwatch.ingest.corpus import count_corpus, iter_corpus
from summitwatch.models import Article, Event
from summitwatch.scale.driver import Driver, Item, RayProgress

log = logging.getLogger(__name__)

Extractor = Callable[[Article], list[Event]]
EXTRACTOR_ENV = "SUMMITWATCH_EXTRACTOR"  # as summitwatch.store.batch reads it
BATCH_SIZE = 8
OBJECT_STORE_BYTES = 200 * 1024 * 1024
TASK_TIMEOUT = 600.0  # seconds one batch may run before its worker is replaced
# Keep Ray from phoning home or opening a dashboard on a laptop run.
_QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_DISABLE_IMPORT_WARNING": "1"}


class ArticleStore(Protocol):
    """What the driver needs from `summitwatch.store`: one writer, one lookup."""

    def ingest(self, article: Article, events: list[Event]) -> Any: ...

    def has_article(self, content_hash: str) -> bool: ...


class PipelineExtractor:
    """`process` with a pipeline and KB loaded once; `many` batches the model work.

    Batching (`summitwatch.process.extract_many`, spaCy's `nlp.pipe`) gives the same
    events as calling `process` per article, for less CPU (docs/performance.md).
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
    task_timeout: float = TASK_TIMEOUT,
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
        ray = require("ray", extra="scale")
        run = Driver(ray, store, actors, partial(_new_worker, make_extractor))
        run.progress, run.on_progress, run.timeout = progress, on_progress, task_timeout
        run.feed(
            _batches(_new_articles(store, sources, published, progress), batch_size)
        )
        progress.worker_peak_rss = run.peak_rss()
    finally:
        if started:
            require("ray", extra="scale").shutdown()
    _log_failures(progress)
    return progress


def _new_worker(make_extractor: Callable[[], Extractor]):  # -> an actor handle
    return start_workers(1, make_extractor)[0]


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


def _log_failures(progress: RayProgress) -> None:
    if progress.failed:
        log.info("%d of %d inputs failed", progress.failed, progress.done)
