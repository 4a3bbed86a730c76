"""Meetings held on a visit, and visits that are no trip (issue #10, readouts).

A summit-meeting release tells what "the two leaders concurred on … during
President X's visit to Japan in November last year": they met on that visit, so
it is their meeting there and then, not only X's trip (SCHEMA rule 1). And "the
two leaders welcomed the continuation of … mutual visits between the two
countries" names no particular trip at all. Words: `patterns/occasions.json`."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.lexicon import lexicon, load_patterns, word_set
from summitwatch.nlp.references import persons_under


@cache
def _words() -> dict:
    return load_patterns("occasions.json")


def left_office(trigger: Token) -> bool:
    """'since Koizumi left office', 'before leaving office': the end of a tenure,
    not a departure on a trip (`occasions.json: tenure_verbs, tenure_objects`)."""
    if trigger.lemma_.lower() not in _words()["tenure_verbs"]:
        return False
    tenure = _words()["tenure_objects"]
    return any(c.dep_ == "dobj" and c.lower_ in tenure for c in trigger.children)


def generic_visits(trigger: Token) -> bool:
    """'mutual visits between the two countries', 'reciprocal visits', 'the
    continuation of high-level … visits': a plural trip noun of no one trip."""
    if trigger.tag_ != "NNS" or trigger.lemma_.lower() not in _visit_nouns():
        return False
    words = _words()
    if any(
        c.dep_ in ("amod", "compound") and c.lower_ in words["generic_visit_modifiers"]
        for c in trigger.children
    ):
        return True
    for prep in (c for c in trigger.children if c.dep_ == "prep"):
        if prep.lower_ in ("between", "among") and any(
            o.lemma_.lower() in words["generic_visit_parties"] for o in prep.children
        ):
            return True
    return False


@cache
def _visit_nouns() -> frozenset[str]:
    return frozenset(lexicon().triggers["visit_nouns"])


def met_on_visits(
    index: DocIndex, sent: Span, found: list[Event], last: Event | None = None
) -> list[Event]:
    """A visit whose noun is the occasion ('during X's visit to Japan', 'on the
    occasion of X's visit') of what the two leaders did in the sentence becomes
    their meeting at the visit's place and time. 'The two leaders' are the two
    people named lately, else the two of the release's meeting read last (`last`),
    else the two leaders the sentence names."""
    if not any(e.type == "visit" for e in found):
        return found
    pair = _the_two_leaders(index, sent, last)
    if len(pair) < 2:
        return found
    visitors = _occasion_visitors(index, sent)
    out: list[Event] = []
    for event in found:
        traveller = event.participants[0] if event.participants else None
        if (
            event.type == "visit"
            and traveller is not None
            and traveller in visitors
            and traveller in pair
            and event.status == "occurred"
        ):
            event = replace(event, type="meeting", participants=list(pair))
        if event not in out:
            out.append(event)
    return out


def _the_two_leaders(
    index: DocIndex, sent: Span, last: Event | None
) -> list[Participant]:
    """The people of a subject 'the two leaders' / 'both leaders' in the sentence."""
    words = _words()
    for token in with_lemma(sent, word_set("occasions.json", "joint_nouns")):
        if token.dep_ not in SUBJECT_DEPS or token.tag_ != "NNS":
            continue
        if token.lemma_.lower() not in words["joint_nouns"]:
            continue
        if not any(c.lower_ in words["joint_determiners"] for c in token.children):
            continue
        people = persons_under(index, token)
        if len(people) >= 2:
            return people
        if last is not None and len(last.participants) == 2:
            return list(last.participants)
        named = _leaders_named_in(index, sent)  # 'Kishida mentioned that the two
        if len(named) == 2:  # leaders concurred … during Khurelsukh's visit'
            return named
    return []


def _leaders_named_in(index: DocIndex, sent: Span) -> list[Participant]:
    named = index.people_in(sent.start, sent.end)
    return [p for _, p in named if index.leads_country(p)]


def _occasion_visitors(index: DocIndex, sent: Span) -> list[Participant]:
    """The owners of the trip nouns the sentence names as its occasion."""
    words = _words()
    out: list[Participant] = []
    for token in with_lemma(sent, _visit_nouns()):
        if token.lemma_.lower() not in _visit_nouns() or token.dep_ != "pobj":
            continue
        prep = token.head
        occasion = prep.lower_ in words["occasion_preps"] or (
            prep.lower_ == "of" and prep.head.lemma_.lower() in words["occasion_nouns"]
        )
        if not occasion:
            continue
        for owner in (c for c in token.children if c.dep_ == "poss"):
            out += persons_under(index, owner)
    return out
