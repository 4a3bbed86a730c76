"""The watcher against bad sources: each fails alone, recorded on its feed; the
round goes on and nothing stored is lost. A stand-in extractor keeps these fast."""

from __future__ import annotations

import os
from datetime import date

import pytest

from summitwatch.models import Article, Event, Participant
from summitwatch.watch import Fetcher, Policy, Watcher, add_feed
from watchsite import (
    Site,
    article_page,
    declared_huge,
    endless_body,
    hang,
    redirect_forever,
    rss,
)

TODAY = date.today().isoformat()
TEXT = "Officials in Seoul said the talks went well. " * 20


def no_events(article: Article) -> list[Event]:
    return []


def one_meeting(article: Article) -> list[Event]:
    people = [Participant("Moon Jae-in"), Participant("Xi Jinping")]
    return [Event("meeting", "occurred", people, evidence=article.text[:40])]


@pytest.fixture
def site():
    site = Site()
    yield site
    site.close()


def fast_fetcher(**changes) -> Fetcher:
    policy = Policy(timeout=0.4, deadline=5, retries=1, backoff=0.01, delay=0,
                    max_bytes=1_000_000)  # fmt: skip
    for name, value in changes.items():
        setattr(policy, name, value)
    return Fetcher(policy)


def good_feed(site: Site, n: int = 2) -> str:
    items = []
    for i in range(n):
        site.put(f"/news/{i}", article_page(f"Story {i}", f"Story number {i}. {TEXT}"))
        items.append((f"/news/{i}", f"Story {i}", "Short summary."))
    site.put("/good.xml", rss(site, items, day=TODAY), "application/rss+xml")
    return site.url("/good.xml")


BAD = {
    "malformed XML": ("<?xml version='1.0'?><rss version='2.0'><channel><item>"
                      "<title>Broken</titl></channel>", "malformed feed"),
    "HTML as a feed": (article_page("Home", TEXT), "an HTML page, not a feed"),
    "404": (None, "HTTP 404"),
    "500": ("oops", "HTTP 500"),
    "never answers": (hang, "no answer within 0.4 s"),
    "endless redirect": (redirect_forever, "more than 5 redirects"),
    "declared 100 MB": (declared_huge, "over the limit"),
    "JSON that is no feed": ('{"hello": "world"}', "not a JSON Feed"),
}  # fmt: skip


@pytest.mark.parametrize("case", BAD)
def test_a_bad_feed_fails_alone_and_is_recorded(record_store, site, case):
    body, expected = BAD[case]
    if callable(body):
        site.pages["/bad.xml"] = body
    elif body is not None:
        site.put("/bad.xml", body, status=500 if case == "500" else 200)
    add_feed(record_store, site.url("/bad.xml"))
    add_feed(record_store, good_feed(site))
    watcher = Watcher(record_store, fetcher=fast_fetcher(), extractor=no_events)
    report = watcher.round()
    bad, good = report.feeds
    assert bad.status == "error" and expected in bad.error
    assert (good.status, good.items, good.stored) == ("ok", 2, 2)
    feeds = {f.url: f for f in record_store.feeds()}
    assert expected in feeds[site.url("/bad.xml")].last_error
    assert feeds[site.url("/bad.xml")].failures == 1
    assert feeds[site.url("/good.xml")].last_error is None
    assert record_store.counts()["articles"] == 2


def test_a_100_mb_body_is_cut_at_the_limit_while_streaming(record_store, site):
    site.pages["/huge.xml"] = endless_body(site)
    add_feed(record_store, site.url("/huge.xml"))
    watcher = Watcher(record_store, fetcher=fast_fetcher(), extractor=no_events)
    [outcome] = watcher.round().feeds
    assert "over the 1,000,000-byte limit" in outcome.error
    assert site.sent < 20 * 1024 * 1024  # the server stopped long before 100 MB


def test_500_is_retried_before_it_counts(record_store, site):
    site.put("/flaky.xml", "down", status=500)
    add_feed(record_store, site.url("/flaky.xml"))
    Watcher(record_store, fetcher=fast_fetcher(retries=2)).round()
    assert len(site.hits_of("/flaky.xml")) == 3


def test_an_item_whose_page_is_binary_fails_alone(record_store, site):
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(4000)
    site.put("/news/pic", png, "image/png")
    site.put("/news/blob", b"\x89\x00\xff" * 3000, "text/html")  # lies about its type
    site.put("/news/ok", article_page("Fine", TEXT))
    items = [("/news/pic", "A picture", "s"), ("/news/blob", "Blob", "s"),
             ("/news/ok", "Fine", "s")]  # fmt: skip
    site.put("/feed.xml", rss(site, items, day=TODAY), "application/rss+xml")
    feed = add_feed(record_store, site.url("/feed.xml"))
    watcher = Watcher(record_store, fetcher=fast_fetcher(), extractor=one_meeting)
    [outcome] = watcher.round().feeds
    assert (outcome.status, outcome.items, outcome.stored) == ("ok", 3, 1)
    assert len(outcome.problems) == 2
    assert "image/png, not text or HTML" in outcome.problems[0]
    assert "binary content" in outcome.problems[1]
    [row] = [f for f in record_store.feeds() if f.id == feed.id]
    assert row.last_error.startswith("2 item(s) failed")
    states = {i.url: i.state for i in record_store.items()}
    assert sorted(states.values()) == ["done", "failed", "failed"]
    assert record_store.counts()["articles"] == 1


