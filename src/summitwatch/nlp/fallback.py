"""A broad proposer for the sentences no reader proposes anything for, guarded by a
learned filter (docs/extraction.md, "A fallback proposer").

Four rounds of rules written for constructions did not carry to unseen text: most
events missed there are events no reader proposes. This module proposes from what
any such sentence shows, without a construction of its own: a trigger word the
readers already know (`triggers.trigger_kind`) and the people the doc's index
resolved in the sentence —
- meeting: two or more resolved people (KB people or people named with an office)
  of different countries in a sentence with a meeting trigger; the one nearest
  before the trigger (or the trigger's subject) meets each of the others;
- visit: a resolved person who is the subject of a visit trigger (or the nearest
  before it) and a place the trigger governs (`venue.places_for`) outside his or
  her country.
Status, date and place come from the shared components (the sentence reader's
`event`, `event_dates.date_for`, `venue.places_for`).

Proposals this broad are often wrong, so each is kept only when a small logistic
model (`patterns/fallback_filter.json`, trained by `scripts/fallback_filter.py` on
labels from the scorer over the readable sets) gives it a probability at or above
its threshold. Its features are what the proposal's sentence shows in the parse
and the KB (the people's offices, their link to the trigger, status, date, place,
quotes, first person), never words. Without the file, or with `enabled` false,
nothing is proposed."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from spacy.tokens import Span, Token

from summitwatch.models import STATUSES, Event, Participant
from summitwatch.nlp.clause_subjects import governing_verb, subjects
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.logistic import probability, sentence_cues, stored_model
from summitwatch.nlp.mentions import PersonMention, PlaceMention
from summitwatch.nlp.set_aside import set_aside
from summitwatch.nlp.triggers import trigger_candidates, trigger_kind
from summitwatch.nlp.venue import places_for

MakeEvent = Callable[..., Event]
_LINK_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj", "appos", "poss")


def guard() -> dict | None:
    """The stored filter (`logistic` format), or None when the fallback is off."""
    return stored_model("fallback_filter.json")


Guess = tuple[int, Event, dict[str, float]]  # (sentence number, event, features)


def fallback_events(
    index: DocIndex, sent: Span, make_event: MakeEvent, read: Sequence[Event]
) -> list[tuple[Event, dict[str, float]]]:
    """The sentence's proposals with their features, when the fallback is on;
    `read` are the events the readers found in it (a sentence they read is
    proposed for only when the stored model says so, and only for people they
    left out). Nothing is decided here: `add_guesses` decides with the whole doc."""
    model = guard()
    if model is None or (read and not model.get("busy_sentences")):
        return []
    return proposals(index, sent, make_event, read)


def add_guesses(
    per_sentence: list[tuple[Span, list[Event]]], guesses: list[Guess]
) -> list[tuple[Span, list[Event]]]:
    """The readers' events with the guesses the learned filter keeps, each in its
    sentence; never a guess a reader's event of the doc already tells, nor one
    made twice (the fallback is for events no reader proposes anywhere)."""
    model = guard()
    if model is None or not guesses:
        return per_sentence
    kept: dict[int, list[Event]] = {}
    told = {guess_key(e) for _, events in per_sentence for e in events}
    for n, event, row in doc_features(per_sentence, guesses):
        if guess_key(event) in told or probability(model, row) < model["threshold"]:
            continue
        told.add(guess_key(event))
        kept.setdefault(n, []).append(event)
    return [
        (sent, events + kept.get(n, []))
        for n, (sent, events) in enumerate(per_sentence)
    ]


def doc_features(
    per_sentence: list[tuple[Span, list[Event]]], guesses: list[Guess]
) -> list[Guess]:
    """The guesses with what the readers' events of the whole doc show about them
    (how many events the readers gave its first person), without those whose
    people one reader's event already holds (a group the pair sat in, a meeting on
    the traveller's trip)."""
    events = [e for _, found in per_sentence for e in found]
    out: list[Guess] = []
    for n, event, row in guesses:
        names = set(event.names)
        if any(names <= set(e.names) for e in events):
            continue  # its people sat together in a reader's event: that one retold
        row = dict(row)
        first = event.names[0] if event.names else None
        row["first_events"] = math.log1p(sum(first in e.names for e in events))
        row["doc_events"] = math.log1p(len(events))
        out.append((n, event, row))
    return out


