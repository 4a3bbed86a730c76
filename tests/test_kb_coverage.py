"""Coverage and consistency of the world's leaders in the KB (issue #9).

Every UN member and observer state (and Taiwan) has a head of state on every day since
1990 unless a gap is written down with its reason; no post has two holders at once
unless it is a shared post by law; namesakes are told apart by date and country, never
by the order of the data files.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from datetime import date
from pathlib import Path

import pytest

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.loader import load_countries_info, load_kb

DATA = Path(__file__).resolve().parents[1] / "src" / "summitwatch" / "kb" / "data"
TOP_ROLES = ("head_of_state", "head_of_government", "leader")
FIRST_DAY = date(1990, 1, 1)
LAST_DAY = date(2026, 11, 16)


def _rows(pattern: str) -> list[dict]:
    rows: list[dict] = []
    for path in sorted(DATA.glob(pattern)):
        rows += json.loads(path.read_text(encoding="utf-8"))
    return rows


def _people() -> list[dict]:
    rows = []
    for path in [DATA / "people.jsonl", *sorted(DATA.glob("people_*.jsonl"))]:
        lines = path.read_text(encoding="utf-8").splitlines()
        rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def _check_days() -> list[date]:
    days = []
    for year in range(FIRST_DAY.year, LAST_DAY.year + 1):
        for month in range(1, 13):
            for day in (1, 16):
                if FIRST_DAY <= date(year, month, day) <= LAST_DAY:
                    days.append(date(year, month, day))
    return days


def _states() -> list[str]:
    """UN members, the two observer states (VAT, PSE) and Taiwan."""
    return sorted(
        code for code, info in load_countries_info().items() if "maps_to" not in info
    )


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def heads_of_state(kb) -> dict[str, list]:
    offices = defaultdict(list)
    for person in kb.people:
        for office in person.offices:
            if office.role == "head_of_state" and office.country:
                offices[office.country].append(office)
    return offices


def test_gap_and_shared_files_are_well_formed():
    states = set(_states())
    for gap in _rows("office_gaps*.json"):
        assert gap["country"] in states, gap
        assert gap["role"] in TOP_ROLES, gap
        assert date.fromisoformat(gap["start"]) <= date.fromisoformat(gap["end"]), gap
        assert gap["reason"].strip(), gap
    for post in _rows("shared_offices*.json"):
        assert post["country"] in states and post["role"] in TOP_ROLES, post
        assert post["reason"].strip(), post


@pytest.mark.parametrize("country", _states())
def test_every_state_has_a_head_of_state_every_day_since_1990(country, heads_of_state):
    gaps = [
        (date.fromisoformat(g["start"]), date.fromisoformat(g["end"]))
        for g in _rows("office_gaps*.json")
        if g["country"] == country and g["role"] == "head_of_state"
    ]
    missing = [
        day
        for day in _check_days()
        if not any(o.held_on(day) for o in heads_of_state.get(country, ()))
        and not any(start <= day <= end for start, end in gaps)
    ]
    assert not missing, f"{country}: no head of state on {len(missing)} days, " + (
        ", ".join(d.isoformat() for d in missing[:6])
    )


def _overlap(earlier: dict, later: dict) -> bool:
    """Two terms overlap when the later one starts before the earlier one ends,
    compared at the precision both dates give; a handover day is no overlap."""
    end, start = earlier["end"] or "9999-12-31", later["start"] or "0000"
    width = min(len(end), len(start))
    return start[:width] < end[:width]


def test_no_post_has_two_holders_at_once():
    shared = {(p["country"], p["role"]) for p in _rows("shared_offices*.json")}
    posts = defaultdict(list)
    for person in _people():
        for office in person["offices"]:
            if office["role"] not in TOP_ROLES or not office["country"]:
                continue
            if office["title"].startswith(("Acting", "Interim")):
                continue
            if (office["country"], office["role"]) in shared:
                continue
            key = (office["country"], office["role"], office["title"])
            posts[key].append({**office, "who": person["id"]})
    clashes = []
    for key, terms in posts.items():
        terms.sort(key=lambda t: t["start"] or "0000")
        for earlier, later in zip(terms, terms[1:], strict=False):
            if earlier["who"] != later["who"] and _overlap(earlier, later):
                clashes.append((key, earlier["who"], later["who"]))
    assert clashes == []


# Namesakes: a bare surname or shared name goes to whoever fits the date and country.
NAMESAKES = [
    ("Kim", date(1999, 6, 1), "KOR", "kim-dae-jung"),
    ("Kim", date(2015, 6, 1), "PRK", "kim-jong-un"),
    ("Kim", date(2005, 6, 1), "PRK", "kim-jong-il"),
    ("Lee", date(2010, 6, 1), "KOR", "lee-myung-bak"),
    ("Lee", date(2010, 6, 1), "SGP", "lee-hsien-loong"),
    ("Sharif", date(2015, 6, 1), "PAK", "nawaz-sharif"),
    ("Sharif", date(2023, 6, 1), "PAK", "shehbaz-sharif"),
    ("Aliyev", date(2000, 6, 1), "AZE", "heydar-aliyev"),
    ("Aliyev", date(2010, 6, 1), "AZE", "ilham-aliyev"),
]


@pytest.mark.parametrize(("text", "on", "country", "expected"), NAMESAKES)
def test_namesakes_resolve_by_date_and_country(kb, text, on, country, expected):
    person = kb.resolve_person(text, on=on, country_hint=country)
    assert person is not None and person.id == expected


def test_resolution_does_not_depend_on_file_order(kb):
    shuffled = list(kb.people)
    random.Random(7).shuffle(shuffled)
    other = KnowledgeBase(shuffled, kb.places, kb.countries_info)
    for text, on, country, _ in NAMESAKES:
        for hint in (country, None):
            first = kb.resolve_person(text, on=on, country_hint=hint)
            second = other.resolve_person(text, on=on, country_hint=hint)
            assert (first and first.id) == (second and second.id), (text, on, hint)
        ranked = [p.id for p in kb.people_named(text, on=on, country_hint=country)]
        reranked = [p.id for p in other.people_named(text, on=on, country_hint=country)]
        assert ranked == reranked


def test_an_ambiguous_surname_without_context_stays_unresolved(kb):
    assert kb.resolve_person("Kim") is None
