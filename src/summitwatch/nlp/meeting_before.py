"""'… invited Koizumi to Crawford several times during the meeting', 'would speak to
the media after the meeting': a definite meeting noun that only frames the time of
another act, with no people, place or day of its own, is the meeting the text already
reported, not a new one (SCHEMA.md rule 1). Read as a trigger it would take the
sentence's other place ('to Crawford') and people. Words:
`patterns/meeting_before.json`."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.nlp.lexicon import load_patterns


@cache
def _words() -> dict:
    return load_patterns("meeting_before.json")


def meeting_before(trigger: Token) -> bool:
    """The trigger is 'the meeting' as the object of 'during', 'after', 'at' …,
    with nothing of its own: no owner, no modifier, no 'with'/'in'/'on' phrase."""
    words = _words()
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in words["frame_preps"]:
        return False
    dets = [c for c in trigger.children if c.dep_ == "det"]
    if not dets or dets[0].lower_ not in words["anaphoric_determiners"]:
        return False
    own = words["own_argument_preps"]
    return not any(
        c.dep_ in ("poss", "amod", "compound", "nummod", "relcl", "acl", "appos")
        or (c.dep_ == "prep" and c.lower_ in own)
        for c in trigger.children
    )
