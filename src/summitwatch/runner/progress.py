"""The one progress bar (Rich) for runs; its callback is the runner's `on_progress`."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console

    from summitwatch.runner.report import RunReport


def describe(progress: RunReport) -> str:
    """'120 stored, 30 skipped, 2 failed; 310 events' — the bar's running tally."""
    return (
        f"{progress.stored} stored, {progress.skipped} skipped, "
        f"{progress.failed} failed; {progress.events} events"
    )


@contextmanager
def progress_bar(
    console: Console | None = None, *, label: str = "ingest"
) -> Iterator[Callable[[RunReport], None]]:
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
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[tally]}"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as bar:
        task = bar.add_task(label, total=None, tally="starting")

        def update(progress: RunReport) -> None:
            bar.update(
                task,
                total=progress.total,
                completed=progress.done,
                tally=describe(progress),
            )

        yield update


@contextmanager
def maybe_progress_bar(
    enabled: bool, *, label: str = "ingest"
) -> Iterator[Callable[[RunReport], None] | None]:
    """The bar on an interactive stderr when `enabled`, else no callback."""
    import sys

    if not enabled or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console

    with progress_bar(Console(stderr=True), label=label) as update:
        yield update
