"""Import a summit-history CSV: the file is one source, its rows occurred events."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from summitwatch.ingest.history import read_history_csv
from summitwatch.models import Article
from summitwatch.store.records import HistoryImport

if TYPE_CHECKING:
    from summitwatch.store.base import Store


def import_history(store: Store, path: str | Path) -> HistoryImport:
    """Store every good row (bad rows are returned as errors); re-import is a no-op.

    A changed file at the same path replaces the rows it stored before.
    """
    path = Path(path)
    parsed = read_history_csv(path)  # raises UnreadableInput for a hopeless file
    text = path.read_text(encoding="utf-8-sig")
    article = Article(text=text, title=path.name, path=str(path.resolve()))
    events = [row.event for row in parsed.rows]
    ends = [row.date_end for row in parsed.rows]
    result = store.write_article(article, events, kind="dataset", ends=ends)
    return HistoryImport(str(path), result, len(parsed.rows), parsed.errors)
