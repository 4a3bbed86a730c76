"""One trip told twice: "… since the visit by King Faisal in 1971. … When the King
visited Japan, he had a meal with my grandfather at his residence in Gotemba" (dev
052). The meeting's sentence names no date, so it would borrow the one in view (the
1970 of the sentence before); the dated telling of the same traveller's trip to the
same country lends it its date, and the bare visit is the meeting's trip (SCHEMA.md
rules 1 and 5)."""

from __future__ import annotations

from summitwatch.models import Event
from summitwatch.nlp.doc_index import DocIndex


def lend_trip_dates(events: list[Event], index: DocIndex) -> list[Event]:
    """The meetings dated only by their context take the date of the same trip told
    with a date of its own; that visit folds into the meeting."""
    dated = _dated_sentences(index)
    folded: set[int] = set()
    for visit in events:
        if (
            visit.type != "visit"
            or not visit.date
            or _sentence(index, visit) not in dated
        ):
            continue
        meeting = _undated_meeting(events, visit, index, dated)
        if meeting is not None:
            meeting.date = visit.date
            folded.add(id(visit))
    return [e for e in events if id(e) not in folded]


def _undated_meeting(
    events: list[Event], visit: Event, index: DocIndex, dated: set[int]
) -> Event | None:
    """The traveller's meeting in the same country, with the same status, whose own
    sentence names no date and whose date differs."""
    traveller = visit.names[0]
    for event in events:
        if (
            event.type == "meeting"
            and traveller in event.names
            and event.status == visit.status
            and event.location.country == visit.location.country
            and event.date != visit.date
            and _sentence(index, event) not in dated
            and _sentence(index, event) is not None
        ):
            return event
    return None


def _dated_sentences(index: DocIndex) -> set[int]:
    """The start token of every sentence holding a date mention."""
    return {index.doc[i].sent.start for i in index.date_at}


def _sentence(index: DocIndex, event: Event) -> int | None:
    """The start token of the sentence the event's evidence begins in."""
    if event.start_char is None:
        return None
    span = index.doc.char_span(
        event.start_char, event.start_char + 1, alignment_mode="expand"
    )
    return span.sent.start if span is not None else None
