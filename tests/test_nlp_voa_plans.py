"""Constructions found on fresh VOA news reports (session 13, helper news16, real
600–605): a leader's undated arrival in the country of the summit a report is about
is at the summit's city. Hand-written sentences, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def test_an_undated_arrival_in_the_summits_country_is_at_its_city(nlp):
    found = article_events(
        nlp,
        "Asian leaders are gathering in Hanoi, Vietnam for their annual summit - a "
        "meeting made more important by the crisis. A correspondent reports from "
        "the Vietnamese capital that this is expected to be John Howard's last trip "
        "abroad as prime minister.\n\nThe prime minister says this summit comes at "
        "a time of serious turmoil in the region. He says it is also a time of "
        "cooperation.\n\nIn a statement released to coincide with his arrival in "
        "Vietnam, Mr. Howard speaks of the progress made on trade.",
        date(2006, 11, 17),
    )
    visits = [e for e in found if e.type == "visit" and e.names == ["John Howard"]]
    assert [(e.location.city, e.location.country) for e in visits] == [("Hanoi", "VNM")]
