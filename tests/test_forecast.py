"""Forecasting: no look-ahead, sensible ordering, clear errors, skill on history."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from conftest import SEED
from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.forecast import Forecaster, parse_horizon, parse_month
from summitwatch.forecast.backtest import backtest
from summitwatch.forecast.dates import month_index
from summitwatch.forecast.features import (
    DISCOUNT,
    FEATURES,
    PairHistory,
    local_rate,
    matrix,
)
from summitwatch.forecast.model import fit_map
from summitwatch.forecast.people import PeopleBook
from summitwatch.models import Event, Location, Mention, Participant

AS_OF = date(2015, 2, 23)


def meeting(
    day: str, a: tuple[str, str], b: tuple[str, str], city: str, country: str,
    *, published: str | None = None, status: str = "occurred",
) -> Event:  # fmt: skip
    return Event(
        type="meeting", status=status,
        participants=[Participant(a[0], country=a[1]), Participant(b[0], country=b[1])],
        location=Location(city=city, country=country), date=day,
        published=published or day,
    )  # fmt: skip


def mentions_of(events: list[Event], prefix: str = "e") -> list[Mention]:
    return [Mention(f"{prefix}{i}", e) for i, e in enumerate(events)]


@pytest.fixture(scope="module")
def book() -> PeopleBook:
    return PeopleBook()  # record-only: fast and independent of the KB's data


def synthetic() -> list[Mention]:
    """AAA and BBB meet every year; CCC meets AAA once a decade; DDD meets no one."""
    events = []
    for year in range(1995, 2015):
        events.append(
            meeting(f"{year}-05-10", ("Ann", "AAA"), ("Bob", "BBB"), "Xa", "AAA")
        )
        events.append(
            meeting(f"{year}-10-10", ("Bob", "BBB"), ("Cy", "CCC"), "Xb", "BBB")
        )
        if year % 10 == 0:
            events.append(
                meeting(f"{year}-03-01", ("Ann", "AAA"), ("Cy", "CCC"), "Xc", "CCC")
            )
        events.append(
            meeting(f"{year}-07-01", ("Dee", "DDD"), ("Eve", "EEE"), "Xd", "EEE")
        )
    return mentions_of(events)


def test_met_every_year_beats_never_met():
    fc = Forecaster(synthetic(), book=PeopleBook())
    every = fc.prospects("AAA", "BBB", as_of=date(2014, 12, 31)).probability
    never = fc.prospects("AAA", "DDD", as_of=date(2014, 12, 31)).probability
    assert every.p > 0.5 > never.p
    assert every.lo <= every.p <= every.hi


def test_no_look_ahead(history, book):
    """Adding meetings, invitations and plans after as-of changes nothing."""
    before = Forecaster(history, book=book).prospects("RUS", "PRK", as_of=AS_OF)
    later = [
        meeting("2015-05-09", ("Vladimir Putin", "RUS"), ("Kim Jong-un", "PRK"),
                "Moscow", "RUS"),
        meeting("2015-02-20", ("Vladimir Putin", "RUS"), ("Kim Jong-un", "PRK"),
                "Vladivostok", "RUS", published="2015-03-01"),
        meeting("1993-06-01", ("Boris Yeltsin", "RUS"), ("Kim Il-sung", "PRK"),
                "Pyongyang", "PRK", published="2016-01-10"),
        Event(type="visit", status="occurred",
              participants=[Participant("Choe Ryong-hae", country="PRK")],
              location=Location(city="Moscow", country="RUS"), date="2015-01",
              published="2015-03-02"),
        Event(type="invitation", status="occurred",
              participants=[Participant("Vladimir Putin", country="RUS"),
                            Participant("Kim Jong-un", country="PRK")],
              location=Location(city="Moscow", country="RUS"), date="2015-05-09",
              published="2015-02-24"),
    ]  # fmt: skip
    after = Forecaster(history + mentions_of(later, "late"), book=book).prospects(
        "RUS", "PRK", as_of=AS_OF
    )
    assert after.probability == before.probability
    assert [r.text for r in after.reasons] == [r.text for r in before.reasons]
    assert [(c.city, c.p) for c in after.venue.cities] == [
        (c.city, c.p) for c in before.venue.cities
    ]


def test_invitation_known_before_as_of_is_a_reason(history, book):
    invite = Event(
        type="invitation", status="occurred",
        participants=[Participant("Vladimir Putin", country="RUS"),
                      Participant("Kim Jong-un", country="PRK")],
        location=Location(city="Moscow", country="RUS"), date="2015-05-09",
        published="2015-02-20",
    )  # fmt: skip
    fc = Forecaster(history + mentions_of([invite], "inv"), book=book)
    result = fc.prospects("RUS", "PRK", as_of=AS_OF)
    kinds = [r.kind for r in result.reasons]
    assert "invitation" in kinds
    plain = Forecaster(history, book=book).prospects("RUS", "PRK", as_of=AS_OF)
    assert result.probability.p > plain.probability.p
    moscow = {c.city: c.p for c in result.venue.cities}["Moscow"]
    assert moscow > {c.city: c.p for c in plain.venue.cities}["Moscow"]


def test_rail_only_leader_makes_far_venues_unlikely(history, book):
    fc = Forecaster(history, book=book)
    result = fc.prospects("Kim Jong-il", "Vladimir Putin", as_of=date(2011, 6, 30))
    assert "Kim Jong-il" in result.venue.surface_only
    p = {c.city: c.p for c in result.venue.cities}
    assert p["Vladivostok"] > 0 and p.get("Sochi", 0) < p["Vladivostok"]
    assert any(r.kind == "travel" and "rail" in r.text for r in result.reasons)


@pytest.mark.parametrize(
    "a, b, kwargs, error, message",
    [
        ("RUS", "Nobody Atall", {}, UnknownPerson, "unknown person or country"),
        ("RUS", "RUS", {}, BadArgument, "two different sides"),
        ("RUS", "PRK", {"horizon": 0}, BadArgument, "at least one month"),
        ("RUS", "PRK", {"as_of": date(2030, 1, 1)}, BadArgument, "in the future"),
        ("RUS", "PRK", {"as_of": date(2020, 1, 1)}, BadArgument, "past the end"),
        ("RUS", "PRK", {"as_of": date(1990, 1, 1)}, BadArgument, "before the record"),
    ],
)  # fmt: skip
def test_bad_arguments(history, book, a, b, kwargs, error, message):
    fc = Forecaster(history, book=book)
    with pytest.raises(error, match=message):
        fc.prospects(a, b, **{"as_of": AS_OF, **kwargs})


@pytest.mark.parametrize(
    "text, months", [("12m", 12), ("1y", 12), ("6", 6), ("18 months", 18)]
)
def test_parse_horizon(text, months):
    assert parse_horizon(text) == months


@pytest.mark.parametrize("text", ["0m", "-3m", "soon", "1000y"])
def test_parse_horizon_rejects(text):
    with pytest.raises(BadArgument, match="horizon"):
        parse_horizon(text)


def test_map_fit_recovers_a_known_effect():
    """The hand-written fit recovers a known effect on simulated pair-months."""
    rng = np.random.default_rng(1)
    n = 20000
    x = np.column_stack([np.full(n, np.log(0.05)), rng.normal(size=(n, len(FEATURES)))])
    eta = x[:, 0] + 0.8 * x[:, 1]
    y = (rng.random(n) < -np.expm1(-np.exp(eta))).astype(float)
    beta = fit_map(x, y)
    assert abs(beta[1] - 0.8) < 0.15
    assert abs(beta[0]) < 0.2


def test_the_offset_follows_a_pair_whose_rate_changed():
    """The local level recovers a known change of a pair's rate (a meeting every
    3rd month for 10 years, then every 20th for 20 years), where the long-run rate
    stays between the two; on a steady pair the two agree."""
    met = np.array([*range(0, 120, 3), *range(120, 360, 20)])
    t = np.array([360])
    local = float(local_rate(met, t, 0, DISCOUNT)[0])
    longrun = float(local_rate(met, t, 0, 1.0)[0])
    assert longrun == pytest.approx((met.size + 0.5) / 360)
    assert abs(np.log(local / 0.05)) < 0.5 < abs(np.log(longrun / 0.05))
    steady = np.arange(0, 360, 4)
    assert local_rate(steady, t, 0, DISCOUNT)[0] == pytest.approx(0.25, rel=0.05)
    # the model's offset is the local level, from meetings before each month only
    history = PairHistory(met, 0, np.zeros(0, dtype=np.int64))
    later = PairHistory(np.append(met, [360, 361]), 0, np.zeros(0, dtype=np.int64))
    months = np.arange(300, 361)
    assert np.allclose(
        matrix(history, months)[:, 0], np.log(local_rate(met, months, 0, DISCOUNT))
    )
    assert np.array_equal(matrix(history, months), matrix(later, months))


def test_the_summit_columns_are_filled_by_name_not_by_the_groups_order(monkeypatch):
    """The ablation group lists the calendar columns; reordering it must not swap
    them in the matrix (G20 editions the pair met at or both attended differ)."""
    from summitwatch.forecast import features

    summits = [
        (m, 10**7, "G20", m % 24 == 0, m % 36 == 0, m) for m in range(0, 240, 12)
    ]
    history = PairHistory(np.array([12, 60]), 0, np.zeros(0, dtype=np.int64))
    history.summits = summits
    months = np.arange(100, 240)
    before = matrix(history, months)
    calendar = [features._AT[name] for name in features.GROUPS["calendar"]]
    assert len({tuple(before[:, i]) for i in calendar}) == 3  # three distinct columns
    groups = {**features.GROUPS, "calendar": features.GROUPS["calendar"][::-1]}
    monkeypatch.setattr(features, "GROUPS", groups)
    assert np.array_equal(matrix(history, months), before)


@pytest.mark.slow
def test_backtest_beats_per_pair_base_rate(history):
    """Brier skill > 0 against each pair's own historical frequency (can fail)."""
    fc = Forecaster(history, book=PeopleBook.default())
    result = backtest(
        fc.record, start=parse_month("2005-01"), end=parse_month("2015-12"),
        horizon=12, refit="month", book=fc.book, venues=False,
    )  # fmt: skip
    metrics = result.metrics
    assert metrics["skill_vs_constant"] > 0
    assert metrics["skill_vs_pair_base"] > 0


