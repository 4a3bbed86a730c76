"""Seats of office: the building that stands for one office's holder (the White
House for the President of the United States, Downing Street for the British Prime
Minister). A guest 'due at the White House' meets the president in office that day
(session 13; data: `data/seats_of_office.json`, keyed by the site names of
`sites.json`)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from summitwatch.kb.loader import load_seats

if TYPE_CHECKING:
    from summitwatch.kb.base import KnowledgeBase
    from summitwatch.kb.people import Person


def seat_of(site: str) -> tuple[str, str] | None:
    """(country, role) when the site (a `sites.json` name) is a seat of office."""
    return load_seats().get(site)


def seat_holder(kb: KnowledgeBase, site: str, on: date | None) -> Person | None:
    """Who held the office the site is the seat of on `on` (now, undated)."""
    seat = seat_of(site)
    if seat is None:
        return None
    return kb.office_holder(*seat, on)
