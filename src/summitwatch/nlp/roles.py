"""Who takes part in a meeting or a visit: the agents and counterparts of a trigger
and a delegation's members. The pieces they are read with have modules of their
own: `clause_subjects` (the verb and its subjects), `references` (the people a
token stands for), `implicit_agent` (the unstated actor) and, for invitations,
`invitation_roles`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.anchors import anchor_head, anchored
from summitwatch.nlp.clause_subjects import governing_verb, subjects, where_clause
from summitwatch.nlp.coordinated_partners import alongside_people, coordinated_phrases
from summitwatch.nlp.courtesy_calls import call_partners
from summitwatch.nlp.dash_names import named_after_dash
from summitwatch.nlp.doc_index import (
    COUNTERPART_PREPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    DocIndex,
)
from summitwatch.nlp.groups import format_partners
from summitwatch.nlp.implicit_agent import implicit_agent
from summitwatch.nlp.inaugurations import inaugurated
from summitwatch.nlp.infinitive_owner import infinitive_owner
from summitwatch.nlp.joint_talk import (
    purpose_talks,
    talk_on_a_trip,
    talk_partner_phrases,
)
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.mentions import PRONOUNS
from summitwatch.nlp.place_hung import place_hung_with
from summitwatch.nlp.references import persons_under, unique_people
from summitwatch.nlp.status import trip_clause
from summitwatch.nlp.triggers import trigger_kind

_LIGHT_VERBS = frozenset("hold have pay make conduct attend".split())
_RECEIVING = frozenset("welcome host receive greet".split())  # the visit is to them


def _own_verb(trigger: Token, verb: Token) -> bool:
    """The verb states the trigger's own act: the trigger itself, or a light verb
    with it as object ('to hold talks', 'to pay a visit'), not 'looking forward to
    the visit of the King'."""
    return verb is trigger or (
        trigger.head is verb
        and trigger.dep_ == "dobj"
        and verb.lemma_.lower() in _LIGHT_VERBS
    )


def delegation_members(index: DocIndex, verb: Token) -> list[Participant]:
    """'lead a delegation to Kuala Lumpur, including Pritzker and Froman': the
    members travel too."""
    return unique_people(
        [
            p
            for t in verb.subtree
            if t.lower_ == "including"
            for c in t.children
            if c.dep_ == "pobj"
            for p in persons_under(index, c)
        ]
    )


