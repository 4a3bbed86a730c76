"""Events whose date the text does not state but the context lent them (a lede's
publication day, the paragraph's year, the event before): such a date cannot tell
two reports of one encounter apart (SCHEMA.md rules 1 and 5, issue #10)."""

from __future__ import annotations

from dataclasses import replace

from summitwatch.models import STATUS_PRIORITY, Event
from summitwatch.nlp.trips.same import PEOPLE, fuller, places_agree, realised


def _same_but_date(guessed: Event, stated: Event) -> bool:
    """The same people, kind of event and place, and a stated date in the year the
    context lent ('Hun Sen (left) met with Abhisit' in a caption dated on
    publication, and 'Hun Sen met with Abhisit on Friday' in the body)."""
    return (
        guessed.type == stated.type
        and PEOPLE["same"](guessed, stated)
        and realised(guessed) == realised(stated)
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
        if fuller(event.location, kept.location):
            kept = replace(kept, location=event.location)
        if event.date.startswith(kept.date):  # 'in 1960', and April 1960 before
            kept = replace(kept, date=event.date)
        out[stated[0]] = kept
        out = [e for e in out if e is not event]
    return out
