"""The backtest's timing score: ranking a pair's own origins (#11, sixth round)."""

from __future__ import annotations

import numpy as np
import pytest

from summitwatch.forecast.scores import within_pair_auc


def test_within_pair_auc_by_hand():
    """Pair A ranks both of its meetings above its quiet origin (2 of 2), pair B
    ties (½ of 1), pair C has only meetings (no couple): 2.5 / 3."""
    p = np.array([0.9, 0.2, 0.5, 0.3, 0.3, 0.7])
    y = np.array([1, 0, 1, 1, 0, 1])
    pairs = ["A", "A", "A", "B", "B", "C"]
    assert within_pair_auc(p, y, pairs) == pytest.approx(2.5 / 3)
    assert within_pair_auc(p, y, ["C"] * 6) != pytest.approx(2.5 / 3)
    assert within_pair_auc(p[:1], y[:1], pairs[:1]) is None


def test_within_pair_auc_ignores_ranking_between_pairs():
    """A forecast constant within each pair tells nothing about timing (0.5), however
    well it separates the pairs; a pair's order reversed scores 0."""
    rng = np.random.default_rng(3)
    pairs = np.repeat(["A", "B", "C"], 40)
    y = (rng.random(120) < 0.5).astype(int)
    level = np.where(pairs == "A", 0.9, np.where(pairs == "B", 0.5, 0.1))
    assert within_pair_auc(level, y, pairs) == 0.5
    assert within_pair_auc(1.0 - y, y, pairs) == 0.0
    assert within_pair_auc(y * 0.1 + level, y, pairs) == 1.0


def test_within_pair_auc_matches_counting_every_couple():
    rng = np.random.default_rng(4)
    p = rng.integers(0, 6, 300) / 5  # many ties
    y = (rng.random(300) < 0.6).astype(int)
    pairs = rng.choice(["A", "B", "C", "D"], 300)
    hits = couples = 0.0
    for key in "ABCD":
        met = p[(pairs == key) & (y == 1)]
        quiet = p[(pairs == key) & (y == 0)]
        hits += np.sum(met[:, None] > quiet) + 0.5 * np.sum(met[:, None] == quiet)
        couples += met.size * quiet.size
    assert within_pair_auc(p, y, pairs) == pytest.approx(hits / couples)
