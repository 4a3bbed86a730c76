"""What an invitation asks the guest to do: an invitation to an act that is no
trip ('invitations from the PRC to switch diplomatic recognition', 'invited him to
invest in the hub') names no place or gathering to come to, so it is no
`invitation` event (SCHEMA.md: a person invites a person to a place/event)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set

_ACT_DEPS = ("xcomp", "acl", "advcl")


def asked_act(trigger: Token) -> Token | None:
    """The verb of the 'to …' clause on the invitation: the xcomp of 'invited'
    ('invited X to switch'), the acl of 'invitation(s)' ('invitations … to
    switch'). None when the invitation names no act ('invited X to Beijing')."""
    for child in trigger.children:
        if (
            child.dep_ in _ACT_DEPS
            and child.pos_ in ("VERB", "AUX")
            and any(t.dep_ == "aux" and t.lower_ == "to" for t in child.children)
        ):
            return child
    return None


def invited_act(trigger: Token) -> bool:
    """The invitation asks for an act that is no trip (`triggers.json:
    non_trip_acts`): no event; a trip verb ('to visit', 'to attend', 'to come')
    or no act at all keeps the invitation."""
    act = asked_act(trigger)
    return act is not None and act.lemma_.lower() in word_set(
        "triggers.json", "non_trip_acts"
    )
