"""Who is who for the forecaster: countries, leaders and places, from the KB when it
knows, else from the record itself (a person counts as a leader once the record shows
them meeting someone from another country)."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from summitwatch.forecast import places
from summitwatch.models import Participant

TOP_ROLES = ("head_of_state", "head_of_government", "leader")

log = logging.getLogger(__name__)


class PeopleBook:
    """An adapter over `summitwatch.kb.KnowledgeBase`; works without it too."""

    def __init__(self, kb: Any | None = None) -> None:
        self.kb = kb
        self._cache: dict[tuple[str, date | None], Any] = {}
        self._capitals: dict[str, places.Place | None] = {}

    @classmethod
    def default(cls) -> PeopleBook:
        """The KB when it loads and has people; the record-only book otherwise."""
        try:
            from summitwatch.kb import load_kb

            kb = load_kb()
        except Exception as e:  # a broken KB must not stop a forecast  # noqa: BLE001
            log.warning("knowledge base unavailable (%s); using the record only", e)
            return cls()
        return cls(kb if getattr(kb, "people", None) else None)

    def _person(self, name: str, day: date | None = None) -> Any | None:
        if self.kb is None:
            return None
        key = (name, day)
        if key not in self._cache:
            if len(self._cache) > 100_000:
                self._cache.clear()
            self._cache[key] = self.kb.resolve_person(name, on=day)
        return self._cache[key]

    def canonical(self, name: str, day: date | None = None) -> tuple[str, str | None]:
        """(canonical name, country) for a person the KB knows; else the name as is."""
        person = self._person(name, day)
        return (person.name, person.country) if person else (name, None)

    def knows(self, name: str) -> bool:
        return self._person(name) is not None

    def country_of(self, participant: Participant) -> str | None:
        if participant.country:
            return participant.country
        person = self._person(participant.name)
        if person is not None and person.country:
            return person.country
        if self.kb is not None and (code := self.kb.country_code(participant.name)):
            return code
        return places.country_code(participant.name)

    def is_leader(self, name: str, day: date) -> bool | None:
        """True/False when the KB has the person's offices; None when it cannot say."""
        person = self._person(name, day)
        if person is None or not person.offices:
            return None
        return person.is_leader_on(day)

    def took_office(self, name: str) -> date | None:
        person = self._person(name)
        office = person.first_top_office() if person is not None else None
        return office.start if office else None

    def tenures(self, country: str) -> list[tuple[str, date, date | None]]:
        """(name, start, end) of every top office in the country the KB records."""
        if self.kb is None:
            return []
        if not hasattr(self, "_tenures"):
            self._tenures: dict[str, list] = {}
            for person in self.kb.people:
                for o in person.offices:
                    if o.role in TOP_ROLES and o.country and o.start:
                        self._tenures.setdefault(o.country, []).append(
                            (person.name, o.start, o.end)
                        )
        return self._tenures.get(country, [])

    def leader_of(self, country: str, day: date) -> str | None:
        person = self.kb.leader_of(country, day) if self.kb else None
        return person.name if person else None

    def capital(self, country: str) -> places.Place | None:
        if country not in self._capitals:
            name = self.kb.capital(country) if self.kb else None
            found = self.locate(name, country) if name else places.capital(country)
            self._capitals[country] = found
        return self._capitals[country]

    def city_name(self, city: str, country: str | None) -> str:
        """The KB's name for a city ('St. Petersburg' → 'Saint Petersburg'), so that
        one city under two spellings is one venue; the name as is otherwise. A
        region after a comma ('Sea Island, Georgia') is dropped when the KB knows
        the city before it in that country, as the summit calendar names it."""
        key = ("city", city, country)
        if key not in self._cache:
            found = self._kb_city(city, country)
            if found is None and "," in city:
                found = self._kb_city(city.split(",")[0].strip(), country)
            self._cache[key] = found or city
        return self._cache[key]

    def _kb_city(self, city: str, country: str | None) -> str | None:
        place = self.kb.place(city, country=country) if self.kb else None
        if place is None or (country is not None and place.country != country):
            return None
        return place.name

    def locate(self, city: str, country: str) -> places.Place:
        place = self.kb.place(city, country=country) if self.kb else None
        if place is not None and place.lat is not None and place.country == country:
            return places.Place(city, country, place.lat, place.lon)
        return places.locate(city, country)
