"""An invitation told again — reiterated, renewed, reconfirmed, or said to remain on
the table — is the news; the trip it asks for is no event of its own (SCHEMA.md
rule 4: only an accepted invitation yields the trip). Helper prec12; `restated_
invitation` in `invitation_cues.py`, words in `triggers.json`."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

_DAY = date(2019, 3, 1)


def _kinds(nlp, text):
    return sorted(
        (e.type, e.status, e.names[0], e.names[-1])
        for e in article_events(nlp, text, _DAY)
    )


@pytest.mark.model
@pytest.mark.parametrize(
    "text, inviter, guest",
    [
        ("Prime Minister Narendra Modi reiterated his invitation to President "
         "Emmanuel Macron to visit India.", "Narendra Modi", "Emmanuel Macron"),
        ("Chancellor Angela Merkel's spokesman said her invitation for President "
         "Xi Jinping to visit Germany remained on the table.",
         "Angela Merkel", "Xi Jinping"),
        ("The minister reconfirmed the Government of Japan's invitation to "
         "President Joko Widodo to visit Japan, as already conveyed by Prime "
         "Minister Shinzo Abe.", None, "Joko Widodo"),
    ],
)  # fmt: skip
def test_a_restated_invitation_yields_no_trip(nlp, text, inviter, guest):
    found = _kinds(nlp, text)
    assert not [k for k in found if k[0] in ("visit", "meeting")], found
    invitations = [k for k in found if k[0] == "invitation"]
    assert invitations and invitations[0][3] == guest, found
    if inviter:
        assert invitations[0][2] == inviter


@pytest.mark.model
def test_an_invitation_extended_to_a_guest_names_the_guest(nlp):
    found = _kinds(
        nlp,
        "Prime Minister Nawaz Sharif reiterated his cordial invitation already "
        "extended to President George W. Bush to visit Pakistan.",
    )
    assert ("invitation", "occurred", "Nawaz Sharif", "George W. Bush") in found
    assert not [k for k in found if k[0] == "visit"], found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a fresh invitation keeps its trip ahead (the gold's practice: dev 053)
        "Prime Minister Manmohan Singh invited President Dmitry Medvedev to visit "
        "India this year.",
        # an accepted one yields the trip (rule 4)
        "President Xi Jinping invited Prime Minister Justin Trudeau to visit China, "
        "and Trudeau accepted the invitation.",
    ],
)
def test_a_fresh_or_accepted_invitation_keeps_its_trip(nlp, text):
    found = _kinds(nlp, text)
    assert [k for k in found if k[0] == "visit" and k[1] == "planned"], found
