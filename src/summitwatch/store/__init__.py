"""The record: a database of articles, their mentions and the merged events.

Public API: `Store` (ingest, has_article, import_history, event, events/timeline,
pair, who_met, people, mentions), `ingest_paths` for batches, `export` for files.
"""

from summitwatch.store.base import Store
from summitwatch.store.batch import ExtractorUnavailable, ingest_paths
from summitwatch.store.export import FORMATS, export
from summitwatch.store.records import (
    EventDetail,
    EventView,
    HistoryImport,
    IngestReport,
    IngestResult,
    PairHistory,
    PersonView,
    SourceView,
    Venue,
)

__all__ = [
    "FORMATS",
    "EventDetail",
    "EventView",
    "ExtractorUnavailable",
    "HistoryImport",
    "IngestReport",
    "IngestResult",
    "PairHistory",
    "PersonView",
    "SourceView",
    "Store",
    "Venue",
    "export",
    "ingest_paths",
]
