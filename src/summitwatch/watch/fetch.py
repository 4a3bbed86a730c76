"""Polite HTTP for the watcher: conditional GETs, timeouts, retries with backoff, a
per-host delay, robots.txt, bounded redirects and a size limit, all in one place.

    fetcher = Fetcher()
    page = fetcher.get(url, etag=feed.etag, last_modified=feed.last_modified)
    page.status  # 200, or 304 when the validators still match
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from summitwatch import __version__
from summitwatch.errors import SummitWatchError

log = logging.getLogger(__name__)
USER_AGENT = f"SummitWatch/{__version__} (+feed watcher; respects robots.txt)"
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
ROBOTS_TTL = 24 * 3600.0  # seconds a site's robots.txt is trusted before re-reading


class FetchError(SummitWatchError):
    """A URL that could not be fetched; the message says why (for the feed's log)."""


@dataclass(frozen=True)
class Fetched:
    url: str  # after redirects
    status: int  # 200 or 304
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Policy:
    """How polite and how patient to be; tests shrink the numbers."""

    timeout: float = 10.0  # seconds to connect, and between bytes
    deadline: float = 60.0  # seconds for a whole response, slow drips included
    retries: int = 2  # extra attempts after a timeout, a network error or a 5xx
    backoff: float = 1.0  # seconds before the first retry, doubled after each
    delay: float = 1.0  # seconds between two requests to one host
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = USER_AGENT


class Fetcher:
    """GET with the `Policy`; one per watcher so the host delays and robots are
    shared by every feed and page of a round."""

    def __init__(
        self,
        policy: Policy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or Policy()
        self.sleep, self.clock = sleep, clock
        self.client = httpx.Client(
            timeout=httpx.Timeout(self.policy.timeout),
            follow_redirects=False,
            headers={"User-Agent": self.policy.user_agent},
        )
        self._last: dict[str, float] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}

    def close(self) -> None:
        self.client.close()

    def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Fetched:
        """Fetch `url`, following at most `max_redirects` redirects; 304 keeps the
        validators. Raises `FetchError` naming the problem."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for _ in range(self.policy.max_redirects + 1):
            self._check_robots(url)
            response = self._with_retries(url, headers)
            if not isinstance(response, str):
                return response
            url = response  # a redirect's target
        raise FetchError(f"more than {self.policy.max_redirects} redirects")

    def _with_retries(self, url: str, headers: dict[str, str]) -> Fetched | str:
        wait = self.policy.backoff
        for attempt in range(self.policy.retries + 1):
            try:
                return self._once(url, headers)
            except _Retryable as e:
                if attempt == self.policy.retries:
                    raise FetchError(str(e)) from None
                log.info("retrying %s in %.1f s: %s", url, wait, e)
                self.sleep(wait)
                wait *= 2
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str]) -> Fetched | str:
        """One request: a `Fetched`, a redirect target, or an exception."""
        self._pause(url)
        try:
            with self.client.stream("GET", url, headers=headers) as response:
                return self._read(url, response)
        except httpx.TimeoutException:
            raise _Retryable(f"no answer within {self.policy.timeout:g} s") from None
        except httpx.TransportError as e:
            raise _Retryable(f"network error: {e.__class__.__name__}: {e}") from None

    def _read(self, url: str, response: httpx.Response) -> Fetched | str:
        status = response.status_code
        if status in REDIRECTS and "location" in response.headers:
            return urljoin(url, response.headers["location"])
        if status in RETRY_STATUSES:
            raise _Retryable(f"HTTP {status}")
        if status != 304 and not 200 <= status < 300:
            raise FetchError(f"HTTP {status}")
        body = b"" if status == 304 else self._body(response)
        return Fetched(
            url=url, status=304 if status == 304 else 200, body=body,
            content_type=response.headers.get("content-type", ""),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )  # fmt: skip

    def _body(self, response: httpx.Response) -> bytes:
        """Read the body in chunks, stopping at the size limit or the deadline."""
        limit, start = self.policy.max_bytes, self.clock()
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchError(f"body of {int(declared):,} bytes is over the limit")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchError(f"body over the {limit:,}-byte limit; stopped")
            if self.clock() - start > self.policy.deadline:
                raise FetchError(f"body still coming after {self.policy.deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)

    def _pause(self, url: str) -> None:
        """Wait so that one host sees at most one request per `delay` seconds."""
        host = urlsplit(url).netloc
        last = self._last.get(host)
        if last is not None and (wait := last + self.policy.delay - self.clock()) > 0:
            self.sleep(wait)
        self._last[host] = self.clock()

    def _check_robots(self, url: str) -> None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        loaded, robots = self._robots.get(origin, (None, None))
        if loaded is None or self.clock() - loaded > ROBOTS_TTL:
            robots = self._load_robots(origin)
            self._robots[origin] = (self.clock(), robots)
        if robots is not None and not robots.can_fetch(self.policy.user_agent, url):
            raise FetchError("disallowed by robots.txt")

    def _load_robots(self, origin: str) -> RobotFileParser | None:
        """The site's robots.txt; None (allow all) when it has none or it fails."""
        try:
            found = self._once(origin + "/robots.txt", {})
        except (FetchError, _Retryable) as e:
            log.info("no robots.txt for %s (%s); allowing", origin, e)
            return None
        if not isinstance(found, Fetched):
            return None
        robots = RobotFileParser()
        robots.parse(found.body.decode("utf-8", "replace").splitlines())
        return robots


class _Retryable(Exception):
    """A failure worth another try (timeout, network error, 429 or 5xx)."""
