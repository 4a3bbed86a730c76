"""Counterparts in a phrase coordinated with a counterpart phrase that the parser
hangs elsewhere. The anatomy of blind-time errors (docs/extraction.md, session 10)
found the counterpart named in the sentence but not attached in every set: the
meeting came out as a visit, or one of two meetings was missing. The forms: a
repeated preposition ('talks with A in Paris and with B in Rome': 'with B' a
conjunct of 'in'; 'before holding talks with A, and with B': of 'before'), an
additive phrase ('will meet with senior officials, as well as Director General B':
B an adverbial noun of the verb), a gapped object ('will meet A in Paris, and B in
Berlin': B a conjunct of the verb; 'met with A on Monday and B on Tuesday': of
'Monday'; 'met A and, separately, B'). The second phrase belongs to the first
counterpart phrase before it, whatever word the parse hangs it on.

Session 11 (helper split12) adds the appositive list: a counterpart phrase that
names no one, followed by the names it stands for ('consultative meetings with
the three principals - President A, Prime Minister B and C', 'met with the
leaders of the region, A, B and C'), which the parser hangs on the subject or
on the main verb. And `alongside_people`: 'along with' / 'together with' on the
verb of a meeting, whose people take part with the subject ('A, B and C took part
in the meeting, along with D and E'): one gathering (rule 2), not more
counterparts of the subject."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import PLACE_LABELS

_RULES = "coordinated_partners.json"

# The marks that set off the names a description of people stands for: a dash, a
# colon or a comma ('with the three principals - A, B and C', 'the leaders of the
# region, A, B and C'). One set for the appositive list here and for the names after
# a dash of `dash_names` (session 12, helper dup13).
APPOSITIVE_MARKS = frozenset({",", "-", "–", "—", "--", ":"})


@cache
def _additive() -> tuple[tuple[str, ...], ...]:
    """The additive phrases as word tuples, longest first."""
    phrases = (tuple(p.split()) for p in load_patterns(_RULES)["additive"])
    return tuple(sorted(phrases, key=len, reverse=True))


def coordinated_phrases(first: Token, head: Token) -> list[Token]:
    """The phrases after `first` (a counterpart preposition or an object of `head`,
    the trigger or its verb) that repeat it by coordination. Their people are
    `head`'s counterparts too; the caller keeps only people."""
    prep = first.dep_ == "prep"
    if prep and first.lower_ not in word_set(_RULES, "preps"):
        return []
    sent = first.sent  # `Token.sent` is computed on every call: once here
    listed = _appositive_list(first, sent.end)
    found: list[Token] = [] if listed is None else [listed]
    for token in first.doc[first.right_edge.i + 1 : sent.end]:
        if (
            token.pos_ in ("VERB", "AUX")
            and token.dep_ != "conj"
            or (token.dep_ == "prep" and token.lower_ == first.lower_)
        ):
            break  # another clause, or a new phrase of its own
        if prep and token.lower_ == first.lower_ and token.dep_ == "conj":
            found.append(token)  # 'and with B', hung on whatever came before
        elif _after_additive(token, sent.start):
            root = _phrase_root(token)
            if root is not None:
                found.append(root)  # ', as well as B'
        elif _gapped(token, head, first):
            found.append(token)  # 'A in Paris, and B in Berlin'
    return found


def _appositive_list(first: Token, sent_end: int) -> Token | None:
    """The noun phrase right after a counterpart phrase that names no one, set off
    by a comma, a dash or a colon: the names that phrase stands for ('with the three
    principals - A, B and C'). None when the phrase names someone (then what follows
    is another matter) or what follows is a clause ('…, Rutte said')."""
    heads = (
        [c for c in first.children if c.dep_ == "pobj"]
        if first.dep_ == "prep"
        else [first]
    )
    if not heads or any(
        h.pos_ != "NOUN" or any(t.ent_type_ == "PERSON" for t in h.subtree)
        for h in heads
    ):
        return None
    after = first.right_edge.i + 1
    doc = first.doc
    if after + 1 >= sent_end or doc[after].lower_ not in APPOSITIVE_MARKS:
        return None
    root = _phrase_root(doc[after + 1])
    if root is None or root.pos_ != "PROPN" or root.i >= sent_end:
        return None
    return root


def _gapped(token: Token, head: Token, first: Token) -> bool:
    """A noun coordinated with the verb or with a place or date phrase of the
    clause ('A in Paris, and B', 'A on Monday and B'), or an adverbial noun after
    'and' ('A and, separately, B'): the parse of a gapped second object."""
    if token.pos_ not in ("PROPN", "NOUN"):
        return False
    if token.dep_ == "npadvmod" and token.head.i == head.i:
        return any(c.dep_ == "cc" and first.i < c.i < token.i for c in head.children)
    if token.dep_ != "conj":
        return False
    if token.head.i == head.i:
        return True
    of = token.head
    return (
        of.dep_ == "pobj"
        and of.ent_type_ in ("DATE", *PLACE_LABELS)
        and of.head.dep_ == "prep"
        and of.head.head in (head, first)
    )


def _after_additive(token: Token, sent_start: int) -> bool:
    """An additive phrase ends right before `token` (in the sentence that starts
    at `sent_start`); the word before is compared first, as most tokens end none."""
    doc = token.doc
    if token.i <= sent_start:
        return False
    before = doc[token.i - 1].lower_
    for phrase in _additive():
        start = token.i - len(phrase)
        if (
            phrase[-1] == before
            and start >= sent_start
            and tuple(t.lower_ for t in doc[start : token.i]) == phrase
        ):
            return True
    return False


def _phrase_root(token: Token) -> Token | None:
    """The head of the noun phrase that starts at `token`: its nearest ancestor whose
    own head lies before `token` (outside the phrase). None for a clause (a verb)."""
    root = token
    while root.head.i != root.i and root.head.i >= token.i:
        root = root.head
    if root.pos_ in ("VERB", "AUX"):
        return None
    return root


def alongside_people(verb: Token) -> list[Token]:
    """The 'with' phrases of 'along with' / 'together with' on `verb`: the people
    who take part in the verb's act with its subject ('took part in the meeting,
    along with the prime minister of Dominica'). Words in
    `coordinated_partners.json: alongside`."""
    words = word_set(_RULES, "alongside")
    return [
        w
        for c in verb.children
        if c.lower_ in words
        for w in c.children
        if w.dep_ == "prep" and w.lower_ == "with"
    ]