def test_backtest_rejects_bad_range(history, book):
    fc = Forecaster(history, book=book)
    with pytest.raises(BadArgument, match="before --from"):
        backtest(fc.record, start=parse_month("2010-01"), end=parse_month("2009-01"))
    with pytest.raises(BadArgument, match="no history to learn from"):
        backtest(fc.record, start=parse_month("1994-02"), end=parse_month("1996-01"))


@pytest.mark.model
def test_seed_invitation_is_a_reason(history):
    """Once the seed article is ingested, the Moscow invitation is among the reasons."""
    process = pytest.importorskip("summitwatch.process")
    ingest = pytest.importorskip("summitwatch.ingest")
    if not hasattr(process, "extract_article") or not hasattr(ingest, "read_article"):
        pytest.skip("extractor not available yet")
    article = ingest.read_article(SEED, published=AS_OF)
    events = process.extract_article(article)
    for event in events:
        event.published = event.published or AS_OF.isoformat()
    fc = Forecaster(history + mentions_of(events, "seed"), book=PeopleBook.default())
    result = fc.prospects("RUS", "PRK", as_of=AS_OF)
    invitations = [r for r in result.reasons if r.kind == "invitation"]
    assert any("Moscow" in r.text for r in invitations), [
        r.text for r in result.reasons
    ]


