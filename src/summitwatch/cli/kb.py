"""Knowledge-base commands: `kb summits` (the summit calendar) and `kb who` (people
and the offices they held on a day). Both read `summitwatch.kb` only.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import typer

from summitwatch.errors import BadArgument, SummitWatchError

JSON_OPT = typer.Option(False, "--json", help="Print JSON instead of a table.")
NO_WRAP = {"Dates", "Id", "Country"}
kb_app = typer.Typer(help="Look up the knowledge base.", no_args_is_help=True)


def _fail(error: SummitWatchError) -> typer.Exit:
    typer.echo(f"Error: {error}", err=True)
    return typer.Exit(1)


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        raise BadArgument(f"--on: bad date {value!r} (want YYYY-MM-DD)") from None


def _table(title: str, columns: list[str], rows: list[list[str]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=title)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in NO_WRAP)
    for row in rows:
        table.add_row(*row)
    Console().print(table)


def _person_dict(person: Any, on: date | None) -> dict:
    """A person with the offices held on `on` (every office when no date)."""
    offices = [o for o in person.offices if on is None or o.held_on(on)]
    return {
        "id": person.id,
        "name": person.name,
        "country": person.country,
        "offices": [
            {
                "title": o.title,
                "role": o.role,
                "country": o.country,
                "start": o.start.isoformat() if o.start else None,
                "end": o.end.isoformat() if o.end else None,
            }
            for o in offices
        ],
    }


def summits(
    year: int = typer.Option(None, "--year", help="Editions of this year."),
    series: str = typer.Option(None, "--series", help="G20, G7, APEC, BRICS, …"),
    country: str = typer.Option(None, "--country", help="Host country (ISO3)."),
    as_json: bool = JSON_OPT,
) -> None:
    """Summit editions with host city, country, dates and status."""
    from summitwatch.kb import load_kb

    try:
        found = load_kb().calendar.select(year=year, series=series, country=country)
    except SummitWatchError as e:
        raise _fail(e) from None
    if as_json:
        typer.echo(
            json.dumps([s.to_dict() for s in found], ensure_ascii=False, indent=2)
        )
        return
    rows = [
        [s.series, str(s.number or ""), s.city or "", s.country]
        + [_span(s.start, s.end), s.status]
        for s in found
    ]
    columns = ["Series", "No.", "City", "Country", "Dates", "Status"]
    _table("Summits", columns, rows)


def _span(start: date | None, end: date | None) -> str:
    if start is None:
        return "not known"
    return start.isoformat() if end in (None, start) else f"{start}..{end:%m-%d}"


def who(
    name: str = typer.Argument(..., help="A name or surname ('Moon Jae-in', 'Kim')."),
    on: str = typer.Option(None, "--on", help="The day (YYYY-MM-DD) for offices."),
    country: str = typer.Option(None, "--country", help="Country hint (ISO3)."),
    limit: int = typer.Option(10, "--limit", help="At most this many people."),
    as_json: bool = JSON_OPT,
) -> None:
    """People a name can mean, best first, with the offices they held on the day."""
    from summitwatch.kb import load_kb

    try:
        day = _day(on)
    except SummitWatchError as e:
        raise _fail(e) from None
    kb = load_kb()
    hint = country.upper() if country else None
    found = kb.people_named(name, on=day, country_hint=hint) or kb.people_with_surname(
        name, on=day, country_hint=hint
    )
    people = [_person_dict(p, day) for p in found[:limit]]
    if as_json:
        typer.echo(json.dumps(people, ensure_ascii=False, indent=2))
        return
    if not people:
        typer.echo(f"No one in the knowledge base is called {name!r}.")
        return
    rows = [
        [
            p["id"],
            p["name"],
            p["country"] or "",
            "; ".join(_office(o) for o in p["offices"]),
        ]
        for p in people
    ]
    _table(
        f"Who is {name!r}" + (f" on {day}" if day else ""),
        ["Id", "Name", "Country", "Offices"],
        rows,
    )


def _office(office: dict) -> str:
    where = f" ({office['country']})" if office["country"] else ""
    return f"{office['title']}{where} {office['start'] or '?'}..{office['end'] or ''}"


def register(app: typer.Typer) -> None:
    """Add the `kb` command group to the app."""
    kb_app.command()(summits)
    kb_app.command()(who)
    app.add_typer(kb_app, name="kb")
