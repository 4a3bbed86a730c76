"""The `ray` engine: the only module that imports ray (see #6).

Workers are Ray actors that load the extractor once (the pipeline and the KB, as
`runner.extractors` makes it) and run the same `Worker.run` as the local engine over
batches of articles. The runner streams the corpus, skips stored articles before
they are sent and is the only writer to the store; `Driver` keeps a bounded number
of batches in flight and hands results back in input order, so memory stays flat
and the store ends as an in-process run leaves it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from functools import partial

from summitwatch.errors import BadArgument, SummitWatchError, require
from summitwatch.runner.extractors import Extractor, Worker
from summitwatch.runner.ray_driver import Driver, Item

log = logging.getLogger(__name__)
OBJECT_STORE_BYTES = 200 * 1024 * 1024
# Keep Ray from phoning home or opening a dashboard on a laptop run.
_QUIET_ENV = {"RAY_USAGE_STATS_ENABLED": "0", "RAY_DISABLE_IMPORT_WARNING": "1"}


class RayWorker(Worker):
    """Body of one Ray actor: loads its extractor where it runs."""

    def __init__(self, make_extractor: Callable[[], Extractor]) -> None:
        super().__init__(make_extractor())

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


def start_workers(count: int, make_extractor: Callable[[], Extractor]) -> list:
    """`count` actors, one CPU each, each loading its extractor once."""
    ray = require("ray", extra="scale")
    actor = ray.remote(num_cpus=1)(RayWorker)
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


def run_batches(
    batches: Iterator[list[Item]],
    deliver: Callable[[list[Item], list], None],
    make_extractor: Callable[[], Extractor],
    *,
    workers: int | None = None,
    address: str | None = None,
    task_timeout: float = 600.0,
    on_ready: Callable[[], None] | None = None,
) -> list[int]:
    """Extract `batches` on Ray workers; `deliver` gets each batch's outcomes in
    input order; `on_ready` is called once every worker has loaded its extractor.
    Returns each worker's peak memory in bytes."""
    started = connect(workers=workers, address=address)
    try:
        actors = start_workers(_worker_count(workers), make_extractor)
        wait_ready(actors)
        if on_ready is not None:
            on_ready()
        ray = require("ray", extra="scale")
        driver = Driver(ray, deliver, actors, partial(_new_worker, make_extractor))
        driver.timeout = task_timeout
        driver.feed(batches)
        return driver.peak_rss()
    finally:
        if started:
            require("ray", extra="scale").shutdown()


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
