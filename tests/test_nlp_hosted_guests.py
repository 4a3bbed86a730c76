"""A guest named in apposition to a title ('hosted Germany's chancellor, Angela
Merkel') is a person met, whatever the title's word (session 13, helper host16):
hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

_ON = date(2017, 3, 20)


def _meetings(nlp, text: str) -> list[tuple]:
    return [
        (sorted(e.names), e.location.country)
        for e in article_events(nlp, text, _ON)
        if e.type == "meeting"
    ]


@pytest.mark.parametrize("verb", ["hosted", "welcomed", "received"])
def test_a_title_with_a_name_in_apposition_is_the_guest(nlp, verb):
    text = f"Prime Minister Abe {verb} Germany's chancellor, Angela Merkel, on Monday."
    found = _meetings(nlp, text)
    assert (["Angela Merkel", "Shinzo Abe"], "JPN") in found, found


def test_a_title_with_a_name_in_apposition_is_the_one_met(nlp):
    text = (
        "Prime Minister Shinzo Abe met Germany's chancellor, Angela Merkel, on Monday."
    )
    found = _meetings(nlp, text)
    assert [names for names, _ in found] == [["Angela Merkel", "Shinzo Abe"]], found


def test_the_guest_of_a_title_in_apposition_meets_the_host_at_home(nlp):
    text = (
        "President Donald Trump hosted the German chancellor, Angela Merkel, on Friday."
    )
    found = _meetings(nlp, text)
    assert (["Angela Merkel", "Donald Trump"], "USA") in found, found


def test_a_hosted_thing_with_no_person_stays_no_meeting(nlp):
    text = (
        "Prime Minister Shinzo Abe hosted the summit, a gathering of donors, on Monday."
    )
    assert _meetings(nlp, text) == []


def test_a_thing_received_with_a_name_that_is_no_person_stays_no_meeting(nlp):
    text = (
        "President Donald Trump received the letter, a note from Congress, on Friday."
    )
    assert _meetings(nlp, text) == []


@pytest.mark.parametrize("verb", ["hosted", "welcomed", "received"])
def test_a_guest_hosted_in_the_passive_meets_in_the_hosts_country(nlp, verb):
    text = f"Chancellor Angela Merkel was {verb} by President Donald Trump on Friday."
    found = _meetings(nlp, text)
    assert found == [(["Angela Merkel", "Donald Trump"], "USA")], found


def test_a_passive_with_its_place_keeps_the_place(nlp):
    text = "Chancellor Angela Merkel was hosted by President Donald Trump in Berlin."
    found = _meetings(nlp, text)
    assert found == [(["Angela Merkel", "Donald Trump"], "DEU")], found
