"""State shared by the commands through the Typer context."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import typer

from summitwatch import config
from summitwatch.errors import SummitWatchError


@dataclass
class CliContext:
    db: str | None = None

    @property
    def database_url(self) -> str:
        return config.database_url(self.db)


@contextmanager
def library_errors() -> Iterator[None]:
    """Library errors become 'Error: …' on stderr and exit code 1, in every command."""
    try:
        yield
    except SummitWatchError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(1) from None
