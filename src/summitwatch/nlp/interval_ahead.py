"""A present verb with a stretch of time still to run ('In a few days, Biden hosts
Ruto', 'he travels to Paris in two weeks'): English tells a schedule in the present
and says how far ahead it is with 'in' plus a counted span. The span must count
(a number, 'a few', 'a couple of') and look nowhere else ('in the past two
weeks', 'in recent days' are behind)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set

_PREPOSITIONS = frozenset({"in", "within"})


def interval_ahead(verb: Token) -> bool:
    """`verb` is a present simple whose own clause holds 'in' + a counted span
    of days, weeks or months (a prepositional phrase on the verb)."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.pos_ != "VERB":
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _PREPOSITIONS and counted_span_ahead(c)
        for c in verb.children
    )


def counted_span_ahead(prep: Token) -> bool:
    """'in a few days', 'in two weeks', 'within a couple of days': the object of
    `prep` is a plural unit of time counted by a number or a vague count, with no
    determiner or modifier that puts it elsewhere ('the past two weeks')."""
    units = word_set("status_cues.json", "interval_units")
    counts = word_set("status_cues.json", "interval_counts")
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        couple = obj.lemma_.lower() == "couple"  # 'a couple of days'
        if couple:
            obj = next(
                (g for c in obj.children if c.lower_ == "of" for g in c.children),
                obj,
            )
        if obj.lemma_.lower() not in units or obj.tag_ != "NNS":
            return False
        mods = [c for c in obj.children if c.dep_ in ("amod", "nummod", "det")]
        counted = couple or any(c.dep_ == "nummod" or c.lower_ in counts for c in mods)
        others = {c.lower_ for c in mods if c.dep_ != "nummod"} - counts - {"a"}
        return counted and not others
    return False