def guess_key(event: Event) -> tuple:
    """What makes two events the same for the fallback: a visit's traveller and
    country, a meeting's set of people."""
    if event.type == "visit":
        return event.type, tuple(event.names[:1]), event.location.country
    return event.type, frozenset(event.names)


def proposals(
    index: DocIndex, sent: Span, make_event: MakeEvent, read: Sequence[Event]
) -> list[tuple[Event, dict[str, float]]]:
    """Every proposal for the sentence with its features (before the filter), but
    none a reader's event of the sentence (`read`) already tells."""
    people = _people(index, sent)
    if not people:
        return []
    found: list[tuple[Event, dict[str, float]]] = []
    seen: set[tuple] = set()
    for e in read:  # a traveller read here made the trip told (rule 1)
        if e.type == "visit" and e.names:
            seen.add(("traveller", e.names[0]))
        if e.type == "meeting":
            seen.add(("meeting", frozenset(e.names)))
            seen |= {("traveller", name) for name in e.names}
    for trigger in trigger_candidates(sent):
        kind = trigger_kind(trigger)
        if kind is None or set_aside(index, kind, trigger):
            continue
        if kind == "meeting" and len(people) >= 2:
            for pair in _pairs(trigger, people):
                key = ("meeting", frozenset(m.participant.name for m in pair))
                if key not in seen:
                    seen.add(key)
                    found.append(_propose(index, trigger, pair, people, make_event))
        elif kind == "visit":
            traveller = _subject_or_before(trigger, people)
            if traveller is None:
                continue
            place = _abroad(index, trigger, traveller.participant)
            if place is None:
                continue
            key = ("visit", traveller.participant.name, place.place.country)
            if key not in seen and ("traveller", key[1]) not in seen:
                seen.add(key)
                found.append(
                    _propose(index, trigger, [traveller], people, make_event, place)
                )
    found = [(e, row) for e, row in found if row["leaders"] == 1.0]  # leaders only
    for _, row in found:
        row["proposals"] = math.log1p(len(found) - 1)
        row["busy"] = float(bool(read))
        row["read_here"] = math.log1p(len(read))
    return found


def _people(index: DocIndex, sent: Span) -> list[PersonMention]:
    """The sentence's resolved people, each once (first mention): KB people and
    people named with an office."""
    found: dict[str, PersonMention] = {}
    for m in index.mentions_in(sent.start, sent.end):
        p = m.participant
        if (p.person_id or p.office) and p.name not in found:
            found[p.name] = m
    return list(found.values())


def _anchor(trigger: Token, people: list[PersonMention]) -> PersonMention:
    """Whose event it is: the subject of the trigger's clause when it is one of the
    people, else the person named nearest before the trigger, else the first."""
    found = _subject_or_before(trigger, people)
    return found if found is not None else people[0]


def _subject_mention(
    trigger: Token, people: list[PersonMention]
) -> PersonMention | None:
    """The one of `people` who is the subject of the trigger's clause, or the
    possessor of a trigger noun ('Abe's talks with X')."""
    verb = governing_verb(trigger)
    heads = {t.i for s in subjects(verb) for t in s.subtree}
    if trigger.pos_ in ("NOUN", "PROPN"):  # 'Abe's talks with X'
        heads |= {t.i for c in trigger.children if c.dep_ == "poss" for t in c.subtree}
    return next((m for m in people if m.start in heads), None)


def _pairs(trigger: Token, people: list[PersonMention]) -> list[list[PersonMention]]:
    """The anchor with each other person of another country (or of no known one)."""
    anchor = _anchor(trigger, people)
    home = anchor.participant.country
    return [
        [anchor, m]
        for m in people
        if m is not anchor and not (home and m.participant.country == home)
    ]


