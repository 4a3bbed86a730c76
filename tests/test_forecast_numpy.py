"""The forecaster avoids `np.unique` and `np.quantile` (they import numpy.ma, 30 ms
of a cold `prospects`); what it uses instead gives NumPy's answers."""

from __future__ import annotations

import statistics

import numpy as np
import pytest

from summitwatch.forecast.features import _distinct
from summitwatch.forecast.model import LEVEL


@pytest.mark.parametrize("size", [2, 3, 7, 400, 401])
def test_interval_quantiles_are_numpys_linear_quantiles(size):
    rng = np.random.default_rng(size)
    n = round(2 / (1 - LEVEL))
    for _ in range(100):
        values = list(rng.random(size))
        cuts = statistics.quantiles(values, n=n, method="inclusive")
        expected = np.quantile(values, [(1 - LEVEL) / 2, (1 + LEVEL) / 2])
        assert cuts[0] == pytest.approx(expected[0], abs=1e-12)
        assert cuts[-1] == pytest.approx(expected[1], abs=1e-12)


@pytest.mark.parametrize(
    "months",
    [[], [5], [3, 3, 3], [1, 2, 2, 5, 9, 9, 9, 12], [9, 1, 5, 1]],
)
def test_distinct_is_numpys_unique(months):
    values = np.asarray(months, dtype=np.int64)
    found = _distinct(values)
    assert found.dtype == values.dtype
    assert found.tolist() == np.unique(values).tolist()
