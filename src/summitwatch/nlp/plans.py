"""Announced and cancelled trips at the article level (issue #10, SCHEMA.md rules 1
and 21): where a meeting ahead takes place, the date a cancelled stop keeps, dates a
trip ahead must not borrow. (A listed stop folding into the meeting reported there
is the "listed stop" fold of `trips`.)
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Span

from summitwatch.models import REALISED, Event
from summitwatch.nlp.dates import dates_agree
from summitwatch.nlp.doc_index import DocIndex


def _placed_before(events: list[Event], meeting: Event) -> Event | None:
    """The nearest event before `meeting` that places one of its people on a trip
    of the same kind of status and time."""
    before = [
        e
        for e in events
        if _may_place(e, meeting)
        and (e.start_char or 0) < (meeting.start_char or 0)
        and _takes_abroad(e, meeting)
        and dates_agree(e.date, meeting.date)
    ]
    hosts = {p.country for p in meeting.participants if p.country}
    at_host = [e for e in before if e.location.country in hosts]
    if at_host:  # 'travel to China, Mongolia and Japan … will meet President Hu'
        return max(at_host, key=lambda e: e.start_char or 0)
    if not before:
        return None
    nearest = max(e.start_char or 0 for e in before)
    stops = [e for e in before if (e.start_char or 0) == nearest]
    return stops[0] if len({e.location.country for e in stops}) == 1 else None


def _may_place(e: Event, meeting: Event) -> bool:
    """Whether `e` can tell where `meeting` is held: another event, no invitation,
    placed in a country, and as realised as the meeting (a trip ahead places a
    meeting ahead, a trip made one that was held)."""
    return (
        e is not meeting
        and e.type != "invitation"
        and bool(e.location.country)
        and (e.status in REALISED) == (meeting.status in REALISED)
    )


def _takes_abroad(e: Event, meeting: Event) -> bool:
    """Whether `e` puts one of the meeting's people on a trip: the traveller of a
    visit, or a party of a meeting held outside that party's own country. 'President
    Bush will welcome King Abdullah to the White House … the President will also be
    meeting next month with President Mubarak': a leader received at home says
    nothing of where he meets the next guest."""
    people = e.participants[:1] if e.type == "visit" else e.participants
    return any(
        p.name in meeting.names and p.country != e.location.country for p in people
    )


def place_on_trip(events: list[Event]) -> list[Event]:
    """'Pompeo will travel to Paris … The Secretary will also participate in the
    President's meeting with Macron': a meeting ahead that the text does not place
    is on the trip announced before it, where one of its people will be."""
    for meeting in events:
        if meeting.type != "meeting" or meeting.location.country:
            continue
        if meeting.status not in ("planned", "hypothetical"):
            continue
        trip = _placed_before(events, meeting)
        if trip is not None:
            meeting.location = trip.location
    return events


def _host_stop(events: list[Event], meeting: Event) -> Event | None:
    """The one place the text has put a traveller of `meeting`, by the end of the
    meeting's sentence, in the home country of another of its people, at a time
    that may be the meeting's: a visit there or a meeting held there. A stop told
    only after the meeting is not where the reader was told the traveller is."""
    stops = []
    for e in events:
        if not _may_place(e, meeting):
            continue
        if (e.start_char or 0) > (meeting.end_char or meeting.start_char or 0):
            continue
        if not (e.date and meeting.date and _same_time(e, meeting)):
            continue
        there = e.location.country
        if e.type == "visit":
            came = [n for n in e.names[:1] if n in meeting.names]
        else:
            came = [
                p.name
                for p in e.participants
                if p.name in meeting.names and p.country and p.country != there
            ]
        homes = {
            p.country for p in meeting.participants if p.name not in came and p.country
        }
        if came and there in homes:
            stops.append(e)
    places = {(e.location.country, e.location.city) for e in stops}
    countries = {c for c, _ in places}
    if len(countries) != 1:
        return None
    return min(stops, key=lambda e: (e.location.city is None, e.start_char or 0))


def _same_time(stop: Event, meeting: Event) -> bool:
    """Dates that may be one; for a meeting with a place lent by another stop, whose
    date came with that place, a stop of the same month of the trip."""
    if dates_agree(stop.date, meeting.date):
        return True
    lent = meeting.location.country is not None
    return lent and len(stop.date or "") >= 7 and stop.date[:7] == meeting.date[:7]


def _own_place(index: DocIndex, meeting: Event) -> bool:
    """Whether the meeting's place is its own: the country of one of its people
    (a leader received at home), or a place its own sentence names."""
    there = meeting.location.country
    if there in {p.country for p in meeting.participants}:
        return True
    if meeting.start_char is None or meeting.end_char is None:
        return True
    span = index.doc.char_span(
        meeting.start_char, meeting.end_char, alignment_mode="expand"
    )
    if span is None:
        return True
    named = {
        m.place.country
        for i in range(span.start, span.end)
        if (m := index.place_at.get(i)) is not None
    }
    return there in named


def place_at_host_stop(events: list[Event], index: DocIndex) -> list[Event]:
    """'Mr. Erdogan, who met later Wednesday with … Ayatollah Khamenei' after his
    talks in Tehran; 'He also had an audience with the King' after a day in Hanoi and
    a trip to Bangkok: a meeting whose place is not its own (none, or one lent by the
    sentence or frame before), one of whose people the text puts, at a time the
    meeting's date allows, in the home country of another of its people, was held
    there — a leader received at home, the usual case of a trip."""
    for meeting in events:
        if meeting.type != "meeting":
            continue
        if meeting.location.country and _own_place(index, meeting):
            continue
        stop = _host_stop(events, meeting)
        if stop is not None:
            meeting.location = stop.location
    return events


_TRIP_REF = re.compile(
    r"\b(?:his|her|their|the|that|this)\s+(?:[A-Z][\w-]*\s+)?"
    r"(?:trip|tour|journey|visit)s?\b"
)


def date_trip_references(events: list[Event]) -> list[Event]:
    """'… canceling the remainder of his Asia trip, which was to have included
    Malaysia and the Philippines': stops of a trip the text has already dated
    (Obama's cancelled Asia trip, 2013) keep that trip's date, at year precision."""
    for event in events:
        if event.date or event.type != "visit" or not _TRIP_REF.search(event.evidence):
            continue
        trip = _dated_before(events, event)
        if trip is not None and trip.date:
            event.date = trip.date[:4]
    return events


def _dated_before(events: list[Event], event: Event) -> Event | None:
    """The nearest dated trip of the same traveller before `event`, of the same
    status."""
    before = [
        e
        for e in events
        if e.type == "visit"
        and e.date
        and e.names[:1] == event.names[:1]
        and e.status == event.status
        and (e.start_char or 0) < (event.start_char or 0)
        and _TRIP_REF.search(e.evidence)
    ]
    return max(before, key=lambda e: e.start_char or 0, default=None)


def drop_borrowed_past(
    found: list[Event], sent: Span, date_at: dict, published: date | None
) -> None:
    """'… reciprocates Obama's State visit to China in November 2009. President Hu's
    visit will highlight …': a trip ahead whose sentence names no date of its own
    does not take the date of the sentence before when that date is already past."""
    if published is None or any(sent.start <= i < sent.end for i in date_at):
        return
    for event in found:
        if event.status not in ("planned", "hypothetical") or not event.date:
            continue
        if event.date < published.isoformat()[: len(event.date)]:
            event.date = None