def test_robots_txt_is_respected(record_store, site):
    site.put("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.put("/private/feed.xml", rss(site, [], day=TODAY), "application/rss+xml")
    add_feed(record_store, site.url("/private/feed.xml"))
    [outcome] = Watcher(record_store, fetcher=fast_fetcher()).round().feeds
    assert outcome.error == "disallowed by robots.txt"
    assert site.hits_of("/private/feed.xml") == []


def test_one_request_per_host_per_delay():
    waits: list[float] = []
    fetcher = Fetcher(Policy(delay=2.0), sleep=waits.append, clock=lambda: 100.0)
    fetcher._pause("http://a.example/1")
    fetcher._pause("http://a.example/2")
    fetcher._pause("http://b.example/1")
    assert waits == [2.0]


def test_a_feed_with_the_full_text_needs_no_page(record_store, site):
    body = " ".join(["Moon Jae-in met Xi Jinping in Beijing."] * 30)
    site.put("/atom.xml", (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><id>urn:t</id>'
        f"<updated>{TODAY}T00:00:00Z</updated><entry><title>Full</title>"
        f'<link href="{site.url("/gone")}"/><id>urn:1</id>'
        f"<updated>{TODAY}T08:00:00Z</updated>"
        f'<content type="text">{body}</content></entry></feed>'
    ), "application/atom+xml")  # fmt: skip
    add_feed(record_store, site.url("/atom.xml"))
    watcher = Watcher(record_store, fetcher=fast_fetcher(), extractor=one_meeting)
    [outcome] = watcher.round().feeds
    assert (outcome.status, outcome.stored) == ("ok", 1)
    assert site.hits_of("/gone") == []  # the page was not needed
    [article] = record_store.items()
    assert article.url == site.url("/gone") and article.state == "done"


def test_a_feed_that_breaks_later_loses_nothing(record_store, site):
    url = good_feed(site)
    add_feed(record_store, url)
    watcher = Watcher(record_store, fetcher=fast_fetcher(), extractor=one_meeting)
    watcher.round()
    [before], counts = record_store.feeds(), record_store.counts()
    site.put("/good.xml", article_page("Maintenance", TEXT))  # now an HTML page
    [outcome] = watcher.round(every_feed=True).feeds
    assert outcome.error.startswith("an HTML page")
    [after] = record_store.feeds()
    assert (after.items, after.etag, after.failures) == (2, before.etag, 1)
    assert record_store.counts() == counts and counts["articles"] == 2
    assert {i.state for i in record_store.items()} == {"done"}


def test_an_unexpected_failure_stays_with_its_feed(record_store, site, monkeypatch):
    from summitwatch.watch import service

    real = service.parse_feed

    def picky(body: bytes, **kwargs):
        if b"Odd" in body:
            raise RuntimeError("parser bug")
        return real(body, **kwargs)

    monkeypatch.setattr(service, "parse_feed", picky)
    site.put(
        "/odd.xml", rss(site, [("/x", "Odd", "s")], day=TODAY), "application/rss+xml"
    )
    add_feed(record_store, site.url("/odd.xml"))
    add_feed(record_store, good_feed(site))
    odd, good = (
        Watcher(record_store, fetcher=fast_fetcher(), extractor=no_events).round().feeds
    )
    assert odd.error == "RuntimeError: parser bug" and good.stored == 2
    assert record_store.feeds()[0].last_error == "RuntimeError: parser bug"


def test_robots_txt_is_read_again_after_a_day(site):
    site.put("/robots.txt", "User-agent: *\nDisallow:\n", "text/plain")
    site.put("/page", "hello", "text/plain")
    now = [1000.0]
    fetcher = Fetcher(Policy(delay=0, retries=0), clock=lambda: now[0])
    fetcher.get(site.url("/page"))
    fetcher.get(site.url("/page"))
    assert len(site.hits_of("/robots.txt")) == 1
    now[0] += 25 * 3600
    fetcher.get(site.url("/page"))
    assert len(site.hits_of("/robots.txt")) == 2


def test_the_service_outlives_a_failed_round(record_store):
    import threading

    stop, calls = threading.Event(), []

    def flaky(**kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("database went away")
        stop.set()
        return "report"

    watcher = Watcher(record_store, extractor=no_events)
    watcher.round = flaky
    seen: list = []
    assert watcher.serve(stop=stop, tick=0.01, on_round=seen.append) == 1
    assert seen == ["report"] and len(calls) == 2
