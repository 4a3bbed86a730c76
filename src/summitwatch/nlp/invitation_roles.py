"""Who invited whom: the inviter and the invited of an invitation word, with the
verbs that turn the roles round ('received an invitation', 'declined it') and
the thanks that say who invited ('thank you for the invitation'; rules 4, 12)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.clause_subjects import governing_verb, subjects, to_infinitive
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.implicit_agent import THANKING, implicit_agent, thanked_object
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.quote_speaker import quote_subject
from summitwatch.nlp.references import persons_under, unique_people
from summitwatch.nlp.speakers import FIRST_PLURAL

_ANSWERS = lexicon().triggers
DECLINING = frozenset(_ANSWERS["declining_lemmas"])
ACCEPTING = frozenset(_ANSWERS["accepting_lemmas"])
HOLDING = frozenset(_ANSWERS["holding_verbs"])  # 'received an invitation'
# whose subject or agent invited: 'the invitation extended by X', '… X made'
_EXTENDING = frozenset(_ANSWERS["extending_verbs"])
# whose subject is the one invited: 'received an invitation', 'declined it'
_RECEIVING = HOLDING | frozenset(_ANSWERS["invitee_verbs"]) | DECLINING | ACCEPTING
# a reduced clause: the tagger often calls its participle a past tense (VBD), but
# as 'acl' or 'pcomp' it cannot be one ('Kim, invited by Putin, …')
_REDUCED = ("acl", "pcomp")


def invitation_roles(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]]:
    """(inviters, invitees) of 'invite': active subject/object, or passive
    agent/subject.
    """
    thanks = _thanked_for(index, trigger)
    if thanks is not None:
        return thanks
    verb = governing_verb(trigger)
    inviters: list[Participant] = []
    invitees: list[Participant] = []
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if passive and not any(c.dep_ == "nsubjpass" for c in verb.children):
        for subj in subjects(verb):  # "despite having been invited by Putin"
            invitees += persons_under(index, subj)
    bare = bare_participle(verb) if verb is trigger else None
    if bare is not None:  # 'Kim, invited by Putin to the parade, …', 'with
        passive = True  # Kagame invited to Kampala': the one named is the guest
        invitees += persons_under(index, bare)
    carriers: list[Participant] = []  # the verb's subject: may only carry it
    fronted: list[Participant] = []
    occasion = occasion_verb(trigger)
    at_invitation = occasion is not None
    verb = occasion or verb
    for child in verb.children:
        if child.i == trigger.i:
            continue
        if child.dep_ == "nsubjpass":
            invitees += persons_under(index, child)
        elif child.dep_ == "nsubj" and at_invitation:  # "X came at Putin's invitation",
            for subj in subjects(verb):  # "X, who was in Japan upon invitation": X
                invitees += persons_under(index, subj)
        elif child.dep_ == "nsubj" and bare is not None:
            continue  # read above: the participle's own noun
        elif child.dep_ == "nsubj" and not _stance(verb):
            named = _named_as(index, child)
            carriers += named
            inviters += named
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
            for pobj in child.children:
                inviters += persons_under(index, pobj)
        elif child.dep_ in ("dobj", "dative") or (
            child.dep_ == "prep"
            and child.lower_ in ("to", "for")
            and verb is not trigger
        ):
            invitees += persons_under(index, child)
    if (
        at_invitation
        and not invitees
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):  # 'At the invitation of Abe, Trump will visit Japan', Trump parsed as
        invitees = [p for s in subjects(verb) for p in persons_under(index, s)]
        fronted = list(invitees)  # an apposition of Abe: not among the inviters
    if verb is not trigger and verb.lemma_.lower() in _RECEIVING and not at_invitation:
        inviters, invitees = invitees, inviters
        if not invitees:  # "thank you for accepting our invitation"
            invitees = implicit_agent(index, verb)
    for rel in trigger.children:  # "an invitation he received"
        if rel.dep_ in ("relcl", "acl") and rel.lemma_.lower() in _EXTENDING:
            inviters += _extended_by(index, rel)  # 'the invitation X made'
            invitees += _extended_to(index, rel)  # '… already extended to X'
        elif rel.dep_ == "relcl" and rel.lemma_.lower() in _RECEIVING:
            for subj in rel.children:
                if subj.dep_ == "nsubj":
                    invitees += persons_under(index, subj)
    if verb is trigger and not inviters and not passive and not _stance(verb):
        inviters = implicit_agent(index, verb)  # "thank Obama for inviting me"
        inviters = inviters or _quoted_inviter(index, verb)  # '"I will invite Xi,"'
    if verb is trigger and passive and not inviters:
        inviters = _announcer(index, verb, invitees)
    if verb is not trigger:  # the noun 'invitation'
        for child in trigger.children:
            if child.dep_ == "poss" and child.lower_ in FIRST_PLURAL and index.turns:
                inviters += index.turns.resolve("i", child.i)  # "our invitation"
            elif child.dep_ == "poss":  # "Sirisena accepted his invitation": not
                guests = tuple(p.name for p in invitees)  # Sirisena's own
                inviters += persons_under(index, child, exclude=guests)
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                guests = _guests_under_sender(index, child)  # 'by X for Y to come'
                invitees += guests
                senders = [
                    p
                    for g in child.children
                    for p in persons_under(index, g)
                    if p not in guests
                ]
                if senders and verb.lemma_.lower() not in _RECEIVING:
                    inviters = [p for p in inviters if p not in carriers]
                inviters += senders  # 'Tokayev passed on to Obama an invitation
                # from Nazarbayev': the one it is from invites, not its bearer
            elif child.dep_ == "prep" and child.lower_ in ("to", "for"):
                for pobj in child.children:
                    invitees += persons_under(index, pobj)
        if not invitees:  # 'extended an invitation for Abe to visit Moscow'
            invitees = guest_of_clause(index, trigger, verb)
    # 'authorized on behalf of President Roosevelt to extend an invitation': the one
    # whose behalf it is invites, not its bearer (real 431)
    principals = on_behalf_of(index, verb)
    if principals and verb.lemma_.lower() not in _RECEIVING:
        inviters = [p for p in inviters if p not in carriers] + principals
    inviters = [p for p in inviters if p not in fronted]
    invitees = [p for p in unique_people(invitees) if p not in inviters]
    return unique_people(inviters), invitees


_SUBJECT_REACH = 4  # 'I'm going to invite': the subject of the verbs above


def _quoted_inviter(index: DocIndex, verb: Token) -> list[Participant]:
    """'"I'm going to invite Xi to come to Brazil," Lula said' (real 455): the 'I'
    who invites in a quote is the one the story says spoke it, not the country the
    guest is asked to."""
    token = verb
    for _ in range(_SUBJECT_REACH):
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            quote = quote_subject(subject) if subject.lower_ == "i" else None
            if quote is None:
                return []
            speaker, clause = quote
            named = tuple(
                m.participant.name
                for t in clause.subtree
                if (m := index.person_at.get(t.i))
            )
            return persons_under(index, speaker, exclude=named)
        if token.head is token:
            break
        token = token.head
    return []


def _announcer(
    index: DocIndex, verb: Token, invitees: list[Participant]
) -> list[Participant]:
    """'It was announced by President Eisenhower that Khrushchev was invited to
    visit the United States' (real 590): a leader who announces that a foreign
    guest was invited, with no one else named, is the one who invited. Only
    'announce', only a leader, only a guest from elsewhere: a spokesman who says
    so relays (rule 15), and a leader who says a guest was invited to a summit
    abroad did not invite."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.lemma_.lower() != "announce":
        return []
    found = [
        p
        for c in head.children
        if c.dep_ == "nsubj" or c.dep_ == "agent"
        for g in ([c] if c.dep_ == "nsubj" else list(c.children))
        for p in persons_under(index, g)
    ]
    leaders = [p for p in found if index.leads_country_on(p, None)]  # ever
    guests = {p.country for p in invitees}
    if len(leaders) != 1 or not invitees or leaders[0].country in guests:
        return []
    return leaders


