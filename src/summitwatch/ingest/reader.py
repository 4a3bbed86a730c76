"""Read one source (file or URL) into an `Article`, and expand inputs to sources."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from summitwatch import config
from summitwatch.errors import UnreadableInput
from summitwatch.ingest.clean import clean_text, drop_furniture
from summitwatch.ingest.decode import decode_bytes
from summitwatch.ingest.html import extract_html, looks_like_html
from summitwatch.ingest.language import guess_language
from summitwatch.models import Article

ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".text")
_URL = re.compile(r"^https?://\S+$")


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
    if not path.is_file():
        raise UnreadableInput(str(source), "no such file")
    limit = int(config.get("max_bytes"))
    if path.stat().st_size > limit:
        raise UnreadableInput(
            str(source),
            f"file is {path.stat().st_size // 1_000_000} MB, over the "
            f"{limit // 1_000_000} MB"
            " limit (set SUMMITWATCH_MAX_BYTES to raise it)",
        )
    return path.read_bytes()


def article_from_text(
    raw: str, *, source: str, published: date | None = None, url: str | None = None
) -> Article:
    """Turn decoded text (plain or HTML) into an `Article`; `published` overrides."""
    if looks_like_html(raw):
        text, title, author, found = extract_html(raw, source)
        text = "\n".join(drop_furniture(text.split("\n")))
    else:
        title, found, text = clean_text(raw)
        author = None
    if not text.strip():
        raise UnreadableInput(source, "no article text left after cleaning")
    return Article(
        text=text,
        title=title,
        published=published or found,
        url=url,
        path=None if url else source,
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
    try:
        data = json.loads(meta.read_text(encoding="utf-8")) if meta.is_file() else {}
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def parse_published(value: str | None, *, source: str = "--published") -> date | None:
    """'2019', '2019-04' or '2019-04-25' → a date (the first day the value covers)."""
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?", value.strip())
    try:
        if match:
            return date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        pass
    raise UnreadableInput(
        source, f"bad date {value!r} (want YYYY, YYYY-MM or YYYY-MM-DD)"
    )


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
        published = parse_published(meta, source=str(source)) if meta else None
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
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES
            )
            sources.extend(str(p) for p in files if p.is_file())
        elif path.is_file() and (urls := _url_list(path)):
            sources.extend(urls)
        else:
            sources.append(str(item))
    return sources
