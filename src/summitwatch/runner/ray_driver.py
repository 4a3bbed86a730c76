"""The Ray engine's scheduling loop, apart from Ray itself (`ray_engine` hands it
the module).

It keeps a bounded window of batches on the workers, hands results back to the
runner in input order (`deliver`, which writes and counts them), and replaces
workers that die or hang.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

from summitwatch.ingest.corpus import BadRecord
from summitwatch.models import Article

log = logging.getLogger(__name__)
Item = Article | BadRecord


class Driver:
    """The driver's loop: a bounded window of batches, written in input order.

    Results are written in the order the corpus was read, whichever worker finishes
    first, so a Ray run leaves the store exactly as an in-process run would.
    """

    def __init__(
        self,
        ray,  # type: ignore[no-untyped-def]
        deliver: Callable[[list[Item], list], None],
        actors: list,
        new_actor: Callable[[], Any],
    ) -> None:
        self.ray, self.deliver, self.actors = ray, deliver, actors
        self.new_actor = new_actor  # makes a replacement for a dead worker
        self.timeout = 600.0
        self.busy_since: list[float | None] = [None] * len(actors)
        self.timed_out: set[int] = set()  # batch numbers killed for running too long
        self.deaths: dict[int, int] = {}  # batch number → workers it took down
        self.sent_to: dict[Any, Any] = {}  # task → the actor it was sent to
        self.window = 2 * len(actors)  # batches sent but not yet written
        self.in_flight: dict[Any, tuple[int, int, list[Item]]] = {}
        self.finished: dict[int, tuple[list[Item], list]] = {}
        self.sent = self.written = 0
        self.load = [0] * len(actors)

    def feed(self, batches: Iterator[list[Item]]) -> None:
        for batch in batches:
            while self.sent - self.written >= self.window:
                self._drain_one()
            self._send(batch)
        while self.in_flight:
            self._drain_one()
        self._flush()

    def _send(self, batch: list[Item]) -> None:
        if any(isinstance(item, Article) for item in batch):
            self._submit(self.sent, batch)
        else:
            self.finished[self.sent] = (batch, [])
        self.sent += 1

    def _submit(self, number: int, batch: list[Item]) -> None:
        articles = [item for item in batch if isinstance(item, Article)]
        slot = self.load.index(min(self.load))
        ref = self.actors[slot].run.remote(articles)
        self.in_flight[ref] = (slot, number, batch)
        self.sent_to[ref] = self.actors[slot]
        self.load[slot] += 1
        self.busy_since[slot] = self.busy_since[slot] or time.monotonic()

    def peak_rss(self) -> list[int]:
        """Each worker's peak memory in bytes ([] if one is gone)."""
        try:
            return self.ray.get([actor.peak_rss.remote() for actor in self.actors])
        except self.ray.exceptions.RayError:
            return []

    def _drain_one(self) -> None:
        ready: list = []
        while not ready:
            wait = max(0.1, min(5.0, self.timeout))
            ready, _ = self.ray.wait(list(self.in_flight), num_returns=1, timeout=wait)
            self._restart_stuck()
        slot, number, batch = self.in_flight.pop(ready[0])
        actor = self.sent_to.pop(ready[0])
        self.load[slot] -= 1
        self.busy_since[slot] = time.monotonic() if self.load[slot] else None
        results = self._results(ready[0], (slot, actor), number, batch)
        if results is not None:
            self.finished[number] = (batch, results)
            self._flush()

    def _results(self, ref, where, number: int, batch: list[Item]) -> list | None:
        """The batch's results; None when it went back to the queue.

        A worker that dies (crash, OOM, killed for a timeout) is replaced, what was
        queued on it is sent again, and a batch that takes down two workers fails.
        """
        slot, actor = where
        try:
            return self.ray.get(ref)
        except self.ray.exceptions.RayActorError as e:
            self._replace(slot, actor)
            if not self._to_blame(slot, number):
                self._submit(number, batch)  # queued behind the culprit: retry
                return None
            self.deaths[number] = self.deaths.get(number, 0) + 1
            if self.deaths[number] < 2:
                self._submit(number, batch)
                return None
            problem = f"worker died: {e.__class__.__name__}"
            if number in self.timed_out:
                problem = f"timed out after {self.timeout:g} s"
        except self.ray.exceptions.RayError as e:
            problem = f"{e.__class__.__name__}: {e}"
        size = sum(isinstance(item, Article) for item in batch)
        return [(None, problem)] * size

    def _replace(self, slot: int, dead) -> None:
        if self.actors[slot] is dead:
            self.actors[slot] = self.new_actor()

    def _to_blame(self, slot: int, number: int) -> bool:
        """Whether this batch was running (the worker's oldest) when the worker died."""
        return all(n >= number for s, n, _ in self.in_flight.values() if s == slot)

    def _restart_stuck(self) -> None:
        """Kill a worker whose batch ran past the timeout; `_results` replaces it."""
        now = time.monotonic()
        for slot, since in enumerate(self.busy_since):
            if since is None or now - since < self.timeout:
                continue
            running = min(n for s, n, _ in self.in_flight.values() if s == slot)
            log.warning("a batch ran over %g s; restarting its worker", self.timeout)
            self.timed_out.add(running)
            self.ray.kill(self.actors[slot])
            self.busy_since[slot] = now

    def _flush(self) -> None:
        while self.written in self.finished:
            self.deliver(*self.finished.pop(self.written))
            self.written += 1