_BEHALF_REACH = 2  # the verb and the verbs above it ('authorized … to extend')


def on_behalf_of(index: DocIndex, verb: Token) -> list[Participant]:
    """The people an 'on behalf of X' ('in behalf of X') on the extending verb, or
    on a verb it hangs under, names: an ambassador or a secretary extends an
    invitation on a leader's behalf; the leader is the inviter."""
    token = verb
    for _ in range(_BEHALF_REACH + 1):
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("on", "in"):
                continue
            for noun in prep.children:
                if noun.lower_ != "behalf":
                    continue
                found = [
                    p
                    for of in noun.children
                    if of.dep_ == "prep" and of.lower_ == "of"
                    for pobj in of.children
                    for p in persons_under(index, pobj)
                ]
                if found:
                    return found
        if token.head is token:
            break
        token = token.head
    return []


def _guests_under_sender(index: DocIndex, prep: Token) -> list[Participant]:
    """'an invitation by President Eisenhower for Nehru to spend three days in
    Washington' (held-out6 003): the parser may hang 'for Nehru' on the inviter's
    name; a 'for' phrase there, before an infinitive on the invitation, is the
    guest, not a second inviter."""
    noun = prep.head
    if not any(c.dep_ in ("acl", "advcl") and to_infinitive(c) for c in noun.children):
        return []
    return [
        p
        for pobj in prep.children
        for c in pobj.children
        if c.dep_ == "prep" and c.lower_ == "for"
        for g in c.children
        for p in persons_under(index, g)
    ]


