"""benchmarks/resolution.py on a tiny hand-written fixture (tests/data/resolution):
the product's resolver counted against gold, and the probes' forms."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import resolution  # noqa: E402

pytestmark = [pytest.mark.model]


def test_counts_on_the_fixture() -> None:
    results = resolution.run(["fixture"], fixture=ROOT / "tests/data/resolution")
    counts = results["fixture"]
    # Koizumi three times, George W. Bush, George H. W. Bush ('former President
    # Bush'): right; an envoy the KB does not hold: missing
    assert counts["right"] == 5
    assert counts["missing"] == 1
    assert counts["namesake"] == counts["unresolved"] == 0


def test_the_blind_sets_are_refused() -> None:
    with pytest.raises(SystemExit):
        list(resolution.cases("heldout5"))
    with pytest.raises(SystemExit):
        resolution.main(["heldout7"])


def test_probe_forms_of_a_former_leader() -> None:
    from summitwatch.kb import load_kb

    bush = load_kb().person("george-h-w-bush")
    forms = dict(resolution.probe_forms(bush, date(2002, 7, 1)))
    assert forms["initials"] == "G. H. W. Bush"
    assert forms["former"] == "former President Bush"
    assert "titled" not in forms  # no office held in 2002
