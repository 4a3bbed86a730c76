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