def bare_participle(verb: Token) -> Token | None:
    """The noun a bare past participle 'invited' is said of — passive though it has
    no 'be': the noun it modifies ('Kim Jong-un, invited by Putin to the parade,
    did not attend') or the subject of an absolute clause ('with Rwanda's
    President, Paul Kagame, invited to Kampala', real 042)."""
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if verb.tag_ != "VBN" and not (verb.tag_ == "VBD" and verb.dep_ in _REDUCED):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ in ("PROPN", "NOUN"):
        return verb.head
    if verb.dep_ in ("pcomp", "advcl", "acl"):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def guest_of_clause(
    index: DocIndex, invitation: Token, verb: Token
) -> list[Participant]:
    """'an invitation for Kim to visit Russia', 'extended an invitation for me to
    visit Moscow', 'conveyed an invitation for him to visit the United States':
    the subject of the infinitive that 'for' opens is the guest. The parser hangs
    the clause on the noun or on the verb it is the object of."""
    heads = [invitation]
    if verb is not invitation and invitation.dep_ == "dobj" and invitation.head is verb:
        heads.append(verb)
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("acl", "advcl", "relcl", "ccomp"):
                continue
            marks = [c for c in clause.children if c.dep_ == "mark"]
            if not any(m.lower_ == "for" and m.i < clause.i for m in marks):
                continue
            guests = [
                p
                for c in clause.children
                if c.dep_ == "nsubj" and c.i < clause.i
                for p in persons_under(index, c)
            ]
            if guests:
                return guests
    return []


def _extended_by(index: DocIndex, clause: Token) -> list[Participant]:
    """The inviter a clause on the invitation noun names: the agent of 'extended by
    Prime Minister Khan', the subject of 'the invitation Hashimoto made'."""
    found: list[Participant] = []
    for child in clause.children:
        if child.dep_ == "agent":
            found += [p for g in child.children for p in persons_under(index, g)]
        elif child.dep_ == "nsubj" and child.tag_ not in ("WDT", "WP"):
            found += persons_under(index, child)
    return found


def _extended_to(index: DocIndex, clause: Token) -> list[Participant]:
    """The guest a clause on the invitation noun names: 'reiterated his invitation
    already extended to President Clinton to visit Pakistan', 'the invitation he
    extended to X' — the parser hangs 'to X' on the clause, not on the noun."""
    return [
        p
        for child in clause.children
        if child.dep_ == "prep" and child.lower_ == "to"
        for g in child.children
        for p in persons_under(index, g)
    ]


def occasion_verb(invitation: Token) -> Token | None:
    """The clause an invitation is the occasion of: 'X came at Putin's invitation',
    'Following the invitation of President Biden, I am going to make an official
    visit', 'will visit India at the invitation of the Indian government' — its
    subject is the one invited."""
    prep = invitation.head
    if invitation.dep_ != "pobj" or prep.lower_ not in _OCCASION_PREPS:
        return None
    verb = governing_verb(prep.head) if prep.head is not prep else prep
    if verb is invitation or verb.pos_ not in ("VERB", "AUX"):
        return None
    return verb


_OCCASION_PREPS = word_set("readouts.json", "invitation_occasions")


def _named_as(index: DocIndex, head: Token) -> list[Participant]:
    """The people a noun phrase names, without those of a relative clause on a noun
    that is no person: 'The ANC, whose leader President Zuma is mediating …, also
    invited …' — the party invites, not its leader."""
    people = persons_under(index, head)
    if head.i in index.person_at:
        return people
    aside = {
        p.name
        for c in head.children
        if c.dep_ == "relcl"
        for p in persons_under(index, c)
    }
    return [p for p in people if p.name not in aside]


def _stance(verb: Token) -> bool:
    """'defended inviting Mugabe', 'criticised the invitation': a stance taken on
    an invitation does not say who extended it."""
    stance = word_set("readouts.json", "stance_verbs")
    if verb.lemma_.lower() in stance:
        return True
    return (
        verb.dep_ in ("xcomp", "pcomp", "ccomp", "dobj", "csubj")
        and verb.head.lemma_.lower() in stance
    )


_GRATITUDE = frozenset({"gratitude", "grateful", "thanks", "appreciation"})


def _thanked_for(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]] | None:
    """'thank you for the invitation', 'expressed his gratitude for the invitation':
    the one thanked invited the one thanking."""
    if trigger.pos_ != "NOUN" or trigger.head.lower_ != "for":
        return None
    word = trigger.head.head
    if word.lemma_.lower() in THANKING:
        thanked = thanked_object(word)
        inviters = persons_under(index, thanked) if thanked is not None else []
        invitees = [p for s in subjects(word) for p in persons_under(index, s)]
        return inviters, invitees or implicit_agent(index, word)
    if word.lemma_.lower() in _GRATITUDE:
        verb = governing_verb(word)
        invitees = [p for s in subjects(verb) for p in persons_under(index, s)]
        guests = tuple(p.name for p in invitees)
        inviters = [  # 'his gratitude for Prime Minister Abe's invitation'
            p
            for c in trigger.children
            if c.dep_ == "poss"
            for p in persons_under(index, c, exclude=guests)
            if p.name not in guests
        ]
        return inviters, invitees
    return None


def thanked_for(token: Token) -> bool:
    """'thank you for accepting', 'his gratitude to X for accepting': a thing done,
    thanked for (by the host, to the guest who came)."""
    if token.head.lower_ != "for" or token.head.i == token.i:
        return False
    word = token.head.head.lemma_.lower()
    return word in THANKING or word in _GRATITUDE
