"""A tiny web site on 127.0.0.1 for the watcher's tests: fixture feeds and article
pages that a test changes between rounds, plus the bad servers (hanging, endless
redirects, endless bodies) a watcher meets in the wild. It logs every request."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Special = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Page:
    body: bytes
    type: str
    status: int = 200
    stamp: float = 1_700_000_000.0

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha1(self.body).hexdigest()[:16] + '"'

    @property
    def last_modified(self) -> str:
        return formatdate(self.stamp, usegmt=True)


@dataclass
class Hit:
    path: str
    status: int
    if_none_match: str | None
    if_modified_since: str | None


class Site:
    def __init__(self) -> None:
        self.pages: dict[str, Page | Special] = {}
        self.hits: list[Hit] = []
        self.sent = 0  # bytes written by the endless body
        self.posts: list[bytes] = []  # bodies POSTed (the webhook)
        self.post_statuses: list[int] = []  # answers to the next POSTs (then 200)
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
                site.handle(self)

            def do_POST(self) -> None:  # noqa: N802
                site.posts.append(self.rfile.read(int(self.headers["Content-Length"])))
                status = site.post_statuses.pop(0) if site.post_statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body: str | bytes, type: str = "text/html; charset=utf-8",
            status: int = 200) -> None:  # fmt: skip
        data = body.encode("utf-8") if isinstance(body, str) else body
        old = self.pages.get(path)
        stamp = old.stamp + 60 if isinstance(old, Page) else 1_700_000_000.0
        self.pages[path] = Page(data, type, status, stamp)

    def hits_of(self, path: str) -> list[Hit]:
        return [h for h in self.hits if h.path == path]

    def _special_under(self, path: str) -> Special | None:
        """A bad server answers every path below its own (/loop/1/1 ...)."""
        for prefix, page in self.pages.items():
            if callable(page) and path.startswith(prefix + "/"):
                return page
        return None

    def handle(self, req: BaseHTTPRequestHandler) -> None:
        path = req.path.split("?")[0]
        page = self.pages.get(path) or self._special_under(path)
        if callable(page):
            self.hits.append(Hit(path, 0, None, None))
            page(req)
            return
        inm, ims = (
            req.headers.get("If-None-Match"),
            req.headers.get("If-Modified-Since"),
        )
        if page is None:
            status = 404
        elif page.status == 200 and (
            inm == page.etag or (not inm and ims == page.last_modified)
        ):
            status = 304
        else:
            status = page.status
        self.hits.append(Hit(path, status, inm, ims))
        req.send_response(status)
        if page is not None:
            req.send_header("ETag", page.etag)
            req.send_header("Last-Modified", page.last_modified)
            req.send_header("Content-Type", page.type)
        body = page.body if page is not None and status == 200 else b""
        req.send_header("Content-Length", str(len(body)))
        req.end_headers()
        req.wfile.write(body)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


# ---- the bad servers


def hang(req: BaseHTTPRequestHandler) -> None:
    """Accept and never answer (within any test's timeout)."""
    time.sleep(5)


def redirect_forever(req: BaseHTTPRequestHandler) -> None:
    """Each hop redirects to the next: /loop → /loop/1 → /loop/1/1 ..."""
    req.send_response(302)
    req.send_header("Location", req.path + "/1")
    req.send_header("Content-Length", "0")
    req.end_headers()


def endless_body(site: Site, total: int = 100 * 1024 * 1024) -> Special:
    """A 100 MB body with no declared length, written until the client hangs up."""

    def serve(req: BaseHTTPRequestHandler) -> None:
        chunk = b"<rss>" + b"x" * 65531
        req.send_response(200)
        req.send_header("Content-Type", "application/rss+xml")
        req.send_header("Connection", "close")
        req.end_headers()
        try:
            while site.sent < total:
                req.wfile.write(chunk)
                site.sent += len(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass

    return serve


def declared_huge(req: BaseHTTPRequestHandler) -> None:
    """Announces 100 MB; the watcher should not even start reading."""
    req.send_response(200)
    req.send_header("Content-Type", "application/rss+xml")
    req.send_header("Content-Length", str(100 * 1024 * 1024))
    req.end_headers()
    try:
        req.wfile.write(b"<rss>")
    except (BrokenPipeError, ConnectionResetError):
        pass


# ---- fixture documents


def rss(site: Site, items: list[tuple[str, str, str]], *, day: str) -> str:
    """An RSS 2.0 feed of (path, title, summary) items published on `day`."""
    from datetime import date

    stamp = formatdate(
        time.mktime(date.fromisoformat(day).timetuple()) + 12 * 3600, usegmt=True
    )
    entries = "".join(
        f"<item><title>{title}</title><link>{site.url(path)}?utm_source=rss</link>"
        f"<guid>{site.url(path)}</guid><pubDate>{stamp}</pubDate>"
        f"<description>{summary}</description></item>"
        for path, title, summary in items
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>Test wire</title><link>{site.base}</link>"
        f"<description>fixture</description>{entries}</channel></rss>"
    )


def article_page(title: str, text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n"))
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paragraphs}</article>"
        "<footer>Copyright Test Wire</footer></body></html>"
    )
