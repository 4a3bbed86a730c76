"""The host an invitation names only by the place it invites to (SCHEMA.md rules 4
and 15): "Kagame, invited to Kampala as neighbour Uganda's guest", "thank you for
accepting the invitation to come to Russia", "who had been in Japan on a working
visit upon invitation to the country". No inviter is named, no summit's host is
known, but the trip is to another country than the guest's own: that country's
government invited (project real 042 and 141, held-out 3 003)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.invitation_cues import invited_place
from summitwatch.nlp.invitation_roles import occasion_verb
from summitwatch.nlp.inviters import government
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.venue import is_title


def place_host(
    index: DocIndex, place: PlaceMention | None, guests: list[Participant]
) -> Participant | None:
    """The government of the country a place is in, unless a guest is at home
    there (an invitation home is no invitation) or the place is unknown."""
    if place is None or not place.place.country:
        return None
    country = place.place.country
    if any(g.country == country or g.country is None for g in guests):
        return None  # a guest whose country is unknown may be at home there
    return government(index, country)


def destination(index: DocIndex, invitation: Token) -> PlaceMention | None:
    """Where the invitation itself asks the guest to: 'invited to Kampala' (the
    place right after 'to'), 'the invitation to come to Russia' (its own trip
    clause), 'on a working visit to Japan upon invitation' (the clause it is the
    occasion of). Not the place of an event invited to ('an invitation he received
    to an event in Bandung', the seed): that names no host (rule 4)."""
    for prep in invitation.children:
        if prep.dep_ == "prep" and prep.lower_ == "to":
            for pobj in prep.children:
                mention = index.place_at.get(pobj.i)
                if pobj.dep_ == "pobj" and mention and not is_title(index, mention):
                    return mention
    return invited_place(index, invitation) or occasion_place(index, invitation)


def occasion_place(index: DocIndex, invitation: Token) -> PlaceMention | None:
    """'X, who had been in Japan on a working visit upon invitation': the place of
    the clause the invitation is the occasion of, read from the parse (the clause's
    own words, not a nationality in a title: "Indonesia's President")."""
    verb = occasion_verb(invitation)
    if verb is None:
        return None
    for token in verb.subtree:
        mention = index.place_at.get(token.i)
        if mention is None or is_title(index, mention):
            continue
        if mention.place.country:
            return mention
    return None
