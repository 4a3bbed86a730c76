"""The fallback proposer (nlp/fallback.py): it proposes for what no reader read, a
learned filter decides, a guess never repeats a reader's event, and it is off by
default (measured and not adopted: docs/extraction.md)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import article_events
from summitwatch.nlp import fallback
from summitwatch.nlp.logistic import stored_model

DAY = date(2019, 5, 1)
# 'made statements' after 'the talks': no reader reads a meeting here
QUIET = "Following the talks, Vladimir Putin and Angela Merkel made statements."


def _model(threshold: float, bias: float = 0.0) -> dict:
    return {
        "enabled": True,
        "busy_sentences": True,
        "threshold": threshold,
        "features": ["meeting"],
        "means": [0.5],
        "scales": [0.5],
        "bias": bias,
        "weights": [1.0],
    }


def _meetings(nlp, text: str) -> list[set[str]]:
    return [set(e.names) for e in article_events(nlp, text, DAY) if e.type == "meeting"]


def test_off_by_default(nlp):
    stored_model.cache_clear()
    assert fallback.guard() is None  # the stored model is not enabled
    assert _meetings(nlp, QUIET) == []


def test_a_guess_the_filter_keeps_is_emitted(nlp, monkeypatch):
    monkeypatch.setattr(fallback, "guard", lambda: _model(0.5))
    assert _meetings(nlp, QUIET) == [{"Vladimir Putin", "Angela Merkel"}]
    monkeypatch.setattr(fallback, "guard", lambda: _model(0.5, bias=-10.0))
    assert _meetings(nlp, QUIET) == []  # the filter says no


def test_a_guess_never_repeats_a_readers_event(nlp, monkeypatch):
    monkeypatch.setattr(fallback, "guard", lambda: _model(0.0))
    text = "Vladimir Putin met Angela Merkel in Sochi on Friday. " + QUIET
    assert _meetings(nlp, text) == [{"Vladimir Putin", "Angela Merkel"}]


def test_a_call_is_set_aside_as_the_reader_sets_it_aside(nlp, monkeypatch):
    monkeypatch.setattr(fallback, "guard", lambda: _model(0.0))
    text = "Vladimir Putin had talks by telephone with Angela Merkel on Friday."
    assert _meetings(nlp, text) == []


def test_probability_is_the_logistic_of_the_standardised_row():
    model = _model(0.5, bias=0.5)
    assert fallback.probability(model, {"meeting": 1.0}) == pytest.approx(
        1 / (1 + 2.718281828459045**-1.5)
    )
    assert fallback.probability(model, {}) == pytest.approx(
        1 / (1 + 2.718281828459045**0.5)
    )


def test_the_training_script_counts_net_figures():
    np = pytest.importorskip("numpy")
    scripts = Path(__file__).resolve().parents[1] / "scripts"
    if not (scripts.parent.parent / "shared" / "eval" / "score.py").exists():
        pytest.skip("the shared scorer is not beside the checkout")
    sys.path.insert(0, str(scripts))
    import fallback_filter

    rows = [
        {
            "gold": 4,
            "system": 2,
            "matched": 2,
            "proposals": [
                {"x": {"meeting": 1.0}, "y": 1},
                {"x": {"meeting": 0.0}, "y": 0},
            ],
        }
    ]
    r = fallback_filter.net(rows, np.array([True, False]))
    assert (r["before"], r["after"]) == (pytest.approx(4 / 6), pytest.approx(6 / 7))
    assert fallback_filter.by_article(rows, np.array([True, True])) == (1, 1)
