"""The summit calendar: data checks on summits.jsonl and summit_series.json, and the
lookups `summits_between`, `summit_named` and `members`.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date
from pathlib import Path

import pycountry
import pytest

DATA = Path(__file__).resolve().parents[1] / "src" / "summitwatch" / "kb" / "data"
STATUSES = {"held", "cancelled", "postponed", "virtual", "planned"}
UNIONS = {"EU", "AU"}
ISO3 = {c.alpha_3 for c in pycountry.countries}
SERIES = json.loads((DATA / "summit_series.json").read_text(encoding="utf-8"))
ROWS = [
    json.loads(line)
    for line in (DATA / "summits.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
SERIES_IDS = {s["id"] for s in SERIES}


def day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# -- data


def test_every_line_has_the_schema_keys():
    required = {"id", "series", "number", "year", "name", "aliases", "city"}
    required |= {"country", "start", "end", "status", "note", "source"}
    for row in ROWS:
        assert required <= set(row), row["id"]
        assert "not retrieved" in row["source"] or "http" in row["source"], row["id"]


def test_ids_are_unique():
    counts = Counter(row["id"] for row in ROWS)
    assert [i for i, n in counts.items() if n > 1] == []


def test_series_are_known_and_countries_are_iso3():
    for row in ROWS:
        assert row["series"] in SERIES_IDS, row["id"]
        assert row["country"] in ISO3, row["id"]


def test_dates_are_ordered_and_in_the_year():
    for row in ROWS:
        start, end = day(row["start"]), day(row["end"])
        assert (start is None) == (end is None), row["id"]
        if start:
            assert start <= end and start.year == row["year"], row["id"]
            assert (end - start).days <= 16, row["id"]
        if row.get("announced"):
            assert day(row["announced"]) <= (end or date(row["year"], 12, 31))
        assert 1990 <= row["year"] <= 2027, row["id"]


def test_statuses_are_valid_and_the_past_is_not_planned():
    for row in ROWS:
        assert row["status"] in STATUSES, row["id"]
        if row["status"] == "planned":
            assert row["year"] >= 2026, row["id"]


def test_past_editions_without_dates_say_why():
    """A held edition may lack its days only when the note says they were not
    recorded (the compiler did not remember them); none is guessed."""
    for row in ROWS:
        if row["start"] is None and row["status"] == "held":
            assert "not recorded" in row["note"], row["id"]


def test_cities_resolve_to_the_host_country(kb):
    wrong = []
    for row in ROWS:
        if row["city"]:
            place = kb.place(row["city"], country=row["country"])
            if place is None or place.country != row["country"]:
                wrong.append((row["id"], row["city"]))
    assert wrong == []


def test_numbers_are_unique_within_a_series():
    seen = Counter(
        (row["series"], n)
        for row in ROWS
        for n in row.get("numbers") or ([row["number"]] if row["number"] else [])
    )
    assert [key for key, n in seen.items() if n > 1] == []


def test_g20_has_every_year_from_2008():
    regular = Counter(r["year"] for r in ROWS if r["series"] == "G20" and r["number"])
    for year in range(2008, 2027):
        assert regular[year] == (2 if year in (2009, 2010) else 1), year
    numbers = sorted(r["number"] for r in ROWS if r["series"] == "G20" and r["number"])
    assert numbers == list(range(1, len(numbers) + 1))


def test_osaka_2019_exactly():
    (row,) = [r for r in ROWS if r["series"] == "G20" and r["year"] == 2019]
    assert (row["city"], row["country"]) == ("Osaka", "JPN")
    assert (row["start"], row["end"], row["status"]) == (
        "2019-06-28",
        "2019-06-29",
        "held",
    )


def test_every_series_has_editions_except_blocs():
    with_editions = {row["series"] for row in ROWS}
    for series in SERIES:
        assert (series["id"] in with_editions) == (series["kind"] != "bloc"), series


def test_series_members_are_iso3_with_ordered_dates():
    for series in SERIES:
        assert "not retrieved" in series["source"], series["id"]
        for other in series.get("includes", ()):
            assert other in SERIES_IDS
        if series["members"] == "open":
            continue
        for member in series["members"]:
            assert member["country"] in ISO3 | UNIONS, (series["id"], member)
            if member.get("from") and member.get("to"):
                assert member["from"] <= member["to"], (series["id"], member)


def test_no_alias_names_two_series(kb):
    owners: dict[str, set[str]] = {}
    for series in SERIES:
        for name in (series["id"], series["name"], *series["aliases"]):
            owners.setdefault(name.lower(), set()).add(series["id"])
    assert {n: s for n, s in owners.items() if len(s) > 1} == {}


# -- library


def test_summits_between_uses_the_dates(kb):
    ids = [s.id for s in kb.summits_between(date(2019, 6, 29), date(2019, 6, 29))]
    assert ids == ["g20-2019-osaka"]
    july = kb.summits_between(date(2019, 6, 30), date(2019, 7, 31))
    assert "g20-2019-osaka" not in [s.id for s in july]
    assert all(s.overlaps(date(2019, 6, 30), date(2019, 7, 31)) for s in july)
    assert all(s.start <= date(2019, 7, 31) for s in july)


def test_summits_between_lists_undated_editions_of_a_whole_year(kb):
    found = kb.summits_between(date(2027, 1, 1), date(2027, 12, 31))
    assert {"G20", "G7"} <= {s.series for s in found}
    assert kb.summits_between(date(2027, 3, 1), date(2027, 3, 31)) == []


@pytest.mark.parametrize(
    ("text", "near", "expected"),
    [
        ("the 2019 G20 Osaka summit", None, "g20-2019-osaka"),
        ("G20 Osaka", None, "g20-2019-osaka"),
        ("the Osaka summit", date(2019, 6, 1), "g20-2019-osaka"),
        ("the Osaka summit", date(1995, 11, 10), "apec-1995-osaka"),
        ("APEC 2014", None, "apec-2014-beijing"),
        ("the G8 summit in Heiligendamm", None, "g7-2007-heiligendamm"),
        ("the Group of Eight summit", date(2006, 7, 10), "g7-2006-saint-petersburg"),
        ("this year's BRICS summit", date(2017, 3, 1), "brics-2017-xiamen"),
        ("last year's G-20 summit", date(2018, 3, 1), "g20-2017-hamburg"),
        ("the 29th ASEAN Summit", None, "asean-2016-vientiane"),
        ("the first BRIC summit", None, "brics-2009-yekaterinburg"),
        ("the NATO summit", date(2024, 7, 1), "nato-2024-washington"),
        ("the 25th African Union summit", None, "au-2015-johannesburg"),
        ("the 30th OAU summit", None, "au-1994-tunis"),
        ("COP26", None, "cop-2021-glasgow"),
        ("last year's Osaka summit", date(2020, 6, 1), "g20-2019-osaka"),
    ],
)
def test_summit_named(kb, text, near, expected):
    summit = kb.summit_named(text, near=near)
    assert summit is not None and summit.id == expected


@pytest.mark.parametrize(
    ("text", "near"),
    [
        ("the summit", date(2019, 6, 1)),  # no series, no city
        ("the Osaka summit", None),  # two Osaka editions, no date to choose
        ("G7 1989", None),  # before the calendar
        ("the meeting in Pyongyang", date(2018, 9, 1)),  # not a summit city
        # bilateral summits in cities that also hosted multilateral ones
        ("the Helsinki summit", date(2018, 7, 16)),
        ("the Singapore summit", date(2018, 6, 12)),
        ("the Hanoi summit", date(2019, 2, 27)),
        ("the G20 summit", date(2031, 1, 1)),  # a year beyond the last edition
    ],
)
def test_summit_named_declines(kb, text, near):
    assert kb.summit_named(text, near=near) is None


def test_summit_dates_and_fields(kb):
    summit = kb.summit_named("G20 Osaka")
    assert summit.dates == (date(2019, 6, 28), date(2019, 6, 29))
    assert (summit.city, summit.country, summit.status) == ("Osaka", "JPN", "held")
    assert summit.to_dict()["start"] == "2019-06-28"


def test_members_follow_dated_joins_and_leaves(kb):
    assert "RUS" in kb.members("G8", date(2005, 1, 1))
    assert "RUS" not in kb.members("G7", date(2015, 1, 1))
    assert "ZAF" not in kb.members("BRICS", date(2010, 1, 1))
    assert {"EGY", "ETH", "IRN", "ARE"} <= kb.members("BRICS", date(2024, 10, 22))
    assert "IND" not in kb.members("SCO", date(2016, 1, 1))
    assert {"IND", "PAK"} <= kb.members("SCO", date(2018, 1, 1))
    assert "BLR" in kb.members("Shanghai Cooperation Organisation", date(2025, 1, 1))
    assert "FIN" not in kb.members("NATO", date(2022, 6, 1))
    assert {"FIN", "SWE"} <= kb.members("NATO", date(2024, 7, 9))


def test_members_through_includes_and_open_forums(kb):
    eas = kb.members("EAS", date(2012, 1, 1))
    assert {"USA", "RUS", "VNM", "MMR"} <= eas and "TLS" not in eas
    assert kb.members("EU-CHN", date(2020, 1, 1)) == {"EU", "CHN"}
    assert kb.members("DAVOS", date(2020, 1, 1)) == set()
    assert kb.calendar.series["DAVOS"].open


def test_unknown_series_is_an_error(kb):
    from summitwatch.errors import NotFound

    with pytest.raises(NotFound, match="unknown summit series: 'G99'"):
        kb.members("G99", date(2020, 1, 1))


@pytest.mark.parametrize(
    ("text", "seat"),
    [
        ("the United Nations General Assembly", ("New York", "USA")),
        ("UN General Assembly", ("New York", "USA")),
        ("the G20 summit", None),  # a rotating venue has no seat
        ("the summit", None),
    ],
)
def test_issue_10_summit_seat_of_a_series_that_always_meets_in_one_city(kb, text, seat):
    assert kb.summit_seat(text) == seat
