"""What turns articles into events, loaded in one place for every engine.

An extractor is a callable `Article -> list[Event]`, optionally with `many(batch)`
(the batched path, spaCy's `nlp.pipe`). The default runs the NLP pipeline with the
KB; `$SUMMITWATCH_EXTRACTOR` ("package.module:function") names another, for tests.
`Worker` runs one over a batch and turns each article's failure into a message, so
the local engine and each Ray worker run exactly the same code.
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from summitwatch.errors import SummitWatchError
from summitwatch.models import Article, Event

log = logging.getLogger(__name__)
EXTRACTOR_ENV = "SUMMITWATCH_EXTRACTOR"
Outcome = tuple[list[Event] | None, str | None]  # (events, None) or (None, error)


class Extractor(Protocol):
    def __call__(self, article: Article) -> Sequence[Event]: ...


class ExtractorUnavailable(SummitWatchError):
    """No extractor to run: every article would fail the same way, so stop."""


class PipelineExtractor:
    """`process` with the pipeline and KB loaded once; `many` batches the model work.

    Batching (`extract_many`, spaCy's `nlp.pipe`) gives the same events as calling
    `process` per article, for less CPU (docs/performance.md).
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


def named_extractor(spec: str) -> Extractor:
    """The `package.module:function` extractor that $SUMMITWATCH_EXTRACTOR names."""
    module, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as e:
        raise ExtractorUnavailable(
            f"cannot load the extractor {spec!r} ({e})"
        ) from None


def extractor_factory() -> Callable[[], Extractor]:
    """What to call, where extraction runs, to get the extractor: the pipeline,
    unless this process's environment names another (read here, once, so Ray
    workers load what the driver was told)."""
    spec = os.environ.get(EXTRACTOR_ENV)
    return partial(named_extractor, spec) if spec else PipelineExtractor


class Worker:
    """Runs an extractor over batches: the body of the local engine and of each Ray
    actor."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    @property
    def batched(self) -> bool:
        return callable(getattr(self.extractor, "many", None))

    def run(self, batch: list[Article]) -> list[Outcome]:
        """(events, None) per article, or (None, error) when that article failed."""
        if self.batched and len(batch) > 1:
            try:
                return [(list(e), None) for e in self.extractor.many(batch)]  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001 - find the culprit one article at a time
                log.info(
                    "batch failed; retrying its %d articles one by one", len(batch)
                )
        return [self.one(article) for article in batch]

    def one(self, article: Article) -> Outcome:
        try:
            return list(self.extractor(article)), None
        except Exception as e:  # noqa: BLE001 - one bad article must not sink a run
            log.debug("extraction failed on %s", article.source, exc_info=True)
            return None, f"{type(e).__name__}: {e}"
