"""Read → extract → store many files, one transaction each, collecting failures.

The CLI and anything else that ingests folders call `ingest_paths`; the Ray backend
reuses only the storing half (`Store.ingest` and `Store.has_article`).
"""

from __future__ import annotations

import importlib
import logging
import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from summitwatch.errors import SummitWatchError
from summitwatch.models import Article, Event
from summitwatch.store.base import Store
from summitwatch.store.records import IngestReport

log = logging.getLogger(__name__)
Extractor = Callable[[Article], Sequence[Event]]
Progress = Callable[[int, int, str], None]
# "package.module:function" replacing the extractor, for tests (e.g. a slow fake).
EXTRACTOR_ENV = "SUMMITWATCH_EXTRACTOR"


class ExtractorUnavailable(SummitWatchError):
    """No extractor to run: every file would fail the same way, so stop."""


def default_extractor() -> Extractor:
    """`summitwatch.process.extract_article`, or what `$SUMMITWATCH_EXTRACTOR` names."""
    spec = os.environ.get(EXTRACTOR_ENV, "summitwatch.process:extract_article")
    module, _, name = spec.partition(":")
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as e:
        raise ExtractorUnavailable(
            f"cannot load the extractor {spec!r} ({e})"
        ) from None


def ingest_paths(
    store: Store,
    paths: Iterable[str | Path],
    *,
    published: date | None = None,
    extract: Extractor | None = None,
    on_progress: Progress | None = None,
) -> IngestReport:
    """Store every readable article under `paths`; skip stored ones by content hash.

    A file that cannot be read, extracted or stored is reported in `failures` and
    the rest carry on; a re-run after a crash finishes what is left.
    """
    from summitwatch.ingest.corpus import BadRecord, count_corpus, iter_corpus

    inputs = [str(p) for p in paths]
    total = count_corpus(inputs)
    report = IngestReport()
    extractor = extract
    for done, item in enumerate(iter_corpus(inputs, published=published), start=1):
        bad = isinstance(item, BadRecord)
        source = item.source if bad else item.path or item.source
        if bad:
            report.failures.append((item.source, item.problem))
        else:
            extractor = _store_one(store, item, extractor, report, source)
        if on_progress is not None:
            on_progress(done, total, source)
    return report


def _store_one(
    store: Store,
    article: Article,
    extractor: Extractor | None,
    report: IngestReport,
    source: str,
) -> Extractor | None:
    """Extract and store one article (one transaction); a failure is reported."""
    try:
        if store.has_article(article.content_hash):
            report.skipped += 1
        else:
            extractor = extractor or default_extractor()
            report.results.append(store.ingest(article, list(extractor(article))))
    except ExtractorUnavailable:
        raise
    except Exception as e:  # noqa: BLE001 - one bad article must not sink the batch
        log.debug("failed on %s", source, exc_info=True)
        report.failures.append((source, f"{e.__class__.__name__}: {e}"))
    return extractor
