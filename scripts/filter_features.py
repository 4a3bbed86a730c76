"""The features of the learned event filter (scripts/learn_filter.py): what the
extractor already knows about an emitted event (its type and status, its people's
offices on the day per the KB, its date and place, where in the text it was read and
how many others the text gave), never its words, which a model would memorise text
by text. Computed from an Event (or a JSON Lines record read back with
`Event.from_record`), so the same features apply to the output of old commits.

Measured and not adopted (docs/extraction.md, "A learned event filter: measured"):
this lives beside the training script, not in the package. Plain Python, so that
the extractor could apply stored coefficients without numpy if it is ever wired in."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Event, PartialDate

STATUSES = ("occurred", "planned", "hypothetical", "unconfirmed")  # not_occurred: base
_QUOTES = '"“”‘’«»'


def _year(value: str | None) -> int | None:
    try:
        return PartialDate.parse(value).year if value else None
    except ValueError:
        return None


def _day(event: Event, published: date | None) -> date | None:
    """The day the event's people held their offices: its date's first day, or the
    publication day for an undated event."""
    found = PartialDate.prefix(event.date) if event.date else None
    return found.first if found is not None else published


def _leaders(event: Event, kb: KnowledgeBase | None, day: date | None) -> float:
    """The share of the event's people who led a country (head of state or government
    or party leader, per the KB) on the day."""
    if kb is None or not event.participants:
        return 0.0
    held = 0
    for p in event.participants:
        person = kb.person(p.person_id) if p.person_id else None
        held += bool(person is not None and person.is_leader_on(day))
    return held / len(event.participants)


def features(
    event: Event,
    events: Sequence[Event],
    *,
    kb: KnowledgeBase | None,
    text_len: int,
    published: date | None,
) -> dict[str, float]:
    """The event's features, by name; `events` are all the article's events."""
    people = event.participants
    n = len(people)
    pub_year = published.year if published else None
    year = _year(event.date)
    before = (pub_year - year) if pub_year and year else 0
    ev = event.evidence or ""
    names = set(event.names)
    same_people = sum(1 for e in events if set(e.names) == names) - 1
    first = event.names[0] if event.names else None
    with_first = sum(1 for e in events if first in e.names) / max(len(events), 1)
    same_span = sum(1 for e in events if e.start_char == event.start_char) - 1
    at = next((i for i, e in enumerate(events) if e is event), len(events))
    repeat = any(
        (e.type, set(e.names), e.location.country)
        == (event.type, names, event.location.country)
        for e in events[:at]
    )
    countries = {p.country for p in people if p.country}
    leaders = _leaders(event, kb, _day(event, published))
    precision = event.date_precision
    out = {
        "meeting": float(event.type == "meeting"),
        "visit": float(event.type == "visit"),
        **{f"status_{s}": float(event.status == s) for s in STATUSES},
        "people": math.log(n) if n else 0.0,
        "known": sum(p.person_id is not None for p in people) / max(n, 1),
        "leaders": leaders,
        "all_leaders": float(n > 0 and leaders == 1.0),
        "offices": sum(p.office is not None for p in people) / max(n, 1),
        "countries": float(len(countries)),
        "dated": float(bool(event.date)),
        "day": float(precision == "day"),
        "month": float(precision == "month"),
        "years_before": math.log1p(max(before, 0)) if year else 0.0,
        "after_publication": float(bool(year and pub_year and year > pub_year)),
        "no_publication": float(published is None),
        "city": float(bool(event.location.city)),
        "country": float(bool(event.location.country)),
        "at_home": float(
            event.type == "meeting" and event.location.country in countries
        ),
        "travel_mode": float(bool(event.travel_mode)),
        "position": (event.start_char or 0) / max(text_len, 1),
        "lede": float((event.start_char or 0) < 600),
        "quoted": float(any(c in ev for c in _QUOTES)),
        "line": float("\t" in ev or "|" in ev or not ev.rstrip().endswith(".")),
        "evidence_len": math.log1p(len(ev)),
        "doc_events": math.log1p(len(events)),
        "same_people": math.log1p(max(same_people, 0)),
        "same_sentence": math.log1p(max(same_span, 0)),
        "main_person": with_first,
        "repeat": float(repeat),
        "confidence": event.confidence,
    }
    return out


FEATURES = tuple(
    features(Event("visit", "occurred", []), [], kb=None, text_len=1, published=None)
)
