"""`summitwatch ingest --engine ray`: the Ray half of the record's ingest command (#6).

`cli/record.py` owns the command and its options; this module runs the Ray ingest
and prints its outcome, so the heavy imports happen only when Ray is asked for.
"""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from datetime import date
from enum import StrEnum

import typer

SHOWN_FAILURES = 20  # a 100k-article run must not print 100k lines


class Engine(StrEnum):
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


def check_local(workers: int | None, address: str | None) -> None:
    """--workers and --address only mean something with --engine ray."""
    for option, value in (("--workers", workers), ("--address", address)):
        if value is not None:
            raise typer.BadParameter("needs --engine ray", param_hint=option)


def ingest_on_ray(
    database_url: str,
    paths: list[str],
    *,
    published: date | None,
    workers: int | None,
    address: str | None,
    as_json: bool,
) -> None:
    """Run `ingest_with_ray` into the store, with a progress bar on a terminal."""
    from rich.console import Console

    from summitwatch.scale.progress import progress_bar
    from summitwatch.scale.ray import ingest_with_ray
    from summitwatch.store import Store

    store = Store(database_url)
    show = not as_json and sys.stderr.isatty()
    bar = progress_bar(Console(stderr=True)) if show else nullcontext(None)
    with bar as on_progress:
        result = ingest_with_ray(
            store,
            paths,
            workers=workers,
            address=address,
            published=published,
            on_progress=on_progress,
        )
    _print(result, as_json=as_json)
    if result.failed:
        raise typer.Exit(1)


def _print(result, *, as_json: bool) -> None:  # result: RayProgress
    if as_json:
        data = {
            key: getattr(result, key)
            for key in ("total", "stored", "replaced", "skipped", "failed", "events")
        }
        data["failures"] = [[f.source, f.problem] for f in result.failures]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for failure in result.failures[:SHOWN_FAILURES]:
        typer.echo(f"Error: {failure}", err=True)
    if result.failed > SHOWN_FAILURES:
        typer.echo(f"Error: … and {result.failed - SHOWN_FAILURES} more", err=True)
    typer.echo(
        f"{result.stored - result.replaced} new, {result.replaced} replaced, "
        f"{result.skipped} unchanged, {result.failed} failed; "
        f"{result.events} events extracted"
    )
