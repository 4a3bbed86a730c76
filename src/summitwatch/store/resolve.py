"""Match names and places to the knowledge base, degrading to the text without one.

The KB is optional here: when `summitwatch.kb` is missing or fails to load, people
are keyed by their folded name and places keep whatever coordinates they came with.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from summitwatch.models import Location, Participant
from summitwatch.store.merge import fold

log = logging.getLogger(__name__)


@cache
def _kb() -> Any | None:
    try:
        from summitwatch.kb import load_kb

        return load_kb()
    except Exception as e:  # noqa: BLE001 - any KB failure means "no KB", logged once
        log.warning("knowledge base unavailable (%s); people keyed by name", e)
        return None


def person_key(participant: Participant) -> str:
    """The people-table key: the KB id when known, else the folded name."""
    if participant.person_id:
        return participant.person_id
    return f"name:{fold(participant.name)}"


def resolve_participant(
    participant: Participant, *, on: date | None = None
) -> Participant:
    """Fill in KB id, canonical name, country and office; unchanged without a match."""
    kb = _kb()
    if kb is None:
        return participant
    person = None
    if participant.person_id:
        person = kb.person(participant.person_id)
    if person is None:
        person = kb.resolve_person(participant.name, on=on)
    if person is None:
        return participant
    office = person.office_on(on) or person.office_on(None)
    return Participant(
        name=person.name,
        person_id=person.id,
        country=participant.country or person.country,
        office=participant.office or (office.title if office else None),
    )


def resolve_location(location: Location) -> Location:
    """Add coordinates (and the country) for a known city when they are missing."""
    kb = _kb()
    if kb is None or not location.city or location.lat is not None:
        return location
    place = kb.place(location.city, country=location.country)
    if place is None or place.lat is None:
        return location
    if location.country and place.country != location.country:
        return location
    return replace(location, country=place.country, lat=place.lat, lon=place.lon)


def kb_people_named(text: str) -> list[str]:
    """KB ids of everyone a name or alias may mean (empty without a KB)."""
    kb = _kb()
    return [p.id for p in kb.people_named(text)] if kb is not None else []


def known_country(code: str) -> bool:
    """A country code the record accepts (`kb.loader.is_country`: ISO 3166 plus the
    user-assigned XKX); it reads only the countries file, so it needs no full KB."""
    from summitwatch.kb.loader import is_country

    return is_country(code)
