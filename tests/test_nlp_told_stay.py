"""One traveller's stay emitted twice as visits (helper stay8, `trips/rules.py` folds
'a day of a told stay' and 'undated reading'; SCHEMA.md rule 1: one event per trip,
extra ones only for a stop with its own place)."""

from __future__ import annotations

import pytest

from conftest import built_event
from summitwatch.nlp.trips import PLANS, TRIP, fold_trips


def _visit(status="occurred", city="Lyon", when=None, at=0, country="FRA"):
    return built_event("visit", ["Olaf Scholz"], status, country=country, city=city,
                       when=when, at=at, span=40)  # fmt: skip


def test_a_day_of_a_stay_dated_to_its_month_folds_into_the_stay():
    stay = _visit(when="2021-03", at=0)
    day = _visit(when="2021-03-04", at=300)
    [kept] = fold_trips([stay, day], TRIP)
    assert (kept.location.city, kept.date) == ("Lyon", "2021-03")


@pytest.mark.parametrize(
    "day",
    [
        # another city of the country: a stop with its own place (rule 1)
        _visit(city="Nice", when="2021-03-04", at=300),
        # another month: another journey
        _visit(when="2021-05-04", at=300),
        # a plan beside the stay made (rule 1: different status, two events)
        _visit(status="planned", when="2021-03-04", at=300),
    ],
)
def test_a_day_elsewhere_or_otherwise_stays(day):
    assert len(fold_trips([_visit(when="2021-03", at=0), day], TRIP)) == 2


def test_a_row_s_days_in_the_same_sentence_stay_apart():
    """Two readings of one row's sentence are not 'told again' (dev: table rows)."""
    out = fold_trips([_visit(when="2021-03", at=0), _visit(when="2021-03-04")], TRIP)
    assert len(out) == 2


def test_one_sentence_read_twice_keeps_the_dated_reading():
    dated = _visit(when="2021-03", at=120)
    undated = _visit(at=120)
    [kept] = fold_trips([dated, undated], TRIP)
    assert kept.date == "2021-03"


@pytest.mark.parametrize(
    "other",
    [
        _visit(at=500),  # an undated visit told in another sentence: another trip
        _visit(city=None, at=120),  # no city: a reading of the country, not a copy
        _visit(city="Nice", at=120),  # another city of the sentence
    ],
)
def test_an_undated_visit_not_a_copy_stays(other):
    assert len(fold_trips([_visit(when="2021-03", at=120), other], TRIP)) == 2


def _talks(host_country: str):
    """Talks placed nowhere by their sentence, with a host of `host_country`."""
    return built_event("meeting", ["Olaf Scholz", "Host Person"], country=None,
                       when="2021-03-02", at=400, span=40,
                       countries=["DEU", host_country])  # fmt: skip


def test_an_arrival_days_before_talks_hosted_there_is_their_trip():
    """'arrived in Lyon on 1 March', 'on 2 March he met the President' (rule 17:
    the unplaced meeting is in the host's country)."""
    arrival = _visit(when="2021-03-01")
    [kept] = fold_trips([arrival, _talks("FRA")], PLANS)
    assert (kept.type, kept.location.city, kept.location.country) == (
        "meeting",
        "Lyon",
        "FRA",
    )


def test_an_arrival_beside_talks_hosted_from_elsewhere_stays():
    assert len(fold_trips([_visit(when="2021-03-01"), _talks("ITA")], PLANS)) == 2
