"""Feed bytes → `FeedItem`s: RSS 2.0 and Atom (feedparser), JSON Feed, news sitemaps.

Anything else (an HTML page, malformed XML, a sitemap index) raises `FeedError`
naming what was found, so the watcher records it for that feed and goes on.
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from xml.etree import ElementTree

from summitwatch.errors import SummitWatchError
from summitwatch.watch.items import FeedItem

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
_HTML = re.compile(rb"^\s*(<!doctype html|<html)", re.I)
_BENIGN = ("CharacterEncodingOverride", "NonXMLContentType")  # feedparser's notes


class FeedError(SummitWatchError):
    """The body is not a feed this watcher reads; the message says what it is."""


def parse_feed(body: bytes, *, content_type: str = "") -> list[FeedItem]:
    """The items of an RSS 2.0, Atom, JSON Feed or news-sitemap body."""
    head = body[:4096].lstrip()
    if not head:
        raise FeedError("empty response")
    if "json" in content_type or head.startswith(b"{"):
        return _json_feed(body)
    if _HTML.match(head):
        raise FeedError("an HTML page, not a feed (RSS, Atom, JSON Feed or sitemap)")
    if b"<urlset" in head or b"<sitemapindex" in head:
        return _sitemap(body)
    return _xml_feed(body)


def _xml_feed(body: bytes) -> list[FeedItem]:
    import feedparser

    parsed = feedparser.parse(body)
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and type(problem).__name__ not in _BENIGN:
        raise FeedError(f"malformed feed: {problem}")
    if not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed")
    return [_entry(entry) for entry in parsed.entries]


def _entry(entry) -> FeedItem:  # type: ignore[no-untyped-def]
    content = entry.get("content") or []
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return FeedItem(
        url=entry.get("link"),
        guid=entry.get("id"),
        title=entry.get("title"),
        summary=entry.get("summary"),
        content=content[0].get("value") if content else None,
        published=date(*stamp[:3]) if isinstance(stamp, time.struct_time) else None,
    )


def _json_feed(body: bytes) -> list[FeedItem]:
    """JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1)."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as e:
        raise FeedError(f"malformed JSON Feed: {e}") from None
    version = data.get("version", "") if isinstance(data, dict) else ""
    if not str(version).startswith("https://jsonfeed.org/version/"):
        raise FeedError("JSON, but not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise FeedError("JSON Feed without an items list")
    return [_json_item(item) for item in items if isinstance(item, dict)]


def _json_item(item: dict) -> FeedItem:
    return FeedItem(
        url=item.get("url") or item.get("external_url"),
        guid=str(item["id"]) if item.get("id") is not None else None,
        title=item.get("title"),
        summary=item.get("summary"),
        content=item.get("content_html") or item.get("content_text"),
        published=_iso_day(item.get("date_published") or item.get("date_modified")),
    )


def _sitemap(body: bytes) -> list[FeedItem]:
    """A (news) sitemap: each <url> with its <loc>, news title and date."""
    try:
        root = ElementTree.fromstring(body)
    except ElementTree.ParseError as e:
        raise FeedError(f"malformed sitemap: {e}") from None
    if root.tag == f"{SITEMAP_NS}sitemapindex":
        raise FeedError("a sitemap index; add the news sitemaps it lists instead")
    items = []
    for node in root.iter(f"{SITEMAP_NS}url"):
        loc = (node.findtext(f"{SITEMAP_NS}loc") or "").strip()
        news = node.find(f"{NEWS_NS}news")
        title = news.findtext(f"{NEWS_NS}title") if news is not None else None
        day = news.findtext(f"{NEWS_NS}publication_date") if news is not None else None
        day = day or node.findtext(f"{SITEMAP_NS}lastmod")
        if loc:
            items.append(FeedItem(url=loc, title=title, published=_iso_day(day)))
    return items


def _iso_day(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
