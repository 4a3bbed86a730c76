"""The knowledge base: people and places, with the lookups extraction and forecasting
need.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator
from datetime import date
from functools import cached_property

from summitwatch.kb.names import fold, spelling_variants
from summitwatch.kb.people import Office, Person
from summitwatch.kb.places import Place, PlaceIndex
from summitwatch.kb.spelling import NameForm, PersonSpelling, Spelling, person_spelling
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
    if len(people) < 2:
        return list(people)  # nothing to rank: most names are one person's
    return sorted(
        people,
        key=lambda p: (tuple(-x for x in person_score(p, on, country_hint)), p.id),
    )


def _default_spelling() -> Spelling:
    from summitwatch.kb.loader import load_spelling  # loader imports this module

    return load_spelling()


class KnowledgeBase:
    def __init__(
        self,
        people: list[Person],
        places: PlaceIndex,
        countries: dict,
        summits: SummitCalendar | None = None,
        spelling: Spelling | None = None,
    ) -> None:
        self.people = people
        self.spelling = spelling or _default_spelling()
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
            for key in {fold(surname) for surname in self._surname_forms(person)}:
                self._by_surname[key].append(person)
        for code, info in countries.items():
            target = info.get("maps_to", code)
            for demonym in info.get("demonyms", ()):
                self._demonyms[fold(demonym)] = target
            for name in (*info.get("names", ()), *info.get("metonyms", ())):
                self._country_names[fold(name)] = target
        self.countries_info = countries
        self._index_spellings()

    def _index_spellings(self) -> None:
        """Skeletons of every name, built once with the KB (and cached with it)."""
        self._spelt: dict[str, PersonSpelling] = {
            p.id: person_spelling(self.spelling, (p.name, *p.aliases), p.surname or "")
            for p in self.people
        }
        self._holders_seen: dict[tuple, list[str]] = {}  # a few days an article names

    def surface_forms(self, person: Person) -> set[str]:
        """Every spelling of the person's names, each also with the letters NFKD
        cannot strip written as English text does: 'Tran Duc Luong' finds Trần Đức
        Lương, whose 'Đ' `fold` drops (see #9)."""
        forms: set[str] = set()
        for name in (person.name, *person.aliases):
            forms |= spelling_variants(name)
        return forms | {self.spelling.ascii_letters(form) for form in forms}

    def _surname_forms(self, person: Person) -> set[str]:
        """The surname as written and in ASCII letters ('Wałęsa', 'Walęsa')."""
        if not person.surname:
            return set()
        return {person.surname, self.spelling.ascii_letters(person.surname)}

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
        """Everyone whose surname is `text` (any spelling), best first as in
        `people_named`."""
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

    def person_spelt_like(
        self,
        text: str,
        *,
        on: date | None = None,
        country: str | None = None,
        roles: Collection[str] | None = None,
        among: Collection[str] = (),
        cue: bool = False,
    ) -> Person | None:
        """The one person a name the KB does not know exactly is a misspelling or
        another romanisation of ('Abdel Aziz Buteflika' → Abdelaziz Bouteflika), or
        None. Conservative: first among the people `among` (already named in the
        text); then, only with a `cue` (an office or a `country` named with the
        name), among those holding one of `roles` (any when None) of `country` on
        `on`; then, with a country, among those who held it before `on`; last,
        for a name of two words or more, among the people of its surname as written
        (a given name misspelt before a surname spelt right: 'Nobusuki Kishi', 'Mr.
        Kishi went in 1959'; the surname narrows the candidates to a handful).
        """
        mention = self.spelling.name(text)
        if not mention.words:
            return None
        # A surname alone ('Foreign Minister Le Drian') is matched among all the
        # office holders of the day only when its skeleton is the same.
        alone = len(mention.words) == 1 and country is None
        pools = [(list(dict.fromkeys(among)), 0.0)]
        if cue or country is not None:
            pools.append((self._holders(on, country, roles, ever=False), float(alone)))
        if country is not None:
            pools.append((self._holders(on, country, roles, ever=True), 0.0))
        if len(mention.words) > 1:  # 'Nobusuki Kishi': the surname as the KB has it
            namesakes = self.people_with_surname(text.split()[-1])
            pools.append(([p.id for p in namesakes], 0.0))
        for pool, least in pools:
            found = self._spelt_among(mention, pool, least)
            if found is not None:
                return found
        return None

    def _holders(
        self,
        on: date | None,
        country: str | None,
        roles: Collection[str] | None,
        *,
        ever: bool,
    ) -> list[str]:
        """Ids of people in one of `roles` of `country` on `on` (today's holders
        when None), or, `ever`, at any time before it."""
        key = (on, country, None if roles is None else tuple(roles), ever)
        if key not in self._holders_seen:
            if len(self._holders_seen) > 1024:
                self._holders_seen.clear()
            self._holders_seen[key] = self._find_holders(on, country, roles, ever=ever)
        return self._holders_seen[key]

    def _find_holders(
        self,
        on: date | None,
        country: str | None,
        roles: Collection[str] | None,
        *,
        ever: bool,
    ) -> list[str]:
        found: dict[str, None] = {}
        offices: Iterator[tuple[Person, Office]]
        if country is None:
            offices = ((p, o) for p in self.people for o in p.offices)
        else:
            offices = iter(self._offices_by_country.get(country, ()))
        for person, office in offices:
            if roles is not None and office.role not in roles:
                continue
            if ever:
                held = on is None or office.start is None or office.start <= on
            else:
                held = office.held_then(on)
            if held:
                found[person.id] = None
        return list(found)

    def _spelt_among(
        self, mention: NameForm, ids: list[str], least: float = 0.0
    ) -> Person | None:
        """The best-matching person, if no other comes close and it scores at
        least `least`."""
        runs = mention.runs()
        scored = sorted(
            (
                (self._spelt[i].similarity(mention, runs), i)
                for i in ids
                if i in self._spelt
            ),
            reverse=True,
        )
        scored = [(score, i) for score, i in scored if score > 0]
        if not scored or (len(scored) > 1 and scored[1][0] > scored[0][0] - 0.05):
            return None
        if scored[0][0] < least:
            return None
        return self.by_id[scored[0][1]]

    def leader_of(self, country: str, on: date | None) -> Person | None:
        """The top leader of `country` on `on` (paramount leader before head of
        state).
        """
        best: tuple[int, Person] | None = None
        for person, office in self._top_offices.get(country, ()):
            if not office.held_then(on):
                continue
            weight = ROLE_WEIGHT[office.role]
            if best is None or weight > best[0]:
                best = (weight, person)
        return best[1] if best else None

    def office_holder(self, country: str, role: str, on: date | None) -> Person | None:
        """Who held `country`'s office of `role` ('head_of_state', ...) on `on`
        (the holder with no end date, when undated): the host a seat of office
        stands for."""
        for person, office in self._top_offices.get(country, ()):
            if office.role == role and office.held_then(on):
                return person
        return None

    @cached_property
    def _top_offices(self) -> dict[str, list[tuple[Person, Office]]]:
        """Each country's leader offices in file order, gathered on first use: the
        forecaster asks for leaders a dozen times per call, and a scan of every
        office each time cost a cold `prospects` 10 ms."""
        found: dict[str, list[tuple[Person, Office]]] = defaultdict(list)
        for person in self.people:
            for office in person.offices:
                if office.role in ROLE_WEIGHT and office.country:
                    found[office.country].append((person, office))
        return dict(found)

    @cached_property
    def _offices_by_country(self) -> dict[str, list[tuple[Person, Office]]]:
        """Every office under the country it is of (the holder's, when the office
        names none), in file order: `_find_holders` scanned all people's offices for
        each country a misspelt name came with."""
        found: dict[str, list[tuple[Person, Office]]] = defaultdict(list)
        for person in self.people:
            for office in person.offices:
                country = office.country or person.country
                if country is not None:
                    found[country].append((person, office))
        return dict(found)

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
