"""Earlier meetings a report of a later one refers to (issue #10, status class).

A readout or a preview dates the meeting it reports, and in passing the one before:

- "This will be the second Japan-U.S. summit since the first one was held in
  February" (U.S. Embassy Tokyo), "the second summit since the first was held in
  Singapore in June": an ordinal meeting noun whose "since" clause holds the first
  one — that one met then;
- "the economic relations that have developed since the summit meeting held last
  year", "his second meeting with President Juncker this year following the Japan-EU
  Summit held in Tokyo in May" (MOFA): a meeting noun with a past participle of
  holding and a date of its own before the publication.

Neither names its people: "This" and "the summit meeting" are the meeting just
reported, so the earlier one is of the same two. It occurred, at its own date (a
month without a year in a past clause falls before the publication), not the later
meeting's date or status. Its place is the clause's ("held in Tokyo in May"), else
that of a trip of the same time, which is folded into it (SCHEMA.md rule 1).
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from summitwatch.models import REALISED, Event, Location
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import latest_published
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import held_participle
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import location_of
from summitwatch.nlp.told import told_event


def earlier_meetings(index: DocIndex, sent: Span, last: Event | None) -> list[Event]:
    """The earlier meetings of `last`'s people this sentence refers to."""
    if last is None or len(last.participants) != 2:
        return []
    nouns = word_set("readouts.json", "reunion_nouns")
    out: list[Event] = []
    for token in with_lemma(sent, nouns):
        if token.lemma_.lower() not in nouns or token.pos_ not in ("NOUN", "PROPN"):
            continue
        clause = _first_since(token) or _held_before(index, token)
        when = _clause_date(index, clause) if clause is not None else None
        if when and _before(when, last.date, index.published):
            out.append(_meeting(last, when, _clause_place(index, clause), sent))
    return out


def _first_since(noun: Token) -> Token | None:
    """'the second Japan-U.S. summit since the first one was held in February':
    the clause that holds the first one."""
    if not any(
        c.lower_ in word_set("readouts.json", "later_ordinals") for c in noun.children
    ):
        return None
    heads = [noun, noun.head] if noun.dep_ in ("attr", "dobj", "nsubj") else [noun]
    for head in heads:
        for clause in head.children:
            if clause.dep_ not in ("advcl", "acl", "relcl", "prep"):
                continue
            if any(c.lower_ == "since" for c in (clause, *clause.children)) and any(
                t.lower_ == "first" for t in clause.subtree
            ):
                return clause
    return None


def _held_before(index: DocIndex, noun: Token) -> Token | None:
    """'since the summit meeting held last year', 'following the Japan-EU Summit held
    in Tokyo in May': a past participle of holding on a meeting noun that names
    nobody."""
    for clause in noun.children:
        if held_participle(clause) and not _names_people(index, noun):
            return clause
    return None


def _names_people(index: DocIndex, noun: Token) -> bool:
    return any(t.i in index.person_at for t in noun.subtree)


def _clause_date(index: DocIndex, clause: Token) -> str | None:
    for token in clause.subtree:
        found = index.date_at.get(token.i)
        if found is not None and found[1]:
            return found[1]
    return None


def _clause_place(index: DocIndex, clause: Token) -> Location:
    """'held in Tokyo in May': the place the clause names, if any."""
    for token in clause.subtree:
        found = index.place_at.get(token.i)
        if found is not None:
            return location_of(found.place)
    return Location()


def _before(when: str, later: str | None, published: date | None) -> bool:
    """Earlier than the publication (and than the later meeting, when dated)."""
    if published is not None and when >= latest_published(published)[: len(when)]:
        return False
    if not later:
        return True
    n = min(len(when), len(later))  # 'in May' against 'this year': cannot tell
    return when[:n] < later[:n] or (when[:n] == later[:n] and len(later) < len(when))


def _meeting(last: Event, when: str, location: Location, sent: Span) -> Event:
    return told_event("meeting", last.participants, location, when, sent)


def fold_host_visits(events: list[Event]) -> list[Event]:
    """A meeting placed nowhere and a trip of one of its people to another's country
    at the same date are one encounter (SCHEMA.md rule 1): 'since Netanyahu's visit
    to Japan last year' and 'since the summit meeting held last year' — the meeting
    was in Japan, and the visit is that meeting's trip."""
    out = list(events)
    for meeting in [e for e in events if e.type == "meeting" and e.date]:
        if meeting.location.country or meeting.status not in REALISED:
            continue
        hosts = {p.country for p in meeting.participants if p.country}
        for visit in out:
            if (
                visit.type == "visit"
                and visit.status in REALISED
                and visit.date == meeting.date
                and visit.names[0] in meeting.names
                and visit.location.country in hosts - {visit.participants[0].country}
            ):
                meeting.location = visit.location
                out.remove(visit)
                break
    return out
