"""Who takes part in an event: the agents and counterparts of a trigger, the inviter
and the invited, a delegation's members, the implicit agent of a readout."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import (
    COUNTERPART_PREPS,
    OBJECT_DEPS,
    SUBJECT_DEPS,
    DocIndex,
)
from summitwatch.nlp.groups import format_partners, leaders_of
from summitwatch.nlp.lexicon import lexicon, load_patterns
from summitwatch.nlp.mentions import (
    PRONOUNS,
    description_country,
)
from summitwatch.nlp.speakers import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SECOND_PERSON,
    we_without_you,
)
from summitwatch.nlp.status import trip_clause
from summitwatch.nlp.time_clause import time_clause


def governing_verb(trigger: Token) -> Token:
    token = trigger
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return trigger if trigger.pos_ in ("VERB", "AUX") else token


_FLOATING = {"both", "all", "each"}  # quantifiers floated off the subject
_OBJECT_CONTROL = {
    "invite",
    "ask",
    "urge",
    "allow",
    "persuade",
    "encourage",
    "welcome",
    "request",
    "tell",
    "help",
    "enable",
    "expect",
    "want",
    "permit",
}


def subjects(verb: Token) -> list[Token]:
    if verb.dep_ == "amod" and verb.tag_ == "VBG":
        return [verb.head]  # "talks with visiting Secretary of State Clinton"
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(found) > 1:  # 'two presidents, Nixon and Ford, both went': 'both' is
        found = [c for c in found if c.lower_ not in _FLOATING] or found  # theirs
    if verb.dep_ == "relcl" and found and all(t.tag_ in ("WDT", "WP") for t in found):
        return [verb.head]  # "Kim's itinerary, which included…": the itinerary
    if (
        not found
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _OBJECT_CONTROL
    ):
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            return objects
    if not found and verb.dep_ == "conj" and _in_parentheses(verb.head):
        before = _verb_before_parenthesis(verb.head)
        if before is not None:
            return subjects(before)
    if (
        not found
        and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl")
        and (verb.head is not verb)
    ):
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            above = verb.head.head  # 'I looked forward to having discussions'
            return subjects(above) if above.pos_ in ("VERB", "AUX") else []
        if verb.dep_ == "acl" and _occasion(verb.head):
            return subjects(verb.head.head)  # 'I had the opportunity to meet X'
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [verb.head]
        return subjects(verb.head) if verb.head.pos_ in ("VERB", "AUX") else []
    if not found and verb.dep_ == "relcl":
        return [verb.head]
    return found


def _occasion(noun: Token) -> bool:
    """'had the opportunity to meet', 'took the chance to visit': the occasion is
    the object of a verb whose subject is the one who met (`speakers.json:
    occasion_nouns`)."""
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in load_patterns("speakers.json")["occasion_nouns"]
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _in_parentheses(token: Token) -> bool:
    sent = token.sent
    opened = [t.i for t in sent if t.text == "(" and t.i < token.i]
    closed = [t.i for t in sent if t.text == ")" and t.i < token.i]
    return bool(opened) and (not closed or max(closed) < max(opened))


def _verb_before_parenthesis(token: Token) -> Token | None:
    """A parenthesis cannot be coordinated with: the verb before it is the real one."""
    sent = token.sent
    opening = max(t.i for t in sent if t.text == "(" and t.i < token.i)
    for t in reversed(sent.doc[sent.start : opening]):
        if t.pos_ == "VERB":
            return t
    return None


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def persons_under(
    index: DocIndex,
    token: Token,
    *,
    skip: Token | None = None,
    exclude: tuple[str, ...] = (),
) -> list[Participant]:
    """People named in `token`'s subtree, plus a pronoun or description at its head."""
    out: list[Participant] = []
    for head in _conjuncts(token):
        out.extend(_reference(index, head, exclude))
    for t in _subtree_without_possessors(token):
        if skip is not None and t.i == skip.i:
            continue
        mention = index.person_at.get(t.i)
        if mention and mention.participant not in out:
            out.append(mention.participant)
    return _unique(out)


