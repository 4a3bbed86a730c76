"""The pages in real headless Chromium (issue 5): offline, filterable, reviewable,
and safe with hostile article text. Debian's chromium, driven by Playwright."""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from urllib.parse import urlsplit

import pytest

from summitwatch.app import create_app
from summitwatch.store import Store
from webdata import fill

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("SUMMITWATCH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
PAGES = [
    "/", "/timeline", "/map", "/pair", "/pair/RUS/PRK", "/events/1", "/articles",
    "/articles/1", "/docs",
]  # fmt: skip


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """uvicorn on 127.0.0.1 in a thread, over a temp SQLite record; yields
    (base_url, ids, token)."""
    import uvicorn

    store = Store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'record.db'}")
    ids = fill(store)
    token = store.create_token("alice")
    port = _free_port()
    config = uvicorn.Config(
        create_app(store=store), host="127.0.0.1", port=port, log_level="warning"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", ids, token
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    if not shutil.which(CHROMIUM) and not os.path.exists(CHROMIUM):
        pytest.skip(f"no Chromium at {CHROMIUM} (set SUMMITWATCH_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Watched:
    """A page whose every request is recorded; anything not for localhost is
    aborted and remembered, as are console errors and dialogs (alert = XSS)."""

    def __init__(self, browser) -> None:
        self.context = browser.new_context()
        self.page = self.context.new_page()
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("dialog", self._dialog)

    def _route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        if urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _console(self, message) -> None:
        if message.type == "error":
            self.errors.append(message.text)

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()


@pytest.fixture
def watched(browser):
    tab = Watched(browser)
    yield tab
    tab.context.close()


@pytest.mark.parametrize("path", PAGES)
def test_pages_load_with_nothing_fetched_from_outside(server, watched, path):
    base, _, _ = server
    response = watched.page.goto(base + path, wait_until="networkidle")
    assert response.status == 200
    assert watched.outside == []
    assert watched.errors == []
    assert len(watched.requests) >= 2  # the page and at least its stylesheet
    if path == "/docs":  # Swagger UI drew itself from the local bundle
        watched.page.wait_for_selector(
            ".opblock-summary-path[data-path='/api/timeline']"
        )


def test_map_draws_countries_and_venue_markers(server, watched):
    base, _, _ = server
    watched.page.goto(base + "/map")
    assert watched.page.locator("svg.worldmap path.country").count() > 150
    markers = watched.page.locator("svg.worldmap circle.venue")
    assert (
        markers.count() == 6
    )  # Vladivostok, Vostochny, Moscow, Panmunjom, Hanoi, Beijing
    box = watched.page.locator("svg.worldmap").bounding_box()
    assert box["width"] > 500


def test_filter_the_timeline(server, watched):
    base, _, _ = server
    page = watched.page
    page.goto(base + "/timeline")
    assert page.locator("tr[data-event-id]").count() == 8
    page.select_option("select[name=status]", "occurred")
    page.fill("input[name=person]", "Vladimir Putin")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"status=occurred"))
    rows = page.locator("tr[data-event-id]")
    assert rows.count() == 3  # two meetings and the invitation
    assert "Vostochny Cosmodrome" in rows.nth(2).inner_text()
    rows.nth(0).locator("a").click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    assert "Vladivostok" in page.locator("#event-venue").inner_text()


def test_pair_view_shows_the_probability_and_takes_an_as_of_date(server, watched):
    base, _, _ = server
    page = watched.page
    page.goto(base + "/pair")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "PRK")
    page.fill("input[name=as_of]", "2020-01-01")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"/pair/RUS/PRK\?as_of=2020-01-01"))
    text = page.locator("#probability").inner_text()
    assert re.fullmatch(r"\d{1,3}%", text), text
    assert 0 <= int(text[:-1]) <= 100
    assert page.locator("#venue-chart rect").count() >= 1


def test_confirm_an_event_as_a_reviewer(server, watched):
    base, ids, token = server
    page = watched.page
    page.goto(base + "/timeline?status=planned")
    page.locator("tr[data-event-id] a").first.click()
    page.wait_for_url(re.compile(r"/events/\d+$"))
    page.click("#confirm")  # no token yet: refused, and the page says why
    page.wait_for_selector("#review-notice.error")
    assert "Bearer" in page.locator("#review-notice").inner_text()
    page.fill("#token", token)
    page.dispatch_event("#token", "change")
    with page.expect_navigation():
        page.click("#confirm")
    history = page.locator("#reviews tbody").inner_text()
    assert "alice" in history and "confirm" in history
    assert page.locator("#event-facts .badge.reviewed").count() == 1


@pytest.mark.parametrize("path", ["/", "/articles", "/articles/{xss}", "/events/8"])
def test_hostile_article_renders_as_text(server, watched, path):
    base, ids, _ = server
    page = watched.page
    page.goto(base + path.format(xss=ids["xss"]), wait_until="networkidle")
    assert page.evaluate("window.__pwned") is None
    assert watched.dialogs == []
    body = page.locator("main").inner_text()
    assert "<script>window.__pwned" in body  # shown to the reader, as text
    assert page.locator("main script, main img").count() == 0
