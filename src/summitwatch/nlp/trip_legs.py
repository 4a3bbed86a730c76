"""The legs of a trip that are not visits of their own (issue #10, SCHEMA.md rule 1):
the journey home, a country a list names and a later sentence details, the day a
traveller leaves a place he is already reported in."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns, word_set

_PATTERNS = load_patterns("presence.json")


def return_leg(trigger: Token) -> bool:
    """'is to leave for Japan on July 5, returning to Washington on July 9', 'flew to
    Beijing and returned to Pyongyang': a return after an outbound leg of the same
    sentence is the journey home, not a visit (whoever the traveller resolved to)."""
    if trigger.lemma_.lower() != "return" or trigger.pos_ != "VERB":
        return False
    if trigger.dep_ not in ("advcl", "conj"):
        return False
    return trigger.head.lemma_.lower() in _PATTERNS["outbound_lemmas"]


def departures(index: DocIndex, sent: Span) -> list[str]:
    """Countries the sentence has someone leave ('Bashir left South Africa on
    Monday', 'departed Vladivostok by train'): the end of a stay, not a trip."""
    out: list[str] = []
    leaving = load_patterns("presence.json")["leaving_lemmas"]
    for verb in with_lemma(sent, word_set("presence.json", "leaving_lemmas")):
        if verb.lemma_.lower() not in leaving or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            mention = index.place_at.get(obj.i)
            if mention is not None and mention.place.country:
                out.append(mention.place.country)
    return out
