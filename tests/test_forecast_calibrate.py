"""The horizon blend learns from earlier out-of-sample forecasts only, and the
backtest keeps what it combined (so that its last stage can be replayed)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from summitwatch.forecast import Forecaster
from summitwatch.forecast.backtest import backtest
from summitwatch.forecast.calibrate import (
    blend_cases,
    blend_weights,
    fit_calibration,
)
from summitwatch.forecast.dates import month_index
from summitwatch.forecast.features import PairHistory
from summitwatch.forecast.model import calibration, fit_cached
from summitwatch.forecast.pairs import View
from summitwatch.forecast.people import PeopleBook
from summitwatch.models import Event, Location, Mention, Participant

START, LAST, H = 0, 239, 12
NONE = np.zeros(0, dtype=np.int64)


def _histories(extra: int = 0) -> list[PairHistory]:
    """Three pairs: yearly, every 30 months, stopped after year 8; `extra`
    months of meetings after LAST (what a later record would add)."""
    after = np.arange(LAST + 1, LAST + 1 + extra)
    meetings = [np.arange(5, 240, 12), np.arange(2, 240, 30), np.arange(0, 96, 12)]
    return [PairHistory(np.sort(np.append(m, after)), START, NONE) for m in meetings]


def _hazards_at(origin: int):
    """A stand-in for the year-end models: none before month 60, then a hazard
    that depends on the pair's rows (their offset)."""
    if origin < 60:
        return None
    return lambda x: np.clip(np.exp(x[:, 0]), 0, 0.9)


def _cases(histories):
    return blend_cases(histories, _hazards_at, start=START, last=LAST, horizon=H)


def test_blend_cases_are_earlier_forecasts_with_known_outcomes():
    cases = _cases(_histories())
    assert len(cases.y) > 30
    assert cases.origins.min() >= 60  # no model before then: no case
    assert cases.origins.max() + H - 1 <= LAST  # every outcome known by LAST
    assert set(cases.pairs) == {0, 1, 2}
    for origin, pair, met in zip(cases.origins, cases.pairs, cases.y, strict=True):
        months = _histories()[pair].meetings
        assert met == int(np.any((months >= origin) & (months < origin + H)))
    stopped = cases.y[(cases.pairs == 2) & (cases.origins >= 96)]
    assert stopped.size and not stopped.any()


def test_blend_cases_ignore_meetings_after_the_last_month():
    """A record that goes on (meetings after LAST) teaches the blend nothing new."""
    now, later = _cases(_histories()), _cases(_histories(extra=24))
    assert np.array_equal(now.x, later.x)
    assert np.array_equal(now.y, later.y)
    assert np.array_equal(now.origins, later.origins)


def test_the_blend_is_fitted_on_its_cases():
    histories = _histories()
    cases = _cases(histories)
    blend = fit_calibration(histories, _hazards_at, start=START, last=LAST, horizon=H)
    assert blend.coef == blend_weights(cases.x, cases.y)
    assert blend.rows == len(cases.y)


@pytest.mark.parametrize("informative", [0, 1])
def test_the_blend_weighs_the_forecast_that_knows_the_outcomes(informative):
    """Outcomes drawn from one column's probabilities: the blend puts its weight
    there, whichever column it is, and none on a column of noise."""
    rng = np.random.default_rng(7)
    p = rng.uniform(0.02, 0.98, 3000)
    y = (rng.uniform(size=p.size) < p).astype(float)
    noise = rng.uniform(0.02, 0.98, p.size)
    columns = [np.log(p / (1 - p)), np.log(noise / (1 - noise))]
    if informative:
        columns.reverse()
    weights = blend_weights(np.column_stack(columns), y)
    assert weights[0] == 0.0
    assert weights[1 + informative] >= 0.9
    assert sum(weights) == pytest.approx(1.0)


def _record() -> list[Mention]:
    """AAA and BBB meet every May, BBB and CCC every other October."""
    pairs = [
        (("Ann", "AAA"), ("Bob", "BBB"), "05"),
        (("Bob", "BBB"), ("Cy", "CCC"), "10"),
    ]
    events = [
        Event(
            type="meeting",
            status="occurred",
            date=f"{year}-{month}-10",
            participants=[
                Participant(a[0], country=a[1]),
                Participant(b[0], country=b[1]),
            ],
            location=Location(city="Xa", country=a[1]),
            published=f"{year}-{month}-10",
        )  # fmt: skip
        for year in range(1995, 2014)
        for a, b, month in pairs
        if month == "05" or year % 2
    ]
    return [Mention(f"e{i}", e) for i, e in enumerate(events)]


def test_backtest_forecasts_carry_what_the_blend_combined():
    fc = Forecaster(_record(), book=PeopleBook())
    start = month_index(date(2011, 1, 1))
    result = backtest(
        fc.record, start=start, end=start + 2, horizon=H, refit="year",
        book=fc.book, venues=False,
    )  # fmt: skip
    view = View(fc.record, date(2010, 12, 31), fc.book)
    blend = calibration(fit_cached(view), view, H)
    blended = [f for f in result.forecasts if f.method == "hazard model"]
    assert blended
    for f in blended:
        assert f.p == pytest.approx(float(blend.apply(f.p_hazard, f.p_pair)))
