"""Knowledge-base lookups: spellings, surnames in office, places and demonyms."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.kb import fold
from summitwatch.kb.names import spelling_variants


def test_spelling_variants_of_a_korean_name():
    forms = spelling_variants("Kim Jong-un")
    assert {"Kim Jong Un", "Kim Jong-un", "Kim Jong’un", "Kim Jongun"} <= forms


def test_fold_ignores_case_accents_and_punctuation():
    assert fold("Kim Jong’Un") == fold("kim jong-un") == "kimjongun"
    assert fold("Viktor Orbán") == fold("Viktor Orban")


@pytest.mark.parametrize(
    "text, person_id",
    [
        ("Kim Jong Un", "kim-jong-un"),
        ("Kim Jong’il", "kim-jong-il"),
        ("Xi Jinping", "xi-jinping"),
        ("Vladimir Putin", "vladimir-putin"),
        ("Carlos M. Gutierrez", "carlos-gutierrez"),  # a caption's (real 653)
    ],
)
def test_people_named(kb, text, person_id):
    assert [p.id for p in kb.people_named(text)] == [person_id]


def test_surname_resolves_to_whoever_held_office(kb):
    assert kb.resolve_person("Putin", on=date(2019, 4, 25)).id == "vladimir-putin"


def test_namesakes_are_told_apart_by_date(kb):
    """Two Gerhard Schröders: the CDU foreign minister in 1963, the chancellor in
    2000; the bare surname stays the chancellor's, as it was before the older
    namesake was added (his `surname` is his whole name)."""
    in_1963 = kb.people_named("Gerhard Schröder", on=date(1963, 6, 24))
    in_2000 = kb.people_named("Gerhard Schroder", on=date(2000, 6, 1))
    assert in_1963[0].id == "gerhard-schroder-cdu"
    assert in_2000[0].id == "gerhard-schroder"
    assert [p.id for p in kb.people_with_surname("Schröder")] == ["gerhard-schroder"]


@pytest.mark.parametrize(
    "surname, day, person_id",
    [
        ("MacDonald", date(1929, 10, 4), "ramsay-macdonald"),
        ("Harding", date(1922, 5, 1), "warren-g-harding"),
        ("Hoover", date(1930, 1, 1), "herbert-hoover"),
        ("Suzuki", date(1981, 1, 1), "zenko-suzuki"),
    ],
)
def test_historic_surnames_resolve_to_the_holder_of_the_day(
    kb, surname, day, person_id
):
    assert kb.resolve_person(surname, on=day).id == person_id


@pytest.mark.parametrize(
    "country, day, leader",
    [
        ("PRK", date(2000, 6, 13), "Kim Jong-il"),
        ("PRK", date(2019, 1, 1), "Kim Jong-un"),
        ("KOR", date(2018, 4, 27), "Moon Jae-in"),
        ("USA", date(2005, 5, 9), "George W. Bush"),
    ],
)
def test_leader_of(kb, country, day, leader):
    assert kb.leader_of(country, day).name == leader


@pytest.mark.parametrize(
    "text, code",
    [
        ("North Korean", "PRK"),
        ("DPRK", "PRK"),
        ("the Kremlin", "RUS"),
        ("Chinese", "CHN"),
        ("South Korea", "KOR"),
        ("Soviet Union", "RUS"),
    ],
)
def test_country_code(kb, text, code):
    assert kb.country_code(text) == code


@pytest.mark.parametrize(
    "text, kind, city, country",
    [
        ("Vladivostok", "city", "Vladivostok", "RUS"),
        ("Washington", "city", "Washington", "USA"),
        ("Jilin province", "region", None, "CHN"),
        ("Peace House", "site", "Panmunjom", "KOR"),
        ("White House", "site", "Washington", "USA"),
        ("Bali", "region", None, "IDN"),
        # towns beyond cities15000 (real 591, 592): not the Seychelles capital
        ("Victoria Falls", "city", "Victoria Falls", "ZWE"),
        ("Yenice", "city", "Yenice", "TUR"),
        ("Heuvelton", "city", "Heuvelton", "USA"),  # real 631
        ("West Point", "city", "West Point", "USA"),  # real 482, 743
        ("Charaña", "city", "Charaña", "BOL"),  # real 650
        # seats of government stand in for their capitals (real 635)
        ("La Moneda", "site", "Santiago", "CHL"),
        ("Casa Rosada", "site", "Buenos Aires", "ARG"),
        ("Palace of the Revolution", "site", "Havana", "CUB"),
        ("Hakone", "city", "Hakone", "JPN"),  # summit venue (real 684)
        # a city named with its designation: the gazetteer's bare name (real 402, 682)
        ("Seogwipo City", "city", "Seogwipo", "KOR"),
        ("Davao City", "city", "Davao", "PHL"),
        ("Mexico City", "city", "Mexico City", "MEX"),  # listed whole: kept whole
        # the older romanisation of Cheong Wa Dae (Kantei, 2000; real 784)
        ("Chong Wa Dae", "site", "Seoul", "KOR"),
    ],
)
def test_places(kb, text, kind, city, country):
    place = kb.place(text)
    assert (place.kind, place.venue_city, place.country) == (kind, city, country)


def test_city_has_coordinates(kb):
    place = kb.place("Pyongyang")
    assert place.lat == pytest.approx(39.0, abs=0.2)
    assert place.lon == pytest.approx(125.75, abs=0.2)


def test_stoplisted_words_are_no_places(kb):
    assert kb.place("Xinhua") is None


def test_office_held_then_is_the_day_or_still_held():
    from summitwatch.kb.people import Office

    past = Office(
        "President", "head_of_state", "USA", date(2001, 1, 20), date(2009, 1, 20)
    )
    now = Office("President", "head_of_state", "USA", date(2021, 1, 20), None)
    assert past.held_then(date(2005, 6, 1)) and not past.held_then(date(2010, 1, 1))
    assert not past.held_then(None) and now.held_then(None)


def test_a_designation_alone_or_on_a_region_is_no_city(kb):
    """Only a city answers for 'X City': not the bare word, not a country."""
    assert kb.place("City") is None
    assert kb.place("Japan City") is None
