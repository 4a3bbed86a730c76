"""Talks told by their topic: 'He and President Bush are expected to discuss trade
issues', 'Obama and Castro talked for an hour'. A talking verb is a meeting when
two or more people are its joint subject; with one subject it is no meeting
('Obama discussed Iran in a speech')."""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import to_infinitive
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.lexicon import event_words, lexicon, word_set

_SUBJECTS = ("nsubj", "nsubjpass")
_PAIR_WORDS = frozenset({"two", "both"})


def joint_talk(verb: Token) -> bool:
    """`verb` is a talking verb (`joint_talk_verbs`) whose subject, or the subject
    of the verbs it is the infinitive of ('are expected to discuss'), is a
    coordination of people or 'the two (leaders)'."""
    if verb.pos_ != "VERB":
        return False
    if verb.lemma_.lower() not in lexicon().triggers["joint_talk_verbs"]:
        return False
    if _about_an_event(verb):
        return False  # 'had talked in March about meeting': the meeting's talk
    token = verb
    for _ in range(3):
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return _joint(subject)
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            return False
        token = token.head
    return False


def _joint(subject: Token) -> bool:
    """'A and B', 'He and President Bush', 'the two leaders', 'both men', and
    'they' after a sentence naming exactly two people ('President Ford and Leonid
    Brezhnev … had several discussions. They discussed SALT II on July 30', real
    219; `DocIndex.last_two` checks the two), told in the simple past."""
    if subject.lower_ in _PAIR_WORDS:
        return True
    if subject.lower_ == "they" and subject.tag_ == "PRP":
        return subject.head.tag_ == "VBD"  # told as held: not 'asked they talk'

    if any(c.lower_ in _PAIR_WORDS for c in subject.children if c.dep_ == "nummod"):
        return True
    conjuncts = [c for c in subject.children if c.dep_ == "conj"]
    people = [subject, *conjuncts]
    return bool(conjuncts) and all(
        t.ent_type_ == "PERSON" or t.tag_ in ("PRP", "NNP") for t in people
    )  # a surname the NER took for a thing ('Macmillan and Dulles') is a name too


def _about_an_event(verb: Token) -> bool:
    """'talked about meeting', 'discussed a visit': the talk is about another
    event, which is read (as a prospect) from its own word."""
    events = event_words()
    topics = [c for c in verb.children if c.dep_ in ("dobj", "prep")]
    return any(t.lemma_.lower() in events for c in topics for t in c.subtree)


def told_done(verb: Token) -> bool:
    """A joint talk in the simple past ('Macmillan and Dulles discussed the British
    plan'): held, whatever 'plan' its topic names — that cue is the topic's."""
    return verb.tag_ == "VBD" and joint_talk(verb)


def talk_topic(verb: Token, i: int) -> bool:
    """Token `i` is in what a joint talk was about ('discussed trade and Taiwan',
    'talked about Ukraine'): a topic, not where they talked."""
    if not (joint_talk(verb) or talk_on_a_trip(verb)):
        return False
    return any(
        c.left_edge.i <= i <= c.right_edge.i
        for c in verb.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "about")
    )


def talk_on_a_call(verb: Token) -> bool:
    """The joint talk belongs to a call the text reports nearby (a call readout's
    'also discussed …'): a call word in its sentence, the three before it, or the
    text's opening three (`joint_talk_call_words`)."""
    words = word_set("triggers.json", "joint_talk_call_words")
    doc = verb.doc
    sent = verb.sent
    start = window_start(sent, 3)  # the three sentences before
    opening = [s.end for s in islice(doc.sents, 3)][-1]
    return bool(
        with_lower(doc[:opening], words) or with_lower(doc[start : sent.end], words)
    )


def talk_on_a_trip(verb: Token) -> bool:
    """'During his visit to Havana, Chavez plans to discuss energy with Mr. Castro'
    (real 110), 'At 5 p.m., he discussed Berlin with Foreign Secretary Lloyd at the
    Foreign Office' (real 172), 'Eisenhower discussed his upcoming trip with Lord
    Plowden' (heldout3 005): a talking verb with a person 'with' it is a talk face to
    face, told during a trip or with no call near it (`talk_on_a_call`). (A talk that
    is a trip's purpose is the trip's: `purpose_talks`.)"""
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in lexicon().triggers["joint_talk_verbs"]
    ):
        return False
    if not any(_names_someone(c) for c in talk_partner_phrases(verb)):
        return False
    return _during_a_trip(verb) or (_told_as_held(verb) and not talk_on_a_call(verb))


def _told_as_held(verb: Token) -> bool:
    """A talk told as done, in the simple or past perfect, by a subject of its own
    ('At 5 p.m., he discussed Berlin with Lloyd'): not one hoped or planned ('hopes
    to discuss disarmament with Gromyko'), which its status cue alone would not
    keep from reading as held."""
    done = verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.lower_ == "had" for c in verb.children)
    )
    return done and any(c.dep_ in _SUBJECTS for c in verb.children)


def talk_partner_phrases(verb: Token) -> list[Token]:
    """The 'with' phrases of a talking verb, also where the parser hangs them on
    its object ('discuss bilateral relations with Castro', 'discussed Berlin and
    various bilateral subjects with Lloyd')."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    heads = [verb, *objects, *(c for o in objects for c in o.conjuncts)]
    return [
        c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "with"
    ]


def _names_someone(prep: Token) -> bool:
    return any(t.ent_type_ == "PERSON" for t in prep.subtree)


def purpose_talks(trip: Token) -> list[Token]:
    """The talking verbs that are a trip verb's purpose: 'will visit Cuba to discuss
    bilateral relations with Castro' — their 'with' people are the trip's hosts."""
    return [
        c
        for c in trip.children
        if c.dep_ in ("advcl", "xcomp")
        and c.pos_ == "VERB"
        and c.lemma_.lower() in lexicon().triggers["joint_talk_verbs"]
        and to_infinitive(c)
    ]


def _during_a_trip(verb: Token) -> bool:
    """'During his visit to Havana, X plans to discuss …': a 'during' phrase with a
    trip noun on the verb or on the verbs it is the infinitive of."""
    token = verb
    for _ in range(3):
        if any(
            c.dep_ == "prep"
            and c.lower_ == "during"
            and any(
                g.lemma_.lower() in lexicon().triggers["visit_nouns"]
                for g in c.children
            )
            for c in token.children
        ):
            return True
        if token.dep_ not in ("xcomp", "conj") or token.head is token:
            return False
        token = token.head
    return False
