"""The watcher's state in the store: exactly-once claims across processes and
crashes, forecast-move alerts, delivery (Atom, webhook) and the CLI (#12)."""

from __future__ import annotations

import json
import threading
import time
from datetime import date, timedelta

import pytest
from typer.testing import CliRunner

from summitwatch.cli import app
from summitwatch.models import Article, Event, Participant
from summitwatch.store import Store
from summitwatch.store.watching import AlertView
from summitwatch.watch import (
    FeedItem,
    Fetcher,
    Policy,
    Watcher,
    add_feed,
    add_pair,
    atom_feed,
    canonical_url,
    parse_every,
    post_webhook,
)
from summitwatch.watch import alerts as alerts_module
from summitwatch.watch.alerts import Forecast
from summitwatch.watch.service import utcnow
from watchsite import Site, article_page, rss

TODAY = date.today().isoformat()


def slow_meeting(article: Article) -> list[Event]:
    """One occurred meeting per article, slowly, so two watchers overlap."""
    time.sleep(0.05)
    people = [Participant("Moon Jae-in"), Participant("Xi Jinping")]
    return [Event("meeting", "occurred", people, evidence=article.text[:30])]


@pytest.fixture
def site():
    site = Site()
    yield site
    site.close()


def fetcher() -> Fetcher:
    return Fetcher(Policy(timeout=2, retries=0, delay=0))


def feed_of(site: Site, n: int) -> str:
    items = []
    for i in range(n):
        text = f"Story {i}. " + "Talks in Seoul went on all day. " * 10
        site.put(f"/n/{i}", article_page(f"Story {i}", text))
        items.append((f"/n/{i}", f"Story {i}", "s"))
    site.put("/feed.xml", rss(site, items, day=TODAY), "application/rss+xml")
    return site.url("/feed.xml")


