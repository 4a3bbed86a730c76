"""The folds, as data: which event gives way, into which, when the two are one trip
(`same.py`'s variants), and what the event kept takes from the one folded into it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from summitwatch.models import Event
from summitwatch.nlp.lexicon import cue_in
from summitwatch.nlp.status import another_occasion
from summitwatch.nlp.trips.same import (
    APART,
    DATES,
    PEOPLE,
    PLACE,
    STATUS,
    day,
    fuller,
    realised,
)


@dataclass
class Context:
    """What the text around the events says: where its headings are, which sentences
    have someone leave a country, which events are a prose itinerary's stops, and
    whether an event's own sentence names a date (by its first character; absent
    when no sentence holds it)."""

    headings: list[tuple[int, int]] = field(default_factory=list)
    left: list[tuple[int, int, str]] = field(default_factory=list)
    stops: set[int] = field(default_factory=set)
    dated: dict[int, bool] = field(default_factory=dict)
    told: set[int] = field(default_factory=set)
    bound: set[int] = field(default_factory=set)
    under_way: set[int] = field(default_factory=set)
    # two events the text tells as two occasions: the speaker's present and a
    # recalled meeting (`guessed.Told.apart`); no fold joins them
    apart: Callable[[Event, Event], bool] | None = None

    def in_heading(self, event: Event) -> bool:
        at = event.start_char if event.start_char is not None else -1
        return any(a <= at < b for a, b in self.headings)

    def leaving(self, event: Event) -> bool:
        at = event.start_char
        return at is not None and any(
            a <= at < b and country == event.location.country
            for a, b, country in self.left
        )


Who = Callable[[Event, list[Event], Context], bool]


@dataclass(frozen=True)
class Fold:
    """One fold: each event `gives_way` folds into the `reach` of the events it is
    one trip with (`into` them, and the four checks of `same.py` by name), which
    `take` what the table names from it; it is then dropped."""

    name: str
    gives_way: Who
    into: Who
    people: str
    status: str
    dates: str
    place: str
    apart: str = "any"
    reach: str = "all"  # all | nearest | only (just one) | earlier | first
    take: tuple[str, ...] = ()

    def one_trip(self, x: Event, y: Event) -> bool:
        return (
            PEOPLE[self.people](x, y)
            and STATUS[self.status](x, y)
            and DATES[self.dates](x, y)
            and PLACE[self.place](x, y)
            and APART[self.apart](x, y)
        )


def _span(a: str, b: str) -> str:
    """Days of one stay at the precision both share (SCHEMA.md rule 6)."""
    return a if a == b else a[:7] if a[:7] == b[:7] else a[:4]


def _place(kept: Event, x: Event) -> Event:
    """The folded event's place when it says more (a city, or a country)."""
    if fuller(x.location, kept.location):
        return replace(kept, location=x.location)
    return kept


def _month(kept: Event, x: Event) -> Event:
    """A listed stop is dated by the trip's month, not its first day."""
    return replace(kept, date=kept.date or (x.date or "")[:7] or None)


def _mode(kept: Event, x: Event) -> Event:
    return replace(kept, travel_mode=kept.travel_mode or x.travel_mode)


# what the event kept takes from the one folded into it
TAKE: dict[str, Callable[[Event, Event], Event]] = {
    "date": lambda kept, x: replace(kept, date=kept.date or x.date),
    "month": _month,
    "span": lambda kept, x: replace(kept, date=_span(kept.date or "", x.date or "")),
    "place": _place,
    "mode": _mode,
    "trip date": lambda kept, x: replace(kept, date=x.date),
    # of two dates that agree, the one told at the finer precision
    "finer date": lambda kept, x: replace(
        kept, date=max((kept.date, x.date), key=lambda d: len(d or ""))
    ),
}


def _kind(*types: str) -> Who:
    return lambda e, events, ctx: e.type in types


def _visit(e: Event, events: list[Event], ctx: Context) -> bool:
    return e.type == "visit" and not ctx.in_heading(e)


