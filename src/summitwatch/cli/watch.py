"""`summitwatch watch …`: feeds and pairs to watch, the watch service, its alerts.

Thin shells over `summitwatch.watch`; the state lives in the store (`--db`).
"""

from __future__ import annotations

import json
import signal
import threading
from datetime import datetime
from typing import Any

import typer

from summitwatch.cli._context import library_errors

JSON_OPT = typer.Option(False, "--json", help="Print JSON (Lines for alerts).")
watch_app = typer.Typer(help="Watch news feeds; alert on what changed.",
                        no_args_is_help=True)  # fmt: skip
feed_app = typer.Typer(help="Feeds and news sitemaps to poll.", no_args_is_help=True)
pair_app = typer.Typer(help="Pairs of leaders or countries to follow.",
                       no_args_is_help=True)  # fmt: skip
watch_app.add_typer(feed_app, name="feed")
watch_app.add_typer(pair_app, name="pair")
person_app = typer.Typer(
    help="People or countries to follow alone.", no_args_is_help=True
)
watch_app.add_typer(person_app, name="person")


def _every(seconds: int) -> str:
    """1800 → '30 min', 7200 → '2 h', 90 → '90 s'."""
    for unit, size in (("d", 86400), ("h", 3600), ("min", 60)):
        if seconds % size == 0:
            return f"{seconds // size} {unit}"
    return f"{seconds} s"


def _store(ctx: typer.Context) -> Any:
    from summitwatch.store import Store

    return Store(ctx.obj.database_url)


@feed_app.command("add")
def feed_add(
    ctx: typer.Context,
    url: str = typer.Argument(..., help="RSS 2.0, Atom, JSON Feed or news sitemap."),
    every: str = typer.Option(
        "30m", "--every", help="Poll interval: 90s, 30m, 2h, 1d."
    ),
) -> None:
    """Watch a feed (again: change its interval)."""
    from summitwatch.watch import add_feed

    with library_errors():
        with _store(ctx) as store:
            feed = add_feed(store, url, every=every)
    typer.echo(f"watching {feed.url} every {_every(feed.every)}")


@feed_app.command("list")
def feed_list(ctx: typer.Context, as_json: bool = JSON_OPT) -> None:
    """Watched feeds: last poll, status, items ingested, last error."""
    with library_errors():
        with _store(ctx) as store:
            feeds = store.feeds()
    if as_json:
        typer.echo(json.dumps([f.to_dict() for f in feeds], indent=2))
        return
    for feed in feeds:
        polled = (
            feed.last_polled.isoformat(timespec="minutes")
            if feed.last_polled
            else "never"
        )
        state = (
            f"ERROR {feed.last_error}" if feed.last_error else (feed.last_status or "-")
        )
        typer.echo(f"{feed.url}  every {_every(feed.every)}  polled {polled}  "
                   f"{feed.items} items  {state}")  # fmt: skip
    if not feeds:
        typer.echo("no feeds; add one with: summitwatch watch feed add URL")


@feed_app.command("remove")
def feed_remove(ctx: typer.Context, url: str = typer.Argument(...)) -> None:
    """Stop watching a feed (what it brought in stays in the record)."""
    with library_errors():
        with _store(ctx) as store:
            store.remove_feed(url)
    typer.echo(f"no longer watching {url}")


@pair_app.command("add")
def pair_add(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="A country (ISO3, e.g. RUS) or a person."),
    b: str = typer.Argument(..., help="The other side."),
) -> None:
    """Follow two sides: their new, changed and likelier meetings raise alerts."""
    from summitwatch.watch import add_pair

    with library_errors():
        with _store(ctx) as store:
            pair = add_pair(store, a, b)
    p = (
        ""
        if pair.last_p is None
        else f" (P meet within 12 months now {pair.last_p:.0%})"
    )
    typer.echo(f"watching {pair.label}{p}")


