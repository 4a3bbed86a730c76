"""The watcher: each round polls the due feeds, ingests new items through the
runner, raises alerts and delivers them; `serve` repeats rounds until stopped.

    watcher = Watcher(store)
    report = watcher.round()      # RoundReport: per-feed outcome, alerts
    watcher.serve(stop=threading.Event())
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from summitwatch.errors import SummitWatchError
from summitwatch.models import Article
from summitwatch.runner import (
    ExtractorUnavailable,
    RunReport,
    extractor_factory,
    run_articles,
)
from summitwatch.store.watching import AlertView, FeedView
from summitwatch.watch.alerts import check_pairs
from summitwatch.watch.delivery import DeliveryFailed, post_webhook
from summitwatch.watch.feeds import parse_feed
from summitwatch.watch.fetch import Fetched, Fetcher
from summitwatch.watch.items import FeedItem, item_article

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    """Now in UTC, naive (how the store keeps times on SQLite and PostgreSQL)."""
    return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class FeedOutcome:
    """One feed in one round: `status` is ok, not_modified or error."""

    url: str
    status: str
    items: int = 0  # new items claimed this round
    stored: int = 0  # articles written
    error: str | None = None
    problems: list[str] = field(default_factory=list)  # items that failed

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class RoundReport:
    started: datetime
    feeds: list[FeedOutcome] = field(default_factory=list)
    alerts: list[AlertView] = field(default_factory=list)
    delivery_errors: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """'3 feeds (1 not modified, 1 failed); 4 new items, 3 stored; 2 alerts'."""
        items = sum(f.items for f in self.feeds)
        stored = sum(f.stored for f in self.feeds)
        return (
            f"{len(self.feeds)} feeds ({self._count('not_modified')} not modified, "
            f"{self._count('error')} failed); {items} new items, {stored} stored; "
            f"{len(self.alerts)} alerts"
        )

    def _count(self, status: str) -> int:
        return sum(f.status == status for f in self.feeds)

    def to_dict(self) -> dict[str, Any]:
        return {
            "started": self.started.isoformat(), "summary": self.summary(),
            "feeds": [f.to_dict() for f in self.feeds],
            "alerts": [a.to_dict() for a in self.alerts],
            "delivery_errors": self.delivery_errors,
        }  # fmt: skip


class Watcher:
    """Feeds → runner → alerts, over one store; one per process."""

    def __init__(
        self,
        store: Any,
        *,
        fetcher: Fetcher | None = None,
        extractor: Callable[[Article], Any] | None = None,
        webhook: str | None = None,
        owner: str | None = None,
        lease: float = 900.0,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.store, self.fetcher = store, fetcher or Fetcher()
        self.webhook, self.lease, self.today = webhook, lease, today
        self._extractor = extractor
        tag = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.owner = (owner or tag)[:64]

    @property
    def extractor(self) -> Callable[[Article], Any]:
        """Loaded at the first new article (the pipeline takes seconds to load)."""
        if self._extractor is None:
            self._extractor = extractor_factory()()
        return self._extractor

    def round(
        self, *, every_feed: bool = False, stop: threading.Event | None = None
    ) -> RoundReport:
        """Poll the due feeds (all with `every_feed`), ingest, alert, deliver."""
        report = RoundReport(started=utcnow())
        due = None if every_feed else report.started
        for feed in self.store.feeds(due=due):
            if stop is not None and stop.is_set():
                break  # the rest stay due for the next start
            report.feeds.append(self._poll_safely(feed))
        report.alerts = check_pairs(self.store, now=utcnow(), as_of=self.today())
        self._deliver(report)
        log.info("watch round: %s", report.summary())
        return report

    def _poll_safely(self, feed: FeedView) -> FeedOutcome:
        """`poll`, with any unexpected failure kept on that feed: one feed must not
        stop the round (only a broken extractor does: every item would fail)."""
        try:
            return self.poll(feed)
        except ExtractorUnavailable:
            raise
        except Exception as e:  # noqa: BLE001 - recorded on the feed, round goes on
            log.exception("feed %s failed", feed.url)
            error = f"{e.__class__.__name__}: {e}"
            self.store.record_poll(feed.id, now=utcnow(), status=None, error=error)
            return FeedOutcome(feed.url, "error", error=error)

    def poll(self, feed: FeedView) -> FeedOutcome:
        """One feed: fetch (conditionally), read, claim and ingest its new items.
        Every failure is recorded on the feed and returned; nothing is raised."""
        now = utcnow()
        try:
            fetched = self.fetcher.get(
                feed.url, etag=feed.etag, last_modified=feed.last_modified
            )
            if fetched.status == 304:
                self.store.record_poll(feed.id, now=now, status=304)
                return FeedOutcome(feed.url, "not_modified")
            items = parse_feed(fetched.body, content_type=fetched.content_type)
        except SummitWatchError as e:
            self.store.record_poll(feed.id, now=now, status=None, error=str(e))
            log.warning("feed %s: %s", feed.url, e)
            return FeedOutcome(feed.url, "error", error=str(e))
        return self._ingest(feed, fetched, items, now)

    def _ingest(
        self, feed: FeedView, fetched: Fetched, items: list[FeedItem], now: datetime
    ) -> FeedOutcome:
        claimed = [item for item in items if self._claim(feed, item, now)]
        outcome = FeedOutcome(feed.url, "ok", items=len(claimed))
        articles: list[Article] = []
        keys: dict[str, tuple[str, str]] = {}
        for item in claimed:
            try:
                article = item_article(item, self.fetcher, today=self.today())
            except SummitWatchError as e:
                self._fail(outcome, item.key, item.label, str(e))
                continue
            articles.append(article)
            keys[article.source] = (item.key, article.content_hash)
        if articles:
            run = run_articles(articles, self.store, extractor=self.extractor)
            self._record(outcome, keys, run)
        error = _problems(outcome.problems)
        self.store.record_poll(
            feed.id, now=now, status=200, error=error, etag=fetched.etag,
            last_modified=fetched.last_modified, items=outcome.stored,
        )  # fmt: skip
        return outcome

    def _claim(self, feed: FeedView, item: FeedItem, now: datetime) -> bool:
        return self.store.claim_item(
            item.key, item.label, feed_id=feed.id, owner=self.owner, now=now,
            lease=self.lease,
        )  # fmt: skip

    def _record(
        self, outcome: FeedOutcome, keys: dict[str, tuple[str, str]], run: RunReport
    ) -> None:
        """Mark each claimed item done or failed from the runner's report."""
        for failure in run.failures:
            if (found := keys.pop(failure.source, None)) is not None:
                self._fail(outcome, found[0], failure.source, failure.problem)
        for result in run.results:
            if (found := keys.pop(result.source, None)) is not None:
                key, content = found
                self.store.finish_item(
                    key, article_id=result.article_id, content_hash=content
                )
                outcome.stored += result.status != "unchanged"

    def _fail(self, outcome: FeedOutcome, key: str, label: str, problem: str) -> None:
        self.store.finish_item(key, error=problem)
        outcome.problems.append(f"{label}: {problem}")

    def _deliver(self, report: RoundReport) -> None:
        if not (self.webhook and report.alerts):
            return
        try:
            post_webhook(self.webhook, report.alerts)
        except DeliveryFailed as e:
            report.delivery_errors.append(str(e))
            log.warning("%s", e)

    def serve(
        self,
        *,
        stop: threading.Event,
        tick: float = 60.0,
        on_round: Callable[[RoundReport], None] | None = None,
    ) -> int:
        """Run rounds until `stop` is set (SIGTERM); return how many completed.
        A round that fails (the database away, say) is logged and tried again."""
        rounds = 0
        while not stop.is_set():
            try:
                report = self.round(stop=stop)
            except ExtractorUnavailable:
                raise
            except Exception:  # noqa: BLE001 - a service outlives one bad round
                log.exception("watch round failed; trying again in %g s", tick)
            else:
                rounds += 1
                if on_round is not None:
                    on_round(report)
            stop.wait(tick)
        log.info("watch stopped after %d rounds", rounds)
        return rounds


def _problems(problems: list[str]) -> str | None:
    """The feed's error text for failed items: the count and the first few."""
    if not problems:
        return None
    shown = "; ".join(problems[:3])
    more = f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
    return f"{len(problems)} item(s) failed: {shown}{more}"
