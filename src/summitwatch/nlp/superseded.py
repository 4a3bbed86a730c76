"""Intentions the news has overtaken (issue #10; SCHEMA.md rule 5, one event per
occurrence): "Mugabe had promised to ... attend the festivities" beside "Mugabe will
not be attending"; "He had also claimed he might not himself attend" beside "Hun Sen
has said he will attend". A plan stated in the past perfect is the earlier state of
an event another sentence reports as it now stands; when the two disagree on the
status, the past-perfect one is dropped rather than kept as a second event.
"""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.lexicon import word_set

_LEMMAS = word_set("expected.json", "superseded_lemmas")
_AHEAD = frozenset({"planned", "not_occurred", "hypothetical", "unconfirmed"})


def _past_perfect_intent(sent: Span) -> bool:
    """'had promised', 'had also claimed', 'had announced on Tuesday that …'."""
    return any(
        t.lemma_.lower() in _LEMMAS
        and t.tag_ == "VBN"
        and any(c.lower_ in ("had", "'d") and c.dep_ == "aux" for c in t.children)
        for t in with_lemma(sent, _LEMMAS)
    )


def _key(event: Event) -> tuple:
    return (event.type, frozenset(p.name for p in event.participants))


def _others(event: Event, current: dict[tuple, list[Event]]) -> set[str]:
    """The statuses other sentences give the same people's event of this type in
    the same country (an event the frame will place later matches any)."""
    here = event.location.country
    return {
        e.status
        for e in current.get(_key(event), [])
        if here is None or e.location.country in (None, here)
    }


def drop_superseded(
    per_sentence: list[tuple[Span, list[Event]]],
) -> list[tuple[Span, list[Event]]]:
    """Drop the events of past-perfect intentions that another sentence reports
    with another status (same type, people and country)."""
    old = [_past_perfect_intent(sent) for sent, _ in per_sentence]
    if not any(old):
        return per_sentence
    current: dict[tuple, list[Event]] = {}
    for (_, events), was in zip(per_sentence, old, strict=True):
        if not was:
            for e in events:
                current.setdefault(_key(e), []).append(e)
    out = []
    for (sent, events), was in zip(per_sentence, old, strict=True):
        if was:
            events = [
                e
                for e in events
                if e.status not in _AHEAD or not (_others(e, current) - {e.status})
            ]
        out.append((sent, events))
    return out
