"""One trip told as a dated visit and as a meeting held there days apart (helper
dup8, `trips/rules.py` fold 'stay of a meeting'; SCHEMA.md rules 1 and 5)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.nlp.trips import PLANS, TOLD, fold_trips


def _event(kind, names, status, country, city=None, when=None, at=0):
    return built_event(kind, names, status, country=country, city=city, when=when,
                       at=at, span=50)  # fmt: skip


def _summit(status: str = "occurred", when: str = "2021-03-02", city="Vienna"):
    return _event("meeting", ["Olaf Scholz", "Sanna Marin"], status, "AUT", city,
                  when, at=900)  # fmt: skip


@pytest.mark.parametrize(
    "visit_status, meeting_status",
    [
        ("occurred", "occurred"),  # arrived the day before the talks
        ("planned", "planned"),
        ("planned", "occurred"),  # the plan told beside the outcome (rule 5)
        ("hypothetical", "occurred"),
    ],
)
@pytest.mark.parametrize("stage", [PLANS, TOLD])
def test_a_dated_visit_days_from_a_meeting_there_is_its_trip(
    visit_status, meeting_status, stage
):
    visit = _event("visit", ["Olaf Scholz"], visit_status, "AUT", "Vienna",
                   "2021-03-01")  # fmt: skip
    [kept] = fold_trips([visit, _summit(meeting_status)], stage)
    assert (kept.type, kept.status, kept.date) == ("meeting", meeting_status,
                                                   "2021-03-02")  # fmt: skip


def test_a_country_visit_lends_nothing_but_folds():
    visit = _event("visit", ["Olaf Scholz"], "occurred", "AUT", None, "2021-02-27")
    [kept] = fold_trips([visit, _summit()], PLANS)
    assert kept.location.city == "Vienna"


@pytest.mark.parametrize(
    "visit, meeting",
    [
        # more than a stay apart: another journey
        (("occurred", "AUT", "Vienna", "2021-02-20"), _summit()),
        # another city of the country
        (("occurred", "AUT", "Salzburg", "2021-03-01"), _summit()),
        # the trip made, the meeting on it called off or only claimed (rule 1)
        (("occurred", "AUT", "Vienna", "2021-03-01"), _summit("not_occurred")),
        (("occurred", "AUT", "Vienna", "2021-03-01"), _summit("unconfirmed")),
        # the trip made, the talks still ahead: a stay of its own (rule 1)
        (("occurred", "AUT", "Vienna", "2021-03-01"), _summit("planned")),
        # a plan dated only to the month may be another journey (rule 21)
        (("planned", "AUT", "Vienna", "2021-03"), _summit(when="2021-03-02")),
    ],
)
def test_a_visit_not_of_that_stay_stays_apart(visit, meeting):
    status, country, city, when = visit
    trip = _event("visit", ["Olaf Scholz"], status, country, city, when)
    assert len(fold_trips([trip, meeting], PLANS)) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Chancellor Olaf Scholz arrived in Vienna on Monday. On Tuesday, Scholz "
        "held talks with Chancellor Karl Nehammer in Vienna on energy and "
        "migration.",
        "Chancellor Olaf Scholz held talks with Chancellor Karl Nehammer in Vienna "
        "on Tuesday. Scholz flew to Vienna on Monday evening for the two-day "
        "stay.",
    ],
)
def test_an_arrival_the_day_before_talks_is_their_trip(nlp, text):
    found = article_events(nlp, text, date(2022, 6, 9))
    assert [(e.type, e.location.city) for e in found] == [("meeting", "Vienna")]