def _subtree_without_possessors(token: Token) -> list[Token]:
    """'Kim's envoy Choe': Choe is the argument, Kim only qualifies him."""
    out = [token]
    for child in token.children:
        if child.dep_ == "poss" and child.i not in range(*_ent_bounds(token)):
            continue
        out.extend(_subtree_without_possessors(child))
    return out


def _ent_bounds(token: Token) -> tuple[int, int]:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start, ent.end
    return token.i, token.i + 1


def _reference(
    index: DocIndex, head: Token, exclude: tuple[str, ...] = ()
) -> list[Participant]:
    if head.i in index.person_at:
        return []
    if _the_two(head):
        return index.last_two(head)
    if head.lower_ in _PERSONAL and head.tag_ in ("PRP", "PRP$"):
        if index.turns and we_without_you(head):  # 'we met with <someone else>'
            return index.turns.resolve("i", head.i)
        return index.turns.resolve(head.lower_, head.i) if index.turns else []
    if head.lower_ in PRONOUNS and head.tag_ in ("PRP", "PRP$"):
        who = _cataphor(index, head) or index.antecedent(head, exclude)
        return [who] if who else []
    relations = lexicon().triggers["relation_words"]
    if head.lemma_.lower() in relations:
        named = _named_before(index, head)
        if named is not None:  # 'My grandfather, X, …' then 'my grandfather'
            return [named]
        anchors = [c for c in head.children if c.dep_ == "poss"]
        for anchor in anchors:
            base = _reference(index, anchor) or [
                m.participant
                for i in range(anchor.i, anchor.i + 1)
                if (m := index.person_at.get(i))
            ]
            if base:
                who = index.resolver.relative(base[0], relations[head.lemma_.lower()])
                return [who] if who else []
    if _bare_title(head) and index.home:  # White House readouts: "The President"
        who = index.resolver.country_leader(index.home, index.on)
        return [who] if who else []
    if group := leaders_of(index, head):  # 'the leaders of A and B'
        return group
    code = description_country(head, index.kb) if head.pos_ == "NOUN" else None
    if code:
        who = index.resolver.country_leader(code, index.on)
        return [who] if who else []
    return []


def _named_before(index: DocIndex, head: Token) -> Participant | None:
    """A relation the text named once in apposition ('My grandfather, Nobusuke
    Kishi, made efforts …') is that person when it comes back ('a meal with my
    grandfather')."""
    poss = [c.lower_ for c in head.children if c.dep_ == "poss"]
    for mention in reversed(index.persons):
        root = index.doc[mention.start : mention.end].root
        noun = root.head
        if mention.start >= head.i or root.dep_ != "appos" or noun.i == head.i:
            continue
        same_poss = [c.lower_ for c in noun.children if c.dep_ == "poss"] == poss
        if noun.lemma_.lower() == head.lemma_.lower() and same_poss:
            return mention.participant
    return None


def _cataphor(index: DocIndex, pronoun: Token) -> Participant | None:
    """'Following his meeting with Mugabe, the South African president said …':
    a possessive in a phrase fronted before the subject refers ahead to it, and so
    does the subject of a fronted time clause ('When he meets Kishida, Biden will
    …')."""
    fronted_subject = (
        pronoun.dep_ == "nsubj"
        and pronoun.head.dep_ == "advcl"
        and pronoun.head.head.i == pronoun.sent.root.i
        and time_clause(pronoun.head)
    )
    if pronoun.tag_ != "PRP$" and not fronted_subject:
        return None
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or pronoun.i >= subject.left_edge.i:
        return None
    if not any(a.i == root.i for a in pronoun.ancestors):
        return None
    people = persons_under(index, subject)
    return people[0] if len(people) == 1 else None


def _bare_title(head: Token) -> bool:
    """'The President' with a capital and nothing else: the writing office's own."""
    return (
        head.lower_ == "president"
        and head.text[0].isupper()
        and not head.ent_type_  # not part of a name
        and [c.lower_ for c in head.children] == ["the"]
    )


_PERSONAL = FIRST_PERSON | SECOND_PERSON | FIRST_PLURAL
_EXPLETIVE = frozenset({"it", "this", "that", "there"})


