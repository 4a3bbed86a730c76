"""What the words around an invitation or an invited trip say: whom it comes
from, whether it was held, answered or never made, and where the trip it asks
for goes (rules 4 and 12). The reader's invitation and trip events ask these."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import to_infinitive
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.invitation_roles import DECLINING, HOLDING
from summitwatch.nlp.inviters import thanked_acceptance
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.status import negated
from summitwatch.nlp.triggers import trigger_kind
from summitwatch.nlp.venue import is_title, places_for


def from_inviter(child: Token, trigger: Token) -> bool:
    """'has received an invitation from the Republic of Korea', 'at the invitation
    of the Indian government': the country the invitation comes from."""
    return (
        child.dep_ == "prep"
        and child.lower_ in ("from", "of", "by")
        and trigger.pos_ == "NOUN"
    )


def answered_trip_status(trigger: Token, answer: str, when: str | None) -> str:
    """The trip an answered invitation leads to: not made when declined, planned
    when accepted, made when the host thanks the guest for accepting ('thank you
    for accepting our invitation to come here'), said at the talks, unless the
    trip has a date of its own ('… to visit Moscow in May')."""
    if answer in DECLINING:
        return "not_occurred"
    return "occurred" if thanked_acceptance(trigger) and when is None else "planned"


_AHEAD = {"invite", "invitation", "agree", "accept", "promise", "pledge", "plan"}


def invited_trip(trigger: Token) -> bool:
    """'invited Xi to visit Washington', 'invited Putin to pay a visit to the DPRK':
    the trip is still ahead."""
    token = trigger
    for _ in range(3):
        if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in _AHEAD:
            return not thanked_acceptance(token.head)  # '… for accepting our
            # invitation to come here': the guest has come
        if token.dep_ not in ("dobj", "xcomp") or token.head is token:
            return False
        token = token.head
    return False


def invited_place(index: DocIndex, invitation: Token) -> PlaceMention | None:
    """'accepted the invitation of King Salman, the Custodian of the Two Holy
    Mosques, to visit the Kingdom of Saudi Arabia': the place of the trip the
    invitation's own clause names, when the sentence gave none nearer."""
    for clause in invitation.children:
        if clause.dep_ in ("acl", "xcomp") and trigger_kind(clause) == "visit":
            found = places_for(index, clause, fallback=False)
            if found:
                return found[0]
    return _stay_place(index, invitation)


def _stay_place(index: DocIndex, invitation: Token) -> PlaceMention | None:
    """'an invitation … for Nehru to spend three days in Washington' (held-out6
    003): the place 'in' or 'to' which the invitation's own infinitive takes the
    guest, when that verb is no trip word; a place inside its object ('to
    discuss the situation in Syria') is not one."""
    for clause in invitation.children:
        if clause.dep_ not in ("acl", "xcomp", "advcl") or not to_infinitive(clause):
            continue
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "to"):
                continue
            for pobj in prep.children:
                mention = index.place_at.get(pobj.i)
                if mention is not None and not is_title(index, mention):
                    return mention
    return None


def received_invitation(trigger: Token) -> bool:
    """'The Government has received an invitation from the ROK for the Prime
    Minister to attend the Games': an invitation held, not yet answered — the trip
    is only in prospect (an accepted one is planned, rule 4)."""
    words = word_set("triggers.json", "invitation_words")
    token = trigger
    for _ in range(3):
        head = token.head
        if head is token:
            return False
        if head.pos_ == "NOUN" and head.lemma_.lower() in words:
            return head.head.lemma_.lower() in HOLDING and head.dep_ == "dobj"
        token = head
    return False


def _invitation_asking(trigger: Token) -> Token | None:
    """The invitation noun an invited trip hangs on, through its clauses ('invitation
    to X to visit Pakistan', 'invitation already extended to X to visit Pakistan');
    the nouns are `triggers.json: invitation_words`, as for `received_invitation`."""
    words = word_set("triggers.json", "invitation_words")
    token = trigger
    for _ in range(3):
        head = token.head
        if head is token or token.dep_ not in ("acl", "xcomp", "advcl", "relcl"):
            return None
        if head.pos_ == "NOUN" and head.lemma_.lower() in words:
            return head
        token = head
    return None


def restated_invitation(trigger: Token) -> bool:
    """'reiterated his invitation to X to visit Pakistan', 'reconfirmed the
    Government of Mexico's invitation to X to visit Mexico', 'the invitation for X
    to visit Russia remained on the table': an invitation told again — the trip it
    asks for is no event of its own (rule 4: only an accepted invitation yields
    the trip)."""
    invitation = _invitation_asking(trigger)
    if invitation is None:
        return False
    words = lexicon().triggers
    owner = invitation
    if owner.dep_ == "pobj" and owner.head.lower_ == "of":  # 'the Government of
        owner = owner.head.head  # Mexico's invitation': the Government's
    if owner.dep_ == "dobj":
        return owner.head.lemma_.lower() in words["restating_lemmas"]
    return (
        invitation.dep_ in ("nsubj", "nsubjpass")
        and invitation.head.lemma_.lower() in words["standing_lemmas"]
    )


def invited_to(trigger: Token) -> bool:
    """'has not invited Kim to make his debut': no invitation, so no trip (rule 4)."""
    token = trigger
    for _ in range(3):
        if token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() == "invite":
            return negated(token)
    return False