def test_baselines_follow_the_rules():
    from summitwatch.forecast.baselines import baseline_forecasts

    yearly = np.arange(0, 240, 12)  # meets every January
    lapsed = np.array([0, 12, 24, 36])  # stopped after year 4
    out = baseline_forecasts([yearly, lapsed], 0, 240, 12)
    assert list(out["persistence"]) == [1.0, 0.0]
    cal = out["calibrated_persistence"]
    assert cal[0] > 0.9 and cal[1] < 0.1  # met last year → meets again, and not
    assert out["logistic"][0] > 0.8 > 0.2 > out["logistic"][1]


@pytest.fixture(autouse=True)
def _private_model_cache(tmp_path_factory, monkeypatch):
    """Fitted models go to a temporary folder, never the user's cache."""
    folder = tmp_path_factory.mktemp("forecast-cache")
    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", str(folder))


def _kb_with(changes: dict[str, dict]):
    """The packaged KB with some calendar editions changed (status, announced)."""
    import dataclasses

    from summitwatch.kb.base import KnowledgeBase
    from summitwatch.kb.loader import (
        load_countries_info,
        load_people,
        load_places,
        load_summits,
    )
    from summitwatch.kb.summits import SummitCalendar

    calendar = load_summits()
    summits = [
        dataclasses.replace(s, **changes.get(s.id, {})) for s in calendar.summits
    ]
    return KnowledgeBase(
        load_people(), load_places(), load_countries_info(),
        summits=SummitCalendar(summits, list(calendar.series.values())),
    )  # fmt: skip