@person_app.command("add")
def person_add(
    ctx: typer.Context,
    side: str = typer.Argument(..., help="A person, or a country (ISO3, e.g. PRK)."),
) -> None:
    """Follow one person or country alone: their new and changed meetings, visits
    and invitations raise alerts (listed with the pairs)."""
    from summitwatch.watch import add_person

    with library_errors():
        with _store(ctx) as store:
            watched = add_person(store, side)
    typer.echo(f"watching {watched.label}")


@pair_app.command("list")
def pair_list(ctx: typer.Context, as_json: bool = JSON_OPT) -> None:
    """Watched pairs with the forecast at their last alert."""
    with library_errors():
        with _store(ctx) as store:
            pairs = store.pairs()
    if as_json:
        typer.echo(json.dumps([p.to_dict() for p in pairs], indent=2))
        return
    for pair in pairs:
        if pair.single:
            typer.echo(f"{pair.label}  (alone)")
            continue
        p = "-" if pair.last_p is None else f"{pair.last_p:.0%}"
        typer.echo(f"{pair.label}  P(12 months) {p}")


@watch_app.command("run")
def run(
    ctx: typer.Context,
    once: bool = typer.Option(False, "--once", help="One round, then exit."),
    every_feed: bool = typer.Option(
        False, "--all", help="Poll every feed now, not only those due."
    ),
    as_json: bool = typer.Option(False, "--json", help="Alerts as JSON Lines."),
    webhook: str = typer.Option(None, "--webhook", help="POST alerts here as JSON."),
    tick: float = typer.Option(60.0, "--tick", min=1, help="Seconds between rounds."),
) -> None:
    """Poll the due feeds, ingest new items, raise alerts; until SIGTERM or Ctrl-C.

    Each round is logged to stderr; alerts go to stdout. Feeds are polled when due
    (`--every`); `--once --all` polls every feed now."""
    from summitwatch.watch import Watcher

    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with library_errors():
        with _store(ctx) as store:
            watcher = Watcher(store, webhook=webhook)
            show = lambda report: _show_round(report, as_json)  # noqa: E731
            if once:
                show(watcher.round(every_feed=every_feed, stop=stop))
            else:
                watcher.serve(stop=stop, tick=tick, on_round=show)
                typer.echo("stopped", err=True)
            watcher.fetcher.close()


def _show_round(report: Any, as_json: bool) -> None:
    """Alerts to stdout (lines or JSON Lines); the round's log to stderr."""
    from summitwatch.watch import alert_json, alert_line

    stamp = report.started.isoformat(timespec="seconds")
    typer.echo(f"{stamp} round: {report.summary()}", err=True)
    for feed in report.feeds:
        if feed.error:
            typer.echo(f"  feed {feed.url}: {feed.error}", err=True)
    for problem in report.delivery_errors:
        typer.echo(f"  delivery: {problem}", err=True)
    for alert in report.alerts:
        typer.echo(alert_json(alert) if as_json else alert_line(alert))


@watch_app.command("alerts")
def alerts(
    ctx: typer.Context,
    since: str = typer.Option(
        None, "--since", help="Raised on or after: YYYY, YYYY-MM or YYYY-MM-DD."
    ),
    limit: int = typer.Option(None, "--limit", min=1, help="At most this many."),
    as_json: bool = JSON_OPT,
) -> None:
    """Alerts raised so far, newest first, with their evidence."""
    from summitwatch.models import PartialDate
    from summitwatch.watch import alert_json, alert_line

    with library_errors():
        day = PartialDate.argument(since, "--since").first if since else None
        start = datetime(day.year, day.month, day.day) if day else None
        with _store(ctx) as store:
            found = store.alerts(since=start, limit=limit)
    for alert in found:
        stamp = alert.created.isoformat(timespec="minutes") if alert.created else ""
        typer.echo(alert_json(alert) if as_json else f"{stamp} {alert_line(alert)}")
    if not found and not as_json:
        typer.echo("no alerts")


def register(app: typer.Typer) -> None:
    """Add the `watch` group to the app."""
    app.add_typer(watch_app, name="watch")
