"""The forecaster's stand-ins for `np.unique` and `np.quantile` (which import
numpy.ma, 30 ms of a cold `prospects`) give NumPy's answers, to the last bit."""

from __future__ import annotations

import numpy as np
import pytest

from summitwatch.forecast.features import _distinct
from summitwatch.forecast.model import LEVEL, _quantile


@pytest.mark.parametrize("size", [1, 2, 3, 7, 400, 401])
def test_quantile_is_numpys_linear_quantile(size):
    rng = np.random.default_rng(size)
    for _ in range(300):
        values = list(rng.random(size))
        for q in (0.0, (1 - LEVEL) / 2, 0.33, 0.5, (1 + LEVEL) / 2, 1.0):
            assert _quantile(values, q) == float(np.quantile(values, q))


def test_quantile_of_ties_and_extremes():
    assert _quantile([0.2] * 400, 0.05) == 0.2
    assert _quantile([0.0, 1.0], 0.95) == float(np.quantile([0.0, 1.0], 0.95))


@pytest.mark.parametrize(
    "months",
    [[], [5], [3, 3, 3], [1, 2, 2, 5, 9, 9, 9, 12], [9, 1, 5, 1]],
)
def test_distinct_is_numpys_unique(months):
    values = np.asarray(months, dtype=np.int64)
    found = _distinct(values)
    assert found.dtype == values.dtype
    assert found.tolist() == np.unique(values).tolist()
