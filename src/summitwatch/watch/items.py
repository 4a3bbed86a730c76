"""Feed items: their identity (canonical URL, key) and their article.

An item is known by its canonical URL (tracking parameters, fragments and case
differences removed), or by its guid or content when it has no link; the store's
claim on that key and the article's content hash make ingestion exactly-once.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from summitwatch.errors import UnreadableInput
from summitwatch.ingest import article_from_text
from summitwatch.ingest.decode import decode_bytes
from summitwatch.models import Article
from summitwatch.watch.fetch import Fetcher

TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ocid")
FULL_TEXT_WORDS = 120  # a feed's content this long is the article; else fetch the page
TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed or sitemap, as the feed tells it."""

    url: str | None
    guid: str | None = None
    title: str | None = None
    summary: str | None = None
    content: str | None = None  # full text or HTML when the feed carries it
    published: date | None = None

    @property
    def key(self) -> str:
        """What makes two items the same item: the canonical URL, else the guid,
        else the text."""
        ident = canonical_url(self.url) if self.url else self.guid
        ident = ident or f"text:{self.title}\n{self.content or self.summary}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()

    @property
    def label(self) -> str:
        return self.url or self.guid or (self.title or "untitled item")


def canonical_url(url: str) -> str:
    """'HTTP://Example.org:80/a/?utm_source=x&b=2&a=1#top'
    → 'http://example.org/a?a=1&b=2'."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    default = {"http": 80, "https": 443}.get(scheme)
    if parts.port and parts.port != default:
        host = f"{host}:{parts.port}"
    query = sorted(
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(TRACKING)
    )
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def item_article(item: FeedItem, fetcher: Fetcher, *, today: date) -> Article:
    """The item's article: its own content when the feed carries the full text,
    else the page behind the link, read by the ingest layer (trafilatura).
    Published: the feed's date, else the page's, else `today` (when it was seen)."""
    content, url = item.content or "", canonical_url(item.url) if item.url else None
    if len(content.split()) >= FULL_TEXT_WORDS or (content and not url):
        article = article_from_text(
            content, source=url or item.label, url=url, published=item.published
        )
    elif item.url:
        article = _page_article(item, fetcher)
    else:
        raise UnreadableInput(item.label, "item has neither a link nor full text")
    if article.title is None and item.title:
        article = replace(article, title=item.title)
    return article if article.published else replace(article, published=today)


def _page_article(item: FeedItem, fetcher: Fetcher) -> Article:
    """The linked page (fetched as linked, kept under its canonical URL)."""
    page = fetcher.get(item.url or "")
    url = canonical_url(item.url or "")
    kind = page.content_type.split(";")[0].strip().lower()
    if kind not in TEXT_TYPES:
        raise UnreadableInput(url, f"the page is {kind}, not text or HTML")
    raw = decode_bytes(page.body, url)
    return article_from_text(raw, source=url, url=url, published=item.published)
