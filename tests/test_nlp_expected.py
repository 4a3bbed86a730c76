"""Announced presence at a gathering (issue #10): 'X will be there', 'on the guest
list', 'also expected', 'his attendance record' give planned visits to the venue."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.models import Article
from summitwatch.process import process

pytestmark = [pytest.mark.model]


def visits(nlp, text: str, published: date = date(2015, 6, 10)):
    return sorted(
        (e.names[0], e.status, e.location.city)
        for e in process(Article(text=text, published=published), nlp)
        if e.type == "visit"
    )


PREVIEW = (
    "The 25th African Union summit opens Sunday in Johannesburg, South Africa. "
    "Kenya's President Uhuru Kenyatta will be there despite the court case, and "
    "Nigeria's Muhammadu Buhari and Rwanda's Paul Kagame are also on the guest list. "
)


def test_will_be_there_and_guest_list_are_planned_visits(nlp):
    found = visits(nlp, PREVIEW)
    for name in ("Uhuru Kenyatta", "Muhammadu Buhari", "Paul Kagame"):
        assert (name, "planned", "Johannesburg") in found


def test_expected_and_attendance_record(nlp):
    found = visits(
        nlp,
        PREVIEW
        + "Ghana's John Mahama will try to keep his attendance record, and regulars "
        "such as Uganda's Yoweri Museveni are also expected.",
    )
    assert ("John Mahama", "planned", "Johannesburg") in found
    assert ("Yoweri Museveni", "planned", "Johannesburg") in found


def test_hedged_or_other_expectations_are_not_presence(nlp):
    found = visits(
        nlp,
        "The 25th African Union summit opens Sunday in Johannesburg, South Africa. "
        "Officials were not sure if Kenya's President Uhuru Kenyatta was on the guest "
        "list. Nigeria's Muhammadu Buhari is expected to hold talks with Jacob Zuma.",
    )
    assert not any(n == "Uhuru Kenyatta" for n, _, _ in found)
    assert not any(n == "Muhammadu Buhari" for n, _, _ in found)
