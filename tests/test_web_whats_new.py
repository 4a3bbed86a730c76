"""The "What's new" page, its JSON twin and /alerts.atom (#12)."""

from __future__ import annotations

import os
import shutil
import threading
import time

import pytest
from fastapi.testclient import TestClient

from summitwatch.app import create_app
from summitwatch.store import Store
from summitwatch.store.watching import AlertView
from summitwatch.watch.service import utcnow

HOSTILE = "<script>alert('x')</script> Putin & Kim called it off."


def alert(key: str, **changes) -> AlertView:
    values = dict(
        key=key, kind="status", pair="RUS – PRK", event_id=None,
        title="Meeting planned → not occurred: Vladimir Putin – Kim Jong-un",
        old_status="planned", new_status="not_occurred", p_old=0.31, p_new=0.12,
        detail={"horizon": 12, "evidence": [
            {"text": HOSTILE, "source": "http://wire.example/cancelled",
             "title": "Summit off", "published": "2026-12-05",
             "status": "not_occurred"}]},
    )  # fmt: skip
    values.update(changes)
    return AlertView(**values)


@pytest.fixture
def store(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'w.db'}")
    now = utcnow()
    feed = store.add_feed("http://wire.example/rss", every=1800, now=now)
    store.record_poll(feed.id, now=now, status=200, items=3)
    store.record_poll(feed.id, now=now, status=None, error="HTTP 503")
    store.add_pair("RUS", "PRK", now=now)
    store.add_alert(alert("a"), now=now)
    yield store
    store.close()


@pytest.fixture
def client(store):
    with TestClient(create_app(store=store)) as client:
        yield client


def test_the_page_lists_alerts_with_evidence_and_feed_errors(client):
    page = client.get("/whats-new")
    assert page.status_code == 200
    html = page.text
    assert "Meeting planned → not occurred" in html
    assert 'href="http://wire.example/cancelled"' in html
    assert "&lt;script&gt;" in html and "<script>alert" not in html
    assert "31% → <b>12%</b>" in html
    assert "HTTP 503" in html and 'href="/alerts.atom"' in html
    assert "<td>3</td>" in html  # items ingested from the feed so far


def test_the_json_twin_has_the_same_alerts(client):
    data = client.get("/api/whats-new").json()
    [only] = data["alerts"]
    assert only["detail"]["evidence"][0]["text"] == HOSTILE
    assert data["feeds"][0]["last_error"] == "HTTP 503"
    assert client.get("/api/whats-new?since=2026-13-01").status_code == 422
    assert client.get("/api/whats-new?since=2999-01-01").json()["alerts"] == []


def test_alerts_atom_is_a_valid_feed(client, store):
    import feedparser

    detail = {"pair_url": "/pair/RUS/PRK"}
    store.add_alert(
        alert("b", kind="forecast", title="P up", detail=detail), now=utcnow()
    )
    response = client.get("/alerts.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo and parsed.version == "atom10"
    assert [e.title for e in parsed.entries] == [
        "RUS – PRK: P up",
        ("RUS – PRK: Meeting planned → not occurred: Vladimir Putin – Kim Jong-un"),
    ]
    assert parsed.entries[0].link == "http://testserver/pair/RUS/PRK"


CHROMIUM = os.environ.get("SUMMITWATCH_CHROMIUM", "/usr/bin/chromium")


@pytest.mark.browser
def test_whats_new_in_the_browser(store):
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (set SUMMITWATCH_CHROMIUM)")
    import uvicorn
    from playwright.sync_api import sync_playwright

    server = uvicorn.Server(uvicorn.Config(create_app(store=store), host="127.0.0.1",
                                           port=0, log_level="warning"))  # fmt: skip
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    port = server.servers[0].sockets[0].getsockname()[1]
    dialogs: list[str] = []
    try:
        with sync_playwright() as p:
            args = ["--headless", "--no-sandbox"]
            browser = p.chromium.launch(executable_path=CHROMIUM, args=args)
            page = browser.new_page()
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(f"http://127.0.0.1:{port}/")
            page.click("nav >> text=What's new")
            card = page.locator("#alerts .alert[data-kind=status]")
            assert card.count() == 1
            assert "Putin & Kim called it off" in card.inner_text()
            link = card.locator("a.evidence")
            assert link.get_attribute("href") == "http://wire.example/cancelled"
            assert page.locator("#feeds .feed-error").inner_text() == "HTTP 503"
            href = page.locator("#atom-link").get_attribute("href")
            atom = page.request.get(f"http://127.0.0.1:{port}{href}")
            assert atom.ok and "<feed" in atom.text()
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert dialogs == []
