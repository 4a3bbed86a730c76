"""The record: a database of articles, their mentions and the merged events.

Public API: `Store` (write_article, stored_article, event,
events/timeline, pair, who_met, people, mentions) and `export` for files. The store
runs no extraction: `summitwatch.runner` reads, extracts and calls `write_article`.
"""

from summitwatch.store.answers import (
    EventDetail,
    EventView,
    IngestResult,
    Page,
    PairHistory,
    PersonView,
    SourceView,
    Venue,
)
from summitwatch.store.base import Store
from summitwatch.store.export import FORMATS, export
from summitwatch.store.filters import EventFilter

__all__ = [
    "FORMATS",
    "EventDetail",
    "EventFilter",
    "EventView",
    "IngestResult",
    "Page",
    "PairHistory",
    "PersonView",
    "SourceView",
    "Store",
    "Venue",
    "export",
]
