"""Who says 'I' in a quotation a news story attributes in the same sentence:
'"I'm going to invite Xi to come to Brazil," Lula said' — the 'I' is Lula (real
455). The labelled turns of transcripts (speakers.py) do not cover a quote told
inside a news sentence; this does, for the singular first person only."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set

_QUOTES = frozenset({'"', "“", "”", "''", "``"})
_REPORTED = ("ccomp", "parataxis")  # the quoted clause under 'said'
_REACH = 6  # clause levels between the pronoun and the reporting verb


def quote_subject(pronoun: Token) -> tuple[Token, Token] | None:
    """The subject of the reporting verb ('said', 'told', 'added') whose quoted
    clause holds `pronoun`, and that clause, when a quotation mark opens before
    the pronoun in its sentence; None elsewhere (a narrator's 'I' is not the one
    quoted). The clause is returned so that a 'he said' is not read as someone
    the quote itself names."""
    sent = pronoun.sent
    if not any(t.text in _QUOTES for t in sent if t.i < pronoun.i):
        return None
    reporting = word_set("status_cues.json", "reporting_verbs")
    token = pronoun
    for _ in range(_REACH):
        if token.head is token:
            return None
        if token.dep_ in _REPORTED and token.head.lemma_.lower() in reporting:
            subject = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if subject is None or subject.lower_ in ("i", "we", "you"):
                return None
            return subject, token
        token = token.head
    return None
