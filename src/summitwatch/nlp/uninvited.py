"""A leader left off a gathering's guest list by nobody in particular (SCHEMA.md
rules 4, 5 and 12; issue #10).

"Cuba's leader, Fidel Castro, was not invited to the summit" (VOA), "Lukashenka
will not be invited to the Eastern Partnership summit" (Charter 97): a passive
invitation, negated, with no inviter named. Rule 4 gives an invitation whose
inviter is not named only its trip; here the trip is the news — the leader will not
be at the gathering — so it is a `not_occurred` visit to the gathering's venue, not
an invitation from a government the text never names as inviting.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.status import negated


def unnamed_refusal(trigger: Token) -> bool:
    """'X was not invited (to the summit)': the invitation verb itself, passive and
    negated, with no 'by' agent."""
    if trigger.pos_ != "VERB":
        return False
    verb = governing_verb(trigger)
    if verb.i != trigger.i:
        return False
    children = list(verb.children)
    passive = any(c.dep_ == "auxpass" for c in children) and any(
        c.dep_ == "nsubjpass" for c in children
    )
    agent = any(c.dep_ == "agent" for c in children)
    return passive and not agent and negated(trigger)
