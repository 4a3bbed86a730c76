"""Stops told in a relative clause on the trip they belong to: "Clinton is expected
to highlight … during her tour, which includes stops in … Uganda, Kenya, South
Africa and Nigeria" (VOA, real 207), "the eight-day, five-country itinerary, which
includes stops in the symbolic homes of three Abrahamic religions" (Time, stored
pages). The relative clause's present simple only describes the trip; whether the
stops are made, planned or called off is what the clause around the trip says."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.lexicon import word_set


def described_trip(trigger: Token) -> Token | None:
    """The trip noun whose present-tense relative clause tells the trigger, if any."""
    token = trigger
    for _ in range(4):
        if token.head is token:
            return None
        if token.dep_ == "relcl" and token.pos_ in ("VERB", "AUX"):
            break
        token = token.head
    else:
        return None
    clause, trip = token, token.head
    if clause.tag_ not in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass", "neg") for c in clause.children
    ):
        return None  # 'which will include', 'which included': a tense of its own
    if clause.lemma_.lower() not in word_set("status_cues.json", "itinerary_verbs"):
        return None
    if trip.pos_ != "NOUN" or trip.lemma_.lower() not in word_set(
        "triggers.json", "visit_nouns"
    ):
        return None
    return trip


def on_a_schedule(trigger: Token) -> bool:
    """'Obama's schedule includes a visit to Robben Island', 'your agenda includes a
    visit to Kazan': a trip a schedule lists in the present is still ahead."""
    verb = trigger.head
    if trigger.dep_ != "dobj" or verb.tag_ not in ("VBZ", "VBP"):
        return False
    if verb.lemma_.lower() not in word_set("status_cues.json", "itinerary_verbs"):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children):
        return False
    return any(
        c.dep_ == "nsubj"
        and c.lemma_.lower() in word_set("status_cues.json", "schedule_nouns")
        for c in verb.children
    )
