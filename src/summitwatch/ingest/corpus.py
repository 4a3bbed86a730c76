"""Stream a corpus into articles, one at a time, so memory stays flat as it grows.

A corpus is any mix of article files, folders, URL lists (expanded by `ingest`) and
JSON Lines files with one `{"text", "url", "published"}` object a line. Inputs that
cannot become an article come out as `BadRecord`s, so a run records them and goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from summitwatch.errors import UnreadableInput
from summitwatch.models import Article

JSONL_SUFFIXES = (".jsonl", ".ndjson")


@dataclass(frozen=True)
class BadRecord:
    """One input that could not be read or processed, named by file and line."""

    source: str
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"


def is_jsonl(source: str | Path) -> bool:
    return Path(str(source)).suffix.lower() in JSONL_SUFFIXES


def iter_corpus(
    sources: Iterable[str | Path], *, published: date | None = None
) -> Iterator[Article | BadRecord]:
    """Yield each input's article (or why it failed), reading lazily.

    `published` is the date used for an article that carries none of its own.
    """
    for source in sources:
        if is_jsonl(source) and Path(source).is_file():
            yield from read_jsonl(source, published=published)
        else:
            yield from _iter_documents(source, published=published)


def count_corpus(sources: Iterable[str | Path]) -> int:
    """How many records `iter_corpus` will yield, counted without keeping any."""
    total = 0
    for source in sources:
        if is_jsonl(source) and Path(source).is_file():
            total += count_jsonl(source)
        else:
            total += sum(
                count_jsonl(item) if is_jsonl(item) else 1 for item in _expand(source)
            )
    return total


def read_jsonl(
    path: str | Path, *, published: date | None = None
) -> Iterator[Article | BadRecord]:
    """Articles from a JSON Lines file; a bad line becomes a `BadRecord` naming it."""
    with _open(path) as lines:
        for lineno, raw in enumerate(lines, start=1):
            if raw.strip():
                yield parse_jsonl_line(raw, f"{path}#L{lineno}", published=published)


def count_jsonl(path: str | Path) -> int:
    with _open(path) as lines:
        return sum(1 for raw in lines if raw.strip())


def parse_jsonl_line(
    raw: bytes, where: str, *, published: date | None = None
) -> Article | BadRecord:
    """One JSONL line → an `Article`, or a `BadRecord` that says what is wrong."""
    try:
        record = json.loads(raw)
    except UnicodeDecodeError:
        return BadRecord(where, "not UTF-8 text")
    except json.JSONDecodeError as e:
        return BadRecord(where, f"not valid JSON ({e.msg}, column {e.colno})")
    if not isinstance(record, dict):
        return BadRecord(where, 'expected a JSON object with "text"')
    try:
        return _article(record, where, published)
    except ValueError as e:
        return BadRecord(where, str(e))


def _article(record: dict, where: str, published: date | None) -> Article:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('"text" is missing or empty')
    for key in ("url", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f'"{key}" must be a string')
    return Article(
        text=text,
        title=record.get("title"),
        published=_date(record.get("published")) or published,
        url=record.get("url") or None,
        path=where,
    )


def _date(value: object) -> date | None:
    """ISO date or date-time ("2015-02-23", "2015-02-23T10:00:00Z") → date."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f'"published" must be an ISO date string, not {value!r}')
    try:
        return datetime.fromisoformat(value.strip()).date()
    except ValueError:
        raise ValueError(
            f'"published" {value!r} is not an ISO date (want YYYY-MM-DD)'
        ) from None


def _open(path: str | Path):
    try:
        return open(path, "rb")
    except OSError as e:
        raise UnreadableInput(str(path), e.strerror or str(e)) from None


def _expand(source: str | Path) -> list:
    """Paths and URLs one command-line source stands for (folders, URL lists);
    a folder's JSON Lines files come after its article files."""
    from summitwatch.ingest import iter_sources

    items = list(iter_sources([source]))
    if Path(str(source)).is_dir():
        items += sorted(
            str(p) for p in Path(source).rglob("*") if is_jsonl(p) and p.is_file()
        )
    return items


def _iter_documents(
    source: str | Path, *, published: date | None
) -> Iterator[Article | BadRecord]:
    from summitwatch.ingest import read_article

    for item in _expand(source):
        if is_jsonl(item) and Path(str(item)).is_file():
            yield from read_jsonl(item, published=published)
            continue
        try:
            yield read_article(item, published=published)
        except UnreadableInput as e:
            yield BadRecord(e.source, e.problem)
