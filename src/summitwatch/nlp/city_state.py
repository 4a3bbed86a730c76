"""A city-state's events are in its city (issue #10, class 6).

'Singapore | Central Area | September 6–7 | State visit', 'He leaves later Saturday
for Singapore': a trip to Singapore, Monaco or the Vatican is a trip to its one city,
which the text seldom names apart from the country. The KB marks these countries
(`countries.json`: `city_state`).
"""

from __future__ import annotations

from dataclasses import replace

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Event


def fill_city_states(events: list[Event], kb: KnowledgeBase) -> list[Event]:
    """Each event placed only in a city-state takes the city-state's capital."""
    return [_filled(event, kb) for event in events]


def _filled(event: Event, kb: KnowledgeBase) -> Event:
    loc = event.location
    info = kb.countries_info.get(loc.country or "", {})
    if loc.city or not info.get("city_state") or not info.get("capital"):
        return event
    place = kb.place(info["capital"], country=loc.country)
    lat, lon = (place.lat, place.lon) if place else (loc.lat, loc.lon)
    city = replace(loc, city=info["capital"], lat=lat, lon=lon)
    return replace(event, location=city)
