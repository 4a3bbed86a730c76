"""Meetings told by their count, not one meeting (SCHEMA.md rule 3: vague collective
statements are not annotated): 'between 1985 and 1990, a series of bilateral
conferences were held between A and Presidents B and C', 'held three summits between
1985 and 1988', 'we met five times last year' (a meeting verb counted in times: Kremlin
real 537, own 031 'has met Xi five times'), unless all on one day ('met three times
throughout the day'). The trips' twin is `tallies.counted_trip`. Such a sentence names
no place or day of its own, so the sentence reader would lend it the frame's. Words:
`patterns/counted_meetings.json`; counts: `counts.py`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.nlp.counts import count_head, number, quantifier
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import PLACE_LABELS
from summitwatch.nlp.tallies import counted_in_times


@cache
def _words() -> dict:
    return load_patterns("counted_meetings.json")


def counted_meetings(trigger: Token) -> bool:
    """A plural meeting noun that is counted ('a series of bilateral conferences',
    'several summits', 'three summits'), or a meeting verb whose subject or object
    is one ('a series of conferences were held between A and B'), or a meeting verb
    counted in times over more than a day ('we met five times last year')."""
    if trigger.pos_ in ("VERB", "AUX"):
        if counted_in_times(trigger) and not _within_a_day(trigger):
            return True
        return any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj")
            and c.lemma_.lower() in word_set("triggers.json", "meeting_nouns")
            and _counted_meetings(c)
            for c in trigger.children
        )
    return _counted_meetings(trigger)


def _counted_meetings(noun: Token) -> bool:
    """Talks are plural whatever their number: 'after a series of talks between
    Ford and Gromyko' is their meeting; and meetings held at a place named with them
    are one occasion: 'a series of meetings by the two leaders over three days in the
    Bahamas' is the Nassau conference."""
    if noun.lower_ in _words()["plural_only"] or not _counted_plural(noun):
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        scope = noun.head.head.subtree  # 'a series of meetings … in the Bahamas'
    elif noun.dep_ in ("nsubj", "nsubjpass", "dobj"):
        scope = noun.head.subtree  # 'three summits were held in Geneva'
    else:
        scope = noun.subtree
    return not any(
        t.dep_ == "prep"
        and t.lower_ in _words()["place_preps"]
        and any(g.ent_type_ in PLACE_LABELS for g in t.subtree)
        for t in scope
    )


def _counted_plural(noun: Token) -> bool:
    """'three summits', 'several meetings', 'a series of conferences'; not one of
    them singled out ('several bilateral meetings, including with X')."""
    if noun.tag_ != "NNS":
        return False
    words = _words()
    if any(c.lower_ in words["singling_out"] for c in noun.children):
        return False
    for child in noun.children:
        if child.dep_ == "nummod" and number(child) >= 2:
            return True
        if child.dep_ in ("amod", "det") and quantifier(child):
            return True
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and (
            count_head(head.head)
            or head.head.lemma_.lower() in words["meeting_count_heads"]
        )
    )


def _within_a_day(verb: Token) -> bool:
    """'met three times throughout the day': the count is of one day's encounters,
    one occasion, not a tally."""
    return any(
        t.lemma_.lower() in _words()["one_day_words"]
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
    )
