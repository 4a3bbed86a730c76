"""A Rich progress bar for long ingests; its callback is `on_progress`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from summitwatch.scale.ray import RayProgress


def describe(progress: RayProgress) -> str:
    """'120 stored, 30 skipped, 2 failed; 310 events' — the bar's running tally."""
    return (
        f"{progress.stored} stored, {progress.skipped} skipped, "
        f"{progress.failed} failed; {progress.events} events"
    )


@contextmanager
def progress_bar(
    console: Console | None = None,
) -> Iterator[Callable[[RayProgress], None]]:
    """Show a bar while the block runs; yields the callback that moves it."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[tally]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console) as bar:
        task = bar.add_task("ingest", total=None, tally="starting workers")

        def update(progress: RayProgress) -> None:
            bar.update(
                task,
                total=progress.total,
                completed=progress.done,
                tally=describe(progress),
            )

        yield update
