"""A participle set off after a sentence's subject ('President Eisenhower,
accompanied by Mrs. Eisenhower, intended to visit Brazil'; session 11, real 437):
the status reader asks which verb tells its time. Read alone, the participle looks
like a report of the past, and as the sentence's first trigger it would give the
one event its status."""

from __future__ import annotations

from spacy.tokens import Token

_OWN_CLAUSE_DEPS = {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}


def verb_of_described_subject(trigger: Token) -> Token | None:
    """'President Eisenhower, accompanied by Mrs. Eisenhower, intended to visit
    Brazil', 'Trump, accompanied by Pompeo, will travel to Japan': a participle
    set off after the subject is no clause of its own, so the verb the subject
    governs tells its time (else the participle, the sentence's first trigger,
    reads as a report of the past and outvotes the main clause)."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN" or trigger.i == 0:
        return None
    if trigger.doc[trigger.i - 1].text != "," or any(
        c.dep_ in _OWN_CLAUSE_DEPS for c in trigger.children
    ):
        return None  # 'the suggestion that Nehru might be invited': a clause
    noun = trigger.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.i > trigger.i:
        return None
    verb = noun.head
    return verb if verb.pos_ in ("VERB", "AUX") and verb.i > trigger.i else None
