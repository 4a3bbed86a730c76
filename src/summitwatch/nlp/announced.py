"""Announced events in news: a bare weekday under a present clause is the coming
one ('Rice travels to Kenya on Monday', 'his Sunday meeting with President Bush
is sure to focus on …'): a report says 'on Monday' of a past day only with a past
verb, so a present one looks ahead to the schedule (SCHEMA.md rule 6, resolved
against the publication date)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.nlp.clause_subjects import has_finite_verb, to_infinitive
from summitwatch.nlp.dates import WEEKDAYS
from summitwatch.nlp.lexicon import load_patterns, word_set

_PRESENT_BE = {"is", "are", "am", "'s", "'re"}


def bare_weekday(span: Span) -> bool:
    """'Monday', 'on Sunday', 'Friday morning': a weekday alone, no month or day
    of the month that would date it outright, nor a possessive ('Monday's talks')."""
    words = [t.lower_ for t in span if not t.is_punct]
    extra = word_set("announced.json", "day_parts")
    if not any(w in WEEKDAYS for w in words):
        return False
    if span.end < len(span.doc) and span.doc[span.end].tag_ == "POS":
        return False
    return all(w in WEEKDAYS or w in extra for w in words)


def present_schedule(verb: Token) -> bool:
    """A present simple ('travels', 'is') or present progressive ('is meeting')
    clause: with a bare weekday, the schedule of the coming days."""
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBG" and bool(aux & _PRESENT_BE)


def dated_relative_clause(token: Token, trigger: Token) -> bool:
    """'… the visit of President Komorowski, whom he welcomed to the Oval Office in
    December 2010, as well as meeting Prime Minister Tusk': a relative clause with a
    date of its own tells another occasion; its place is not the venue of a trigger
    outside it, nor one about a person outside the trigger's phrase."""
    for clause in token.ancestors:
        if clause.dep_ != "relcl":
            continue
        if trigger.i in range(clause.left_edge.i, clause.right_edge.i + 1):
            return False  # the trigger's own clause
        if clause.head in trigger.subtree:
            return False  # 'the visit of X, whom he welcomed to …': that visit's
        return any(t.ent_type_ == "DATE" for t in clause.subtree)
    return False


def repaid_visit(trigger: Token) -> bool:
    """'looks forward to reciprocating the visit of President Komorowski': the visit
    a trip returns, told with its own traveller ('of X', 'X's'), was made already,
    whatever tense the return is in. 'Putin will return the visit' is his trip."""
    head = trigger.head
    own_traveller = any(
        c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of")
        for c in trigger.children
    )
    return (
        trigger.dep_ == "dobj"
        and trigger.pos_ == "NOUN"
        and own_traveller
        and head.lemma_.lower() in word_set("announced.json", "repaying_lemmas")
    )


def headline_infinitive(trigger: Token) -> bool:
    """'Secretary of State Tillerson To Travel to Beijing', 'Obama to Meet with
    Netanyahu': a headline's bare infinitive after its subject, with no finite
    verb in the line, announces the trip; headlines tell past news in the present
    and plans with 'to'. The parse makes the infinitive the root or hangs it on
    the subject ('Obama' ROOT, 'Meet' relcl)."""
    if not to_infinitive(trigger):
        return False
    sent = trigger.sent
    if has_finite_verb(sent):
        return False
    if trigger.dep_ == "ROOT":
        return any(c.dep_ in ("nsubj", "nsubjpass") for c in trigger.children)
    head = trigger.head
    return (
        trigger.dep_ in ("relcl", "acl")
        and head.dep_ == "ROOT"
        and (head.ent_type_ == "PERSON" or head.pos_ == "PROPN")
    )


def prelude_date(span: Span) -> bool:
    """'would discuss … in the lead-up to a March 2023 Summit for Democracy', 'ahead
    of the November summit': the date of an occasion a talk leads up to is that
    occasion's, not the talk's."""
    noun = span.root.head
    if noun.pos_ not in ("NOUN", "PROPN") or span.start <= noun.i < span.end:
        return False
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in ("to", "for", "of"):
        return False
    words = load_patterns("announced.json")["prelude_words"]
    before = prep.doc[max(prep.i - 3, 0) : prep.i].text.lower().replace(" ", "")
    return any(before.endswith(w) for w in words)  # however 'to' was attached


def departed_from(place: Token) -> bool:
    """'Rice is leaving Washington for another Middle East trip. She'll meet …':
    the place a traveller leaves (the object of 'leave', 'from' X) is where the
    trip starts, no venue for the meetings the next sentence tells."""
    leaving = word_set("presence.json", "leaving_lemmas")
    head = place.head
    if place.dep_ == "pobj" and head.lower_ == "from":
        place, head = head, head.head
    return (
        place.dep_ in ("dobj", "prep")
        and head.pos_ == "VERB"
        and head.lemma_.lower() in leaving
    )


def is_to_be(verb: Token) -> bool:
    """'Mr. Abbas and Mr. Sharon are to meet Tuesday': a present 'be' over a
    to-infinitive is the schedule; 'were to meet' is not."""
    return verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP")


def trip_as_topic(trigger: Token) -> bool:
    """'Secretary Tillerson's visit to China reaffirms the Administration's
    commitment …', 'President Hu's visit will highlight …': a trip named by its
    traveller as the subject of a present or future clause is the announced trip
    the statement is about, still ahead; a past clause ('… visit was a success')
    or a date of its own decides otherwise."""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in ("nsubj", "nsubjpass"):
        return False
    if not any(c.dep_ == "poss" for c in trigger.children):
        return False
    verb = trigger.head
    if verb.tag_ not in ("VBZ", "VBP") or verb.lemma_ == "be":
        return False
    return not any(t.ent_type_ in ("DATE", "TIME") for t in trigger.sent)
