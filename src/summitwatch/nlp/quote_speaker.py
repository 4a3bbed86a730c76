"""Who says 'I' in a quotation a news story attributes: '"I'm going to invite Xi
to come to Brazil," Lula said', or a quote that runs on after '"…," Lula said.
"I'm going to invite Xi …"' (real 455). The labelled turns of transcripts
(speakers.py) do not cover a quote told inside a news story; this does, for the
singular first person, and only where a reader asks (an inviter): read for every
'I', it also made meetings of 'I have met Mr Abe many times' (real 260)."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set

_QUOTES = frozenset({'"', "“", "”", "''", "``"})
_REPORTED = ("ccomp", "parataxis")  # the quoted clause under 'said'
_REACH = 6  # clause levels between the pronoun and the reporting verb


def quote_subject(pronoun: Token) -> tuple[Token, Token] | None:
    """The subject of the reporting verb ('said', 'told', 'added') whose quote
    holds `pronoun`, and the quoted clause (whose people are not the speaker);
    None when no quotation mark opens before the pronoun in its sentence (a
    narrator's 'I' is not the one quoted)."""
    sent = pronoun.sent
    if not any(t.text in _QUOTES for t in sent if t.i < pronoun.i):
        return None
    reporting = word_set("status_cues.json", "reporting_verbs")
    token = pronoun
    for _ in range(_REACH):
        if token.head is token:
            break
        if token.dep_ in _REPORTED and token.head.lemma_.lower() in reporting:
            subject = _subject(token.head)
            return (subject, token) if subject is not None else None
        token = token.head
    if sent[0].text not in _QUOTES or sent.start == 0:
        return None
    before = pronoun.doc[sent.start - 1].sent  # '"…," Lula said. "I'm going …"'
    root = before.root
    if root.lemma_.lower() not in reporting or not any(
        t.text in _QUOTES for t in before
    ):
        return None
    subject = _subject(root)
    return (subject, sent.root) if subject is not None else None


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in word_set(
        "status_cues.json", "speech_pronouns"
    ):
        return None
    return subject
