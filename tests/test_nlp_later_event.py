"""A trip named after 'before' / 'ahead of' is later than the clause it hangs from
(session 14, helper news18; real 770, held-out3 004): its bare weekday is the one
ahead and, dated after the report, it is planned, whatever the clause's past tense.
Hand-written sentences, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _visits(found, name):
    return [
        (e.status, e.location.country, e.date)
        for e in found
        if e.type == "visit" and e.names == [name]
    ]


def test_a_visit_ahead_of_which_protests_took_place_is_still_planned(nlp):
    found = article_events(
        nlp,
        "Demonstrators marched on Wednesday in Lima, ahead of a visit by President "
        "Barack Obama on Saturday.",
        date(2016, 11, 17),  # a Thursday
    )
    assert _visits(found, "Barack Obama") == [("planned", "PER", "2016-11-19")]


def test_a_weekday_trip_after_before_falls_after_the_report(nlp):
    found = article_events(
        nlp,
        "Chinese President Xi Jinping praised relations with Russia before a Monday "
        "trip to Moscow.",
        date(2023, 3, 17),  # a Friday
    )
    assert _visits(found, "Xi Jinping") == [("planned", "RUS", "2023-03-20")]


def test_the_later_weekday_follows_the_clauses_own_day(nlp):
    found = article_events(
        nlp,
        "Barack Obama met Shinzo Abe on Saturday in Lima ahead of a summit with Xi "
        "Jinping on Sunday.",
        date(2016, 11, 21),  # a Monday: both days are past
    )
    summits = [
        (e.status, e.date)
        for e in found
        if e.type == "meeting" and "Xi Jinping" in e.names
    ]
    assert summits == [("occurred", "2016-11-20")]
