"""Commands on the store (the record): ingest, history import, pair, timeline, events,
people, show, export.

Each command parses its options, calls one `summitwatch.store` function and prints
the result (or its `to_dict()` with `--json`).
"""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from typing import Any

import typer

from summitwatch.cli import _store_text as text
from summitwatch.cli._context import library_errors

PATHS = typer.Argument(..., help="Files, folders, URLs or URL lists.")
JSON_OPT = typer.Option(False, "--json", help="Print JSON instead of text.")


class Engine(StrEnum):  # the runner's engines, as a Typer choice
    local = "local"
    ray = "ray"


ENGINE_OPT = typer.Option(
    Engine.local, "--engine", help="local: this process; ray: a pool of Ray workers."
)
WORKERS_OPT = typer.Option(
    None, "--workers", min=1, help="Ray workers (default: one per CPU)."
)
ADDRESS_OPT = typer.Option(
    None, "--address", help="Join a running Ray cluster ('auto', or host:port)."
)
history_app = typer.Typer(help="Summit-history datasets.", no_args_is_help=True)


def _store(ctx: typer.Context):  # type: ignore[no-untyped-def]
    from summitwatch.store import Store

    return Store(ctx.obj.database_url)


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _day(value: str | None, option: str) -> date | None:
    """The first day of a YYYY, YYYY-MM or YYYY-MM-DD option, as `extract` reads it."""
    from summitwatch.models import PartialDate

    return PartialDate.argument(value, option).first if value else None


def ingest(
    ctx: typer.Context,
    paths: list[str] = PATHS,
    published: str = typer.Option(
        None, "--published", help="Publication date: 2019, 2019-04 or 2019-04-25."
    ),
    as_json: bool = JSON_OPT,
    engine: Engine = ENGINE_OPT,
    workers: int = WORKERS_OPT,
    address: str = ADDRESS_OPT,
) -> None:
    """Extract events from articles and store them (known articles are skipped)."""
    from summitwatch.runner import run
    from summitwatch.runner.progress import maybe_progress_bar

    if engine is Engine.local:
        for option, value in (("--workers", workers), ("--address", address)):
            if value is not None:
                raise typer.BadParameter("needs --engine ray", param_hint=option)
    with library_errors():
        day = _day(published, "--published")
        store = _store(ctx)
        with maybe_progress_bar(not as_json) as on_progress:
            report = run(
                paths, store, published=day, engine=engine.value, workers=workers,
                address=address, on_progress=on_progress, keep_results=as_json,
            )  # fmt: skip
    if as_json:
        _print_json(report.to_dict())
    else:
        text.print_ingest(report)
    if report.failures:
        raise typer.Exit(1)


def history_import(
    ctx: typer.Context,
    path: str = typer.Argument(..., help="A CSV with the summit-history columns."),
    as_json: bool = JSON_OPT,
) -> None:
    """Import a summit-history CSV; bad rows are reported and skipped."""
    from summitwatch.runner import import_history

    with library_errors():
        result = import_history(_store(ctx), path)
    if as_json:
        _print_json(result.to_dict())
    else:
        text.print_history(result)


def pair(
    ctx: typer.Context,
    a: str = typer.Argument(..., help="A person (name or alias) or an ISO3 country."),
    b: str = typer.Argument(..., help="The other person or country."),
    as_json: bool = JSON_OPT,
) -> None:
    """Meetings between two people or countries, and whose turn it is to host."""
    with library_errors():
        history = _store(ctx).pair(a, b)
    _print_json(history.to_dict()) if as_json else text.print_pair(history)


def _events_command(
    ctx: typer.Context, as_json: bool, limit: int | None, **options: Any
) -> None:
    from summitwatch.store import EventFilter

    with library_errors():
        views = _store(ctx).events(EventFilter.of(**options), limit=limit)
    if as_json:
        _print_json([v.to_dict() for v in views])
    else:
        text.print_events(views)


PERSON = typer.Option(None, "--person", help="A person's name or alias.")
COUNTRY = typer.Option(None, "--country", help="ISO3: a participant's or the venue's.")
STATUS = typer.Option(None, "--status", help="occurred, planned, hypothetical, …")
TYPE = typer.Option(None, "--type", help="meeting, visit or invitation.")
SINCE = typer.Option(None, "--since", help="YYYY, YYYY-MM or YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="YYYY, YYYY-MM or YYYY-MM-DD.")
LIMIT = typer.Option(None, "--limit", help="At most this many events.")


def timeline(
    ctx: typer.Context, person: str = PERSON, country: str = COUNTRY,
    status: str = STATUS, type: str = TYPE, since: str = SINCE, until: str = UNTIL,
    limit: int = LIMIT, as_json: bool = JSON_OPT,
) -> None:  # fmt: skip
    """Events in date order for a person, a country, a status or a date range."""
    _events_command(
        ctx, as_json, person=person, country=country, status=status, type=type,
        since=since, until=until, limit=limit,
    )  # fmt: skip


def events(
    ctx: typer.Context, status: str = STATUS, country: str = COUNTRY,
    type: str = TYPE, person: str = PERSON, since: str = SINCE, until: str = UNTIL,
    limit: int = LIMIT, as_json: bool = JSON_OPT,
) -> None:  # fmt: skip
    """List merged events, filtered (same filters as `timeline`)."""
    timeline(ctx, person, country, status, type, since, until, limit, as_json)


def people(
    ctx: typer.Context,
    country: str = typer.Option(None, "--country", help="Only people of this ISO3."),
    met: str = typer.Option(None, "--met", help="Only people who met this person."),
    as_json: bool = JSON_OPT,
) -> None:
    """People in the record with country, office and number of events."""
    with library_errors():
        store = _store(ctx)
        found = (
            [p for p, _ in store.who_met(met)] if met else store.people(country=country)
        )
    _print_json([p.to_dict() for p in found]) if as_json else text.print_people(found)


def show(
    ctx: typer.Context,
    event_id: str = typer.Argument(..., help="An event id from `events` or `pair`."),
    as_json: bool = JSON_OPT,
) -> None:
    """One merged event with every source's account and evidence."""
    with library_errors():
        detail = _store(ctx).event(event_id)
    _print_json(detail.to_dict()) if as_json else text.print_detail(detail)


def export(
    ctx: typer.Context,
    fmt: str = typer.Option(
        ..., "--format", help="csv, jsonl, parquet, geojson, plover."
    ),
    out: str = typer.Option(..., "--out", help="File to write."),
) -> None:
    """Write every event to a file for other tools."""
    from summitwatch.store import export as write

    with library_errors():
        count = write(_store(ctx), fmt, out)
    typer.echo(f"wrote {count} {fmt} records to {out}")


def register(app: typer.Typer) -> None:
    """Add the record commands to the app."""
    for command in (ingest, pair, timeline, events, people, show, export):
        app.command()(command)
    history_app.command("import")(history_import)
    app.add_typer(history_app, name="history")
