"""A learned confidence filter over the events the extractor emits (docs/extraction.md,
"Session 10: a confidence filter trained on blind-time output").

On unseen text about four events in ten the extractor emits are false alarms, spread
over every reader. This step scores each emitted event with a logistic model
(`patterns/confidence_filter.json`, the `logistic` format, fitted by
`scripts/confidence_filter.py` on the extractor's output on sets while they were still
unseen, labelled by the scorer) and drops those below its threshold. Its features
are what any event shows — its type and status, its people's offices on its day per
the KB, its date and place, and cues its evidence sentence shows in the parse
(negation, a modal, a condition, the future, a quote or report, a question, a table
row) — never words of one text. `features` is the one function the training script
and this step both call. With `enabled` false (or no file) nothing is computed."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.people import TOP_ROLES, Office
from summitwatch.models import STATUSES as ALL_STATUSES
from summitwatch.models import Event, PartialDate
from summitwatch.nlp.doc_text import doc_text, sentence_at, span_text
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.logistic import keeps, sentence_cues, stored_model
from summitwatch.nlp.mentions import leader_roles

MODEL = "confidence_filter.json"
_CUES = "status_cues.json"  # the word lists the status reader and this filter share
# each status but the baseline, not_occurred, one feature apiece
STATUSES = tuple(s for s in ALL_STATUSES if s != "not_occurred")


def confident_events(
    events: list[Event], doc: Doc, kb: KnowledgeBase, published: date | None
) -> list[Event]:
    """The events the stored model keeps (all of them when it is off)."""
    model = stored_model(MODEL)
    if model is None or not events:
        return events
    return [e for e in events if keeps(model, features(e, events, doc, kb, published))]


def features(
    event: Event,
    events: Sequence[Event],
    doc: Doc,
    kb: KnowledgeBase,
    published: date | None,
) -> dict[str, float]:
    """What the event, the KB and its evidence sentence's parse show, by name;
    `events` are all the doc's events (offsets in `doc`)."""
    sent = evidence_sentence(doc, event.start_char)
    # its date's first day is the day its people's offices are read on (the
    # publication day for an undated event)
    found = PartialDate.prefix(event.date) if event.date else None
    row = {
        "meeting": float(event.type == "meeting"),
        "visit": float(event.type == "visit"),
        **{f"status_{s}": float(event.status == s) for s in STATUSES},
        **_people(event, kb, found.first if found is not None else published),
        **_when(event, found, published),
        **_where(event),
        "travel_mode": float(bool(event.travel_mode)),
        "doc_events": math.log1p(len(events)),
        **_others(event, events),
        "named_in_doc": _named_in(event, doc_text(doc)),
    }
    row.update(
        _sentence(sent, event, events) if sent is not None else {"no_sentence": 1.0}
    )
    return row


def evidence_sentence(doc: Doc, start_char: int | None) -> Span | None:
    """The sentence of the doc where the event's evidence begins (on white space,
    the sentence of the token after it)."""
    return None if start_char is None else sentence_at(doc, start_char, or_next=True)


def _others(event: Event, events: Sequence[Event]) -> dict[str, float]:
    """What the doc's other events share with it: people in an event of its type
    (a pair cut from a group, the same stay told twice), its very people."""
    people = set(event.names)
    same = [e for e in events if e is not event and e.type == event.type]
    return {
        "overlapping": math.log1p(sum(bool(people & set(e.names)) for e in same)),
        "within_other": float(any(people < set(e.names) for e in same)),
        "same_people": float(
            any(e is not event and set(e.names) == people for e in events)
        ),
    }


def _named_in(event: Event, text: str) -> float:
    """How often its people's surnames occur in the text (the mean, log): the
    people a text is about are named again and again."""
    if not event.participants:
        return 0.0
    counts = [text.count(p.name.split()[-1]) for p in event.participants if p.name]
    return sum(math.log1p(c) for c in counts) / len(event.participants)


def _people(event: Event, kb: KnowledgeBase, day: date | None) -> dict[str, float]:
    """Shares of its people by what the KB says they held on the day: a top office
    (head of state or government), a foreign minister's, another or none; unknown
    people, and those of them with a leader's title written with the name."""
    counts = dict.fromkeys(("head", "minister", "other_office", "unknown", "titled"), 0)
    for p in event.participants:
        person = kb.person(p.person_id) if p.person_id else None
        if person is None:
            counts["unknown"] += 1
            counts["titled"] += leader_roles(p.office) is not None
        else:
            counts[_office(person.office_on(day))] += 1
    n = max(len(event.participants), 1)
    row = {k: v / n for k, v in counts.items()}
    countries = {p.country for p in event.participants if p.country}
    row["people"] = math.log(n)
    row["one_country"] = float(len(event.participants) > 1 and len(countries) == 1)
    return row