def _subject_or_before(
    trigger: Token, people: list[PersonMention]
) -> PersonMention | None:
    """Whose event it is: the subject of the trigger's clause when it is one of
    the people, else the person named nearest before the trigger; None when no one
    comes before it (a visit's traveller must; `_anchor` takes the first person)."""
    subject = _subject_mention(trigger, people)
    if subject is not None:
        return subject
    before = [m for m in people if m.start < trigger.i]
    return before[-1] if before else None


def _abroad(index: DocIndex, trigger: Token, who: Participant) -> PlaceMention | None:
    """The first place the trigger governs that lies outside `who`'s country."""
    for place in places_for(index, trigger):
        country = place.place.country
        if country and country != who.country:
            return place
    return None


def _propose(
    index: DocIndex,
    trigger: Token,
    mentions: list[PersonMention],
    people: list[PersonMention],
    make_event: MakeEvent,
    place: PlaceMention | None = None,
) -> tuple[Event, dict[str, float]]:
    participants = [m.participant for m in mentions]
    if place is None:
        found = places_for(index, trigger)
        place = found[0] if found else None
    when = date_for(index, trigger, participants)
    event = make_event(
        "meeting" if len(mentions) > 1 else "visit", trigger, participants, place, when
    )
    return event, _features(index, trigger, mentions, people, event)


def _features(
    index: DocIndex,
    trigger: Token,
    mentions: list[PersonMention],
    people: list[PersonMention],
    event: Event,
) -> dict[str, float]:
    """What the parse and the KB show about one proposal (no word identities)."""
    sent = trigger.sent
    doc = sent.doc
    day = parse_iso(event.date) or index.published
    parts = [m.participant for m in mentions]
    verb = governing_verb(trigger)
    span = {t.i for t in verb.subtree} | {t.i for t in trigger.subtree}
    linked = sum(
        1
        for m in mentions
        if m.start in span and doc[m.start : m.end].root.dep_ in _LINK_DEPS
    )
    subject = _subject_mention(trigger, mentions)
    near = min(abs(m.start - trigger.i) for m in mentions)
    text = sent.text
    return {
        "meeting": float(event.type == "meeting"),
        "verb": float(trigger.pos_ == "VERB"),
        **{f"status_{s}": float(event.status == s) for s in STATUSES},
        "leaders": sum(index.leads_country_on(p, day) for p in parts) / len(parts),
        "known": sum(p.person_id is not None for p in parts) / len(parts),
        "people_in_sentence": math.log(len(people)),
        "linked": linked / len(mentions),
        "subject": float(subject is not None),
        "distance": math.log1p(near),
        "dated": float(bool(event.date)),
        "day": float(bool(event.date) and len(event.date) == 10),
        "city": float(bool(event.location.city)),
        "country": float(bool(event.location.country)),
        **sentence_cues(sent),
        "line": float(not text.rstrip().endswith((".", '"', "”"))),
        "position": sent.start / max(len(doc), 1),
        "past": float(verb.tag_ == "VBD"),
        "main_clause": float(verb.dep_ == "ROOT"),
        "reported": float(_reported(verb)),
        "with_phrase": float(_in_with_phrase(trigger, mentions)),
        "countries_differ": float(
            len({p.country for p in parts if p.country}) == len(parts) > 1
        ),
    }


def _reported(verb: Token) -> bool:
    """The trigger's clause is what someone says ('X said Y would meet Z')."""
    saying = lexicon().status["reporting_verbs"]
    head = verb
    for _ in range(3):
        if head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in saying:
            return True
    return False


def _in_with_phrase(trigger: Token, mentions: list[PersonMention]) -> bool:
    """A party is the object of a 'with' phrase of the trigger or its verb."""
    starts = {m.start for m in mentions}
    for head in (trigger, governing_verb(trigger)):
        for prep in (c for c in head.children if c.lower_ == "with"):
            if any(t.i in starts for t in prep.subtree):
                return True
    return False
