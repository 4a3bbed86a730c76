"""Trips counted, not told: "has made eight foreign trips to 18 countries", "the
number of visits per country where X travelled are:", "has undertaken a number of
state visits". A tally of a leader's trips (the summary line of a Wikipedia trip
list, a biography's sum) names no one trip, however many places it lists (SCHEMA.md
rule 3: vague collective statements are not annotated); the trips themselves are
told elsewhere, row by row. Counts: `counts.py` (`patterns/counts.json`)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.counts import count_head, many
from summitwatch.nlp.lexicon import word_set


def counted_trip(trigger: Token) -> bool:
    """The trigger is a counted plural trip noun, or sits inside one's phrase ('the
    number of visits per country where X travelled': the verb tells the tally), or
    a travel verb counted in times ('had visited China four times since March')."""
    return counted_in_times(trigger) or any(
        _tallied(t) for t in (trigger, *trigger.ancestors)
    )


def counted_in_times(verb: Token) -> bool:
    """'visited the Bahamas five times', 'we met five times last year': a verb
    counted in times is a tally, unless the occasions carry their dates. Also the
    meetings' (`counted_meetings`)."""
    if verb.pos_ != "VERB":
        return False
    counted = any(
        c.dep_ in ("npadvmod", "advmod")
        and c.lemma_.lower() in word_set("counts.json", "times_nouns")
        and any(n.dep_ == "nummod" and many(n) for n in c.children)
        for c in verb.children
    )
    return counted and not _dated_clause(verb)


def _tallied(word: Token) -> bool:
    """A plural trip noun with a count of two or more, or under a tally head
    ('a number of visits', 'a number of visits as well as trips')."""
    if word.tag_ != "NNS" or word.lemma_.lower() not in word_set(
        "triggers.json", "visit_nouns"
    ):
        return False
    if _dated(word):
        return False  # 'his two visits to Pyongyang, in 2000 and 2005': each told
    if any(c.dep_ in ("nummod", "amod") and many(c) for c in word.children):
        return True  # 'eight trips', 'several official visits'
    head = word.head
    if (
        word.dep_ == "conj"
    ):  # '… visits as well as trips', 'a number of … as well as trips'
        return count_head(head) or _tallied(head)
    return word.dep_ == "pobj" and head.lower_ == "of" and count_head(head.head)


def _dated(word: Token) -> bool:
    """The counted trips carry their own dates ('made two visits to Japan, in
    November 2005 and July 2008'): they are told, one by one. A date of another
    clause ('since he took office on January 20, 2017') dates the tally's span."""
    if any(_a_date(t) for t in word.subtree):
        return True
    verb = word.head
    if word.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and verb.pos_ == "VERB":
        return _dated_clause(verb, after=word.i)
    return False


def _dated_clause(verb: Token, after: int = -1) -> bool:
    """A date with a number among the verb's own phrases ('in 2002 and 2004'),
    those after token `after` only when given."""
    return any(
        _a_date(t)
        for c in verb.children
        if c.dep_ in ("prep", "npadvmod") and c.i > after
        for t in c.subtree
    )


def _a_date(token: Token) -> bool:
    return token.ent_type_ == "DATE" and token.like_num
