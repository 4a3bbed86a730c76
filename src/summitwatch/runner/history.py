"""Import a summit-history CSV: the file is one source, its rows occurred events.

`ingest.history` reads the rows; this checks their days and writes them to the store
as one article of kind "dataset" (no extraction: the rows are the events).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summitwatch.ingest.history import HistoryRow, read_history_csv
from summitwatch.models import Article, PartialDate
from summitwatch.store import Store
from summitwatch.store.answers import IngestResult, JsonView


@dataclass
class HistoryImport(JsonView):
    """What importing one CSV did: the stored source, good rows, bad rows' errors."""

    path: str
    result: IngestResult
    rows: int
    errors: list[str]


def import_history(store: Store, path: str | Path) -> HistoryImport:
    """Store every good row (bad rows are returned as errors); re-import is a no-op.

    A changed file at the same path replaces the rows it stored before.
    """
    path = Path(path)
    parsed = read_history_csv(path)  # raises UnreadableInput for a hopeless file
    text = path.read_text(encoding="utf-8-sig")
    article = Article(text=text, title=path.name, path=str(path.resolve()))
    rows, errors = [], list(parsed.errors)
    for row in parsed.rows:
        if problem := _bad_day(row):
            errors.append(f"{path.name}:{row.line}: {problem}")
        else:
            rows.append(row)
    errors.sort(key=_line_number)
    events = [row.event for row in rows]
    ends = [row.date_end for row in rows]
    result = store.write_article(article, events, kind="dataset", ends=ends)
    return HistoryImport(str(path), result, len(rows), errors)


def _bad_day(row: HistoryRow) -> str | None:
    """The reader checks the date's shape; this checks it is a real day."""
    days = []
    for value in (row.event.date, row.date_end):
        try:
            days.append(PartialDate.parse(value or ""))
        except ValueError:
            return f"bad date {value!r} (no such day)"
    start, end = days
    if end.last < start.first:
        return f"date_end {row.date_end!r} is before date_start {row.event.date!r}"
    return None


def _line_number(error: str) -> int:
    try:
        return int(error.split(":")[1])
    except (IndexError, ValueError):
        return 0
