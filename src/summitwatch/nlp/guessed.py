"""Events whose date the text does not state but the context lent them (a lede's
publication day, the paragraph's year, the event before): such a date cannot tell
two reports of one encounter apart (SCHEMA.md rules 1 and 5, issue #10)."""

from __future__ import annotations

import re
from dataclasses import replace

from summitwatch.models import REALISED, STATUS_PRIORITY, Event, Location
from summitwatch.nlp.lexicon import lexicon


def places_agree(a: Location, b: Location) -> bool:
    """No two different countries, nor two different cities: one place may be."""
    if a.country and b.country and a.country != b.country:
        return False
    return not (a.city and b.city and a.city != b.city)


def _fuller(a: Location, b: Location) -> bool:
    return bool(a.city and not b.city or a.country and not b.country)


def _same_but_date(guessed: Event, stated: Event) -> bool:
    """The same people, kind of event and place, and a stated date in the year the
    context lent ('Hun Sen (left) met with Abhisit' in a caption dated on
    publication, and 'Hun Sen met with Abhisit on Friday' in the body)."""
    return (
        guessed.type == stated.type
        and set(guessed.names) == set(stated.names)
        and (guessed.type != "visit" or guessed.names[:1] == stated.names[:1])
        and (guessed.status in REALISED) == (stated.status in REALISED)
        and bool(stated.date and guessed.date)
        and stated.date[:4] == guessed.date[:4]
        and places_agree(guessed.location, stated.location)
    )


def fold_guessed(events: list[Event], guessed: list[Event]) -> list[Event]:
    """Fold each event dated only by its context into an event with a date of its
    own that reports the same encounter; that one keeps its date, and takes the
    fuller place and the stronger status (rule 5: 'will attend' beside 'would
    attend')."""
    lent = {id(e) for e in guessed}
    out = list(events)
    for event in guessed:
        stated = [
            i
            for i, e in enumerate(out)
            if id(e) not in lent and _same_but_date(event, e)
        ]
        if len(stated) != 1:
            continue  # none, or several dates to choose from
        kept = out[stated[0]]
        kept = replace(
            kept, status=min(kept.status, event.status, key=STATUS_PRIORITY.index)
        )
        if _fuller(event.location, kept.location):
            kept = replace(kept, location=event.location)
        if event.date.startswith(kept.date):  # 'in 1960', and April 1960 before
            kept = replace(kept, date=event.date)
        out[stated[0]] = kept
        out = [e for e in out if e is not event]
    return out


def _another_occasion(event: Event) -> bool:
    words = re.sub(r"\W+", " ", event.evidence.lower())
    cues = lexicon().status["another_occasion_cues"]
    return any(re.search(rf"\b{cue}\b", words) for cue in cues)


def _held_twin(prospect: Event, events: list[Event]) -> list[int]:
    """Where the held meeting of the same people, at a place that agrees, is."""
    return [
        i
        for i, e in enumerate(events)
        if e.type == "meeting"
        and e.status in REALISED
        and set(e.names) == set(prospect.names)
        and places_agree(e.location, prospect.location)
    ]


def fold_prospects_into_held(events: list[Event]) -> list[Event]:
    """An undated meeting in prospect of the same people as a meeting the text
    reports held is that meeting, said before or around it (SCHEMA.md rule 5: the
    latest status), unless its sentence points to another occasion ('agreed to
    meet soon'): 'hope for the success of the G20 Osaka Summit in cooperation
    with Modi', in a readout of their meeting there."""
    out = list(events)
    for event in events:
        if event.type != "meeting" or event.status in REALISED or event.date:
            continue
        twins = _held_twin(event, out)
        if len(twins) != 1 or _another_occasion(event):
            continue
        held = out[twins[0]]
        if _fuller(event.location, held.location):
            out[twins[0]] = replace(held, location=event.location)
        out = [e for e in out if e is not event]
    return out
