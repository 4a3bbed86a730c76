"""Turn "Kim Jong-un", "Putin" or "PRK" into the people (or country) it means."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.store import resolve
from summitwatch.store.merge import fold
from summitwatch.store.schema import EventParticipantRow, PersonRow

_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Side:
    """One side of a question: some people, or everyone from a country."""

    label: str
    country: str | None
    person_ids: tuple[int, ...] = ()

    def condition(self, table: Any = EventParticipantRow) -> ColumnElement[bool]:
        """Which event_participants rows (of `table`, maybe an alias) are this side."""
        if self.person_ids:
            return table.person_id.in_(self.person_ids)
        return table.country == self.country

    def event_ids(self):  # type: ignore[no-untyped-def]
        return select(EventParticipantRow.event_id).where(self.condition())


def shared_event_ids(a: Side, b: Side):  # type: ignore[no-untyped-def]
    """Events with both sides: probe the second side per event of the first, so
    only the shared events are ever fetched (a country has ~10^4 events at 10^6)."""
    mine, theirs = aliased(EventParticipantRow), aliased(EventParticipantRow)
    return (
        select(mine.event_id)
        .join(theirs, theirs.event_id == mine.event_id)
        .where(a.condition(mine), b.condition(theirs))
    )


def _people(conn: Connection, where: ColumnElement[bool]) -> list:
    query = select(PersonRow.id, PersonRow.name, PersonRow.country).where(where)
    return list(conn.execute(query))


def resolve_side(conn: Connection, text: str) -> Side:
    """A person by name, alias or surname, or a country by ISO3 code ('PRK', 'prk')."""
    text = text.strip()
    if _ISO3.match(text) and _is_country(conn, text):
        return Side(text, text)
    found = _find_people(conn, text)
    if not found and len(text) == 3 and _is_country(conn, text.upper()):
        return Side(text.upper(), text.upper())
    names = sorted({row.name for row in found})
    if not found:
        raise UnknownPerson(text)
    if len(names) > 1:
        raise BadArgument(f"{text!r} is ambiguous: {', '.join(names)}")
    countries = [row.country for row in found if row.country]
    country = countries[0] if countries else None
    return Side(names[0], country, tuple(r.id for r in found))


def _find_people(conn: Connection, text: str) -> list:
    """Exact (folded) name, then any KB alias, then a unique surname ending."""
    key = fold(text)
    if not key:
        return []
    found = _people(conn, PersonRow.folded == key)
    if not found:
        kb_ids = resolve.kb_people_named(text)
        found = _people(conn, PersonRow.kb_id.in_(kb_ids)) if kb_ids else []
    return found or _people(conn, PersonRow.folded.endswith(key))


def _is_country(conn: Connection, code: str) -> bool:
    """An ISO3 code pycountry knows, or one the record already uses."""
    import pycountry

    if pycountry.countries.get(alpha_3=code) is not None:
        return True
    used = select(EventParticipantRow.country).where(
        EventParticipantRow.country == code
    )
    return conn.execute(used.limit(1)).first() is not None
