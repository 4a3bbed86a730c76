"""The watcher end to end: a local site's feed changes between rounds; the real
pipeline extracts; alerts say what changed (#12)."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.runner import PipelineExtractor
from summitwatch.watch import Fetcher, Policy, Watcher, add_feed, add_pair
from watchsite import Site, article_page, rss

TODAY = date.today().isoformat()
STORIES = {
    "/xi": ("Xi to visit Moscow",
            "Chinese President Xi Jinping will visit Moscow in May 2027 for talks "
            "with Russian President Vladimir Putin, the Kremlin said on Monday."),
    "/moon": ("Looking back",
              "South Korean President Moon Jae-in met Chinese leader Xi Jinping in "
              "Beijing in December 2017."),
    "/planned": ("Putin to meet Kim",
                 "Russian President Vladimir Putin will meet North Korean leader Kim "
                 "Jong-un in Vladivostok in January 2027, the Kremlin said. The "
                 "summit is being prepared by both sides."),
    "/cancelled": ("Summit off",
                   "Vladimir Putin and Kim Jong-un have cancelled their meeting in "
                   "Vladivostok in January 2027. Officials gave no reason."),
}  # fmt: skip


@pytest.fixture(scope="module")
def extractor():
    return PipelineExtractor()


@pytest.fixture
def site():
    site = Site()
    for path, (title, text) in STORIES.items():
        site.put(path, article_page(title, text))
    yield site
    site.close()


def publish(site: Site, *paths: str) -> None:
    items = [(p, STORIES[p][0], "See the story.") for p in paths]
    site.put("/feed.xml", rss(site, items, day=TODAY), "application/rss+xml")


def make_watcher(store, extractor) -> Watcher:
    policy = Policy(timeout=2, retries=0, delay=0)
    return Watcher(store, fetcher=Fetcher(policy), extractor=extractor)


@pytest.mark.model
def test_rounds_ingest_once_and_alert_on_what_changed(record_store, site, extractor):
    publish(site, "/xi", "/moon")
    add_feed(record_store, site.url("/feed.xml"))
    add_pair(record_store, "RUS", "PRK")
    add_pair(record_store, "Xi Jinping", "Vladimir Putin")
    watcher = make_watcher(record_store, extractor)

    first = watcher.round(every_feed=True)
    assert [f.stored for f in first.feeds] == [2]
    [alert] = first.alerts
    assert (alert.kind, alert.new_status, alert.pair) == (
        "new",
        "planned",
        "Xi Jinping – Vladimir Putin",
    )
    assert alert.detail["evidence"][0]["source"] == site.url("/xi")
    assert "Xi Jinping will visit Moscow" in alert.detail["evidence"][0]["text"]

    second = watcher.round(every_feed=True)
    assert second.alerts == [] and second.feeds[0].status == "not_modified"
    [hit] = site.hits_of("/feed.xml")[1:]
    assert hit.status == 304 and hit.if_none_match and hit.if_modified_since

    publish(site, "/xi", "/moon", "/planned")
    third = watcher.round(every_feed=True)
    assert [f.stored for f in third.feeds] == [1]  # the two known items: not again
    [alert] = third.alerts
    assert (alert.kind, alert.pair, alert.new_status) == ("new", "RUS – PRK", "planned")
    assert "Vladivostok" in alert.title

    publish(site, "/xi", "/moon", "/planned", "/cancelled")
    fourth = watcher.round(every_feed=True)
    [alert] = fourth.alerts
    assert (alert.kind, alert.old_status, alert.new_status) == (
        "status",
        "planned",
        "not_occurred",
    )
    assert alert.event_id == third.alerts[0].event_id
    assert alert.title == (
        "Meeting planned → not occurred: Vladimir Putin – Kim Jong-un, Vladivostok, "
        "RUS, 2027-01"
    )
    first, second = alert.detail["evidence"]  # the news first
    assert (first["source"], first["status"]) == (
        site.url("/cancelled"),
        "not_occurred",
    )
    assert (second["source"], second["status"]) == (site.url("/planned"), "planned")

    assert record_store.counts()["articles"] == 4
    assert len(record_store.alerts()) == 3
    assert [len(site.hits_of(p)) for p in STORIES] == [1, 1, 1, 1]


@pytest.mark.model
def test_the_json_feed_and_news_sitemap_feed_the_same_way(
    record_store, site, extractor
):
    site.put("/feed.json", (
        '{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": ['
        f'{{"id": "1", "url": "{site.url("/planned")}", "title": "Putin to meet Kim",'
        f' "date_published": "{TODAY}T08:00:00Z"}}]}}'
    ), "application/feed+json")  # fmt: skip
    site.put("/sitemap-news.xml", (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
        f"<url><loc>{site.url('/cancelled')}</loc><news:news><news:title>Summit off"
        f"</news:title><news:publication_date>{TODAY}</news:publication_date>"
        "</news:news></url></urlset>"
    ), "application/xml")  # fmt: skip
    add_pair(record_store, "Vladimir Putin", "Kim Jong-un")
    add_feed(record_store, site.url("/feed.json"))
    report = make_watcher(record_store, extractor).round()
    assert [a.kind for a in report.alerts] == ["new"]
    add_feed(record_store, site.url("/sitemap-news.xml"))
    report = make_watcher(record_store, extractor).round()
    assert [(a.kind, a.new_status) for a in report.alerts] == [
        ("status", "not_occurred")
    ]
