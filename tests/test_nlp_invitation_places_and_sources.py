"""Invitations and statuses on unseen text (issue #10, helper invites6): the host an
invitation names only by the place it invites to, on small hand-written sentences
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

DAY = date(2019, 5, 10)


def invitations(nlp, text: str) -> list[tuple[list[str], str | None, str]]:
    return [
        (e.names[:2], e.location.country, e.status)
        for e in article_events(nlp, text, DAY)
        if e.type == "invitation"
    ]


def test_accepting_the_invitation_to_come_to_a_country_names_its_host(nlp):
    text = (
        "President Vladimir Putin thanked President Emmanuel Macron for accepting "
        "the invitation to come to Russia."
    )
    assert invitations(nlp, text) == [
        (["Russia", "Emmanuel Macron"], "RUS", "occurred")
    ]


def test_a_visit_upon_invitation_in_a_relative_clause(nlp):
    text = (
        "Chancellor Angela Merkel, who was in China on an official visit upon "
        "invitation, met Premier Li Keqiang."
    )
    assert invitations(nlp, text) == [(["China", "Angela Merkel"], "CHN", "occurred")]


def test_an_invitation_to_an_event_somewhere_names_no_host(nlp):
    text = (
        "There has been speculation about an invitation Chancellor Angela Merkel "
        "received to an event in Bandung in June."
    )
    assert invitations(nlp, text) == []


def test_not_invited_to_a_capital_is_no_invitation_by_its_government(nlp):
    text = "Chancellor Angela Merkel said she had not been invited to Beijing."
    assert invitations(nlp, text) == []


def statuses(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in article_events(nlp, text, DAY)]


def test_a_visit_only_unnamed_sources_tell_is_unconfirmed(nlp):
    text = (
        "A news agency cited two unnamed sources who said President Moon Jae-in "
        "is in Japan on a secret visit."
    )
    assert statuses(nlp, text) == [("visit", "unconfirmed")]


def test_talks_unnamed_sources_were_cited_on_are_unconfirmed(nlp):
    text = (
        "President Moon Jae-in held talks with Prime Minister Shinzo Abe in Tokyo "
        "on Monday, anonymous sources were cited as saying."
    )
    assert statuses(nlp, text) == [("meeting", "unconfirmed")]


def test_an_official_who_is_not_named_announces_a_plan(nlp):
    text = "President Moon Jae-in will visit Japan next week, a senior official said."
    assert statuses(nlp, text) == [("visit", "planned")]


def test_stops_of_a_tour_still_ahead_are_planned(nlp):
    text = (
        "Secretary of State Hillary Clinton is expected to discuss trade during her "
        "tour, which includes stops in Ghana and Togo."
    )
    assert sorted(statuses(nlp, text)) == [("visit", "planned"), ("visit", "planned")]


def test_stops_of_a_tour_already_made_stay_occurred(nlp):
    text = (
        "Secretary of State Hillary Clinton discussed trade during her tour, which "
        "included stops in Ghana and Togo."
    )
    assert sorted(statuses(nlp, text)) == [("visit", "occurred"), ("visit", "occurred")]


def test_denying_someone_a_thing_disputes_no_report(nlp):
    text = (
        "The spokesman spoke only briefly, denying reporters the pictures of the "
        "summit President Moon Jae-in held with Prime Minister Shinzo Abe in Tokyo "
        "last year."
    )
    assert statuses(nlp, text) == [("meeting", "occurred")]


def test_denied_reports_of_talks_are_unconfirmed(nlp):
    text = (
        "The palace denied reports that President Moon Jae-in held talks with Prime "
        "Minister Shinzo Abe in Tokyo last year."
    )
    assert statuses(nlp, text) == [("meeting", "unconfirmed")]


def test_a_schedule_told_on_in_the_present_stays_planned(nlp):
    text = (
        "Foreign Minister Heiko Maas will travel to Asia next month. His first stop "
        "will be Japan, where he will meet Prime Minister Shinzo Abe. Next, Maas "
        "travels to Vietnam where he meets with Prime Minister Nguyen Xuan Phuc."
    )
    assert [s for t, s in statuses(nlp, text) if t == "meeting"] == [
        "planned",
        "planned",
    ]


def test_the_present_of_a_report_after_a_past_line_is_no_schedule(nlp):
    text = (
        "Foreign Minister Heiko Maas met Prime Minister Shinzo Abe in Tokyo. In "
        "Hanoi, Maas meets with Prime Minister Nguyen Xuan Phuc."
    )
    assert [s for t, s in statuses(nlp, text) if t == "meeting"] == [
        "occurred",
        "occurred",
    ]