def test_calendar_changes_announced_later_do_not_move_the_forecast(history):
    """A summit ahead cancelled after as-of (and meetings after it) change nothing;
    the same cancellation announced before as-of does (so the test can fail)."""
    as_of = date(2015, 2, 23)
    apec = {"status": "cancelled"}
    later = PeopleBook(_kb_with({"apec-2015-manila": apec | {
        "announced": date(2015, 6, 1)}}))  # fmt: skip
    earlier = PeopleBook(_kb_with({"apec-2015-manila": apec | {
        "announced": date(2015, 1, 10)}}))  # fmt: skip
    plain = PeopleBook.default()
    extra = mentions_of([
        meeting("2015-11-18", ("Xi Jinping", "CHN"), ("Barack Obama", "USA"),
                "Manila", "PHL", published="2015-11-19"),
    ], "late")  # fmt: skip

    def forecast(book, mentions):
        result = Forecaster(mentions, book=book).prospects("JPN", "RUS", as_of=as_of)
        return result.probability.p, [(c.city, round(c.p, 9)) for c in
                                      result.venue.cities]  # fmt: skip

    base = forecast(plain, history)
    assert forecast(later, history + extra) == base
    moved = forecast(earlier, history)
    assert moved != base
    assert "Manila" in dict(base[1]) and "Manila" not in dict(moved[1])


def test_an_edition_convened_at_short_notice_is_on_no_calendar_before(history):
    """The extraordinary G20 on COVID-19 (March 2020) was announced days before it
    met: a view of 2019 must not see it, one after its announcement must."""
    from summitwatch.forecast.calendar import editions

    def seen(book, day: date) -> bool:
        view = Forecaster(history, book=book).view(day)
        return "g20-2020-riyadh" in {e.id for e in editions(view)}

    packaged = PeopleBook(_kb_with({}))
    assert not seen(packaged, date(2019, 6, 30))
    assert seen(packaged, date(2020, 3, 31))
    unscheduled = PeopleBook(_kb_with({"g20-2020-riyadh": {"scheduled": None}}))
    assert seen(unscheduled, date(2019, 6, 30))  # what the field prevents