def implicit_agent(index: DocIndex, verb: Token) -> list[Participant]:
    """The unstated subject of an infinitive or an imperative: 'I am pleased to
    welcome you' (I), 'Phuc stated that it was an honour to meet Abe' (Phuc), and in
    a speaker's turn 'It is a pleasure to welcome you to Tokyo', 'Welcome to
    Moscow' (the speaker)."""
    if any(
        c.dep_ in SUBJECT_DEPS and c.lower_ not in _EXPLETIVE for c in verb.children
    ):
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return _author(index, verb.head)  # "a letter from her brother inviting Moon"
    token = verb
    for _ in range(4):
        if token.head is token:
            break
        if token.dep_ == "pcomp" and token.head.lower_ in ("from", "by"):
            sender = [
                p
                for c in token.head.children
                if c.dep_ == "pobj"
                for p in persons_under(index, c)
            ]
            if sender:  # "a letter from Kim inviting Moon", parsed flat
                return sender
        if token.dep_ == "pcomp" and token.head.lower_ == "for":
            thanked = _thanked(token.head.head)
            if thanked is not None:  # "thank you for coming": the one thanked
                return persons_under(index, thanked)
        token = token.head
        subject = [
            c
            for c in token.children
            if c.dep_ in SUBJECT_DEPS and c.lower_ not in _EXPLETIVE
        ]
        if subject:
            return persons_under(index, subject[0])
    turn = index.turns.at(verb.i) if index.turns else None
    return [turn.speaker] if turn and turn.speaker else []


