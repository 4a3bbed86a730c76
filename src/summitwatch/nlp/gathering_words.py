"""Words that make several people one gathering rather than pairs of meetings:
'a trilateral meeting with A and B', 'Among those present were …' (rule 2)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.groups import same_clause
from summitwatch.nlp.lexicon import word_set

_JOINT = {
    "trilateral",
    "three-way",
    "multilateral",
    "joint",
    "quadrilateral",
    "four-way",
    "together",
    "group",
}


def _joint(trigger: Token) -> bool:
    """'a trilateral meeting with Kishida and Yoon': one meeting of all three."""
    return any(c.lower_ in _JOINT for c in trigger.children) or any(
        c.lower_ in _JOINT for c in trigger.head.children
    )


def joint_words(trigger: Token) -> bool:
    """'a trilateral meeting with …', 'were present among …': words of one gathering."""
    return _gathering(trigger) or _joint(trigger)


def _gathering(trigger: Token) -> bool:
    """'Among those present were …', 'A, B and C gathered': a word of one gathering
    in the trigger's clause, not in another one ('arrived from Brussels, where he
    attended a NATO summit, and met A and B')."""
    words = word_set("triggers.json", "gathering_words")
    return any(
        same_clause(t, trigger) and not _other_conjunct(t, trigger)
        for t in with_lemma(trigger.sent, words)
    )


def _other_conjunct(token: Token, trigger: Token) -> bool:
    """'attended the 33rd ASEAN Summit, and met with Li Keqiang, Narendra Modi and
    Joko Widodo' (real 144, heldout4 018): the attendance is the other conjunct
    verb's act; the meetings on its sidelines are one each (rule 2)."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    if token.pos_ != "VERB" or token.i == verb.i:
        return False
    return (verb.dep_ == "conj" and verb.head.i == token.i) or (
        token.dep_ == "conj" and token.head.i == verb.i
    )
