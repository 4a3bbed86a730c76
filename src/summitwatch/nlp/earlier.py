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

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Span, Token

from summitwatch.models import REALISED, Event, Location
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import latest_published, resolve_date
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import held_participle
from summitwatch.nlp.frame import Frame, given_date
from summitwatch.nlp.implicit_agent import implicit_agent
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


def met_again_before(
    index: DocIndex, sent: Span, last: Event | None, frame: Frame | None = None
) -> list[Event]:
    """'President Joko expressed his pleasure at meeting again for the first time
    since January', 'the opportunity to meet again following the February meeting':
    a meeting verb with 'again' that names no one met is the reunion of the two
    heads of the meeting just reported, and the sentence's 'since' / 'following'
    date is when they met before (that earlier meeting occurred)."""
    if last is None or len(last.participants) < 2:
        return []
    pair = last.participants[:2]  # the principals; attendees joined after them
    verbs = word_set("readouts.json", "reunion_verbs")
    for verb in with_lemma(sent, verbs):
        if verb.pos_ != "VERB":
            continue
        if not any(c.lower_ == "again" for c in verb.children):
            continue
        if _names_others(index, verb, pair):
            continue  # someone else met again: the meeting rules read it
        who = {p.name for p in implicit_agent(index, verb)}
        if who and not who & {p.name for p in pair}:
            continue  # someone else's reunion
        for marker in sent:
            if marker.lower_ not in word_set("readouts.json", "reunion_markers"):
                continue
            if not _behind(marker):
                continue  # 'agreed to meet again after the elections in October'
            # 'meet again following their talks in Tokyo in November': the parser
            # may hang 'in November' on the verb, after the marker
            after = (t for t in verb.subtree if t.i > marker.i)
            when = _first_date(index, marker.subtree, past=True) or _first_date(
                index, after, past=True
            )
            later = last.date or _frame_date(last, frame)
            if when and _before(when, later, index.published):
                last.date = later  # dated now, it stays apart from the reunion
                place = _clause_place(index, marker)
                return [told_event("meeting", pair, place, when, sent)]
    return []


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


def _names_others(index: DocIndex, verb: Token, pair: list) -> bool:
    """The reunion verb names someone besides the pair ('meet Abe again since …'
    with Abe no head of the meeting just reported). Naming one of the pair ('to meet
    President Lula again for the first time since the G7 Hiroshima Summit last
    year', real 665) is still their reunion: the 'since' phrase's date and place
    are no longer lent to the verb (`time_clause.since_phrase`), so it is read
    here."""
    names = {p.name for p in pair}
    return any(
        m.participant.name not in names
        for t in verb.subtree
        if (m := index.person_at.get(t.i)) is not None
    )


def _clause_date(index: DocIndex, clause: Token) -> str | None:
    return _first_date(index, clause.subtree)


def _first_date(
    index: DocIndex, tokens: Iterable[Token], *, past: bool = False
) -> str | None:
    """The first resolved date among `tokens`; with `past`, a bare month is read as
    the one before the report ('since January' in a November report), not the next."""
    for token in tokens:
        found = index.date_at.get(token.i)
        if found is not None and found[1]:
            if past:
                return (
                    resolve_date(found[0].text, index.published, past=True) or found[1]
                )
            return found[1]
    return None


def _frame_date(last: Event, frame: Frame | None) -> str | None:
    """The date of the meeting just reported when the page's own event dates it ('On
    November 12, commencing at 6:00 p.m. (local time, …)'): left undated, it would be
    folded into the reunion's earlier date as one meeting of the two."""
    if frame is None or not frame.gathering:
        return None
    city = frame.place.name if frame.place is not None else None
    return given_date(frame) if last.location.city in (None, city) else None


def _behind(marker: Token) -> bool:
    """'since January', 'following the February meeting', 'after their talks in
    May': what the reunion comes after lies behind it — always for 'since', for
    'following' / 'after' when what follows is a meeting."""
    if marker.lower_ == "since":
        return True
    nouns = word_set("readouts.json", "reunion_nouns")
    return any(
        c.dep_ in ("pobj", "dobj") and (c.lemma_.lower() in nouns or c.lower_ in nouns)
        for c in marker.children
    )


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
