"""The unstated actor of a clause: the subject an infinitive or an imperative
leaves out ('I am pleased to welcome you'), the sender of 'a letter from X
inviting …', the one thanked in 'thank you for coming', the speaker of a turn."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.diary import diary_agent
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under

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
        author = _author(index, verb.head)  # "a letter from her brother inviting"
        if author or not _asked_for(verb.head):
            return author
        # 'Major wrote to the G7, asking for their permission to invite Gorbachev':
        # the one asking for leave to act is the one who acts (real 544)
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
            thanked = thanked_object(token.head.head)
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
    if turn and turn.speaker:
        return [turn.speaker]
    return diary_agent(index, verb)  # 'Met with H.E. X …' in a leader's diary


def _asked_for(noun: Token) -> bool:
    """'asking for permission to invite', 'sought approval to invite': a noun of
    leave whose owner ('their permission') grants it, and does not act."""
    leave = word_set("triggers.json", "leave_nouns")
    return noun.lemma_.lower() in leave and noun.dep_ in ("pobj", "dobj")


def _author(index: DocIndex, noun: Token) -> list[Participant]:
    """Who a noun stands for as an actor: a person named there, or the sender in
    'a letter / message from X'."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("from", "by"):
            return [p for g in child.children for p in persons_under(index, g)]
    return [m.participant for i in (noun.i,) if (m := index.person_at.get(i))]


THANKING = frozenset(
    "thank congratulate praise commend applaud salute credit blame".split()
)


def thanked_object(verb: Token) -> Token | None:
    """The object of 'thank X for …', whom the '…' is about."""
    if verb.lemma_.lower() not in THANKING:
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
