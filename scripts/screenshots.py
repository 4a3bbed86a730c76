"""Take a screenshot of every page into docs/screenshots/ (issue 5).

    .venv/bin/python scripts/screenshots.py [--db URL] [--history CSV] [--out DIR]

Without --db it builds a demo record in a temp folder: the summit-history CSV (if
found) plus the sample articles run through the real extractor. It serves the app
on 127.0.0.1 and drives Debian's Chromium (SUMMITWATCH_CHROMIUM) with Playwright;
any request that is not for localhost is aborted and reported.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
HISTORY = ROOT.parent / "shared" / "data" / "summits_history_pre2016.csv"
CHROMIUM = os.environ.get("SUMMITWATCH_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def build_demo(url: str, history: Path | None) -> None:
    """The record `summitwatch demo` builds (history CSV plus the sample articles,
    extracted for real): the same command, so there is one way to build it."""
    del history  # the demo imports the packaged history itself
    subprocess.run(
        [sys.executable, "-m", "summitwatch", "--db", url, "demo"],
        check=True, stdout=subprocess.DEVNULL,
    )  # fmt: skip


def pages(url: str) -> dict[str, str]:
    """Page name → path, picking an event with several sources and its article."""
    from summitwatch.store import EventFilter, Store

    with Store(url) as store:
        page = store.events(EventFilter.of(person="Kim Jong-un"), limit=1000)
        events = list(page.items) or list(store.events(limit=1000).items)
        best = max(events, key=lambda e: (e.n_sources, e.date or ""))
        articles = list(store.articles(limit=1).items)
        pair = ("Kim Jong-un", "Vladimir Putin") if events else ("RUS", "PRK")
    return {
        "home": "/",
        "timeline": "/timeline?person=Kim+Jong-un",
        "map": "/map",
        "pair": f"/pair/{pair[0]}/{pair[1]}",
        "event": f"/events/{best.id}",
        "articles": "/articles",
        "article": f"/articles/{articles[0]['id']}" if articles else "/articles",
        "whatsnew": "/whats-new",
        "docs": "/docs",
    }


def serve(url: str):  # type: ignore[no-untyped-def]
    import uvicorn

    from summitwatch.app import create_app

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port)
    server = uvicorn.Server(config)
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def shoot(base: str, targets: dict[str, str], out: Path) -> list[str]:
    from playwright.sync_api import sync_playwright

    outside: list[str] = []

    def route(r) -> None:  # type: ignore[no-untyped-def]
        if urlsplit(r.request.url).hostname in ("127.0.0.1", "localhost"):
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    out.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.route("**/*", route)
        for name, path in targets.items():
            page.goto(base + path, wait_until="networkidle")
            if name == "docs":
                page.wait_for_selector(".opblock")
            whole = name not in ("docs", "map")  # the map: the map, not its table
            page.screenshot(path=str(out / f"{name}.png"), full_page=whole)
            print(f"{name:9} {path} -> {out / (name + '.png')}")
        browser.close()
    return outside


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an existing record (default: build a demo one)")
    parser.add_argument("--history", type=Path, default=HISTORY)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    url = args.db
    if url is None:
        url = f"sqlite:///{tempfile.mkdtemp(prefix='sw-shots-')}/demo.db"
        print("building a demo record (history CSV + sample articles)...")
        build_demo(url, args.history)
    server, base = serve(url)
    try:
        outside = shoot(base, pages(url), args.out)
    finally:
        server.should_exit = True
    if outside:
        print("requests that tried to leave localhost:", *outside, sep="\n  ")
        return 1
    print("no request left localhost")
    return 0


if __name__ == "__main__":
    sys.exit(main())
