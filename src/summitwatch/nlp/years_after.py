"""An event dated by its distance from another (issue #10, rule 6).

"The talks came nearly three years after Obama visited Ghana" (VOA 2012, held-out3
009), "He arrives at the White House about a year after a state visit by Hu Jintao"
(VOA 2012, project real 082): the earlier event lies that many years before the
clause it is measured from, not on the report's day. The parse hangs the length of
time on the subordinate clause ("years" npadvmod of the verb marked "after") or on
the preposition ("a year after a state visit"). The clause measured from is dated by
its own date in the sentence, else by the publication; approximate, so the year only
(rule 6). "Before" counts the other way.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.dates import counted_span
from summitwatch.nlp.doc_index import DocIndex

_SIGN = {"after": -1, "before": 1}


def distance_dated(index: DocIndex, trigger: Token) -> str | None:
    """The year of `trigger`'s event when it is told as N years after (or before)
    another clause, or as the Nth anniversary of the event; None otherwise, or when
    the event carries its own date."""
    if (year := anniversary_year(index, trigger)) is not None:
        return year
    found = _measured(trigger) or _measured(governing_verb(trigger))
    if found is None:
        return None
    clause, length, sign = found
    counted = counted_span(" ".join(t.text for t in length.subtree))
    if counted is None or counted[1] != "year":
        return None
    inside = {t.i for t in clause.subtree}
    own = inside - {t.i for t in length.subtree}
    around = index.dates_in(clause.left_edge.i, clause.right_edge.i + 1)
    if any(i in own for i, _ in around):
        return None  # 'three years after he visited Ghana in 2009'
    year = _main_year(index, clause, inside)
    return None if year is None else str(year + sign * counted[0])


def anniversary_year(index: DocIndex, trigger: Token) -> str | None:
    """'this year marks … the 55th anniversary of Prime Minister Kishi's visit to
    Mexico' (MOFA 2014): the visit lies that many years before the year the
    anniversary falls in (a date of the sentence outside the phrase, else the
    publication's). Not when the event names its own date ('the 40th anniversary of
    Nixon's 1972 visit')."""
    noun = _anniversary_of(trigger)
    if noun is None:
        return None
    counts = [
        int(m[1])
        for c in noun.children
        if c.dep_ in ("amod", "nummod", "compound")
        and (m := _ORDINAL.fullmatch(c.text.lower()))
    ]
    if not counts:
        return None
    inside = {t.i for t in noun.subtree}
    own = {t.i for t in trigger.subtree}
    if any(
        i in own
        for i, _ in index.dates_in(trigger.left_edge.i, trigger.right_edge.i + 1)
    ):
        return None
    year = _main_year(index, noun, inside)
    return None if year is None else str(year - counts[0])


def _anniversary_of(trigger: Token) -> Token | None:
    """The 'anniversary' whose 'of' phrase holds the trigger noun, also through a
    title the parser hung it on ('of Minister for Foreign Affairs Abe's visit')."""
    if trigger.pos_ != "NOUN":
        return None
    token = trigger
    for _ in range(3):
        if token.dep_ != "pobj":
            return None
        prep, head = token.head, token.head.head
        if prep.lower_ == "of" and head.lemma_.lower() == "anniversary":
            return head
        if head.pos_ != "PROPN":
            return None
        token = head
    return None


_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)")


def _measured(token: Token) -> tuple[Token, Token, int] | None:
    """(the measured clause, its length of time, the sign) of 'N years after
    <clause>' (verb) or 'N years after <trip noun>' (noun)."""
    if token.dep_ == "advcl":
        marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
        holder, clause = token, token
    elif token.dep_ == "pobj" and token.head.dep_ == "prep":
        marks = [token.head.lower_]
        holder, clause = token.head, token.head
    else:
        return None
    sign = next((_SIGN[m] for m in marks if m in _SIGN), 0)
    lengths = [c for c in holder.children if c.dep_ == "npadvmod" and c.ent_type_]
    return (clause, lengths[0], sign) if sign and lengths else None


def _main_year(index: DocIndex, clause: Token, inside: set[int]) -> int | None:
    """The year of the clause measured from: a date of the sentence outside the
    measured one, else the publication's."""
    sent = clause.sent
    for i, value in index.dates_in(sent.start, sent.end, text_order=True):
        if i not in inside:
            return int(value[:4])
    return index.published.year if index.published else None
