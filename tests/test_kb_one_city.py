"""One test of 'two names of one city' (`kb.names.one_city`), below the folds of trips
(nlp/trips/same.py, nlp/row_merge.py), the sites a traveller visits
(nlp/site_visits.py) and the store's merge of claims (store/merge.py): the cases each
caller was written for (session 12, helper dup13)."""

from __future__ import annotations

import pytest

from summitwatch.kb.names import one_city


@pytest.mark.parametrize(
    "a, b, same",
    [
        # a caption and a table row of one page (trips, row_merge)
        ("New York", "New York City", True),
        ("Washington, D.C.", "Washington", True),
        ("York", "New York", False),
        ("Paris", "Lyon", False),
        # a named site and the city of a visit (site_visits)
        ("Kaesong", "Kaesong Industrial Complex", True),
        ("", "Kaesong Industrial Complex", False),
        # two reports' claims (store)
        ("Vostochny", "Vostochny Cosmodrome", True),
        ("Sharm el-Sheikh", "Sharm El Sheikh", True),
        ("Washington DC", "Washington, D.C.", True),
        ("Vladivostok", "Moscow", False),
    ],
)  # fmt: skip
def test_one_reading_of_one_city_for_every_caller(a, b, same):
    assert one_city(a, b) is same
    assert one_city(b, a) is same