def test_model_is_cached_on_disk_and_refitted_when_the_record_changes(history, book):
    from summitwatch.forecast import model

    model._CACHE.clear()  # models other tests fitted live in other cache folders
    first = Forecaster(history, book=book).prospects("CHN", "USA", as_of=AS_OF)
    model._CACHE.clear()
    calls = []
    real = model.fit
    model.fit = lambda view: calls.append(view.day) or real(view)
    try:
        again = Forecaster(history, book=book).prospects("CHN", "USA", as_of=AS_OF)
        assert calls == [] and again.probability == first.probability
        extra = mentions_of([meeting("2014-11-10", ("Xi Jinping", "CHN"),
                                     ("Barack Obama", "USA"), "Beijing", "CHN",
                                     published="2014-11-12")], "new")  # fmt: skip
        Forecaster(history + extra, book=book).prospects("CHN", "USA", as_of=AS_OF)
        assert calls  # a new mention → a new fingerprint → refitted
    finally:
        model.fit = real


def test_model_cache_keeps_ablations_apart(history, book, monkeypatch):
    """Switching `SUMMITWATCH_FORECAST_ABLATE` within a process refits, in memory
    and on disk: the cache used to hand back the model fitted with every group."""
    from summitwatch.forecast import model
    from summitwatch.forecast.features import _AT, GROUPS

    def world_coefs(fitted) -> list[float]:  # the record-only book has no calendar
        return [float(fitted.coef[_AT[name]]) for name in GROUPS["world"]]

    model._CACHE.clear()
    view = Forecaster(history, book=book).view(AS_OF)
    monkeypatch.delenv("SUMMITWATCH_FORECAST_ABLATE", raising=False)
    full = world_coefs(model.fit_cached(view))
    monkeypatch.setenv("SUMMITWATCH_FORECAST_ABLATE", "world")
    off = world_coefs(model.fit_cached(view))
    assert any(full) and off != full
    model._CACHE.clear()  # from disk now, still apart
    assert world_coefs(model.fit_cached(view)) == off
    monkeypatch.delenv("SUMMITWATCH_FORECAST_ABLATE")
    assert world_coefs(model.fit_cached(view)) == full


def test_without_as_of_the_forecast_starts_where_the_record_ends(history, book):
    fc = Forecaster(history, book=book)
    result = fc.prospects("CHN", "USA")
    assert result.as_of == fc.record.last_known == date(2015, 11, 19)
    assert result.as_of_is_record_end


def test_a_ceremonial_head_of_state_is_not_the_side_s_leader(history):
    """The KB's top office-holder for Japan is the emperor, who meets no one in the
    record; the reasons and the venues follow the prime minister instead."""
    fc = Forecaster(history, book=PeopleBook.default())
    result = fc.prospects("JPN", "RUS", as_of=date(2014, 5, 1))
    texts = [r.text for r in result.reasons]
    assert "Shinzo Abe and Vladimir Putin have met before" in texts
    assert not any(t.startswith("Akihito") for t in texts)


def newcomer_record() -> list[Mention]:
    """AAA's Ann serves throughout; BBB's Bob until 2009, then Ben, who has met CCC
    but not Ann. At every first meeting of two leaders the newcomer travels, and the
    pair's last home meeting was in AAA (so by turns BBB would host next)."""
    events = []
    for year in range(1995, 2010):
        host = ("Xa", "AAA") if year % 2 else ("Xb", "BBB")
        events.append(meeting(f"{year}-05-10", ("Ann", "AAA"), ("Bob", "BBB"), *host))
        events.append(
            meeting(f"{year}-09-10", ("Bob", "BBB"), ("Cy", "CCC"), "Xc", "CCC")
        )
    events.append(meeting("2005-03-01", ("Cal", "CCC"), ("Ann", "AAA"), "Xa", "AAA"))
    events.append(meeting("2006-03-01", ("Cal", "CCC"), ("Bob", "BBB"), "Xb", "BBB"))
    events.append(meeting("2011-04-01", ("Ben", "BBB"), ("Cal", "CCC"), "Xc", "CCC"))
    events.append(meeting("2012-04-01", ("Ben", "BBB"), ("Cal", "CCC"), "Xb", "BBB"))
    events.append(meeting("2013-12-20", ("Cal", "CCC"), ("Dee", "DDD"), "Xd", "DDD"))
    return mentions_of(events)


