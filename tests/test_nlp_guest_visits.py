"""A guest's visit told far below the talks it is the trip of (nlp/trips/rules.py;
issue #10, from fresh Kremlin readouts), on hand-written texts through the full
pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

_FILLER = (
    "Trade between our countries grew by a third over the past year, and we have "
    "many joint projects in energy, transport and agriculture. "
) * 6


def _kinds(text: str, nlp, published: date) -> list[tuple[str, str, list[str], str]]:
    return [
        (e.type, e.status, sorted(e.names), e.location.country or "")
        for e in article_events(nlp, text, published)
    ]


def test_guest_visit_far_below_the_talks_is_their_trip(nlp):
    """'Vladimir Putin also visited school at the Ulaanbaatar branch …' at the end of
    a readout of his talks there (real 143; 'your first foreign visit', real 141)."""
    text = (
        "Russian-Kazakh talks\n\n"
        "Ahead of the talks, President of Kazakhstan Kassym-Jomart Tokayev officially "
        "welcomed President of Russia Vladimir Putin in Astana.\n\n"
        f"{_FILLER}\n\n"
        "Vladimir Putin also visited a school at the Astana branch of Moscow State "
        "University.\n"
    )
    found = _kinds(text, nlp, date(2019, 4, 3))
    assert found == [
        ("meeting", "occurred", ["Kassym-Jomart Tokayev", "Vladimir Putin"], "KAZ")
    ]


def test_guest_visit_pointing_to_another_occasion_stays(nlp):
    text = (
        "Talks with President of Kazakhstan Kassym-Jomart Tokayev\n\n"
        "Vladimir Putin held talks in the Kremlin with President of Kazakhstan "
        "Kassym-Jomart Tokayev.\n\n"
        "President of Russia Vladimir Putin: Mr President, friends,\n\n"
        f"{_FILLER}\n\n"
        "We look forward to your next visit to Russia in the autumn.\n"
    )
    found = _kinds(text, nlp, date(2019, 4, 3))
    assert ("visit", "planned", ["Kassym-Jomart Tokayev"], "RUS") in found
