"""The purpose of a journey under way (fresh pages, session 9): "John Kerry is headed
to Russia for talks with Putin" (VOA, real 112), "Bush is on his way to Ukraine for the
start of a four-nation trip that also includes stops in Russia, Croatia and Romania"
(VOA, real 395). The journey is told in the present, so its purpose read as news of the
day (`occurred`); but the traveller is still going to it: the talks, summit or trip
after 'for' are ahead of the report — `planned`. Words: `journey_purpose.json`."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.nlp.en_route import on_the_way
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.told_present import told_in_present


def journey_purpose(trigger: Token) -> bool:
    """The trigger (or the noun it is 'the start of') is what a present journey is
    'for': 'is headed to Russia for talks', 'heads to China for an Asia trip'."""
    verb = for_head(trigger)
    return verb is not None and _journey_under_way(verb)


def for_head(trigger: Token) -> Token | None:
    """The word whose 'for' phrase the trigger (or the noun it is 'the start of')
    is: 'flew to Pakistan for talks', 'for a series of conversations' — the
    journey, when the parse hangs the phrase on its verb."""
    token = trigger
    for _ in range(3):  # 'for the start of a trip': climb the 'of' phrases
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head
    if token.dep_ != "pobj" or token.head.lower_ != "for":
        return None
    return token.head.head


def _journey_under_way(verb: Token) -> bool:
    """A verb of motion told in the present ('heads', 'is heading', 'is headed',
    `told_present`), or 'is on his way to X': the traveller has not arrived."""
    if not told_in_present(verb):
        return False
    if verb.lemma_.lower() == "be":
        return any(
            on_the_way(g) for c in verb.children if c.dep_ == "prep" for g in c.children
        )
    return verb.lemma_.lower() in word_set("journey_purpose.json", "journey_verbs")