def test_a_newcomer_visits_the_longer_serving_leader_without_look_ahead():
    as_of = date(2013, 12, 31)
    fc = Forecaster(newcomer_record(), book=PeopleBook())
    result = fc.prospects("AAA", "BBB", as_of=as_of)
    assert result.venue.senior == "AAA" and result.venue.turn == "BBB"
    assert result.venue.top_country() == "AAA"
    assert any("newcomer" in r.text for r in result.reasons)
    later = mentions_of([
        meeting("2014-02-01", ("Ann", "AAA"), ("Ben", "BBB"), "Xb", "BBB"),
        meeting("2013-12-01", ("Ann", "AAA"), ("Ben", "BBB"), "Xb", "BBB",
                published="2014-01-05"),
    ], "late")  # fmt: skip
    after = Forecaster(newcomer_record() + later, book=PeopleBook()).prospects(
        "AAA", "BBB", as_of=as_of
    )
    assert [(c.city, c.p) for c in after.venue.cities] == [
        (c.city, c.p) for c in result.venue.cities
    ]
    assert after.venue.senior == "AAA"
    # once the leaders have met (before as-of), turns decide again
    met = Forecaster(newcomer_record() + later, book=PeopleBook()).prospects(
        "AAA", "BBB", as_of=date(2014, 3, 31)
    )
    assert met.venue.senior is None and met.venue.turn == "AAA"


def test_an_early_summit_leads_the_first_meeting_more_in_a_short_horizon(history):
    """Shared summits compete with meetings elsewhere: APEC Beijing (November
    2014) is a likelier first venue within 3 months than within 12, when more
    time for meetings elsewhere comes after it."""
    fc = Forecaster(history, book=PeopleBook.default())

    def beijing(months: int) -> float:
        result = fc.prospects("JPN", "RUS", as_of=date(2014, 9, 15), horizon=months)
        return {c.city: c.p for c in result.venue.cities}.get("Beijing", 0.0)

    assert beijing(3) > beijing(12) > 0


@pytest.mark.parametrize(
    "city, country, name",
    [
        ("Sea Island, Georgia", "USA", "Sea Island"),  # the G8 2004 as the KB has it
        ("St. Petersburg", "RUS", "Saint Petersburg"),
        ("Crawford, Texas", "USA", "Crawford"),
        ("Nowhere Special, Texas", "USA", "Nowhere Special, Texas"),
    ],
)
def test_a_venue_is_one_city_under_the_kb_s_name(city, country, name):
    """The record's 'Sea Island, Georgia' and the calendar's 'Sea Island' are one
    venue (the backtest scores the forecast city against the record's)."""
    assert PeopleBook.default().city_name(city, country) == name


def test_the_turn_to_host_follows_visits_not_a_summit_one_side_hosted(history):
    """Japan–US as of July 2004: the last meeting in either country was the G8 at
    Sea Island (USA), a summit both belong to; the last *visit* was Tokyo (October
    2003), so it is the US's turn to host, not Japan's."""
    fc = Forecaster(history, book=PeopleBook.default())
    result = fc.prospects("JPN", "USA", as_of=date(2004, 7, 31))
    assert (result.venue.last_host.city, result.venue.turn) == ("Tokyo", "USA")
    assert any("JPN hosted the last visit (Tokyo" in r.text for r in result.reasons)


