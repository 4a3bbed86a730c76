"""people_aides.jsonl: whole office classes of aides and envoys that readouts list by
side (session 10's anatomy: people missing from the KB recur on every new set when
only the names read are added). Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs

pytestmark = [pytest.mark.model]


def test_a_security_adviser_under_his_given_name_is_the_canonical_one(nlp):
    text = (
        "National Security Advisor Thomas Donilon met Prime Minister Naoto Kan "
        "in Tokyo."
    )
    assert ("Naoto Kan", "Tom Donilon") in meeting_pairs(nlp, text, date(2011, 3, 1))


def test_a_deputy_cabinet_secretary_is_a_person_not_a_city(nlp):
    text = (
        "Deputy Chief Cabinet Secretary Tetsuro Fukuyama met Deputy Secretary of "
        "State William Burns in Tokyo on Monday."
    )
    pairs = meeting_pairs(nlp, text, date(2011, 4, 20))
    assert ("Tetsuro Fukuyama", "William J. Burns") in pairs


def test_a_chief_of_staff_of_another_decade(nlp):
    text = (
        "White House Chief of Staff Donald Regan met Prime Minister Nakasone in Tokyo."
    )
    assert ("Donald Regan", "Yasuhiro Nakasone") in meeting_pairs(
        nlp, text, date(1986, 5, 4)
    )
