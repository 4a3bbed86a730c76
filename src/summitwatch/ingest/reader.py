"""Read one source (file or URL) into an `Article`, and expand inputs to sources."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from summitwatch import config
from summitwatch.errors import BadArgument, UnreadableInput
from summitwatch.ingest.clean import clean_text, drop_furniture
from summitwatch.ingest.decode import decode_bytes
from summitwatch.ingest.html import extract_html, looks_like_html
from summitwatch.ingest.language import guess_language
from summitwatch.models import Article, PartialDate

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".text")
_URL = re.compile(r"^https?://\S+$")
# NUL and the other C0 controls but tab and line breaks: PostgreSQL refuses NUL, and
# none of them is text.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_WORD = re.compile(r"[^\W_]")


def is_url(source: str | Path) -> bool:
    return bool(_URL.match(str(source)))


def _read_bytes(source: str | Path) -> bytes:
    if is_url(source):
        import trafilatura

        html = trafilatura.fetch_url(str(source))
        if html is None:
            raise UnreadableInput(str(source), "could not download the page")
        return html.encode("utf-8")
    path = Path(source)
    try:
        info = path.stat()
    except OSError as e:
        why = "no such file" if isinstance(e, FileNotFoundError) else e.strerror
        if path.is_symlink():
            why = "broken or looping symbolic link"
        raise UnreadableInput(str(source), why or str(e)) from None
    if stat.S_ISDIR(info.st_mode):
        raise UnreadableInput(str(source), _folder_problem(path))
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableInput(
            str(source), "not a regular file (a FIFO, socket or device)"
        )
    check_size(info.st_size, str(source), "file")
    try:
        return path.read_bytes()
    except OSError as e:
        raise UnreadableInput(str(source), e.strerror or str(e)) from None


def _folder_problem(path: Path) -> str:
    try:
        next(iter(path.iterdir()), None)
    except OSError as e:
        return f"folder cannot be read ({e.strerror or e})"
    return "a folder, not an article file"


def _size(count: int) -> str:
    return f"{count // 1_000_000} MB" if count >= 1e6 else f"{count // 1000} KB"


def readable_name(source: str) -> str:
    """A file name as text that can be printed, written as UTF-8 and stored: bytes
    that are not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return source.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def check_size(size: int, source: str, what: str = "text") -> None:
    """Refuse an article over the size limit, however it arrives (file, JSON Lines
    record, upload): spaCy's time and memory grow with it."""
    limit = int(config.get("max_bytes"))
    if size > limit:
        raise UnreadableInput(
            source,
            f"{what} is {_size(size)}, over the {_size(limit)} limit"
            " (set SUMMITWATCH_MAX_BYTES to raise it)",
        )


def article_from_text(
    raw: str, *, source: str, published: date | None = None, url: str | None = None
) -> Article:
    """Turn decoded text (plain or HTML) into an `Article`; `published` overrides."""
    check_size(len(raw.encode("utf-8", "surrogatepass")), source)
    raw = _CONTROLS.sub("", raw)
    if looks_like_html(raw):
        text, title, author, found = extract_html(raw, source)
        text = "\n".join(drop_furniture(text.split("\n")))
    else:
        title, found, text = clean_text(raw)
        author = None
    if not text.strip():
        raise UnreadableInput(source, "no article text left after cleaning")
    if not _WORD.search(text):
        raise UnreadableInput(
            source, "no readable text (only invisible, control or symbol characters)"
        )
    return Article(
        text=text,
        title=title,
        published=published or found,
        url=url,
        path=None if url else readable_name(source),
        author=author,
        language=guess_language(text),
    )


def sidecar_metadata(source: str | Path) -> dict:
    """`NNN.meta.json` beside `NNN.txt`: publication date (and more) kept with the
    file.
    """
    if is_url(source):
        return {}
    path = Path(source)
    meta = path.with_name(f"{path.stem}.meta.json")
    if not meta.is_file():
        return {}
    try:
        data = json.loads(meta.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        why = getattr(e, "strerror", None) or "not valid UTF-8 JSON"
        raise UnreadableInput(str(source), f"sidecar {meta.name}: {why}") from None
    if not isinstance(data, dict):
        raise UnreadableInput(str(source), f"sidecar {meta.name}: not a JSON object")
    return data


def parse_published(value: str | None, *, source: str = "--published") -> date | None:
    """'2019', '2019-04' or '2019-04-25' → a date (the first day the value covers);
    `BadArgument` with the message every date option gives."""
    if not value:
        return None
    return PartialDate.argument(value, source).first


def read_article(source: str | Path, *, published: date | None = None) -> Article:
    """Read a file or URL; raise `UnreadableInput` naming it when it is not an
    article.
    """
    raw = decode_bytes(_read_bytes(source), str(source))
    url = str(source) if is_url(source) else None
    if published is None:
        meta = sidecar_metadata(source).get("published")
        if meta is not None and not isinstance(meta, str):
            raise UnreadableInput(
                str(source),
                f'sidecar "published" must be a date string, not {meta!r}',
            )
        try:
            published = PartialDate.argument(meta, "published").first if meta else None
        except BadArgument as e:
            raise UnreadableInput(str(source), f"sidecar {e}") from None
    return article_from_text(raw, source=str(source), published=published, url=url)


def _url_list(path: Path) -> list[str] | None:
    """A file whose non-blank lines are all URLs is a URL list."""
    if path.suffix not in (".txt", ".urls", ".list") or path.stat().st_size > 1_000_000:
        return None
    try:
        lines = [ln.strip() for ln in path.read_text(errors="replace").splitlines()]
    except OSError:
        return None
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return lines if lines and all(_URL.match(ln) for ln in lines) else None


def iter_sources(inputs: Iterable[str | Path]) -> list[str]:
    """Expand folders (sorted article files), URL-list files and URLs into sources."""
    sources: list[str] = []
    for item in inputs:
        path = Path(item)
        if is_url(item):
            sources.append(str(item))
        elif path.is_dir():
            sources.extend(folder_sources(path))
        elif path.is_file() and (urls := _url_list(path)):
            sources.extend(urls)
        else:
            sources.append(str(item))
    return sources


def folder_sources(folder: Path) -> list[str]:
    """A folder's article files, sorted, with what cannot be read kept in the list
    so that reading it names the problem (a broken link, a FIFO, a subfolder that
    cannot be opened) instead of skipping it in silence."""
    found: list[str] = []

    def unreadable(error: OSError) -> None:
        if error.filename and os.fsdecode(error.filename) != str(folder):
            found.append(os.fsdecode(error.filename))
        elif error.filename:
            raise UnreadableInput(
                str(folder), f"folder cannot be read ({error.strerror})"
            )

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs.sort()
        found.extend(
            os.path.join(root, name)
            for name in files
            if Path(name).suffix.lower() in ARTICLE_SUFFIXES
            and not name.endswith(".meta.json")
        )
    return sorted(found)
