"""The verb a trigger belongs to and that verb's subjects, through the clauses a
parse hangs them on (control verbs, relative clauses, a parenthesis, a fronted
occasion). Every role reader starts from these."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.nlp.cue_tokens import any_tagged
from summitwatch.nlp.doc_index import SUBJECT_DEPS
from summitwatch.nlp.lexicon import load_patterns, word_set

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def has_finite_verb(span: Span) -> bool:
    """A tensed verb or modal anywhere in the span: a headline ('Obama to Meet
    with Netanyahu') or a photo caption ('With Prime Minister Trudeau (March
    2016)') has none."""
    return any_tagged(span, _FINITE_TAGS)


def to_infinitive(verb: Token) -> bool:
    """The verb has its own 'to' ('to meet', 'To Travel'): a purpose, a plan, a
    headline's announcement."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def where_clause(clause: Token) -> bool:
    """A relative clause opened by 'where' ('Robben Island, where Mandela was
    jailed'): it tells what happened at the place it hangs on, another scene."""
    return clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children)


def who_clause(clause: Token, *, subject: bool = False) -> bool:
    """A relative clause opened by 'who' or 'whom' ('Samak, who met …'), with
    `subject` one whose 'who' is its subject: it tells of the name it hangs on."""
    return clause.dep_ == "relcl" and any(
        c.tag_ == "WP" and (not subject or c.dep_ == "nsubj") for c in clause.children
    )


def governing_verb(trigger: Token) -> Token:
    token = trigger
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head is token:
            return token
        token = token.head
    return trigger if trigger.pos_ in ("VERB", "AUX") else token


_FLOATING = {"both", "all", "each"}  # quantifiers floated off the subject


_OBJECT_CONTROL = {
    "invite",
    "ask",
    "urge",
    "allow",
    "persuade",
    "encourage",
    "welcome",
    "request",
    "tell",
    "help",
    "enable",
    "expect",
    "want",
    "permit",
}


def subjects(verb: Token) -> list[Token]:
    if verb.dep_ == "amod" and verb.tag_ == "VBG":
        return [verb.head]  # "talks with visiting Secretary of State Clinton"
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(found) > 1:  # 'two presidents, Nixon and Ford, both went': 'both' is
        found = [c for c in found if c.lower_ not in _FLOATING] or found  # theirs
    if verb.dep_ == "relcl" and found and all(t.tag_ in ("WDT", "WP") for t in found):
        return [verb.head]  # "Kim's itinerary, which included…": the itinerary
    if (
        not found
        and verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in _OBJECT_CONTROL
    ):
        objects = [c for c in verb.head.children if c.dep_ in ("dobj", "dative")]
        if objects:
            return objects
    if not found and verb.dep_ == "conj" and _in_parentheses(verb.head):
        before = _verb_before_parenthesis(verb.head)
        if before is not None:
            return subjects(before)
    if (
        not found
        and verb.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl")
        and (verb.head is not verb)
    ):
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            above = verb.head.head  # 'I looked forward to having discussions'
            return subjects(above) if above.pos_ in ("VERB", "AUX") else []
        if verb.dep_ == "acl" and _occasion(verb.head):
            return subjects(verb.head.head)  # 'I had the opportunity to meet X'
        if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return _invitees(verb.head, verb) or [verb.head]
        if (
            verb.head.dep_ == "acomp"
            and verb.head.head.pos_ in ("VERB", "AUX")
            and verb.head.lemma_.lower() in _willing()
        ):
            return subjects(verb.head.head)  # 'he would be happy to make a visit'
        return subjects(verb.head) if verb.head.pos_ in ("VERB", "AUX") else []
    if not found and verb.dep_ == "relcl":
        return [verb.head]
    if not found and verb.dep_ == "ROOT":
        return _fronted_appositive(verb)
    return found


def _fronted_appositive(verb: Token) -> list[Token]:
    """'At the invitation of Prime Minister Abe, President Trump will visit Japan':
    the parser makes the subject an apposition of the fronted phrase's last name
    and leaves the verb without one. An apposition that ends right before the verb
    (its auxiliaries included), with no comma to close it, is that subject."""
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg"))])
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > start:
            continue
        for token in prep.subtree:
            if token.dep_ == "appos" and token.right_edge.i + 1 == start:
                if token.ent_type_ == "PERSON":
                    return [token]
    return []


def _willing() -> list[str]:
    return load_patterns("status_cues.json")["willing_adjectives"]


def _invitees(noun: Token, verb: Token) -> list[Token]:
    """'an invitation by Eisenhower for Nehru to spend three days in Washington':
    the infinitive `verb` on an invitation is the invitee's act, the person of a
    'for' or 'to' phrase before it (on the noun, or on the inviter's name where
    the parser hangs it), not the inviter of the 'by' or 'from' phrase. Read as
    the whole noun, the two made the trip together and it became their meeting
    (session 11, helper split12). The 'for'/'to' phrases are returned, for the
    caller to read their people; empty when the noun is no invitation or names no
    invitee."""
    if noun.lemma_.lower() not in word_set("triggers.json", "invitation_words"):
        return []
    return [
        t
        for t in noun.subtree
        if t.i < verb.i
        and t.dep_ == "prep"
        and t.lower_ in ("for", "to")
        and any(c.dep_ == "pobj" and c.ent_type_ == "PERSON" for c in t.children)
    ]


def _occasion(noun: Token) -> bool:
    """'had the opportunity to meet', 'took the chance to visit': the occasion is
    the object of a verb whose subject is the one who met (`speakers.json:
    occasion_nouns`)."""
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in load_patterns("speakers.json")["occasion_nouns"]
        and noun.head.pos_ in ("VERB", "AUX")
    )


def _in_parentheses(token: Token) -> bool:
    sent = token.sent
    opened = [t.i for t in sent if t.text == "(" and t.i < token.i]
    closed = [t.i for t in sent if t.text == ")" and t.i < token.i]
    return bool(opened) and (not closed or max(closed) < max(opened))


def _verb_before_parenthesis(token: Token) -> Token | None:
    """A parenthesis cannot be coordinated with: the verb before it is the real one."""
    sent = token.sent
    opening = max(t.i for t in sent if t.text == "(" and t.i < token.i)
    for t in reversed(sent.doc[sent.start : opening]):
        if t.pos_ == "VERB":
            return t
    return None
