"""`summitwatch extract`: articles in, events out (table, JSON Lines or JSON)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from summitwatch.cli._context import library_errors
from summitwatch.models import Article, Event


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def print_events_table(console, source: str, events) -> None:  # type: ignore[no-untyped-def]
    from rich.table import Table

    from summitwatch.output import table_rows

    table = Table(title=f"{source}: {len(events)} events", show_lines=False)
    columns = ["type", "status", "participants", "where", "when", "mode", "evidence"]
    wide = console.width >= 120  # evidence only where it can be read
    for column in columns if wide else columns[:-1]:
        table.add_column(column, overflow="fold", no_wrap=column in ("when", "mode"))
    for row in table_rows(events):
        table.add_row(*(row if wide else row[:-1]))
    console.print(table)


class _Printer:
    """`extract`'s sink for the runner: a table, or JSON to stdout, a file or a
    folder (one NNN.jsonl per input file; a JSON Lines corpus's records go to one
    output named after it). Nothing is stored, so nothing is skipped."""

    def __init__(self, console, fmt: Format, out: Path | None, many: bool) -> None:  # type: ignore[no-untyped-def]
        self.console, self.fmt, self.out = console, fmt, out
        self.folder = out is not None and (many or out.is_dir() or out.suffix == "")
        self.owners: dict[Path, str] = {}  # output file → the input that made it
        self.opened: set[Path] = set()

    def stored(self, article: Article) -> None:
        return None

    def write(self, article: Article, events: list[Event]) -> None:
        from summitwatch.output import to_json, to_jsonl

        source = article.path or article.url or ""
        if self.fmt == Format.table and self.out is None:
            print_events_table(self.console, source, events)
            return
        text = to_jsonl(events) if self.fmt != Format.json else to_json(events) + "\n"
        if self.out is None:
            typer.echo(text, nl=False)
        elif self.folder:
            self._to_folder(source, text)
        else:
            self._append(self.out, "", text)

    def _to_folder(self, source: str, text: str) -> None:
        """One file per input; a second input with the same name is refused, not
        silently written over."""
        assert self.out is not None
        name = source.split("#L")[0]  # a JSON Lines record: its file
        suffix = ".json" if self.fmt == Format.json else ".jsonl"
        self._append(self.out / f"{Path(name).stem}{suffix}", name, text)

    def _append(self, path: Path, owner: str, text: str) -> None:
        first = self.owners.setdefault(path, owner)
        if first != owner:
            raise FileExistsError(f"{path} is already written for {first}")
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = "a" if path in self.opened else "w"
        self.opened.add(path)
        with path.open(mode, encoding="utf-8") as f:
            f.write(text)


def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, URLs or URL lists."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    out: Path = typer.Option(
        None, "--out", "-o", help="File, or folder for NNN.jsonl."
    ),
    published: str = typer.Option(
        None, "--published", help="Publication date: 2019, 2019-04 or 2019-04-25."
    ),
) -> None:
    """Read articles and print every meeting, visit and invitation they report."""
    from rich.console import Console

    from summitwatch.ingest import parse_published
    from summitwatch.runner import run
    from summitwatch.runner.progress import maybe_progress_bar

    console = Console(stderr=out is None and fmt != Format.table)
    many = len(paths) > 1 or any(Path(p).is_dir() for p in paths)
    printer = _Printer(console, fmt, out, many)
    with library_errors():
        day = parse_published(published)
        with maybe_progress_bar(out is not None, label="extract") as on_progress:
            report = run(paths, printer, published=day, on_progress=on_progress)
    for failure in report.failures:
        typer.echo(f"Error: {failure}", err=True)
    if report.failed:
        typer.echo(f"{report.failed} of {report.done} sources failed", err=True)
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(extract)
