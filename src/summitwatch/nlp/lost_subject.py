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
from summitwatch.nlp.clause_subjects import who_clause
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
    return bool(_with_phrases(trigger))


def _with_phrases(trigger: Token) -> list[Token]:
    """The 'with' prepositions hung on the trigger: its counterparts' phrases."""
    return [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"]


def lost_subject(index: DocIndex, trigger: Token) -> Participant | None:
    """The first person named before the verb outside a companion's phrase."""
    sent = trigger.sent
    for mention in index.mentions_in(sent.start, trigger.i):
        root = index.doc[mention.start : mention.end].root
        if not any(a.lower_ in _COMPANY and a.dep_ in ("prep", "agent")
                   for a in root.ancestors if a.i < root.i):  # fmt: skip
            return mention.participant
    return None


def counterparts_only(trigger: Token, others_at: list[int]) -> bool:
    """'…, who met with King A, Senate President B and …': a meeting verb whose
    subject is there but names no one read as a person, and whose people all sit in
    its 'with' phrase. They are the counterparts of that someone (rule 2); they did
    not meet one another."""
    if trigger.pos_ != "VERB" or not others_at:
        return False
    if not any(c.dep_ in SUBJECT_DEPS for c in trigger.children):
        return False
    spans = [(w.left_edge.i, w.right_edge.i) for w in _with_phrases(trigger)]
    return bool(spans) and all(any(a <= i <= b for a, b in spans) for i in others_at)


def untagged_relative_head(index: DocIndex, trigger: Token) -> Participant | None:
    """'to greet Samak, who met with …': the relative clause's subject is its head,
    a one-word name the NER left untagged; it is the person the text has already
    named by it (`PersonResolver.seen_surname`), if exactly one."""
    if trigger.dep_ != "relcl" or trigger.head.i in index.person_at:
        return None
    head = trigger.head
    if head.pos_ != "PROPN" or head.ent_type_ or not head.text.istitle():
        return None
    if not who_clause(trigger, subject=True):
        return None
    return index.resolver.seen_surname(head.text)


_TITLE_REACH = 4  # title tokens between ', and' and the name ('Prime Minister D')


def dangling_counterpart(index: DocIndex, trigger: Token) -> Participant | None:
    """'who met with King A, Senate President B and National Assembly President C,
    and Prime Minister D later in the day': the small parser hangs the last of a
    long list on the sentence's root, not on the 'with' it ends. A person named
    right after the 'with' phrase (behind ', and' and a title), as a conjunct of
    something outside it, is one more counterpart; so is one the parser cut off
    from its title ('… and Prime Minister' | 'Narendra Modi', hung on the root)."""
    doc = trigger.doc
    for prep in _with_phrases(trigger):
        edge = prep.right_edge.i
        for mention in index.mentions_in(edge + 1, edge + 3 + _TITLE_REACH):
            gap = doc[edge + 1 : mention.start]
            if not all(t.lower_ in (",", "and") or t.pos_ == "PROPN" for t in gap):
                break
            root = doc[mention.start : mention.end].root
            inside = prep.left_edge.i <= root.head.i <= prep.right_edge.i
            if root.dep_ == "conj" and not inside and not root.is_ancestor(trigger):
                return mention.participant
            break
    return None
