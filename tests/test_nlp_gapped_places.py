"""Each counterpart of a meeting verb said once for several keeps the place of its
own conjunct (session 14, helper stay18; `nlp/gapped_places.py`): 'separate meetings
with A in Ramallah and with B in Jerusalem' (real 097), 'In Kazakhstan, X will meet A
and in Uzbekistan with B' (real 663). The first test fails on the code before; the
counter-test (one place phrase for all counterparts) passes before and after."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_rows

pytestmark = [pytest.mark.model]


def _cities(nlp, text: str) -> dict[str, str | None]:
    rows = event_rows(nlp, text, date(2023, 6, 16))
    return {
        next(n for n in names if n != "Antony Blinken"): city
        for kind, _, names, city, _, _ in rows
        if kind == "meeting"
    }


def test_each_gapped_conjunct_keeps_its_place(nlp):
    text = (
        "On Sunday Secretary of State Antony Blinken has separate meetings with "
        "President Mahmoud Abbas in Ramallah and with Prime Minister Benjamin "
        "Netanyahu in Jerusalem.\n"
    )
    got = _cities(nlp, text)
    assert got["Mahmoud Abbas"] == "Ramallah"
    assert got["Benjamin Netanyahu"] == "Jerusalem"


def test_one_place_phrase_places_every_counterpart(nlp):
    text = (
        "On Sunday Secretary of State Antony Blinken met separately with President "
        "Mahmoud Abbas and Prime Minister Benjamin Netanyahu in Jerusalem.\n"
    )
    got = _cities(nlp, text)
    assert got == {"Mahmoud Abbas": "Jerusalem", "Benjamin Netanyahu": "Jerusalem"}
