"""'Obama will meet Nigerian President Goodluck Jonathan on Wednesday. … Jonathan's
visit to Washington is less than two weeks after he was inaugurated': an undated
visit of a meeting's guest to the country of the other person at it is the trip the
meeting happens on (SCHEMA.md rule 1). The meeting, placed nowhere by its own
sentence, is where the visit goes; the visit is not a second event. Without this the
visit stays apart (its tense read on its own) and the meeting has no country."""

from __future__ import annotations

from summitwatch.models import Event


def _hosts_there(meeting: Event, visit: Event) -> bool:
    """Someone at the meeting, other than the traveller, is at home where the visit
    goes (rule 17: a meeting hosted with no place named is in the host's country)."""
    traveller = visit.names[0]
    return any(
        p.name != traveller and p.country == visit.location.country
        for p in meeting.participants
    )


def place_by_guest_visit(events: list[Event]) -> list[Event]:
    """Unplaced meetings take the place of their guest's one undated visit there."""
    dropped: set[int] = set()
    for visit in events:
        if visit.type != "visit" or visit.date or not visit.location.country:
            continue
        meetings = [
            e
            for e in events
            if e.type == "meeting"
            and e.status != "not_occurred"
            and visit.names[0] in e.names
            and e.location.country is None
            and _hosts_there(e, visit)
        ]
        if len(meetings) != 1:
            continue  # which of them the trip was for, the text does not say
        meetings[0].location = visit.location
        dropped.add(id(visit))
    return [e for e in events if id(e) not in dropped]