def _visit_not_kept(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit, unless it was made and its own sentence holds the meeting its trip is
    for, at its place, still ahead: 'Pence is in Jordan, where he is scheduled to have
    lunch with King Abdullah' (VOA, real 452) is the trip made beside the lunch still
    ahead (rule 1: two events), not the trip of a meeting told elsewhere. A plan
    the text also reports held ('is in Moscow for one final meeting with Putin' and
    'met for talks in the Kremlin', real 451) is that held meeting's trip."""
    return _visit(e, events, ctx) and not any(
        m.type == "meeting"
        and m.evidence == e.evidence
        and e.names[:1] and e.names[0] in m.names
        and m.location.country == e.location.country
        and realised(e)
        and m.status == "planned"
        and not _told_with_other_status(m, events)
        for m in events
    )  # fmt: skip


def _told_with_other_status(m: Event, events: list[Event]) -> bool:
    """Another report of the same people's meeting with the other kind of status."""
    return any(
        o is not m
        and o.type == "meeting"
        and set(o.names) == set(m.names)
        and realised(o) != realised(m)
        for o in events
    )


def _heading_visit(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit named only in a heading has neither status nor date of its own (the
    heading of an announcement is dated the day it was issued)."""
    return e.type == "visit" and ctx.in_heading(e)


def _announced_trip(e: Event, events: list[Event], ctx: Context) -> bool:
    """A planned, dated trip to a country (no city): 'thank President Obama for
    inviting me to visit the United States early next year' is the meeting 'I look
    forward to hosting President Hu in Washington' (rule 21). An undated trip is
    left alone: it may be another journey ('a state visit to Japan' before 'the G20
    Osaka Summit', 'the first state visit of the new reign' beside a summit in
    June)."""
    loc = e.location
    return (
        e.type == "visit"
        and e.status == "planned"
        and bool(e.date and loc.country)
        and not loc.city
    )


def _guest_visit(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit told anywhere in the text ('this is your first foreign visit', 'during
    his official visit, the President attended …') unless its sentence points to
    another occasion: the trip of the one meeting the text reports of that traveller
    in that country, however far apart the two sentences are (rule 1)."""
    return _visit_not_kept(e, events, ctx) and not _another_occasion(e)


def _day_of_a_stay(e: Event, events: list[Event], ctx: Context) -> bool:
    return e.type == "visit" and realised(e) and day(e.date) is not None


def _stay_of_days(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit made, told to the month or to a day: a stay another report may date
    to one of its days."""
    return e.type == "visit" and realised(e) and bool(e.date) and len(e.date or "") >= 7


def _country_stop(e: Event) -> bool:
    return e.type == "visit" and bool(e.location.country) and not e.location.city


LISTED = 3  # stops of one sentence that make a list of a trip's countries


def _listed_stop(e: Event, events: list[Event], ctx: Context) -> bool:
    """'begins an eight-nation trip to France, Japan, Mongolia, Vietnam, …'."""
    key = (e.start_char, e.names[:1], e.status)
    return _country_stop(e) and LISTED <= sum(
        _country_stop(o) and (o.start_char, o.names[:1], o.status) == key
        for o in events
    )


def _departure(e: Event, events: list[Event], ctx: Context) -> bool:
    return e.type == "visit" and ctx.leaving(e)


def _stop(e: Event, events: list[Event], ctx: Context) -> bool:
    return id(e) in ctx.stops


def _dated_telling(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit dated in its own sentence: '… since the visit by King Faisal in
    1971'."""
    return e.type == "visit" and bool(e.date) and ctx.dated.get(e.start_char) is True


def _undated_telling(e: Event, events: list[Event], ctx: Context) -> bool:
    """A meeting whose own sentence names no date, dated only by the text around
    it: 'When the King visited Japan, he had a meal with my grandfather'."""
    return e.type == "meeting" and ctx.dated.get(e.start_char) is False


def _told_visit(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit whose sentence only talks of the trip ('This is X's first visit to
    the United States'): it retells the trip reported elsewhere (`told.py`)."""
    return e.type == "visit" and e.start_char in ctx.told


def _reported_trip(e: Event, events: list[Event], ctx: Context) -> bool:
    """A meeting or visit the text reports as made or set, not one it only muses
    about or doubts: 'so Jong-un's journey may be on hold' retells neither 'a
    rendezvous in Dandong could have been appropriate' nor the claimed 2010 meeting
    (the seed)."""
    return e.type in ("meeting", "visit") and e.status in ("occurred", "planned")


def _journey_begun(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit told as a departure for the place ('left for the United States')."""
    return _day_of_a_stay(e, events, ctx) and e.start_char in ctx.bound


def _trip_under_way(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit made that the report tells in the present ('travels to Senegal on
    Tuesday', 'is visiting Honduras and Nicaragua')."""
    return e.type == "visit" and realised(e) and e.start_char in ctx.under_way


def _dated_visit(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit dated to a day, told anywhere but in a heading, not pointing to
    another occasion."""
    return _guest_visit(e, events, ctx) and day(e.date) is not None


def _dated_meeting(e: Event, events: list[Event], ctx: Context) -> bool:
    return e.type == "meeting" and day(e.date) is not None


def _undated_visit(e: Event, events: list[Event], ctx: Context) -> bool:
    """An undated visit to a country: "Jonathan's visit to Washington"."""
    return e.type == "visit" and not e.date and bool(e.location.country)


def _another_occasion(event: Event) -> bool:
    return another_occasion(event.evidence)


def _prospect(e: Event, events: list[Event], ctx: Context) -> bool:
    """A meeting still ahead, undated or dated to a day (a held one's), unless its
    sentence points to another occasion ('agreed to meet soon')."""
    return (
        e.type == "meeting"
        and not realised(e)
        and (not e.date or day(e.date) is not None)
        and not _another_occasion(e)
    )


def _early_talk(e: Event, events: list[Event], ctx: Context) -> bool:
    """'the first mentions were made of a possible summit between Reagan and
    Gorbachev' when the page reports that summit held at a date that agrees: early
    talk of that summit, not a second one (rule 5). A prospect with a date of its
    own that differs, or pointing to another occasion ('a second summit'), stays."""
    return (
        e.type == "meeting"
        and e.status == "hypothetical"
        and e.date is not None
        and not _another_occasion(e)
    )


def _another_trip(event: Event) -> bool:
    """The plan's sentence points to another occasion: 'a second summit', 'next
    time', or 'will visit India again' (`plan_of_another_trip_cues`)."""
    return _another_occasion(event) or cue_in(
        event.evidence, "status_cues.json", "plan_of_another_trip_cues"
    )


def _plan(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit or meeting still ahead or only hoped for, pointing to no other
    occasion."""
    return e.type in ("meeting", "visit") and not realised(e) and not _another_trip(e)


def _held(e: Event, events: list[Event], ctx: Context) -> bool:
    """A visit or meeting made (or called off, or only claimed), told as that
    one occasion, not another ('his second visit')."""
    return e.type in ("meeting", "visit") and realised(e) and not _another_occasion(e)


_ANY = _kind("meeting", "visit", "invitation")
_MEETING = _kind("meeting")
_ON_THE_TRIP = ("place", "date", "mode")

FOLDS: dict[str, Fold] = {
    f.name: f
    for f in (
        # 'Statement … on the Visit of X' over the body's meeting: whatever the
        # status and date of either
        Fold("heading visit", _heading_visit, _MEETING, "traveller",
             "not fallen through", "any", "meeting on the visit", "near",
             "nearest", _ON_THE_TRIP),
        # a visit near a meeting of the traveller there is the meeting's trip
        Fold("visit", _visit_not_kept, _MEETING, "traveller", "kind",
             "agree", "meeting on the visit", "near", "nearest", _ON_THE_TRIP),
        # a transcript's 'your first foreign visit' far below the talks it is the
        # trip of: only when the text reports one meeting of the traveller there
        Fold("visit of the one meeting", _guest_visit, _MEETING, "traveller",
             "kind", "agree", "meeting on the visit", reach="only",
             take=_ON_THE_TRIP),
        # a visit made, told anywhere in the text, and a meeting the traveller held
        # at its place at an agreeing date: that meeting's trip, however many
        # meetings the text reports there (rule 1); the nearest takes it. Plans are
        # left to the folds above: an announced trip may be another journey (rule 21)
        Fold("visit at a meeting's place", _guest_visit, _MEETING, "traveller",
             "both held", "agree", "at the meeting's place",
             reach="nearest", take=_ON_THE_TRIP),
        # 'Trump arrived in Helsinki on Sunday' and his summit with Putin there on
        # Monday; 'will travel to Havana on Monday' in the report of the talks held
        # there on Sunday: a visit dated to a day and a meeting of its traveller at
        # its place within the days of one stay are one trip, the visit told as a
        # plan and the meeting as held too (rule 5); a meeting called off, only
        # claimed or still ahead stays beside the trip made (rule 1)
        Fold("stay of a meeting", _dated_visit, _dated_meeting, "traveller",
             "both standing, not made before", "days of one stay",
             "at the meeting's place, or hosted there", reach="nearest",
             take=_ON_THE_TRIP),
        # 'thank President Obama for inviting me to visit the United States early
        # next year' and 'hosting President Hu in Washington': every meeting
        # announced in the country, which takes the trip's date
        Fold("announced trip", _announced_trip, _MEETING, "traveller", "kind",
             "agree", "country", take=("date", "mode")),
        # 'As he stepped out of his plane …' on Sunday, 'Bashir left South Africa
        # Monday': one stay, dated at the precision its days share
        Fold("days of one stay", _day_of_a_stay, _day_of_a_stay, "traveller",
             "equal", "days of one stay", "one stay", "not one row", "earlier",
             ("span", "place", "mode")),
        # 'December 14–25, 1918 | Paris' and, under it, 'Departed the U.S. December
        # 4': a day of the stay told again, in the same city (rule 1); a stay in
        # another city or month is its own row (dev 044, real 241)
        Fold("a day of a told stay", _day_of_a_stay, _stay_of_days, "traveller",
             "equal", "a day of that stay", "same city", "another sentence",
             "nearest", ("place", "mode")),
        # one sentence's visit read twice, once without the date the sentence
        # gives: the dated reading (rule 1)
        Fold("undated reading", _visit, _kind("visit"), "traveller", "equal",
             "undated", "same city", "one sentence", "nearest", ("mode",)),
        # the list's Mongolia and 'will then travel to Ulaanbaatar, Mongolia, where
        # she will meet President Elbegdorj': the trip the later sentence details
        Fold("listed stop", _listed_stop, _ANY, "traveller", "kind", "year",
             "country", "another sentence", take=("month",)),
        # 'Bashir left South Africa on Monday': the end of a stay reported elsewhere
        Fold("departure", _departure, _ANY, "traveller", "kind", "year", "country",
             "another sentence"),
        # a prose itinerary's stop where the traveller met someone is the meeting
        Fold("stop met at", _stop, _MEETING, "traveller",
             "kind, or plan and outcome", "agree", "named city"),
        # 'Later, he visited Knoxville …' retelling a stop listed before
        Fold("stop retold", _stop, _stop, "same", "kind, or plan and outcome",
             "agree", "agree", reach="earlier"),
        # 'hope for the success of the G20 Osaka Summit in cooperation with Modi'
        # in a readout of their meeting there, 'at our meeting today' in the
        # transcript of that meeting (rule 5: the latest status)
        Fold("prospect", _prospect, _MEETING, "same", "prospect, then held",
             "undated or same day", "agree", reach="only", take=("place",)),
        # 'the first mentions … of a possible summit between A and B' when the
        # text reports their summit held at an agreeing date: that summit (rule 5)
        Fold("early talk", _early_talk, _MEETING, "same", "prospect, then held",
             "agree", "agree", reach="only", take=("place",)),
        # one trip told twice (dev 052): "… since the visit by King Faisal in 1971.
        # … When the King visited Japan, he had a meal with my grandfather": the
        # meeting, whose sentence names no date, would borrow the one in view (the
        # 1970 of the sentence before); the dated telling of the traveller's trip
        # to that country lends it its date and is the meeting's trip (rules 1, 5)
        Fold("dated telling", _dated_telling, _undated_telling, "traveller",
             "equal", "differ", "country", reach="first", take=("trip date",)),
        # 'Obama will meet Nigerian President Goodluck Jonathan on Wednesday. …
        # Jonathan's visit to Washington is …': the one meeting, placed nowhere by
        # its sentence, of a guest whose undated visit goes to the host's country
        # is on that trip and is where it goes (rule 1); with several meetings the
        # text does not say which the trip was for
        Fold("guest's undated visit", _undated_visit, _MEETING, "traveller",
             "not called off", "any", "hosted there", reach="only",
             take=("place",)),
        # 'Abe left for the United States Thursday' and his talks with Bush at Camp
        # David on Friday: a journey begun is the trip of the meeting it is for,
        # days later in that country (rule 1); an arrival ('flew to Israel', 'on
        # arrival in Russia Monday') is a stay of its own beside the talks ahead
        Fold("trip begun", _journey_begun, _MEETING, "traveller",
             "begun, meeting ahead", "days of one stay", "country",
             reach="nearest", take=("mode",)),
        # 'Clinton travels to Senegal on Tuesday' and 'will meet Wednesday with
        # Senegal's new president'; 'Chavez is visiting Honduras and Nicaragua'
        # and 'travels on to Nicaragua, where he is to meet Ortega': a trip the
        # news tells in the present is under way, and the meeting still ahead in
        # that country is what it is for — one event (rule 1). A trip told in the
        # past ('flew to Israel', 'on arrival in Russia Monday') stays beside the
        # talks ahead (real 098, 137)
        Fold("trip under way", _trip_under_way, _MEETING, "traveller",
             "begun, meeting ahead", "agree, or days of one stay",
             "meeting on the visit", reach="nearest", take=("mode",)),
        # "This is President Rawlings' first visit to the United States" beside
        # the announced talks in Washington, "her visit to South Korea was
        # expected to …" beside the Seoul stop: a sentence that only talks of the
        # trip retells the nearest event of the traveller there, whatever the tense
        # and the day of its own wording, in the same year (rule 1)
        Fold("told trip", _told_visit, _reported_trip, "traveller",
             "not fallen through", "year", "one stay", "another sentence",
             "nearest", _ON_THE_TRIP),
        # one occasion told as ahead and as held: "Tillerson will travel to Beijing
        # September 28" under the heading of his trip, "Bush is on his way to
        # Ukraine" and "opens his trip in Ukraine", "a possible summit between A
        # and B" on a page of their summit: the same people, one country both
        # name, dates that agree at their precisions, neither telling pointing to
        # another occasion — one event with the realised status (rule 5); a plan
        # of another year, another country or 'again' stays apart
        Fold("plan and outcome", _plan, _held, "same, one kind",
             "prospect, then held", "agree", "named country", reach="nearest",
             take=("place", "finer date", "mode")),
    )
}  # fmt: skip
