"""Merge rules as pure functions: which claims are the same event, and its status."""

from datetime import date

import pytest

from summitwatch.store.merge import (
    Claim,
    choose_event,
    date_bounds,
    dates_compatible,
    derive_status,
    match_score,
    merge_claims,
    places_compatible,
)

KIM_PUTIN = frozenset({"kim-jong-un", "vladimir-putin"})


def claim(**kw) -> Claim:
    base = dict(type="meeting", people=KIM_PUTIN, country="RUS")
    return Claim(**(base | kw))


@pytest.mark.parametrize(
    "value, bounds",
    [
        ("2001", ("2001-01-01", "2001-12-31")),
        ("2000-02", ("2000-02-01", "2000-02-29")),
        ("2001-08-04", ("2001-08-04", "2001-08-04")),
    ],
)
def test_date_bounds(value, bounds):
    assert date_bounds(value) == bounds


def test_date_bounds_rejects_impossible_day():
    with pytest.raises(ValueError):
        date_bounds("2001-02-30")


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("2001", "2001-08-04", True),
        ("2001-08", "2001-08-04", True),
        ("2001-08", "2001-09", False),
        ("2001", "2002", False),
        ("2001-08-04", "2001-08-05", False),
    ],
)
def test_dates_compatible(a, b, same):
    assert dates_compatible(date_bounds(a), date_bounds(b)) is same


def test_a_range_holds_a_day_inside_it():
    visit = claim(date="2001-08-04", date_lo="2001-08-04", date_hi="2001-08-05")
    assert dates_compatible(visit.interval, claim(date="2001-08-05").interval)


@pytest.mark.parametrize(
    "a, b, same",
    [
        (dict(city="Vladivostok"), dict(city=None, region="Russian Far East"), True),
        (dict(city="Vladivostok"), dict(city=None), True),
        (dict(city="Vladivostok"), dict(city="Moscow"), False),
        (dict(city="Vostochny"), dict(city="Vostochny Cosmodrome"), True),
        (dict(city=None, country="RUS"), dict(city=None, country="PRK"), False),
        (dict(city="Moscow", country=None), dict(city="Moscow"), True),
    ],
)
def test_places_compatible(a, b, same):
    assert places_compatible(claim(**a), claim(**b)) is same


def test_same_year_different_cities_never_merge():
    moscow = claim(date="2019", city="Moscow")
    vladivostok = claim(date="2019", city="Vladivostok")
    assert match_score(moscow, vladivostok) is None


def test_year_claim_merges_with_the_precise_one():
    assert match_score(claim(date="2001"), claim(date="2001-08-04", city="Moscow"))


def test_different_people_or_type_never_merge():
    other = frozenset({"kim-jong-un", "xi-jinping"})
    assert match_score(claim(date="2019"), claim(date="2019", people=other)) is None
    assert match_score(claim(date="2019"), claim(date="2019", type="visit")) is None


def test_undated_claim_needs_a_strong_match():
    undated = claim(city="Vladivostok", published=date(2019, 3, 1), status="planned")
    assert match_score(undated, claim(date="2019-04-25", city="Vladivostok"))
    # no city on either side: only when it is the only candidate
    vague = claim(published=date(2019, 3, 1), status="planned")
    event = claim(date="2019-04-25", city="Vladivostok")
    assert match_score(vague, event, only_candidate=True)
    assert match_score(vague, event, only_candidate=False) is None


def test_undated_plan_does_not_reach_years_ahead():
    plan = claim(city="Vladivostok", published=date(2015, 2, 23), status="hypothetical")
    assert match_score(plan, claim(date="2019-04-25", city="Vladivostok")) is None


def test_undated_occurred_claim_cannot_be_about_a_later_event():
    past = claim(city="Moscow", published=date(2015, 2, 23), status="occurred")
    assert match_score(past, claim(date="2019-04-25", city="Moscow")) is None


def test_choose_event_picks_the_better_city():
    candidates = {
        1: claim(date="2019-04", city="Moscow"),
        2: claim(date="2019-04", city="Vladivostok"),
    }
    assert choose_event(claim(date="2019-04-25", city="Vladivostok"), candidates) == 2
    assert choose_event(claim(date="2019-09", city="Vladivostok"), candidates) is None


def test_later_occurred_settles_an_earlier_plan():
    plan = claim(status="planned", published=date(2019, 4, 1))
    done = claim(status="occurred", published=date(2019, 4, 26))
    assert derive_status([done, plan]) == (
        "occurred",
        False,
        {"occurred": 1, "planned": 1},
    )


def test_a_plan_after_a_cancellation_revives_nothing_definitive():
    cancelled = claim(status="not_occurred", published=date(2019, 5, 1))
    plan = claim(status="planned", published=date(2019, 6, 1))
    assert derive_status([plan, cancelled])[0] == "not_occurred"


def test_unconfirmed_claims_stay_disputed():
    rumour = claim(status="unconfirmed", published=date(2015, 2, 23))
    status, disputed, counts = derive_status([rumour])
    assert (status, disputed) == ("unconfirmed", True)
    confirmed = claim(status="occurred", published=date(2016, 1, 1))
    assert derive_status([rumour, confirmed])[:2] == ("occurred", True)


def test_conflicting_definitive_sources_are_disputed():
    yes = claim(status="occurred", published=date(2005, 5, 10))
    no = claim(status="not_occurred", published=date(2005, 5, 12))
    assert derive_status([yes, no]) == (
        "not_occurred",
        True,
        {"occurred": 1, "not_occurred": 1},
    )


def test_merge_takes_the_most_precise_date_and_place():
    merged = merge_claims(
        [
            claim(date="2001", published=date(2015, 2, 23)),
            claim(date="2001-08-04", city="Moscow", lat=55.75, lon=37.6),
            claim(date="2001-08", city="Moscow", travel_mode="rail"),
        ]
    )
    assert (merged.date, merged.date_lo, merged.date_hi) == (
        "2001-08-04",
        "2001-08-04",
        "2001-08-04",
    )
    assert (merged.city, merged.country, merged.lat) == ("Moscow", "RUS", 55.75)
    assert merged.travel_mode == "rail"
    assert merged.first_reported == date(2015, 2, 23)