def summit_record(extra: list[Event]) -> list[Mention]:
    events = [
        meeting("2002-05-10", ("Hu Jintao", "CHN"), ("Vladimir Putin", "RUS"),
                "Moscow", "RUS"),
        meeting("2003-04-10", ("Jiang Zemin", "CHN"), ("Vladimir Putin", "RUS"),
                "Beijing", "CHN"),
        meeting("2003-11-20", ("Hu Jintao", "CHN"), ("Vladimir Putin", "RUS"),
                "Moscow", "RUS"),
    ]  # fmt: skip
    return mentions_of(events + extra)


def test_the_all_pairs_venue_prior_leaves_out_meetings_at_shared_summits():
    """Shared summits ahead come in as competing risks, so a meeting at one (Japan
    and Russia at the G8 in Evian, 2003) must not also raise every pair's share
    of meetings in a third country; a meeting in a third country away from any
    summit does. North Korea–US: no meetings, no shared summits, so the groups
    are the prior's."""

    def third(extra: list[Event]) -> float:
        fc = Forecaster(summit_record(extra), book=PeopleBook.default())
        return fc.prospects("PRK", "USA", as_of=date(2003, 12, 31)).venue.groups[
            "third"
        ]

    japan, russia = ("Junichiro Koizumi", "JPN"), ("Vladimir Putin", "RUS")
    at_evian = meeting("2003-06-02", japan, russia, "Evian", "FRA")
    in_paris = meeting("2003-10-02", japan, russia, "Paris", "FRA")
    assert third([at_evian]) == pytest.approx(third([]))
    assert third([in_paris]) > third([]) + 0.01


class _OfficesKnownOn(PeopleBook):
    """The KB's people as they stood on `day`: later terms unknown, running terms
    open-ended (what a forecaster on that day could have known)."""

    def __init__(self, kb, day: date) -> None:  # noqa: ANN001
        super().__init__(kb)
        self.day = day

    def tenures(self, country: str) -> list[tuple[str, date, date | None]]:
        rows = super().tenures(country)
        return [(n, s, e if e and e <= self.day else None) for n, s, e in rows
                if s <= self.day]  # fmt: skip


def test_leader_changes_after_as_of_do_not_move_the_forecast(history, kb, monkeypatch):
    """The KB knows that Koizumi left office in September 2006; a forecast as of
    January 2006 must not (no 'new leader' or 'leaders have not met' in the
    horizon, nor in the earlier forecasts its blend learns from)."""
    from summitwatch.forecast import model

    monkeypatch.setenv("SUMMITWATCH_CACHE_DIR", "off")
    as_of = date(2006, 1, 31)

    def forecast(book: PeopleBook) -> float:
        model._CACHE.clear()
        return (
            Forecaster(history, book=book)
            .prospects("CHN", "JPN", as_of=as_of, horizon=12)
            .probability.p
        )

    assert forecast(PeopleBook(kb)) == forecast(_OfficesKnownOn(kb, as_of))


@pytest.mark.parametrize(
    "as_of, expected",
    [(date(2013, 12, 31), {"g7-2014-sochi"}), (date(2014, 4, 30), set())],
)
def test_a_suspension_and_a_summit_moved_after_as_of_are_not_foreseen(
    history, kb, as_of, expected
):
    """Russia was suspended from the G8 on 2014-03-24, and the G7 met in Brussels
    instead of Sochi: in December 2013 Japan and Russia still shared the Sochi
    summit ahead and the Brussels one did not exist; from April 2014, neither."""
    from summitwatch.forecast.calendar import shared_editions

    view = Forecaster(history, book=PeopleBook(kb)).view(as_of)
    g7 = {
        s.edition.id
        for s in shared_editions(view, "JPN", "RUS")
        if s.edition.series == "G7" and s.edition.start.year == 2014
        and s.edition.off_from > month_index(as_of)
    }  # fmt: skip
    assert g7 == expected
