"""The knowledge base: people and places, with the lookups extraction and forecasting
need.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from summitwatch.kb.names import fold, spelling_variants
from summitwatch.kb.people import Person
from summitwatch.kb.places import Place, PlaceIndex
from summitwatch.kb.summits import Summit, SummitCalendar

# A paramount leader outranks a head of state, who outranks a head of government:
# "Kim" in Pyongyang in 2015 is Kim Jong-un, not the nominal head of state Kim Yong-nam.
ROLE_WEIGHT = {"leader": 3, "head_of_state": 2, "head_of_government": 1}


def person_score(
    person: Person, on: date | None, country_hint: str | None
) -> tuple[int, int, int]:
    """How well `person` fits the context: (of the hinted country, weight of the top
    office held on the day, in any office on the day). Higher is better."""
    countries = {person.country, *(o.country for o in person.offices)}
    held = [o for o in person.offices if on is not None and o.held_on(on)]
    if country_hint is not None:
        held = [o for o in held if o.country in (country_hint, None)]
    return (
        int(country_hint is not None and country_hint in countries),
        max((ROLE_WEIGHT.get(o.role, 0) for o in held), default=0),
        int(bool(held)),
    )


def rank_people(
    people: list[Person], *, on: date | None, country_hint: str | None
) -> list[Person]:
    """Candidates best first by `person_score`; ties keep a stable order by id."""
    return sorted(
        people,
        key=lambda p: (tuple(-x for x in person_score(p, on, country_hint)), p.id),
    )


class KnowledgeBase:
    def __init__(
        self,
        people: list[Person],
        places: PlaceIndex,
        countries: dict,
        summits: SummitCalendar | None = None,
    ) -> None:
        self.people = people
        self.calendar = summits or SummitCalendar([], [])
        self.places = places
        self.by_id = {p.id: p for p in people}
        self._by_alias: dict[str, list[Person]] = defaultdict(list)
        self._by_surname: dict[str, list[Person]] = defaultdict(list)
        self._demonyms: dict[str, str] = {}
        self._country_names: dict[str, str] = {}
        for person in people:
            for form in self.surface_forms(person):
                if person not in self._by_alias[fold(form)]:
                    self._by_alias[fold(form)].append(person)
            if person.surname:
                self._by_surname[fold(person.surname)].append(person)
        for code, info in countries.items():
            target = info.get("maps_to", code)
            for demonym in info.get("demonyms", ()):
                self._demonyms[fold(demonym)] = target
            for name in (*info.get("names", ()), *info.get("metonyms", ())):
                self._country_names[fold(name)] = target
        self.countries_info = countries

    @staticmethod
    def surface_forms(person: Person) -> set[str]:
        forms: set[str] = set()
        for name in (person.name, *person.aliases):
            forms |= spelling_variants(name)
        return forms

    # -- people
    def person(self, person_id: str) -> Person | None:
        return self.by_id.get(person_id)

    def people_named(
        self,
        text: str,
        *,
        on: date | None = None,
        country_hint: str | None = None,
    ) -> list[Person]:
        """Everyone whose full name or alias is `text` (any spelling), best first:
        ranked by the office held on `on` and by `country_hint`, never by file order.
        """
        found = list(self._by_alias.get(fold(text), ()))
        return rank_people(found, on=on, country_hint=country_hint)

    def people_with_surname(
        self,
        text: str,
        *,
        on: date | None = None,
        country_hint: str | None = None,
    ) -> list[Person]:
        found = list(self._by_surname.get(fold(text), ()))
        return rank_people(found, on=on, country_hint=country_hint)

    def resolve_person(
        self,
        text: str,
        *,
        on: date | None = None,
        country_hint: str | None = None,
    ) -> Person | None:
        """One person for a name, or None when the context cannot tell namesakes
        apart: the only candidate, else the one who stands out by office on `on`
        and by country.
        """
        found = self.people_named(text) or self.people_with_surname(text)
        if len(found) <= 1:
            return found[0] if found else None
        scored = sorted(
            ((person_score(p, on, country_hint), p) for p in found),
            key=lambda item: item[0],
            reverse=True,
        )
        best, runner_up = scored[0][0], scored[1][0]
        return scored[0][1] if best > runner_up and best > (0, 0, 0) else None

    def leader_of(self, country: str, on: date | None) -> Person | None:
        """The top leader of `country` on `on` (paramount leader before head of
        state).
        """
        order = {"leader": 0, "head_of_state": 1, "head_of_government": 2}
        best: tuple[int, Person] | None = None
        for person in self.people:
            for office in person.offices:
                if office.country != country or office.role not in order:
                    continue
                if on is not None and not office.held_on(on):
                    continue
                if on is None and office.end is not None:
                    continue
                rank = order[office.role]
                if best is None or rank < best[0]:
                    best = (rank, person)
        return best[1] if best else None

    # -- places and countries
    def country_code(self, text: str) -> str | None:
        """ISO3 for a country name, demonym or metonym ('North Korean', 'DPRK',
        'Kremlin').
        """
        key = fold(text.removeprefix("the ").removeprefix("The "))
        if key in self._demonyms:
            return self._demonyms[key]
        if key in self._country_names:
            return self._country_names[key]
        place = self.places.lookup(text)
        return place.country if place and place.kind == "country" else None

    def place(self, text: str, *, country: str | None = None) -> Place | None:
        return self.places.lookup(text, country=country)

    def capital(self, country: str) -> str | None:
        return self.places.capitals.get(country)

    # -- summits
    def summits_between(self, start: date, end: date) -> list[Summit]:
        """Editions overlapping [start, end], by date (see `Summit.overlaps`)."""
        return self.calendar.between(start, end)

    def summit_named(self, text: str, near: date | None = None) -> Summit | None:
        """The edition a phrase names; among several, the one nearest `near`."""
        return self.calendar.named(text, near)

    def summit_seat(self, text: str) -> tuple[str, str] | None:
        """(city, country) where the series a phrase names always meets."""
        return self.calendar.seat(text)

    def members(self, series: str, on: date) -> set[str]:
        """Member countries of a series ('G20', 'G8', 'BRICS') on a day."""
        return self.calendar.members(series, on)
