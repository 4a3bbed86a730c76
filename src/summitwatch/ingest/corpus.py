"""Stream a corpus into articles, one at a time, so memory stays flat as it grows.

A corpus is any mix of article files, folders, URL lists (expanded by `ingest`) and
JSON Lines files with one `{"text", "url", "published"}` object a line. Inputs that
cannot become an article come out as `BadRecord`s, so a run records them and goes on.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from summitwatch.errors import UnreadableInput
from summitwatch.models import Article, PartialDate

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
    Nothing one input does stops the others: a missing path, an unreadable file or
    folder, a bad sidecar or a line that breaks the JSON parser each become a
    `BadRecord` naming that input, and the next one is read.
    """
    for source in sources:
        try:
            if is_jsonl(source) and Path(source).is_file():
                yield from read_jsonl(source, published=published)
            else:
                yield from _iter_documents(source, published=published)
        except Exception as e:  # noqa: BLE001 - one input must not sink the run
            yield BadRecord(str(source), _problem(e))


def _problem(error: Exception) -> str:
    """What went wrong, in words a user can act on."""
    if isinstance(error, UnreadableInput):
        return error.problem
    if isinstance(error, OSError):
        return error.strerror or str(error)
    return f"{error.__class__.__name__}: {error}"


def count_corpus(sources: Iterable[str | Path]) -> int:
    """How many records `iter_corpus` will yield, counted without keeping any (an
    input that cannot be counted counts as one: it will be one failure)."""
    total = 0
    for source in sources:
        try:
            if is_jsonl(source) and Path(source).is_file():
                total += count_jsonl(source)
            else:
                total += sum(_count_item(item) for item in _expand(source))
        except Exception:  # noqa: BLE001 - iter_corpus reports it
            total += 1
    return total


def _count_item(item: str) -> int:
    try:
        return count_jsonl(item) if is_jsonl(item) else 1
    except Exception:  # noqa: BLE001 - iter_corpus reports it
        return 1


def read_jsonl(
    path: str | Path, *, published: date | None = None
) -> Iterator[Article | BadRecord]:
    """Articles from a JSON Lines file; a bad line becomes a `BadRecord` naming it."""
    with _open(path) as lines:
        for lineno, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            where = f"{path}#L{lineno}"
            try:
                yield parse_jsonl_line(raw, where, published=published)
            except RecursionError:
                yield BadRecord(where, "JSON nested too deep")


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
    """A record read like any other article (`ingest.article_from_text`: size limit,
    control characters, HTML, furniture), keeping the record's own fields."""
    from summitwatch.ingest.reader import article_from_text

    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ValueError('"text" is missing or empty')
    for key in ("url", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            raise ValueError(f'"{key}" must be a string')
    try:
        article = article_from_text(text, source=where)
    except UnreadableInput as e:
        raise ValueError(e.problem) from None
    return replace(
        article,
        title=record.get("title"),  # a record's first line is no title
        published=_date(record.get("published")) or published or article.published,
        url=record.get("url") or None,
        path=where,
    )


def _date(value: object) -> date | None:
    """ "2015", "2015-02", "2015-02-23" or a date-time ("2015-02-23T10:00:00Z") →
    its first day."""
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ValueError(f'"published" must be an ISO date string, not {value!r}')
    try:
        return PartialDate.parse(value).first
    except ValueError:
        pass
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
        except Exception as e:  # noqa: BLE001 - name this file, read the next
            yield BadRecord(str(item), _problem(e))