def _office(office: Office | None) -> str:
    """The share an office counts in: the KB's roles read as the filter's three."""
    if office is not None and office.role in TOP_ROLES:
        return "head"
    if office is not None and office.role == "foreign_minister":
        return "minister"
    return "other_office"


def _when(
    event: Event, found: PartialDate | None, published: date | None
) -> dict[str, float]:
    """Its date's precision and how far it lies (`found`, the date it starts with)
    from the publication day."""
    precision = event.date_precision if found is not None else None
    years = (found.first.year - published.year) if found and published else 0
    return {
        "dated_year": float(precision == "year"),
        "dated_month": float(precision == "month"),
        "dated_day": float(precision == "day"),
        "years_before": math.log1p(max(0, -years)),
        "ahead": float(years > 0),
    }


def _where(event: Event) -> dict[str, float]:
    """Whether a city and a country were found, and whether the country is a
    participant's own (a traveller's own country is no visit)."""
    country = event.location.country
    homes = [p.country for p in event.participants]
    return {
        "city": float(bool(event.location.city)),
        "country": float(bool(country)),
        "at_home": float(bool(country) and country in homes),
        "traveller_home": float(
            event.type == "visit" and bool(country) and homes[:1] == [country]
        ),
    }


def _sentence(sent: Span, event: Event, events: Sequence[Event]) -> dict[str, float]:
    """Where the evidence sentence stands, how many events it holds, and its cues."""
    doc = sent.doc
    line = span_text(sent)
    text = line.strip()
    here = sum(
        e.start_char is not None and sent.start_char <= e.start_char < sent.end_char
        for e in events
    )
    return {
        "no_sentence": 0.0,
        **sentence_cues(sent),
        "position": sent.start_char / max(len(doc_text(doc)), 1),
        "same_sentence": math.log1p(max(here - 1, 0)),
        "evidence_in_sentence": float(
            bool(event.evidence) and event.evidence.strip()[:40] in line
        ),
        "question": float(text.endswith("?")),
        "row": float(_row(text, line, sent)),
        **_named_here(sent, event),
        **_cues(sent),
    }


def _named_here(sent: Span, event: Event) -> dict[str, float]:
    """Whether its people are named in the sentence, and whether the sentence names
    more people than the event holds (one pair read out of a list)."""
    names = [p.name.split()[-1] for p in event.participants if p.name]
    here = span_text(sent)
    persons = sum(ent.label_ == "PERSON" for ent in sent.ents)
    n = max(len(event.participants), 1)
    return {
        "named_here": sum(w in here for w in names) / n,
        "persons_here": math.log1p(persons),
        "more_named": float(persons > len(event.participants)),
    }


def _cues(sent: Span) -> dict[str, float]:
    """What the parse shows of the sentence's factuality: a negation, a modal of
    possibility, a conditional mark, a future, a reporting verb (the cue lists of
    status_cues.json; a first person is one of `sentence_cues`)."""
    pairs = [(t, t.lemma_.lower()) for t in sent]

    def has(key: str, test: Callable[[Token], bool]) -> float:
        words = word_set(_CUES, key)
        return float(any(test(t) and w in words for t, w in pairs))

    return {
        "negation": float(any(t.dep_ == "neg" for t in sent))
        or has("negation_lemmas", lambda t: True),
        "modal": has("hypothetical_lemmas", lambda t: t.tag_ == "MD"),
        "conditional": has("conditional_marks", lambda t: t.dep_ == "mark"),
        "future": has("planned_lemmas", lambda t: t.tag_ == "MD"),
        "reported": has("reporting_verbs", lambda t: t.pos_ == "VERB"),
    }


def _row(text: str, line: str, sent: Span) -> bool:
    """The sentence is a list or table row: cells, no closing stop, or no verb."""
    if "\t" in line or "|" in line or line.count("  ") >= 2:
        return True
    if not text.endswith((".", "!", "?", '"', "”", "’", "'")):
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)
