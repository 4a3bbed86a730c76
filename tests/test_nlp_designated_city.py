"""A meeting placed in a city named with its designation ('… in Seogwipo City', as
Kantei and Philippine government pages write it; real 402, 682) takes that city
(`kb/places.py`, `_designated_city`). Hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def test_a_city_with_its_designation_places_the_meeting(nlp):
    text = (
        "Prime Minister Taro Aso held talks with President Lee Myung-bak at a hotel "
        "in Seogwipo City on Saturday."
    )
    found = [
        (e.location.city, e.location.country)
        for e in article_events(nlp, text, date(2009, 6, 1))
        if e.type == "meeting"
    ]
    assert found == [("Seogwipo", "KOR")]
