"""Invitations whose guest is not the object of 'invite': the subject of a 'for
… to' clause, the people of the meeting or visit an invitation is said to have
brought about, and when an invitation with no time of its own was extended.
Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def invitations(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.names[:2], e.location.country, e.date)
        for e in article_events(nlp, text, published)
        if e.type == "invitation"
    ]


def test_an_invitation_for_someone_to_come_invites_that_someone(nlp):
    text = (
        "Angela Merkel extended an invitation for Emmanuel Macron to visit Berlin "
        "in June."
    )
    found = invitations(nlp, text, date(2018, 3, 2))
    assert [(names, country) for names, country, _ in found] == [
        (["Angela Merkel", "Emmanuel Macron"], "DEU")
    ]


def test_a_possessed_invitation_for_someone_to_come(nlp):
    text = (
        "The spokesman said that Narendra Modi's invitation for Joe Biden to visit "
        "India, first made in May, still stood."
    )
    found = invitations(nlp, text, date(2021, 10, 5))
    assert [names for names, _, _ in found] == [["Narendra Modi", "Joe Biden"]]


def test_a_meeting_at_someones_invitation_invites_the_other_party(nlp):
    text = (
        "Prime Minister Justin Trudeau and President Emmanuel Macron met in "
        "Paris on April 16, 2018. The meeting was held at the invitation of "
        "President Macron."
    )
    assert invitations(nlp, text, date(2018, 4, 20)) == [
        (["Emmanuel Macron", "Justin Trudeau"], "FRA", "2018-04-16")
    ]


def test_a_visit_at_someones_invitation_invites_the_traveller(nlp):
    text = (
        "President Xi Jinping will pay a state visit to Italy from March 21 to "
        "24. The visit is at the invitation of President Sergio Mattarella."
    )
    found = invitations(nlp, text, date(2019, 3, 15))
    assert [(names, country) for names, country, _ in found] == [
        (["Sergio Mattarella", "Xi Jinping"], "ITA")
    ]


def test_a_meeting_the_inviter_had_no_part_in_invites_no_one(nlp):
    text = (
        "Prime Minister Justin Trudeau and President Emmanuel Macron met in "
        "Paris on April 16, 2018. The meeting was held at the invitation of "
        "Chancellor Angela Merkel."
    )
    assert invitations(nlp, text, date(2018, 4, 20)) == []


def test_an_invitation_renewed_in_a_readout_is_not_of_a_recalled_trip(nlp):
    text = (
        "On June 27, Prime Minister Shinzo Abe received a courtesy call from the "
        "Foreign Secretary of Mexico. Prime Minister Abe recalled that President "
        "Enrique Peña Nieto visited Japan in April last year. President Peña "
        "Nieto renewed his invitation to Prime Minister Abe to visit Mexico."
    )
    found = invitations(nlp, text, date(2014, 6, 27))
    assert [names for names, _, _ in found] == [["Enrique Peña Nieto", "Shinzo Abe"]]
    assert not found[0][2].startswith("2013")


def test_an_invitation_extended_at_the_pairs_meeting_keeps_its_day(nlp):
    text = (
        "Narendra Modi met Kamala Harris on Thursday. Modi extended an invitation "
        "to her to visit India."
    )
    found = invitations(nlp, text, date(2021, 9, 24))
    assert found == [(["Narendra Modi", "Kamala Harris"], "IND", "2021-09-23")]


def test_the_bearer_of_an_invitation_from_someone_does_not_invite(nlp):
    text = (
        "Foreign Minister Sergey Lavrov handed Xi Jinping an invitation from "
        "President Vladimir Putin to visit Moscow."
    )
    found = invitations(nlp, text, date(2022, 6, 1))
    assert [names for names, _, _ in found] == [["Vladimir Putin", "Xi Jinping"]]


def test_an_invitation_extended_by_someone_is_theirs(nlp):
    text = "Donald Trump accepted the invitation extended by Prime Minister Imran Khan."
    found = invitations(nlp, text, date(2019, 7, 23))
    assert [names for names, _, _ in found] == [["Imran Khan", "Donald Trump"]]


def test_a_guest_the_parser_hung_on_the_fronted_inviter(nlp):
    text = (
        "At the invitation of Prime Minister Shinzo Abe, President Donald Trump "
        "will visit Japan from May 25 to 28."
    )
    found = article_events(nlp, text, date(2019, 5, 1))
    assert sorted((e.type, tuple(e.names)) for e in found) == [
        ("invitation", ("Shinzo Abe", "Donald Trump")),
        ("visit", ("Donald Trump",)),
    ]


def test_a_bare_participle_invites_the_one_it_is_said_of(nlp):
    text = (
        "Kim Jong-un, invited by Vladimir Putin to the parade in Moscow, did not "
        "attend."
    )
    found = invitations(nlp, text, date(2015, 5, 1))
    assert [names for names, _, _ in found] == [["Vladimir Putin", "Kim Jong-un"]]


def test_an_absolute_with_clause_invites_its_subject(nlp):
    text = (
        "Trade was discussed at length, with Kenya's President, Uhuru Kenyatta, "
        "invited to Kampala as Uganda's guest."
    )
    found = invitations(nlp, text, date(2016, 5, 1))
    assert [(names, country) for names, country, _ in found] == [
        (["Uganda", "Uhuru Kenyatta"], "UGA")
    ]


def test_an_invitation_by_one_for_another_to_stay_somewhere(nlp):
    text = (
        "The adviser proposed an invitation by President Dwight Eisenhower for "
        "Jawaharlal Nehru to spend three days in Washington."
    )
    found = [
        (e.names[:2], e.location.city)
        for e in article_events(nlp, text, date(1955, 7, 29))
        if e.type == "invitation"
    ]
    assert found == [(["Dwight D. Eisenhower", "Jawaharlal Nehru"], "Washington")]
