"""A present verb in a time clause ('when they meet on Tuesday') has no tense of
its own: English puts a future event in the present there, and the main clause
says whether it is ahead ('will discuss', 'are expected to discuss')."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import future_auxiliaries, lexicon


def ahead_in_time_clause(verb: Token) -> bool:
    """`verb` is the present verb of a time clause whose main clause looks ahead:
    'Biden and Xi will discuss trade when they meet', 'are expected to sign an
    accord once they meet', 'When they meet on Tuesday, A and B will …'."""
    if verb.tag_ not in ("VBP", "VBZ") or not time_clause(verb):
        return False
    return looks_ahead(verb.head)


def time_clause(verb: Token) -> bool:
    """`verb` heads a clause of time: 'when they meet', 'after he arrives'."""
    if verb.dep_ != "advcl":
        return False
    marks = set(lexicon().status["temporal_clause_marks"])
    return any(
        c.dep_ in ("mark", "advmod") and c.lower_ in marks for c in verb.children
    )


def since_clause(verb: Token) -> bool:
    """`verb` heads a clause opened by 'since' ('since Mr. Kaifu went in 1989',
    'since he came to office'): one test for the readers that place or date such
    clauses (venue, dates)."""
    return any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)


def since_phrase(token: Token, top: Token) -> bool:
    """`token` lies in a 'since' phrase below `top` ('to meet Lula again for the
    first time since the G7 Hiroshima Summit last year'): what the phrase names —
    its date, its place — is the occasion a period starts from, not `top`'s. A
    `top` inside the phrase ('since their summit in Osaka', read for the summit, or
    a clause the parser hung inside it: '… since becoming Secretary (he also
    traveled to Sunnylands in June to meet Xi)', held-out4 007) keeps it."""
    for above in token.ancestors:
        if above.i == top.i:
            return False
        if above.dep_ == "prep" and above.lower_ == "since":
            return not above.left_edge.i <= top.i <= above.right_edge.i
    return False


def looks_ahead(verb: Token) -> bool:
    """The clause of `verb` is future: a future auxiliary, or an infinitive under
    'expected', 'set', 'due', 'scheduled' (`main_clause_ahead_lemmas`)."""
    ahead = set(lexicon().status["main_clause_ahead_lemmas"])
    for _ in range(3):
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & future_auxiliaries("wo") or verb.lemma_.lower() in ahead:
            return True
        if verb.dep_ != "xcomp" or verb.head is verb:
            return False
        verb = verb.head
    return False


def told_held(verb: Token) -> bool:
    """The clause of `verb` tells something done: a past tense ('visited Mongolia
    earlier this month'), not a plan ('was expected to', 'would meet')."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" and not aux and not looks_ahead(verb)


def other_time(verb: Token, other: Token) -> bool:
    """Two clauses, one told as done and one as ahead, tell two occasions: 'Campbell
    visited Mongolia earlier this month, and future visits are planned by Biden'
    (real 600) — the month is the done visit's. Neither clause's date or place is
    the other's date. Clauses told alike ('arrived in Tokyo on Monday and met Abe
    on Tuesday') are one occasion or two by their dates (`event_dates`)."""
    return (looks_ahead(verb) and told_held(other)) or (
        told_held(verb) and looks_ahead(other)
    )


def infinitive_ahead(verb: Token) -> bool:
    """`verb` is an infinitive that a present verb of `main_clause_ahead_lemmas`
    puts ahead: 'is also scheduled to attend the summit', 'is expected to attend',
    'plans to attend' (VOA previews). 'was expected to attend' is an expectation of
    the past, and says nothing of what came of it."""
    head = verb.head
    if verb.dep_ != "xcomp" or head is verb:
        return False
    if head.lemma_.lower() not in lexicon().status["main_clause_ahead_lemmas"]:
        return False
    aux = {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    present = set(lexicon().status["present_be_forms"])
    return head.tag_ in ("VBP", "VBZ") or bool(
        aux & (present | future_auxiliaries("wo"))
    )
