"""A verb told in the present of a news report: 'travels', 'arrive', 'is visiting',
'is headed' — the one reading of tense that both 'a trip under way'
(`trips/told.py`, the fold of a trip and the meeting it is for) and 'the purpose of a
journey under way' (`journey_purpose.py`) ask. Which verbs count as a journey stays
with each caller (their word lists differ on purpose); the tense is read here once,
so the two cannot drift (session 12, helper dup13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summitwatch.nlp.lexicon import word_set

if TYPE_CHECKING:
    from spacy.tokens import Token

_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_AUX_DEPS = ("aux", "auxpass")


def told_in_present(verb: Token) -> bool:
    """'travels', 'arrive' (present simple), 'is visiting', 'is headed' (a present
    'be' with the participle); not negated ('is not visiting' tells no trip), and
    no auxiliary of the past, the perfect or what lies ahead ('will travel',
    'has visited', 'was heading', 'may go': a plan, or a trip over)."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    auxes = [c for c in verb.children if c.dep_ in _AUX_DEPS]
    present_be = word_set("status_cues.json", "present_be_forms")
    if any(a.lower_ not in present_be for a in auxes):
        return False
    if verb.tag_ in _PRESENT_TAGS:
        return True
    return verb.tag_ in ("VBG", "VBN") and bool(auxes)
