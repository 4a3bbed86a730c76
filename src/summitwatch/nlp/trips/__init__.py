"""The one place where reports of one trip fold into one event (SCHEMA.md rule 1: one
event per trip or encounter; rule 5: the latest status).

A visit and the meeting on that trip, an announced trip and the meetings announced
on it, the days of one stay, a listed stop and the sentence that details it, a
departure, an itinerary's stops, a plan and the meeting held: each is a `Fold` of
`rules.FOLDS`, asking `same.py` whether two events are one trip. `fold_trips` runs
the folds a stage of `process()` names, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from summitwatch.models import Event
from summitwatch.nlp.doc_text import sentence_at
from summitwatch.nlp.trips.rules import FOLDS, TAKE, Context, Fold
from summitwatch.nlp.trips.same import fuller, places_agree
from summitwatch.nlp.trips.told import bound_for, told_trips, under_way

if TYPE_CHECKING:
    from spacy.tokens import Span

    from summitwatch.nlp.doc_index import DocIndex

__all__ = [
    "ARTICLE",
    "DATED",
    "GUESTS",
    "LEFT",
    "OUTCOME",
    "PLANS",
    "TOLD",
    "TRIP",
    "Context",
    "fold_trips",
    "fuller",
    "places_agree",
    "dated_context",
    "told_context",
    "departure_context",
    "settle_stops",
    "would_fold",
]

# the stages of process(): the sentence events once tidied (before and after their
# duplicates merge), and the trip once tables, itineraries and departures are in
ARTICLE = ("heading visit", "announced trip", "visit")
PLANS = (
    "prospect",
    "early talk",
    "visit of the one meeting",
    "visit at a meeting's place",
    "stay of a meeting",
)
LEFT = ("departure",)
TRIP = (
    "listed stop",
    "announced trip",
    "days of one stay",
    "a day of a told stay",
    "undated reading",
)
DATED = ("dated telling",)
GUESTS = ("guest's undated visit",)
TOLD = (
    "told trip",
    "trip begun",
    "trip under way",
    "visit at a meeting's place",
    "stay of a meeting",
)
# last, once every event has the date the text lends it: one occasion told as
# ahead and as held (an undated plan beside the text's dated events is no plan of
# unknown time)
OUTCOME = ("plan and outcome",)


def fold_trips(
    events: list[Event], folds: Sequence[str], context: Context | None = None
) -> list[Event]:
    """`events` with each of the named folds applied, in order."""
    for name in folds:
        events = _fold(FOLDS[name], events, context or Context())
    return events


def _fold(rule: Fold, events: list[Event], context: Context) -> list[Event]:
    out = list(events)
    origin = [id(e) for e in events]  # which event each of `out` was, once taken into
    for first in events:
        at = next((n for n, o in enumerate(origin) if o == id(first)), None)
        if at is None or not rule.gives_way(out[at], events, context):
            continue
        event = out[at]
        found = _targets(rule, at, out, events, context)
        for n in found:
            for what in rule.take:
                out[n] = TAKE[what](out[n], event)
        if found:
            del out[at], origin[at]
    return out


def _targets(
    rule: Fold, at: int, out: list[Event], events: list[Event], context: Context
) -> list[int]:
    """Where `rule` folds `out[at]`: the events of its trip within the rule's reach."""
    found = [
        n
        for n, kept in enumerate(out)
        if n != at and rule.into(kept, events, context)
        and rule.one_trip(out[at], kept)
        and not (context.apart and context.apart(out[at], kept))
    ]  # fmt: skip
    return _reach(rule.reach, found, at, out)


def would_fold(name: str, event: Event, events: list[Event]) -> bool:
    """Whether the fold `name` would take `event` (one of `events`) into another of
    them: for a step that must leave an event as it is for a fold to come
    (`assemble._date_news` and a guest's undated visit)."""
    rule, context = FOLDS[name], Context()
    if not rule.gives_way(event, events, context):
        return False
    at = next(n for n, e in enumerate(events) if e is event)
    return bool(_targets(rule, at, events, events, context))


def _reach(reach: str, found: list[int], at: int, out: list[Event]) -> list[int]:
    """Which of the events of the same trip the folding one goes into."""
    if reach == "nearest" and found:
        here = out[at].start_char or 0
        return [min(found, key=lambda n: abs((out[n].start_char or 0) - here))]
    if reach == "only":
        return found if len(found) == 1 else []
    if reach == "earlier":
        return [n for n in found if n < at][:1]
    if reach == "first":
        return found[:1]
    return found


def settle_stops(stops: list[Event], events: list[Event]) -> list[Event]:
    """The stops of prose itineraries ('went to Washington, Honolulu, …') that no
    other reading already holds: not a stop where the traveller met someone, not a
    stop a later sentence retells (rule 1)."""
    context = Context(stops={id(e) for e in stops})
    kept = fold_trips([*events, *stops], ("stop met at", "stop retold"), context)
    held = {id(e) for e in kept}
    return [e for e in stops if id(e) in held]


def departure_context(left: list[tuple[Span, str]]) -> Context:
    """The sentences that have someone leave a country ('left South Africa')."""
    return Context(left=[(s.start_char, s.end_char, c) for s, c in left])


def dated_context(events: list[Event], index: DocIndex) -> Context:
    """Whether each event's own sentence (the one its evidence begins in) holds a
    date mention."""
    dated = {index.doc[i].sent.start for i in index.date_at}
    out: dict[int, bool] = {}
    for event in events:
        if event.start_char is None:
            continue
        sent = sentence_at(index.doc, event.start_char)
        if sent is not None:
            out[event.start_char] = sent.start in dated
    return Context(dated=out)


def told_context(events: list[Event], index: DocIndex) -> Context:
    """Which visits come from a sentence that only talks of the trip, which from
    one that has the traveller leave for the place, and which from one that tells
    the journey in the present (`told.py`)."""
    return Context(
        told=told_trips(events, index),
        bound=bound_for(events, index),
        under_way=under_way(events, index),
    )
