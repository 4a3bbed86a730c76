"""`summitwatch demo`: the main job end to end on the embedded store.

Imports the packaged summit history, ingests the sample articles, prints the seed's
events, the Russia–North Korea record and the prospects as of the seed's date, and
tells how to open the web page.
"""

from __future__ import annotations

import json
from datetime import date
from importlib import resources

import typer

from summitwatch.cli._context import library_errors

SEED_DATE = "2015-02-23"


def _samples() -> tuple[list[tuple[str, date]], str]:
    folder = resources.files("summitwatch.samples")
    manifest = json.loads(folder.joinpath("manifest.json").read_text())
    articles = [
        (str(folder.joinpath(item["file"])), date.fromisoformat(item["published"]))
        for item in manifest
    ]
    return articles, str(folder.joinpath("summits_history_pre2016.csv"))


def _heading(text: str) -> None:
    typer.secho(f"\n== {text}", bold=True)


class _Remembering:
    """The pipeline's extractor, keeping each article's events to print the seed's."""

    def __init__(self, inner) -> None:  # type: ignore[no-untyped-def]
        self.inner = inner
        self.seen: dict[str, list] = {}

    def __call__(self, article):  # type: ignore[no-untyped-def]
        return self.many([article])[0]

    def many(self, batch):  # type: ignore[no-untyped-def]
        found = self.inner.many(batch)
        for article, events in zip(batch, found, strict=True):
            self.seen[article.source] = events
        return found


def demo(ctx: typer.Context) -> None:
    """Run the main job on the samples and print the Russia–North Korea outlook."""
    from rich.console import Console

    from summitwatch.cli import _store_text as text
    from summitwatch.cli.extract import print_events_table
    from summitwatch.cli.forecast import prospects
    from summitwatch.runner import PipelineExtractor, import_history, run
    from summitwatch.store import Store

    articles, history = _samples()
    with library_errors():
        with Store(ctx.obj.database_url) as store:
            _heading(f"Record: {ctx.obj.database_url}")
            text.print_history(import_history(store, history))
            extract = _Remembering(PipelineExtractor())
            for path, published in articles:
                text.print_ingest(
                    run([path], store, published=published, extractor=extract)
                )
            seen = extract.seen
            _heading("Events in the seed article")
            seed = articles[0][0]
            print_events_table(Console(width=160), seed, seen.get(seed, []))
            _heading("Russia and North Korea in the record")
            text.print_pair(store.pair("PRK", "RUS"))
    _heading(f"Prospects of a Russia–North Korea summit as of {SEED_DATE}")
    prospects(ctx, "RUS", "PRK", as_of=SEED_DATE, horizon="12m", as_json=False)
    _heading("The web page")
    db = ctx.obj.database_url
    typer.echo(
        f"Start it with:  .venv/bin/summitwatch --db '{db}' serve\n"
        "then open http://127.0.0.1:8000 in a browser (it works offline)."
    )


def register(app: typer.Typer) -> None:
    app.command()(demo)
