"""Ingest: download, decode and clean sources into `Article`s. No NLP here."""

from summitwatch.ingest.reader import (
    article_from_text,
    is_url,
    iter_sources,
    parse_published,
    read_article,
)

__all__ = [
    "article_from_text",
    "is_url",
    "iter_sources",
    "parse_published",
    "read_article",
]
