"""Plain-text rendering for the record commands (the `--json` output needs none)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:  # the store (and SQLAlchemy) load only when a command runs
    from summitwatch.runner import HistoryImport, RunReport
    from summitwatch.store.answers import (
        EventDetail,
        EventView,
        PairHistory,
        PersonView,
    )

SHOWN_FAILURES = 20  # a 100k-article run must not print 100k lines


def event_line(view: EventView) -> str:
    flag = " (disputed)" if view.status_disputed else ""
    sources = f"{view.n_sources} source{'s' * (view.n_sources != 1)}"
    return (
        f"#{view.id:<6} {view.date or '????':<10}  {view.type:<10} "
        f"{view.status + flag:<24} {view.place or '?':<24} "
        f"{', '.join(view.names)}  [{sources}]"
    )


def print_events(views: list[EventView]) -> None:
    for view in views:
        typer.echo(event_line(view))
    typer.echo(f"{len(views)} event{'s' * (len(views) != 1)}")


def print_failures(report: RunReport) -> None:
    """Each failure on stderr ('Error: source: problem'), the first 20 of them."""
    for failure in report.failures[:SHOWN_FAILURES]:
        typer.echo(f"Error: {failure}", err=True)
    if report.failed > SHOWN_FAILURES:
        typer.echo(f"Error: … and {report.failed - SHOWN_FAILURES} more", err=True)


def print_ingest(report: RunReport) -> None:
    print_failures(report)
    typer.echo(report.summary())


def print_history(result: HistoryImport) -> None:
    for error in result.errors:
        typer.echo(f"Error: {error}", err=True)
    status = result.result.status
    typer.echo(
        f"{result.path}: {result.rows} rows ({status}), {len(result.errors)} bad rows"
    )


def print_pair(history: PairHistory) -> None:
    typer.echo(f"{history.a} – {history.b}: {history.count} meetings")
    if history.first and history.last:
        typer.echo(f"first: {history.first.date} {history.first.place}")
        typer.echo(f"last: {history.last.date} {history.last.place}")
    venues = "; ".join(
        f"{v.city or '?'}, {v.country or '?'} ({v.count})" for v in history.venues
    )
    typer.echo(f"venues: {venues or 'none'}")
    hosted = "; ".join(f"{k} {v or 'never'}" for k, v in history.last_hosted.items())
    typer.echo(f"last hosted: {hosted}")
    typer.echo(f"turn to host: {history.turn_to_host or 'unknown'}")
    for view in history.events:
        typer.echo(event_line(view))


def print_people(people: list[PersonView]) -> None:
    for p in people:
        typer.echo(
            f"{p.name:<28} {p.country or '?':<4} {p.office or '':<32} {p.events}"
        )
    typer.echo(f"{len(people)} people")


def print_detail(detail: EventDetail) -> None:
    view = detail.event
    typer.echo(event_line(view))
    typer.echo(
        f"statuses: {', '.join(f'{k} {n}' for k, n in sorted(view.statuses.items()))}"
    )
    for s in detail.sources:
        when = s.published.isoformat() if s.published else "undated"
        typer.echo(
            f"- {s.source} ({s.kind}, {when}): {s.status}, {s.date or '?'}, "
            f"{s.city or '?'} {s.country or ''}".rstrip()
        )
        if s.evidence:
            typer.echo(f"    “{s.evidence}”")
