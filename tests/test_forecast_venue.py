"""The venue model's fifth round (#11): a shared summit one side hosts, and the
newcomer and turn cues together; neither may look past the as-of date. And the
venue half of the backtest, which scores what the backtest scores."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.forecast import Forecaster, venue_summits
from summitwatch.forecast.backtest import backtest, venue_backtest
from summitwatch.forecast.dates import month_index
from summitwatch.forecast.pairs import Pair, Side
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.scores import venue_scores
from summitwatch.forecast.venue import (
    _alternation,
    _host_tilt,
    _newcomer_share,
    venue_forecast,
)
from summitwatch.models import Mention
from test_forecast import _kb_with, meeting, mentions_of

AS_OF = date(2004, 3, 31)  # the G8 at Sea Island (USA) is in June
JAPAN, US = ("Junichiro Koizumi", "JPN"), ("George W. Bush", "USA")


def pair(a: str, b: str) -> Pair:
    return Pair(Side("country", a, a, a), Side("country", b, b, b))


def venues(mentions: list[Mention], a: str, b: str, *, book: PeopleBook | None = None):
    """The venue forecast as the backtest makes it: no model fit, 12 months."""
    view = Forecaster(mentions, book=book or PeopleBook.default()).view(AS_OF)
    known = view.pair_meetings(pair(a, b))
    months = (month_index(AS_OF) + 1, 12)
    result = venue_forecast(view, pair(a, b), known, view.signals(pair(a, b)),
                            months=months)  # fmt: skip
    return {c.city: round(c.p, 9) for c in result.cities}


def test_the_host_of_a_shared_summit_is_likelier_met_there(history, monkeypatch):
    """Japan–US as of March 2004: the US hosts the G8 at Sea Island, so the pair is
    likelier to meet there than the pair's record at G8s alone says. Japan–Russia
    meet at the same summit as guests: no change."""
    view = Forecaster(history, book=PeopleBook.default()).view(AS_OF)
    assert venue_summits.host_odds(view) > 1.5
    hosted = venues(history, "JPN", "USA")["Sea Island"]
    guests = venues(history, "JPN", "RUS")["Sea Island"]
    monkeypatch.setattr(venue_summits, "host_odds", lambda view: 1.0)
    assert hosted > venues(history, "JPN", "USA")["Sea Island"] + 0.02
    assert guests == venues(history, "JPN", "RUS")["Sea Island"]


def test_the_host_effect_is_learned_only_from_editions_before_as_of(history):
    """Meetings after as-of (one at a summit a side hosted, one held before as-of
    but reported after it) and the same summit called off after as-of leave the
    host effect and the venues as they were; called off before as-of, Sea Island
    is no candidate (so the test can fail)."""
    later = mentions_of([
        meeting("2004-06-09", ("Hu Jintao", "CHN"), US, "Sea Island", "USA",
                published="2004-06-10"),
        meeting("2004-02-20", JAPAN, US, "Sea Island", "USA", published="2004-04-02"),
        meeting("2004-11-20", ("Roh Moo-hyun", "KOR"), ("Hu Jintao", "CHN"),
                "Santiago", "CHL", published="2004-11-21"),
    ], "late")  # fmt: skip
    off = {"status": "cancelled"}
    off_later = PeopleBook(_kb_with({"g7-2004-sea-island": off | {
        "announced": date(2004, 5, 1)}}))  # fmt: skip
    off_before = PeopleBook(_kb_with({"g7-2004-sea-island": off | {
        "announced": date(2004, 1, 10)}}))  # fmt: skip

    def odds(mentions: list[Mention], book: PeopleBook) -> float:
        return venue_summits.host_odds(Forecaster(mentions, book=book).view(AS_OF))

    base = venues(history, "JPN", "USA")
    assert venues(history + later, "JPN", "USA", book=off_later) == base
    assert odds(history + later, off_later) == odds(history, PeopleBook.default())
    assert "Sea Island" in base
    assert "Sea Island" not in venues(history, "JPN", "USA", book=off_before)


def test_the_newcomer_and_the_turn_are_two_cues(history):
    """At two leaders' first meeting the newcomer travels; when it is also the
    other side's turn to host, the host is surer, and less sure when the turn
    points the other way, though the newcomer rule still leads."""
    view = Forecaster(history, book=PeopleBook.default()).view(date(2004, 12, 31))
    alone = _newcomer_share(view)
    assert _host_tilt(view, None, "AAA") == ("AAA", alone)
    agree = _host_tilt(view, "AAA", "AAA")
    apart = _host_tilt(view, "BBB", "AAA")
    assert agree[0] == apart[0] == "AAA"
    assert agree[1] > alone > apart[1] > 0.5
    assert _host_tilt(view, "BBB", None) == ("BBB", _alternation(view))
    assert _host_tilt(view, None, None)[0] is None


def test_the_venue_backtest_scores_what_the_backtest_scores(history):
    """`venue_backtest` is the venue half of `backtest`: the same cases, the same
    top-1 and top-3, without fitting the meeting model."""
    fc = Forecaster(history, book=PeopleBook.default())
    first = month_index(date(2004, 1, 1))
    span = {"start": first, "end": first + 1}
    full = backtest(fc.record, refit="year", book=fc.book, **span)
    venues = venue_backtest(fc.record, book=fc.book, **span)
    assert venue_scores(venues) == venue_scores(full.forecasts)
    assert venue_scores(venues)["venue_n"] == sum(f.met for f in full.forecasts) > 10


def test_leaders_who_met_only_at_a_summit_still_owe_the_first_visit(
    history, monkeypatch
):
    """Bush and Jiang Zemin first met at APEC in Shanghai (October 2001), a summit
    both countries belong to: as of December 2001 the newcomer still pays the first
    visit, to China (he did, in February 2002). Without the calendar that meeting
    is an ordinary one and the leaders count as acquainted. The visit itself,
    reported after as-of, changes nothing."""

    def senior(mentions: list[Mention]) -> str | None:
        view = Forecaster(mentions, book=PeopleBook.default()).view(date(2001, 12, 31))
        china_us = pair("CHN", "USA")
        months = (month_index(date(2002, 1, 1)), 12)
        known = view.pair_meetings(china_us)
        return venue_forecast(view, china_us, known, [], months=months).senior

    assert senior(history) == "CHN"
    visit = meeting("2001-12-20", ("Jiang Zemin", "CHN"), US, "Beijing", "CHN",
                    published="2002-01-05")  # fmt: skip
    assert senior(history + mentions_of([visit], "late")) == "CHN"
    monkeypatch.setenv("SUMMITWATCH_FORECAST_ABLATE", "calendar")
    assert senior(history) is None


def test_a_summit_before_the_next_meeting_is_due_gains(history, monkeypatch):
    """As of March 2004 China–US are not due to meet until about August (their
    usual interval since the last meeting has not run), and APEC at Santiago is in
    November: elsewhere is slowed until August, so Santiago gains. Japan–US are
    overdue: their Sea Island chance is what it was without the rule."""
    view = Forecaster(history, book=PeopleBook.default()).view(AS_OF)
    assert 0.3 < venue_summits.before_due(view) < 0.9
    assert venue_summits._due(view, pair("CHN", "USA")) > 0
    assert venue_summits._due(view, pair("JPN", "USA")) < 0
    china, japan = venues(history, "CHN", "USA"), venues(history, "JPN", "USA")
    monkeypatch.setattr(venue_summits, "USUAL_MIN", 10**6)  # no usual interval
    assert china["Santiago"] > venues(history, "CHN", "USA")["Santiago"] + 0.01
    assert japan["Sea Island"] == venues(history, "JPN", "USA")["Sea Island"]


def test_when_a_meeting_is_due_uses_only_what_was_known(history):
    """A China–US meeting held after as-of, or held before it but reported after,
    moves neither the pair's due date nor every dyad's slowing before it."""
    late = mentions_of([
        meeting("2004-04-20", ("Hu Jintao", "CHN"), US, "Beijing", "CHN",
                published="2004-04-21"),
        meeting("2004-03-10", ("Hu Jintao", "CHN"), US, "Washington", "USA",
                published="2004-04-05"),
    ], "late")  # fmt: skip

    def due(mentions: list[Mention]) -> tuple[float | None, float]:
        view = Forecaster(mentions, book=PeopleBook.default()).view(AS_OF)
        return venue_summits._due(view, pair("CHN", "USA")), venue_summits.before_due(
            view
        )

    assert due(history + late) == due(history)
    later = Forecaster(history + late, book=PeopleBook.default()).view(
        date(2004, 5, 31)
    )
    assert venue_summits._due(later, pair("CHN", "USA")) != due(history)[0]


def test_the_rate_elsewhere_is_slowed_only_before_the_due_date():
    hazard = venue_summits._hazard
    assert hazard(0.2, 0.5, None, 1.0, 4.0) == pytest.approx(0.6)
    assert hazard(0.2, 0.5, 2.0, 1.0, 4.0) == pytest.approx(0.2 * (0.5 * 1 + 2))
    assert hazard(0.2, 0.5, -3.0, 1.0, 4.0) == pytest.approx(0.6)  # overdue
    assert hazard(0.2, 0.5, 9.0, 1.0, 4.0) == pytest.approx(0.3)  # not yet due
    assert hazard(0.2, 0.5, 2.0, 4.0, 1.0) == 0.0
    assert venue_summits._usual([0, 2, 5, 6]) is None  # three intervals
    assert venue_summits._usual([0, 2, 5, 6, 6, 12]) == 2.5  # 2, 3, 1, 6
