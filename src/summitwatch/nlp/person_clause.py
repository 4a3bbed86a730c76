"""A past relative clause on a person tells that person's own story: in 'the first
meeting between President Obama and Prime Minister Sharif, who was last at the White
House in 1999' the place and year are Sharif's earlier trip, not the meeting's. Read
as the sentence's frame, they placed and dated the meeting there and then, and the
trip they tell was folded into it and lost (fresh VOA pages, session 12, helper
voar13). Only clauses told in the simple past with a date of their own: 'Kishida,
who is visiting Paris this week' and 'Abe, who was in Nairobi' are the frame, and
so is 'Hu, whom he met in Toronto in June 2010' (heldout2 012, real 312: that clause
tells the encounter, or the visit, the sentence is about)."""

from __future__ import annotations

from spacy.tokens import Token


def earlier_occasion(clause: Token) -> bool:
    """A clause told in the simple past with a date of its own ('who visited Paris
    in 1999', 'who was last at the White House in 1999'): an earlier occasion of its
    own, not where or when the sentence's event is ('who was visiting Nairobi'). The
    one test of it, for the clauses here and those of `visiting` (session 12, helper
    review14)."""
    return clause.tag_ == "VBD" and any(t.ent_type_ == "DATE" for t in clause.subtree)


def in_persons_past_clause(token: Token) -> bool:
    """`token` lies in a relative clause told in the past whose head is a person's
    name ('Sharif, who was last at the White House in 1999')."""
    for above in (token, *token.ancestors):
        if above.dep_ == "relcl":
            return (
                above.head.ent_type_ == "PERSON"
                and any(  # 'who visited', not 'whom he met' (an encounter of both)
                    c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                    for c in above.children
                )
                and earlier_occasion(above)
            )  # 'who was visiting Nairobi', 'who visited Paris' (undated): the frame
    return False


def persons_past_clauses(trigger: Token) -> set[int]:
    """The tokens of the trigger's sentence in such clauses, unless the trigger is
    in one itself (then the clause is its own: 'Sharif, who visited Paris in 1999')."""
    if in_persons_past_clause(trigger):
        return set()
    return {t.i for t in trigger.sent if in_persons_past_clause(t)}
