"""'Obama will meet Jonathan on Wednesday. The statement said the two leaders will
discuss …': a sentence whose people are only a pair reference, with no time or place
of its own, tells more of the meeting just reported, not a second encounter
(SCHEMA.md rule 1). Without this, the retelling becomes an extra meeting that the
later tidying cannot fold: it takes the publication date, or stays unplaced beside
a placed one."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span, Token

from summitwatch.models import REALISED, Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import cue_in, word_set


def already_met(people: Iterable[Participant], found: list[Event]) -> bool:
    """Some meeting already read has all of `people` in it: a second reader of the
    sentence (a caption's, a seat's guest) would only tell it again."""
    names = {p.name for p in people}
    return any(e.type == "meeting" and names <= set(e.names) for e in found)


def _pair_reference(token: Token) -> bool:
    """'the two leaders', 'both presidents': a plural leader noun with 'two'/'both'."""
    nouns = word_set("mentions.json", "pair_nouns")
    return token.lemma_.lower() in nouns and any(
        c.lower_ in ("two", "both") for c in token.children
    )


def _names_in(index: DocIndex, sent: Span) -> set[str]:
    return {
        m.participant.name
        for i in range(sent.start, sent.end)
        if (m := index.person_at.get(i)) is not None
    }


def _new_encounter(sent: Span) -> bool:
    """The sentence tells a new encounter ('met again'), not the one retold."""
    return cue_in(span_text(sent), "retold.json", "new_encounter_cues")


def _own_date(index: DocIndex, sent: Span) -> bool:
    """A date written in the sentence (not one lent by the report's day)."""
    return any(i in index.date_at for i in range(sent.start, sent.end))


def _retells(event: Event, before: Event, named: set[str]) -> bool:
    """No name or place of its own; the people of the meeting before; the same
    kind of status (a plan retold, not its outcome: rule 5 has that fold)."""
    people = set(event.names)
    return (
        event.type == "meeting"
        and len(people) >= 2
        and not people & named
        and people <= set(before.names)
        and event.location.country is None
        and event.location.city is None
        and (event.status in REALISED) == (before.status in REALISED)
    )


def drop_retold(
    index: DocIndex, sent: Span, found: list[Event], before: Event | None
) -> list[Event]:
    """This sentence's meetings, less those that only retell `before`, the meeting the
    sentences before reported."""
    pairs = with_lemma(sent, word_set("mentions.json", "pair_nouns"))
    if before is None or not any(_pair_reference(t) for t in pairs):
        return found
    if _new_encounter(sent) or _own_date(index, sent):
        return found
    named = _names_in(index, sent)
    return [e for e in found if not _retells(e, before, named)]
