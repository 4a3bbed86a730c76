"""What a run did: counts, the stored articles' ids and events, every failure named."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from summitwatch.ingest.corpus import BadRecord

if TYPE_CHECKING:  # `extract` runs without the store (and SQLAlchemy) loaded
    from summitwatch.store.answers import IngestResult


@dataclass
class RunReport:
    """Counts so far (the progress bar shows them) and, at the end, the outcome.

    `results` holds one `IngestResult` per article written to the store (new or
    replaced, with its article id and event ids) and per article skipped as already
    stored (status "unchanged"); `failures` one entry per input that failed.
    """

    total: int | None = None  # inputs expected (None when unknown)
    stored: int = 0  # articles written (to the store, or printed by `extract`)
    replaced: int = 0  # of `stored`: same url or path, new content
    skipped: int = 0  # already stored: the resume rule
    failed: int = 0
    events: int = 0  # events extracted from the written articles
    results: list[IngestResult] = field(default_factory=list)
    failures: list[BadRecord] = field(default_factory=list)
    worker_peak_rss: list[int] = field(default_factory=list)
    keep_results: bool = True  # False: counts only, so memory stays flat on big runs

    def add(self, result: IngestResult) -> None:
        if self.keep_results:
            self.results.append(result)

    @property
    def done(self) -> int:
        return self.stored + self.skipped + self.failed

    @property
    def new(self) -> int:
        return self.stored - self.replaced

    @property
    def written(self) -> list[IngestResult]:
        """The articles this run wrote (not those it skipped)."""
        return [r for r in self.results if r.status != "unchanged"]

    @property
    def event_ids(self) -> list[str]:
        """Merged events the written articles touched, each once, in order."""
        return list(dict.fromkeys(i for r in self.written for i in r.event_ids))

    def fail(self, source: str, problem: str) -> None:
        self.failed += 1
        self.failures.append(BadRecord(source, problem))

    def summary(self) -> str:
        """'2 new, 0 replaced, 1 unchanged, 0 failed; 5 events extracted'."""
        return (
            f"{self.new} new, {self.replaced} replaced, {self.skipped} unchanged, "
            f"{self.failed} failed; {self.events} events extracted"
        )

    def to_dict(self) -> dict[str, Any]:
        keys = ("total", "stored", "new", "replaced", "skipped", "failed", "events")
        data: dict[str, Any] = {key: getattr(self, key) for key in keys}
        data["results"] = [r.to_dict() for r in self.results]
        data["failures"] = [[f.source, f.problem] for f in self.failures]
        return data