def _author(index: DocIndex, noun: Token) -> list[Participant]:
    """Who a noun stands for as an actor: a person named there, or the sender in
    'a letter / message from X'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return [p for g in child.children for p in persons_under(index, g)]
    return [m.participant for i in (noun.i,) if (m := index.person_at.get(i))]


_THANKING = frozenset(
    "thank congratulate praise commend applaud salute credit blame".split()
)


def _thanked(verb: Token) -> Token | None:
    """The object of 'thank X for …', whom the '…' is about."""
    if verb.lemma_.lower() not in _THANKING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)


_PAIR_NOUNS = {
    "leader",
    "man",
    "president",
    "side",
    "head",
    "counterpart",
    "statesman",
    "leaders",
    "men",
    "presidents",
    "sides",
    "heads",
    "counterparts",
}


def _the_two(head: Token) -> bool:
    """'the two leaders', 'both men', and 'they' (checked against the text later)."""
    if head.lower_ in ("they", "them") and head.tag_ == "PRP":
        return True
    if any(c.dep_ == "appos" for c in head.children):
        return False  # 'two previous American presidents, Nixon and Ford': named
    if head.lower_ == "their" and head.dep_ == "poss":  # 'their first summit was …'
        return _their_summit_was(head.head)
    return head.lemma_.lower() in _PAIR_NOUNS and any(
        c.lower_ in ("two", "both") for c in head.children
    )


def _their_summit_was(noun: Token) -> bool:
    """'their first summit was in Bonn', 'their last meeting had been held in
    Paris': a summit or meeting the pair's own, as the subject of its clause —
    not 'their talks' or 'their negotiations', what two sides do."""
    return noun.lemma_.lower() in ("summit", "meeting") and noun.dep_ in (
        "nsubj",
        "nsubjpass",
    )


def _unique(people: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out = []
    for p in people:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out


_ANSWERS = lexicon().triggers
DECLINING = frozenset(_ANSWERS["declining_lemmas"])
ACCEPTING = frozenset(_ANSWERS["accepting_lemmas"])
# whose subject is the one invited: 'received an invitation', 'declined it'
HOLDING = frozenset(_ANSWERS["holding_verbs"])  # 'received an invitation'
_RECEIVING = HOLDING | frozenset(_ANSWERS["invitee_verbs"]) | DECLINING | ACCEPTING


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
    occasion = occasion_verb(trigger)
    at_invitation = occasion is not None
    verb = occasion or verb
    for child in verb.children:
        if child.i == trigger.i:
            continue
        if child.dep_ == "nsubjpass":
            invitees += persons_under(index, child)
        elif child.dep_ == "nsubj" and at_invitation:  # "X came at Putin's invitation"
            invitees += persons_under(index, child)
        elif child.dep_ == "nsubj" and not _stance(verb):
            inviters += _named_as(index, child)
        elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "from"):
            for pobj in child.children:
                inviters += persons_under(index, pobj)
        elif child.dep_ in ("dobj", "dative") or (
            child.dep_ == "prep"
            and child.lower_ in ("to", "for")
            and verb is not trigger
        ):
            invitees += persons_under(index, child)
    if verb is not trigger and verb.lemma_.lower() in _RECEIVING and not at_invitation:
        inviters, invitees = invitees, inviters
        if not invitees:  # "thank you for accepting our invitation"
            invitees = implicit_agent(index, verb)
    for rel in trigger.children:  # "an invitation he received"
        if rel.dep_ == "relcl" and rel.lemma_.lower() in _RECEIVING:
            for subj in rel.children:
                if subj.dep_ == "nsubj":
                    invitees += persons_under(index, subj)
    if verb is trigger and not inviters and not passive and not _stance(verb):
        inviters = implicit_agent(index, verb)  # "thank Obama for inviting me"
    if verb is not trigger:  # the noun 'invitation'
        for child in trigger.children:
            if child.dep_ == "poss" and child.lower_ in FIRST_PLURAL and index.turns:
                inviters += index.turns.resolve("i", child.i)  # "our invitation"
            elif child.dep_ == "poss":  # "Sirisena accepted his invitation": not
                guests = tuple(p.name for p in invitees)  # Sirisena's own
                inviters += persons_under(index, child, exclude=guests)
            elif child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    inviters += persons_under(index, pobj)
            elif child.dep_ == "prep" and child.lower_ in ("to", "for"):
                for pobj in child.children:
                    invitees += persons_under(index, pobj)
    invitees = [p for p in _unique(invitees) if p not in inviters]
    return _unique(inviters), invitees


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


_OCCASION_PREPS = frozenset(load_patterns("readouts.json")["invitation_occasions"])


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
    stance = set(load_patterns("readouts.json")["stance_verbs"])
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
    if word.lemma_.lower() in _THANKING:
        thanked = _thanked(word)
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
    return word in _THANKING or word in _GRATITUDE


_LIGHT_VERBS = frozenset("hold have pay make conduct attend".split())


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
    return _unique(
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
    return _unique(
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
    for subj in _prepared(trigger) if preparing else subjects(verb):
        agents += persons_under(index, subj)
        if subj.lemma_.lower() in lexicon().triggers["visit_nouns"]:
            for owner in (c for c in subj.children if c.dep_ == "poss"):
                agents += persons_under(index, owner)  # "Kim's itinerary included…"
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                agents += persons_under(index, pobj)
    heads = [verb] if verb is trigger else [verb, trigger]
    subject_names = tuple(p.name for p in agents)
    for head in heads:
        for child in head.children:
            if child.dep_ in OBJECT_DEPS or (child.dep_ == "poss" and head is trigger):
                target = agents if child.dep_ == "poss" and not agents else others
                target += _outside_where_clause(index, child, subject_names)
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
                    others += _outside_where_clause(index, pobj, subject_names)
            elif child.dep_ in ("compound", "nmod") and head is trigger:
                others += persons_under(index, child)
        others += format_partners(index, head)  # 'in a lunch format with X
    others += _included(index, trigger, subject_names)
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
    agents = _unique(agents)
    others = [p for p in _unique(others) if p not in agents]
    return agents, others


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


def _outside_where_clause(
    index: DocIndex, phrase: Token, exclude: tuple[str, ...]
) -> list[Participant]:
    """The people under an object or a counterpart phrase, without those of a
    'where' clause on it: 'a visit to Robben Island, where Mr. Mandela was jailed' —
    they are of another scene (it has its own trigger when it tells a meeting), not
    the visit's counterparts."""
    aside = {
        p.name
        for clause in phrase.subtree
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)
        for p in persons_under(index, clause)
    }
    return [
        p for p in persons_under(index, phrase, exclude=exclude) if p.name not in aside
    ]


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
    for mention in index.persons:
        if not verb.sent.start <= mention.start < verb.i:
            continue
        token = index.doc[mention.start : mention.end].root
        if any(a.dep_ == "pobj" for a in (token, *token.ancestors) if a.i < verb.i):
            continue
        if mention.participant not in others:
            return [mention.participant]
    return []
