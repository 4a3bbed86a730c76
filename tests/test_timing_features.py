"""benchmarks/timing_features.py takes the backtest's forecasts apart by term: the
terms and the blend it finds must rebuild what the backtest forecast, or its tables
(docs/forecasting.md, seventh round) describe another model."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from summitwatch.forecast import Forecaster, parse_month
from summitwatch.forecast.backtest import backtest
from summitwatch.forecast.people import PeopleBook

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "timing_features.py"


@pytest.fixture(scope="module")
def timing():
    spec = importlib.util.spec_from_file_location("timing_features", BENCH)
    module = importlib.util.module_from_spec(spec)
    sys.modules["timing_features"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("refit", ["year", "month"])
def test_terms_and_blend_rebuild_the_backtest(timing, history, refit):
    fc = Forecaster(history, book=PeopleBook())  # record-only: fast
    start = parse_month("2002-11")  # a refit year boundary inside the span
    result = backtest(
        fc.record, start=start, end=parse_month("2003-02"), horizon=12,
        refit=refit, book=fc.book, venues=False,
    )  # fmt: skip
    blended = [f for f in result.forecasts if f.method == "hazard model"]
    assert len(blended) > 20
    for f in blended:
        parts = timing.take_apart(fc, f, start=start, refit=refit, h=12)
        assert timing.p_hazard(parts.terms, parts.coef[0]) == pytest.approx(
            f.p_hazard, abs=1e-12
        )
        assert float(parts.blend.apply(f.p_hazard, f.p_pair)) == pytest.approx(
            f.p, abs=1e-12
        )
