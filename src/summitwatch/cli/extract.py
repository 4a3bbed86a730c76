"""`summitwatch extract`: articles in, events out (table, JSON Lines or JSON)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from summitwatch.errors import SummitWatchError


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _print_table(console, source: str, events) -> None:  # type: ignore[no-untyped-def]
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


def _write(out: Path | None, many: bool, source: str, text: str) -> None:
    if out is None:
        typer.echo(text, nl=False)
    elif many or out.is_dir() or out.suffix == "":
        out.mkdir(parents=True, exist_ok=True)
        suffix = ".json" if text.lstrip().startswith("[") else ".jsonl"
        (out / f"{Path(source).stem}{suffix}").write_text(text, encoding="utf-8")
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")


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

    from summitwatch.ingest import iter_sources, parse_published
    from summitwatch.nlp.pipeline import load_pipeline
    from summitwatch.output import to_json, to_jsonl
    from summitwatch.process import extract_many

    console = Console(stderr=out is None and fmt != Format.table)
    try:
        day = parse_published(published)
        nlp = load_pipeline()
    except SummitWatchError as e:
        typer.echo(f"Error: {e}", err=True)
        raise typer.Exit(1) from None
    sources = iter_sources(paths)
    failures: list[str] = []
    articles = _readable(sources, day, failures)
    for article, events in extract_many(articles, nlp):  # batched, as spaCy likes it
        source = article.path or article.url or ""
        if fmt == Format.table and out is None:
            _print_table(console, source, events)
        else:
            text = to_jsonl(events) if fmt != Format.json else to_json(events) + "\n"
            _write(out, len(sources) > 1, source, text)
    if failures:
        typer.echo(f"{len(failures)} of {len(sources)} sources failed", err=True)
        raise typer.Exit(1)


def _readable(sources: list[str], day, failures: list[str]):  # type: ignore[no-untyped-def]
    """The articles that can be read; each failure is reported and counted."""
    from summitwatch.ingest import read_article

    for source in sources:
        try:
            yield read_article(source, published=day)
        except SummitWatchError as e:
            failures.append(str(e))
            typer.echo(f"Error: {e}", err=True)


def register(app: typer.Typer) -> None:
    app.command()(extract)