def _between(index: DocIndex, trigger: Token) -> list[Participant]:
    """The people of 'a summit between X and Y' / 'talks among X, Y and Z'."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    return unique_people(
        [
            p
            for c in trigger.children
            if c.dep_ == "prep" and c.lower_ in ("between", "among")
            for p in persons_under(index, c)
        ]
    )


def agents_and_counterparts(
    index: DocIndex, trigger: Token
) -> tuple[list[Participant], list[Participant]]:
    """(who acts, whom they meet) for a trigger, from the dependency parse."""
    between = _between(index, trigger)
    if len(between) >= 2:  # "a meeting between Medvedev and Kim": exactly those
        return [], between
    verb = governing_verb(trigger)
    preparing = prepared_for(trigger)
    if preparing:  # the preparers are not the meeting's people
        verb = trigger
    agents: list[Participant] = []
    others: list[Participant] = []
    read = _prepared(trigger) if preparing else subjects(verb)
    owned = _owned_phrase(index, trigger, verb, read)
    if owned:  # 'Abe's four meetings with X have …': the owner and X, read below
        read = []
    actors = None if preparing or owned else infinitive_owner(index, verb)
    if actors is not None:  # 'on the way to see Xi': not Xi, the traveller
        agents += actors
        read = []
    for subj in read:
        agents += persons_under(index, subj)
        if subj.lemma_.lower() in lexicon().triggers["visit_nouns"] or (
            subj.lemma_.lower() in lexicon().status["schedule_nouns"]
        ):  # "Kim's itinerary included…", "Obama's schedule includes a visit to X"
            for owner in (c for c in subj.children if c.dep_ == "poss"):
                agents += persons_under(index, owner)
    for child in [] if owned else verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                agents += persons_under(index, pobj)
    # Neither test covers the other: an owned phrase needs no dating word ("Abe's
    # meetings with X have …"), a dating phrase no named owner ("… after the visit
    # to Portugal", "after their talks in Bali"). Both read real 070 and held-out6
    # 013; dropping either changes other articles' events.
    if verb is trigger:
        heads = [verb]
    elif owned or anchored(trigger, verb):  # "Abe's visit to Portugal", "… after
        heads = [trigger]  # Abe's visit": not the verb's objects, the other occasion's
    else:
        heads = [verb, trigger]
    subject_names = tuple(p.name for p in agents)
    coordinated: list[Participant] = []  # counterparts of a second phrase
    for head in heads:
        for child in head.children:
            if _subjects_own(index, child, head, trigger, subject_names):
                continue  # 'Mubarak is attending his first summit': his own
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "poss" and head is trigger):
                target = agents if child.dep_ == "poss" and not agents else others
                target += _outside_other_scenes(index, child, subject_names, trigger)
                if target is others and child.dep_ == "dobj":  # 'A in X, and B in Y'
                    added = _coordinated_others(
                        index, child, head, subject_names, trigger
                    )
                    others += added
                    coordinated += added
            elif (
                child.dep_ == "prep"
                and child.lower_ == "of"
                and head is trigger
                and (trigger.lemma_.lower() in lexicon().triggers["visit_nouns"])
            ):
                for pobj in child.children:  # "the visit of President Xi to Ahmedabad"
                    agents = persons_under(index, pobj) + agents
            elif child.dep_ == "prep" and child.lower_ in COUNTERPART_PREPS:
                for pobj in child.children:
                    others += _outside_other_scenes(index, pobj, subject_names, trigger)
                added = _coordinated_others(  # '… and with B'
                    index, child, head, subject_names, trigger
                )
                others += added
                coordinated += added
            elif child.dep_ in ("compound", "nmod") and head is trigger:
                others += persons_under(index, child)
        others += format_partners(index, head)  # 'in a lunch format with X
        if trigger_kind(trigger) == "meeting":  # 'met in Riga, Latvia with X'
            for prep in place_hung_with(head):
                for pobj in prep.children:
                    others += _outside_other_scenes(index, pobj, subject_names, trigger)
    others += _relative_clause_people(index, verb, agents, others)
    if not others and verb.pos_ == "VERB":  # 'welcomed his first leader – X'
        others += named_after_dash(index, verb)
    travellers = _by_travellers(index, trigger)
    if travellers:  # 'criticized the visit to Brazil by Rice': Rice's trip only
        agents = travellers
    others += _included(index, trigger, subject_names)
    others += call_partners(index, trigger)  # 'a courtesy call on / from X'
    others += inaugurated(index, trigger)  # 'attended the inauguration of X'
    talks = talk_partner_phrases(trigger) if talk_on_a_trip(trigger) else []
    if trigger.lemma_.lower() in lexicon().triggers["visit_verbs"]:
        talks += [  # 'visit Cuba to discuss relations with Castro': the 'with' hung
            c  # on the talk's object (one on the talk itself is read already)
            for t in purpose_talks(trigger)
            for c in talk_partner_phrases(t)
            if c.head.i != t.i
        ]
    others += [p for c in talks for p in persons_under(index, c)]
    told = trip_clause(trigger)
    if told is not None and not agents:  # 'the visit that I had in Israel'
        agents = [p for s in subjects(told) for p in persons_under(index, s)]
    if not agents and verb.pos_ in ("VERB", "AUX") and _own_verb(trigger, verb):
        agents = implicit_agent(index, verb)
    if not agents and others and verb.pos_ == "VERB":
        agents = _fronted_person(index, verb, others)
    owners = [
        p
        for c in trigger.children
        if c.dep_ == "poss" and verb is not trigger
        for p in persons_under(index, c)
    ]
    if owners:  # 'Lavrov discussed Putin's meeting with X': Putin's, not Lavrov's
        others = [p for p in others if p not in owners]
        agents = owners + (agents if _joins(verb) else [])
    agents += _at_the_table(index, trigger, verb, subject_names)
    agents = unique_people(agents)
    if coordinated and any(p not in coordinated for p in agents):
        # 'Macron met with the leaders of the region, Merkel, Rutte and Michel':
        # the parser hangs the list on the subject; they are whom the subject met
        agents = [p for p in agents if p not in coordinated]
    others = [p for p in unique_people(others) if p not in agents]
    return agents, others


def _at_the_table(
    index: DocIndex, trigger: Token, verb: Token, subject_names: tuple[str, ...]
) -> list[Participant]:
    """'A, B and C took part in the meeting, along with D and E': the people of
    'along with' / 'together with' on a meeting's verb sit at the table with its
    subject, one gathering (rule 2); on a trip verb they are companions, and no
    one is added."""
    if trigger_kind(trigger) != "meeting":
        return []
    return [
        p
        for w in alongside_people(verb)
        for p in persons_under(index, w, exclude=subject_names)
    ]


def _owned_phrase(
    index: DocIndex, trigger: Token, verb: Token, read: list[Token]
) -> bool:
    """'Abe welcomed the visit of X … a year after Prime Minister Abe's visit to
    Portugal' (real 070), 'President Karzai's visit is the first since bin Laden
    was killed' (held-out6 013), 'his meeting with X led to …': a meeting or trip
    noun with its owner states its own people. The clause's subject and objects
    are then the phrase itself or of another event: read as the phrase's, they
    made the owner meet the clause's people or took the counterpart for the
    agent. A pronoun owner of a phrase that is no subject ('Trump cancelled his
    meeting with Kim') is the subject's own and keeps it; a joining verb ('took
    part in X's talks') adds its subject."""
    if verb is trigger or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    owners = [c for c in trigger.children if c.dep_ == "poss"]
    if not owners or not any(persons_under(index, o) for o in owners):
        return False  # 'Japan's talks with X': no one owns them
    if any(t.i == trigger.i for t in read):
        return True
    return all(o.tag_ != "PRP$" for o in owners) and not _joins(verb)


def _subjects_own(
    index: DocIndex,
    child: Token,
    head: Token,
    trigger: Token,
    subjects: tuple[str, ...],
) -> bool:
    """'Egyptian President Mubarak is attending his first African summit', 'Abe made
    his first visit to Kenya': a possessive pronoun on the trigger of a clause with a
    subject is that subject's. Read as a reference, it found a person of an earlier
    sentence and made a meeting of the two (held-out3 001); one it finds in the
    sentence itself ('meeting Abe again since his visit to Japan') is kept."""
    if not subjects or head is not trigger or child.dep_ != "poss":
        return False
    if child.tag_ != "PRP$":
        return False
    found = persons_under(index, child, exclude=subjects)
    if not found:
        return True  # nobody else to find: no scan of the document's people
    sent = trigger.sent
    here = {m.participant.name for m in index.mentions_in(sent.start, sent.end)}
    return not any(p.name in here for p in found)


def _relative_clause_people(
    index: DocIndex,
    verb: Token,
    agents: list[Participant],
    others: list[Participant],
) -> list[Participant]:
    """'Boutros-Ghali, who met North Korean founder Kim Il-sung in Pyongyang': the
    head of the relative clause is its subject (`persons_under` no longer reaches
    into the clause), and the people the clause names are whom it met, also where
    the parser hung the name where no object reading finds it."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ != "PERSON":
        return []
    found = [
        index.person_at[t.i].participant for t in verb.subtree if t.i in index.person_at
    ]
    return [p for p in unique_people(found) if p not in agents and p not in others]


def _by_travellers(index: DocIndex, trigger: Token) -> list[Participant]:
    """'the current visit to Brazil by Secretary Rice', 'the first visit to Japan by
    a Portuguese Prime Minister': a trip noun's 'by' phrase names who travels, also
    when the parser hangs it on the destination or on the verb."""
    if trigger.pos_ not in ("NOUN", "PROPN") and not _heading_noun(trigger):
        return []
    if trigger.lemma_.lower() not in lexicon().triggers["visit_nouns"]:
        return []
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    verb = trigger.head
    if trigger.dep_ == "dobj" and verb.lemma_.lower() in _RECEIVING:
        return []  # 'able to welcome the second visit to Japan by a King': the host's
    if trigger.dep_ == "dobj" and not any(
        c.dep_ in ("auxpass", "nsubjpass") for c in verb.children
    ):  # 'criticized the visit to Brazil by Rice': on the active verb
        preps += [c for c in verb.children if c.dep_ == "prep"]
    places = [g for c in preps if c.lower_ == "to" for g in c.children]
    places += [c for g in places for c in g.conjuncts]
    return [
        p
        for h in (*preps, *(c for g in places for c in g.children))
        if h.dep_ == "prep" and h.lower_ == "by"
        for c in h.children
        if c.dep_ == "pobj"
        for p in persons_under(index, c)
    ]


def _heading_noun(trigger: Token) -> bool:
    """'2. Visit to Japan by Prime Minister John Howard': a numbered agenda line
    whose first word the parser reads as an imperative verb; with no subject and
    a 'by' phrase it is the trip noun of a heading."""
    return (
        trigger.tag_ == "VB"
        and trigger.dep_ == "ROOT"
        and not any(c.dep_ in ("nsubj", "aux", "dobj") for c in trigger.children)
        and any(c.dep_ == "prep" and c.lower_ == "by" for c in trigger.children)
    )


def prepared_for(trigger: Token) -> bool:
    """'in preparation for the summit', 'preparing Trump for the meeting', 'laid the
    groundwork for the talks': a meeting noun as the goal of preparing
    (`triggers.json: preparing_words`)."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in ("for", "of"):
        return False
    words = lexicon().triggers["preparing_words"]
    return prep.head.lemma_.lower() in words or prep.head.lower_ in words


def _prepared(trigger: Token) -> list[Token]:
    """Who is being prepared for the meeting ('preparing Trump for the meeting'):
    the object of the preparing verb, a participant."""
    verb = trigger.head.head
    if verb.pos_ != "VERB":
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def _coordinated_others(
    index: DocIndex,
    phrase: Token,
    head: Token,
    exclude: tuple[str, ...],
    trigger: Token,
) -> list[Participant]:
    """The people of the phrases coordinated with a counterpart `phrase` ('… and
    with B', 'A in X, and B in Y'), read as `phrase` itself is."""
    return [
        who
        for more in coordinated_phrases(phrase, head)
        for who in _outside_other_scenes(index, more, exclude, trigger)
    ]


def _outside_other_scenes(
    index: DocIndex, phrase: Token, exclude: tuple[str, ...], trigger: Token
) -> list[Participant]:
    """The people under an object or a counterpart phrase, without those of a
    'where' clause on it: 'a visit to Robben Island, where Mr. Mandela was jailed' —
    they are of another scene (it has its own trigger when it tells a meeting), not
    the visit's counterparts; nor those of a clause dating by another occasion
    ('the first since bin Laden was killed', `anchors.py`)."""
    aside = {
        p.name
        for clause in phrase.subtree
        if where_clause(clause) or (anchor_head(clause) and not _holds(clause, trigger))
        for p in persons_under(index, clause)
    }
    return [
        p for p in persons_under(index, phrase, exclude=exclude) if p.name not in aside
    ]


def _holds(phrase: Token, token: Token) -> bool:
    """`token` lies in `phrase`'s subtree (by position: a subtree is contiguous)."""
    return phrase.left_edge.i <= token.i <= phrase.right_edge.i


def _joins(verb: Token) -> bool:
    """'will participate in the President's meeting', 'took part in': the subject
    joins the owner's event (`triggers.json: joining_verbs`)."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.lower_ == "part" for c in verb.children)
    return lemma in lexicon().triggers["joining_verbs"]


def _included(
    index: DocIndex, trigger: Token, exclude: tuple[str, ...]
) -> list[Participant]:
    """'several bilateral meetings, including with President Lee' / '…, including
    President Zelensky': the people singled out of a meeting noun's list."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return []
    heads = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
    out: list[Participant] = []
    for child in (c for h in heads for c in h.children):
        if child.lower_ != "including":
            continue
        for arg in child.children:
            if arg.dep_ == "pobj" or (
                arg.dep_ == "prep" and arg.lower_ in COUNTERPART_PREPS
            ):
                out += persons_under(index, arg, exclude=exclude)
    return out


def _fronted_person(
    index: DocIndex, verb: Token, others: list[Participant]
) -> list[Participant]:
    """'Mr. Shinzo Abe, Prime Minister of Japan, who is attending …, held a summit
    meeting with …': when the parse of a long sentence loses the subject, the first
    person named before the verb, outside any prepositional phrase, is it."""
    if any(c.dep_ in SUBJECT_DEPS and c.lower_ in PRONOUNS for c in verb.children):
        return []
    for mention in index.mentions_in(verb.sent.start, verb.i):
        token = index.doc[mention.start : mention.end].root
        if any(a.dep_ == "pobj" for a in (token, *token.ancestors) if a.i < verb.i):
            continue
        if mention.participant not in others:
            return [mention.participant]
    return []
