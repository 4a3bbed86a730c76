"""Companions on one journey ('X accompanied Y to Z': both travelled, and the summit
they went to is no meeting of the two; nlp/companions.py) and a numbered agenda
line 'N. Visit to X by Y' (the parser's imperative 'Visit'; roles._heading_noun).
Hand-written texts through the full pipeline; each fails without the change, one
guard."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs, visit_rows

pytestmark = [pytest.mark.model]


def test_the_one_accompanied_made_the_trip_too(nlp):
    text = (
        "In November 2002 Secretary of State Colin Powell accompanied President "
        "George W. Bush to the NATO summit in Prague."
    )
    rows = visit_rows(nlp, text, date(2003, 1, 10))
    assert ("Colin Powell", "CZE", "occurred") in rows
    assert ("George W. Bush", "CZE", "occurred") in rows
    assert ("Colin Powell", "George W. Bush") not in meeting_pairs(
        nlp, text, date(2003, 1, 10)
    )


def test_accompanied_for_a_summit_is_no_meeting_of_the_two(nlp):
    text = (
        "Secretary of State Condoleezza Rice accompanied President George W. Bush "
        "for the APEC summit in Sydney, Australia, in September 2007."
    )
    rows = visit_rows(nlp, text, date(2007, 9, 20))
    assert ("Condoleezza Rice", "AUS", "occurred") in rows
    assert ("George W. Bush", "AUS", "occurred") in rows
    assert ("Condoleezza Rice", "George W. Bush") not in meeting_pairs(
        nlp, text, date(2007, 9, 20)
    )


def test_accompanying_several_gives_each_a_trip(nlp):
    text = (
        "Chancellor Olaf Scholz visited Japan in 1995, accompanying Chancellor "
        "Helmut Kohl and Foreign Minister Klaus Kinkel."
    )
    rows = visit_rows(nlp, text, date(2022, 4, 28))
    assert ("Helmut Kohl", "JPN", "occurred") in rows
    assert ("Olaf Scholz", "JPN", "occurred") in rows


def test_a_host_accompanying_his_guest_makes_no_trip(nlp):
    text = (
        "President Vladimir Putin accompanied Prime Minister Narendra Modi to the "
        "Kremlin Palace in Moscow on Tuesday."
    )
    rows = visit_rows(nlp, text, date(2024, 7, 10))
    assert not [r for r in rows if r[0] == "Vladimir Putin"]


def test_numbered_agenda_line_names_the_traveller(nlp):
    text = (
        "Press Conference by the Press Secretary 4 May 2004\n"
        "1. Visit to Japan by President Vicente Fox of the United Mexican States\n"
        "2. Situation in Iraq\n"
    )
    assert [r[:2] for r in visit_rows(nlp, text, date(2004, 5, 4))] == [
        ("Vicente Fox", "JPN")
    ]
