"""A meeting verb whose subject the parser lost (issue #10, FRUS editorial notes).

"During his stay in Washington, Eden, along with his Foreign Secretary, Selwyn
Lloyd, and others in his party, met with President Eisenhower, Secretary Dulles,
…" — the small parser hangs "Eden" on "Washington" and leaves "met" without a
subject. The people 'with' whom someone met are that someone's counterparts; they
did not meet each other. So the one who met is the first person named before the
verb in its sentence outside a companion's phrase ('along with', 'accompanied by',
'with'); when there is none, the verb gives no meeting at all, never one of the
counterparts among themselves.
"""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex

_COMPANY = {"with", "by", "of"}  # 'along with X', 'accompanied by X', 'the stay of X'


def subjectless_with(trigger: Token) -> bool:
    """A finite meeting verb with a 'with' phrase and no subject of its own."""
    if trigger.pos_ != "VERB" or trigger.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in trigger.children):
        return False
    if trigger.dep_ in ("conj", "xcomp", "relcl", "acl", "advcl"):
        return False  # the subject is the head clause's, read by the roles
    return any(c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children)


def lost_subject(index: DocIndex, trigger: Token) -> Participant | None:
    """The first person named before the verb outside a companion's phrase."""
    sent = trigger.sent
    for mention in index.mentions_in(sent.start, trigger.i):
        root = index.doc[mention.start : mention.end].root
        if not any(a.lower_ in _COMPANY and a.dep_ in ("prep", "agent")
                   for a in root.ancestors if a.i < root.i):  # fmt: skip
            return mention.participant
    return None
