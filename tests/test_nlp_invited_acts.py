"""An invitation to an act that is no trip — to switch diplomatic recognition, to
invest, to ratify — names no place or gathering to come to, so it is no
`invitation` event (SCHEMA.md: a person invites a person to a place/event). Real
633 (a Wikipedia page: 'invitations from the PRC to switch diplomatic
recognition'). Helper invite17; `invited_act` in `nlp/invited_act.py`, words in
`triggers.json: non_trip_acts`."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

_DAY = date(2019, 3, 1)


def _invitations(nlp, text):
    return [e.names for e in article_events(nlp, text, _DAY) if e.type == "invitation"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        ("The fall of Stroessner and the election of his successor Andres "
         "Rodriguez were soon followed by invitations from the People's Republic "
         "of China to switch diplomatic recognition."),
        ("Chinese President Xi Jinping invited Paraguayan President Horacio Cartes "
         "to switch recognition to Beijing."),
        "Putin invited Erdogan to invest in the new Russian gas hub.",
        ("President Emmanuel Macron was invited by Chancellor Angela Merkel to "
         "ratify the treaty quickly."),
    ],
)  # fmt: skip
def test_an_invitation_to_an_act_is_no_event(nlp, text):
    assert _invitations(nlp, text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text, guest",
    [
        ("Chinese President Xi Jinping invited Paraguayan President Horacio Cartes "
         "to visit Beijing.", "Horacio Cartes"),
        ("Putin invited Erdogan to attend the summit in Sochi.",
         "Recep Tayyip Erdoğan"),
        ("Chancellor Angela Merkel extended an invitation to President Emmanuel "
         "Macron to come to Berlin.", "Emmanuel Macron"),
    ],
)  # fmt: skip
def test_an_invitation_to_a_trip_stays(nlp, text, guest):
    assert any(guest in names for names in _invitations(nlp, text))
