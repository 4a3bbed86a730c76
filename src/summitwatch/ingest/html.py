"""HTML pages → main text and metadata, through trafilatura."""

from __future__ import annotations

import logging
import re
from datetime import date

from summitwatch.errors import UnreadableInput

log = logging.getLogger(__name__)
MIN_WORDS = 5  # fewer is navigation residue, not an article
_HTML_START = re.compile(
    r"^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[ >])", re.I
)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2000])) or "</p>" in text[:20000].lower()


def _iso_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def extract_html(
    html: str, source: str
) -> tuple[str, str | None, str | None, date | None]:
    """Return (text, title, author, published) of the page's main content."""
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, include_comments=False, include_tables=False, with_metadata=True
        )
    except Exception as e:  # trafilatura raises assorted lxml errors on broken pages
        raise UnreadableInput(
            source, f"cannot parse HTML ({e.__class__.__name__})"
        ) from None
    if doc is None or len((doc.text or "").split()) < MIN_WORDS:
        raise UnreadableInput(source, "no article text found in the HTML page")
    return doc.text, doc.title, doc.author, _iso_date(doc.date)
