"""The `summitwatch` command: a Typer app; commands are thin shells over the library.

Each command module registers its commands on `app`; errors become exit code 1 with
the message (usage errors stay exit code 2, as click does).
"""

from __future__ import annotations

import atexit
import gc
import sys

import typer

from summitwatch.cli import _context
from summitwatch.errors import SummitWatchError

app = typer.Typer(
    name="summitwatch",
    help="Extract, record and forecast leader-level diplomatic meetings.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _global_options(
    ctx: typer.Context,
    db: str = typer.Option(
        None, "--db", envvar="SUMMITWATCH_DB", help="Database URL or SQLite file path."
    ),
) -> None:
    ctx.obj = _context.CliContext(db=db)


def _register() -> None:
    from summitwatch.cli import demo, extract, forecast, kb, serve, store, watch

    for module in (extract, store, forecast, serve, demo, kb, watch):
        module.register(app)


_register()


def main() -> None:
    """Entry point: run the app, turning library errors into a message and exit 1."""
    # At exit Python searches everything still alive (the KB, SQLAlchemy, NumPy:
    # ~150,000 objects) for garbage cycles, several times over: a quarter of the CPU
    # of a cold `prospects`. Frozen objects are skipped (cycles among them are left
    # to the OS, which takes the process's memory back anyway); stores are closed
    # by their commands, and the rest is freed by reference counts as before.
    atexit.register(gc.freeze)
    try:
        app(standalone_mode=True)
    except SummitWatchError as e:
        typer.echo(f"Error: {e}", err=True)
        sys.exit(1)