def test_two_watchers_on_one_store_ingest_each_item_once(store_url, site):
    first, second = Store(store_url), Store(store_url)
    add_feed(first, feed_of(site, 12))
    reports = []

    def one_round(store: Store) -> None:
        watcher = Watcher(store, fetcher=fetcher(), extractor=slow_meeting)
        reports.append(watcher.round(every_feed=True))

    threads = [threading.Thread(target=one_round, args=(s,)) for s in (first, second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    claimed = [r.feeds[0].items for r in reports]
    assert sum(claimed) == 12 and sum(r.feeds[0].stored for r in reports) == 12
    assert first.counts()["articles"] == 12
    assert {i.state for i in first.items()} == {"done"}
    assert len({site.hits_of(f"/n/{i}")[0].path for i in range(12)}) == 12
    assert all(len(site.hits_of(f"/n/{i}")) == 1 for i in range(12))
    first.close()
    second.close()


def test_an_item_claimed_by_a_crashed_watcher_is_taken_over(record_store, site):
    url = feed_of(site, 1)
    feed = add_feed(record_store, url)
    item = site.url("/n/0")
    key = FeedItem(url=item + "?utm_source=rss").key  # the key the feed's item has
    long_ago = utcnow() - timedelta(hours=1)
    assert record_store.claim_item(key, item, feed_id=feed.id, owner="dead",
                                   now=long_ago)  # fmt: skip
    live = Watcher(record_store, fetcher=fetcher(), extractor=slow_meeting)
    assert live.round().feeds[0].stored == 1  # the dead claim's lease ran out
    again = Watcher(record_store, fetcher=fetcher(), extractor=slow_meeting)
    assert again.round(every_feed=True).feeds[0].items == 0
    assert record_store.counts()["articles"] == 1


def test_a_fresh_claim_is_not_taken_over(record_store):
    now = utcnow()
    assert record_store.claim_item("k", "u", feed_id=None, owner="a", now=now)
    assert not record_store.claim_item("k", "u", feed_id=None, owner="b", now=now)
    later = now + timedelta(hours=1)
    assert record_store.claim_item("k", "u", feed_id=None, owner="b", now=later)


def test_a_forecast_move_of_ten_points_alerts_once(record_store, monkeypatch):
    values = iter([0.20, 0.25, 0.36, 0.36, 0.20])
    fake = lambda *a, **k: Forecast(next(values), ["a reason"])  # noqa: E731
    monkeypatch.setattr(alerts_module, "forecast", fake)
    assert add_pair(record_store, "RUS", "PRK").last_p == 0.20  # the baseline
    check = lambda: alerts_module.check_pairs(  # noqa: E731
        record_store, now=utcnow(), as_of=date.today()
    )
    assert check() == []  # 25 %: 5 points
    [alert] = check()  # 36 %: 16 points since the baseline
    assert (alert.kind, alert.p_old, alert.p_new) == ("forecast", 0.20, 0.36)
    assert alert.detail["reasons"] == ["a reason"]
    assert check() == []  # 36 % again: no move since the last alert
    [back] = check()  # 20 %: 16 points down
    assert (back.p_old, back.p_new) == (0.36, 0.20)


def sample_alert() -> AlertView:
    return AlertView(
        key="status:1:planned>not_occurred:2", kind="status", pair="RUS – PRK",
        title="Meeting planned → not occurred: Putin – Kim, Vladivostok, 2027-01",
        event_id=1, old_status="planned", new_status="not_occurred", p_old=0.3,
        p_new=0.1, detail={"evidence": [{"text": "They cancelled & <left>.",
                                         "source": "http://x.example/a"}]},
    )  # fmt: skip


def test_the_atom_feed_parses_back_with_feedparser(record_store):
    import feedparser

    stored = record_store.add_alert(sample_alert(), now=utcnow())
    assert record_store.add_alert(sample_alert(), now=utcnow()) is None  # same key
    parsed = feedparser.parse(atom_feed([stored], base_url="http://h:8000/"))
    assert not parsed.bozo and parsed.version == "atom10"
    [entry] = parsed.entries
    assert entry.link == "http://h:8000/events/1"
    assert entry.title.startswith("RUS – PRK: Meeting planned → not occurred")
    assert "They cancelled & <left>." in entry.content[0].value
    assert "30% → 10%" in entry.content[0].value


def test_the_webhook_is_retried_until_it_takes_the_alerts(site):
    site.post_statuses = [503, 500]
    waits: list[float] = []
    post_webhook(site.url("/hook"), [sample_alert()], backoff=0.5, sleep=waits.append)
    assert waits == [0.5, 1.0] and len(site.posts) == 3
    assert json.loads(site.posts[-1])["alerts"][0]["kind"] == "status"


def test_a_refusing_webhook_fails_with_its_status(site):
    from summitwatch.watch.delivery import DeliveryFailed

    site.post_statuses = [400]
    with pytest.raises(DeliveryFailed, match="HTTP 400"):
        post_webhook(site.url("/hook"), [sample_alert()], sleep=lambda _: None)
    assert len(site.posts) == 1


@pytest.mark.parametrize("text, seconds", [("30m", 1800), ("2h", 7200),
                                           ("1d", 86400), ("45", 2700)])  # fmt: skip
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


def test_canonical_url_drops_tracking_and_case():
    url = "HTTP://Example.org:80/a/?utm_source=x&b=2&a=1#top"
    assert canonical_url(url) == "http://example.org/a?a=1&b=2"


def test_cli_feed_pair_run_and_alerts(tmp_path, site, monkeypatch):
    monkeypatch.setenv("SUMMITWATCH_EXTRACTOR", "test_watch_state:slow_meeting")
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    invoke = lambda *args: runner.invoke(app, ["--db", db, "watch", *args])  # noqa: E731
    added = invoke("feed", "add", feed_of(site, 2), "--every", "2h")
    assert added.output == f"watching {site.url('/feed.xml')} every 2 h\n"
    bad = invoke("feed", "add", "ftp://nope", "--every", "5m")
    assert bad.exit_code == 1 and "is not an http(s) URL" in bad.output
    too_often = invoke("feed", "add", site.url("/x"), "--every", "10s")
    assert "under a minute" in too_often.output
    assert invoke("pair", "add", "KOR", "CHN").exit_code == 0
    result = invoke("run", "--once", "--json")
    assert result.exit_code == 0, result.output
    assert "1 feeds (0 not modified, 0 failed); 2 new items, 2 stored" in result.output
    listed = json.loads(invoke("feed", "list", "--json").stdout)
    assert listed[0]["items"] == 2 and listed[0]["etag"]
    assert invoke("alerts", "--since", "2026-13-01").exit_code == 1
    assert "no alerts" in invoke("alerts").output
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 2


def test_watch_run_stops_cleanly_on_sigterm(tmp_path, site):
    import os
    import signal
    import subprocess
    import sys

    db = str(tmp_path / "w.db")
    with Store(f"sqlite:///{db}") as store:
        add_feed(store, feed_of(site, 1))
    env = dict(os.environ, SUMMITWATCH_EXTRACTOR="test_watch_state:slow_meeting")
    env["PYTHONPATH"] = os.path.dirname(__file__)
    proc = subprocess.Popen(
        [sys.executable, "-m", "summitwatch", "--db", db, "watch", "run",
         "--tick", "30"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )  # fmt: skip
    deadline = time.monotonic() + 60
    while not site.hits_of("/n/0") and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(1.0)  # the round ends; the service waits for its next tick
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "round: 1 feeds (0 not modified, 0 failed); 1 new items, 1 stored" in err
    assert err.rstrip().endswith("stopped")
    with Store(f"sqlite:///{db}") as store:
        assert store.counts()["articles"] == 1


def test_an_event_alert_carries_the_forecast_move(record_store, monkeypatch):
    from summitwatch.store.answers import EventView

    values = iter([0.20, 0.45])
    fake = lambda *a, **k: Forecast(next(values), [])  # noqa: E731
    monkeypatch.setattr(alerts_module, "forecast", fake)
    add_pair(record_store, "RUS", "PRK")
    planned = EventView(
        id="7", type="meeting", status="planned", status_disputed=False,
        statuses={"planned": 1}, date="2027-01", date_precision="month",
        city="Vladivostok", country="RUS", region=None, lat=None, lon=None,
        travel_mode=None, n_sources=1, first_reported=None,
    )  # fmt: skip
    monkeypatch.setattr(alerts_module, "pair_events", lambda *a: [planned])
    [alert] = alerts_module.check_pairs(record_store, now=utcnow(), as_of=date.today())
    assert (alert.kind, alert.p_old, alert.p_new) == ("new", 0.20, 0.45)
    assert record_store.pairs()[0].last_p == 0.45  # the next move counts from here


def test_a_round_posts_its_alerts_to_the_webhook(record_store, site, monkeypatch):
    from summitwatch.watch import service

    monkeypatch.setattr(service, "check_pairs", lambda *a, **k: [sample_alert()])
    monkeypatch.setattr(service, "post_webhook", lambda url, alerts: posted.append(
        (url, alerts)))  # fmt: skip
    posted: list = []
    hook = site.url("/hook")
    report = Watcher(record_store, fetcher=fetcher(), webhook=hook).round()
    assert posted == [(hook, report.alerts)] and report.delivery_errors == []


def test_a_webhook_that_stays_down_is_reported_not_raised(
    record_store, site, monkeypatch
):
    from summitwatch.watch import service
    from summitwatch.watch.delivery import DeliveryFailed

    def down(url, alerts):
        raise DeliveryFailed(f"webhook {url}: HTTP 503")

    monkeypatch.setattr(service, "check_pairs", lambda *a, **k: [sample_alert()])
    monkeypatch.setattr(service, "post_webhook", down)
    report = Watcher(record_store, fetcher=fetcher(), webhook=site.url("/h")).round()
    assert report.delivery_errors == [f"webhook {site.url('/h')}: HTTP 503"]


def test_two_watch_run_processes_ingest_each_item_once(store_url, site):
    import os
    import subprocess
    import sys

    with Store(store_url) as store:
        add_feed(store, feed_of(site, 10))
    env = dict(os.environ, SUMMITWATCH_EXTRACTOR="test_watch_state:slow_meeting")
    env["PYTHONPATH"] = os.path.dirname(__file__)
    command = [sys.executable, "-m", "summitwatch", "--db", store_url, "watch", "run",
               "--once", "--all"]  # fmt: skip
    procs = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]  # fmt: skip
    logs = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0], logs
    with Store(store_url) as store:
        assert store.counts()["articles"] == 10
        assert len(store.items()) == 10 and {i.state for i in store.items()} == {"done"}
    assert all(len(site.hits_of(f"/n/{i}")) == 1 for i in range(10))


def test_a_person_followed_alone_and_a_pair_each_get_the_alert(record_store):
    """#12: 'alerts for watched pairs and people'; a watch of one side shares
    events with a pair's watch, and each sees the change."""
    from summitwatch.models import Location
    from summitwatch.watch import add_person

    people = [Participant("Vladimir Putin"), Participant("Kim Jong-un")]
    occurred = Event("meeting", "occurred", people, Location("Pyongyang", "PRK"),
                     "2024-06-19", evidence="Putin met Kim in Pyongyang.")  # fmt: skip
    record_store.write_article(Article("Met.", path="a.txt"), [occurred])
    alone = add_person(record_store, "Kim Jong-un")
    pair = add_pair(record_store, "RUS", "PRK")
    assert alone.label == "Kim Jong-un" and alone.single and not pair.single
    check = lambda: alerts_module.check_pairs(  # noqa: E731
        record_store, now=utcnow(), as_of=date(2024, 6, 20)
    )
    assert check() == []  # what was there when watching began is the baseline
    moscow = Location("Moscow", "RUS")
    planned = Event("meeting", "planned", people, moscow, "2027-05",
                    evidence="Kim will visit Moscow in May 2027.")  # fmt: skip
    record_store.write_article(Article("Plan.", path="b.txt"), [planned])
    raised = check()
    assert sorted(a.pair for a in raised) == ["Kim Jong-un", "RUS – PRK"]
    assert {a.kind for a in raised} == {"new"}
    assert all(a.detail["evidence"] for a in raised)
    assert check() == []
    assert [p.label for p in record_store.pairs()] == ["Kim Jong-un", "RUS – PRK"]


def test_cli_watch_person_add(tmp_path):
    db = str(tmp_path / "w.db")
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "watch", "person", "add", "PRK"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "watching PRK"
    listed = runner.invoke(app, ["--db", db, "watch", "pair", "list"])
    assert "PRK  (alone)" in listed.stdout
    unknown = runner.invoke(app, ["--db", db, "watch", "person", "add", "Nobody Atall"])
    assert unknown.exit_code == 1
