"""A date or a place of another clause of the sentence (session 13, helper
clause16): 'since the G7 summit last year' dates that summit, not the visit beside
it (real 665); 'Last month we received X in Moscow, and today we had talks with Y'
places only X's meeting in Moscow (real 661). Short paraphrased sentences through
the full pipeline; each first test fails without its change, each counter-test
(the trigger's own clause still dates or places it) passes with and without."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import event_rows

pytestmark = [pytest.mark.model]

_REUNION = (
    "Prime Minister Kishida held talks with President Lula in Brasilia on May 3.\n"
    "Kishida said he was pleased to make the first visit to Brazil by a Japanese "
    "prime minister in ten years and to meet President Lula again for the first "
    "time since the G7 summit in Hiroshima last year.\n"
)


def test_a_date_in_a_since_phrase_dates_no_other_event(nlp):
    rows = event_rows(nlp, _REUNION, date(2024, 5, 3))
    assert not [r for r in rows if r[0] == "visit" and r[5] == "2023"]
    # the reunion still tells the earlier meeting, at the summit's place and year
    kishida_lula = ("Fumio Kishida", "Luiz Inácio Lula da Silva")
    assert ("meeting", "occurred", kishida_lula, "Hiroshima", "JPN", "2023") in rows
    assert (
        "meeting",
        "occurred",
        kishida_lula,
        "Brasilia",
        "BRA",
        "2024-05-03",
    ) in rows


def test_the_triggers_own_date_beside_a_since_phrase_still_applies(nlp):
    text = (
        "Prime Minister Kishida will visit Brazil next month, his first trip to "
        "South America since the G7 summit in Hiroshima last year.\n"
    )
    rows = event_rows(nlp, text, date(2024, 5, 3))
    assert ("visit", "planned", ("Fumio Kishida",), None, "BRA", "2024-06") in rows


def _places(nlp, text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each meeting's guest → (city, date)."""
    rows = event_rows(nlp, text, date(2017, 5, 17))
    return {
        next(n for n in names if n != "Vladimir Putin"): (city, when)
        for kind, _, names, city, _, when in rows
        if kind == "meeting"
    }


def test_a_place_of_a_conjunct_with_its_own_time_is_not_lent(nlp):
    text = (
        "Putin spoke to reporters in Sochi on Wednesday.\n"
        "Last month, Putin received President Mattarella in Moscow, and today he "
        "held talks with Prime Minister Gentiloni.\n"
    )
    got = _places(nlp, text)
    assert got["Sergio Mattarella"] == ("Moscow", "2017-04")
    assert got["Paolo Gentiloni"][0] != "Moscow"
    assert got["Paolo Gentiloni"][1] == "2017-05-17"


def test_a_conjunct_without_a_time_of_its_own_shares_the_place(nlp):
    text = (
        "Putin spoke to reporters in Sochi on Wednesday.\n"
        "Last month, Putin received President Mattarella in Moscow and held talks "
        "with Prime Minister Gentiloni.\n"
    )
    got = _places(nlp, text)
    assert got["Paolo Gentiloni"][0] == "Moscow"


def test_each_conjunct_keeps_the_place_it_names(nlp):
    text = (
        "Last month, Putin met President Mattarella in Moscow, and on Wednesday he "
        "held talks with Prime Minister Gentiloni in Sochi.\n"
    )
    got = _places(nlp, text)
    assert got["Sergio Mattarella"][0] == "Moscow"
    assert got["Paolo Gentiloni"][0] == "Sochi"
