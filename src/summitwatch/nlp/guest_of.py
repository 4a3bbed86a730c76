"""The host a trip is made to as a guest: 'to come to Washington as my guest', 'will
stay in Tokyo as the guest of Prime Minister Kishi'. Being someone's guest is being
received by him, so the host is the trip's counterpart (SCHEMA.md rule 21: the text
says the two meet); a government as host ('as a guest of this Government', real
431, held-out6 003) names no person and adds no one."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under


def guest_hosts(index: DocIndex, trigger: Token) -> list[Participant]:
    """The people whose guest the trip's traveller is, from an 'as … guest' phrase
    on the trip word: the guest noun's owner ('my guest', 'Kishi's guest') or its
    'of' object ('the guest of President X')."""
    guests = word_set("triggers.json", "guest_nouns")
    out: list[Participant] = []
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "as"):
        for noun in (c for c in prep.children if c.dep_ == "pobj"):
            if noun.lemma_.lower() not in guests:
                continue
            for c in noun.children:
                if c.dep_ == "poss":
                    out += persons_under(index, c)
                elif c.dep_ == "prep" and c.lower_ == "of":
                    out += [p for o in c.children for p in persons_under(index, o)]
    return out
