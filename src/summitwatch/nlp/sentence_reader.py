"""The sentence reader: the events each trigger word of a sentence makes, read in
order, with what earlier sentences established (the place and date in view, the
last meeting, the dateline). Meetings, visits and invitations each have their own
module of rules; this class holds the state they share and builds the events."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.announced import departed_from
from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.companions import one_side_travelling, only_the_travellers
from summitwatch.nlp.dates import dates_a_state
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.en_route import route_places
from summitwatch.nlp.event_dates import (
    date_for,
    dated_apart,
    dated_in_another_time,
    without_conjuncts,
)
from summitwatch.nlp.event_places import event_location, read_dateline, where_they_were
from summitwatch.nlp.frame import Frame
from summitwatch.nlp.invitation_cues import invited_trip, received_invitation
from summitwatch.nlp.invitation_reading import InvitationReading
from summitwatch.nlp.invitation_roles import ACCEPTING, DECLINING
from summitwatch.nlp.inviters import requested_visit
from summitwatch.nlp.itinerary_tense import schedule_present, scheduled_party
from summitwatch.nlp.joint_talk import told_done
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.meeting_before import meeting_before
from summitwatch.nlp.meeting_reading import MeetingReading
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.person_clause import in_persons_past_clause
from summitwatch.nlp.recalled_aspect import told_as_earlier
from summitwatch.nlp.roles import agents_and_counterparts, delegation_members
from summitwatch.nlp.set_aside import set_aside
from summitwatch.nlp.speeches import speech_given_at
from summitwatch.nlp.status import event_status, talked_about
from summitwatch.nlp.time_clause import looks_ahead, told_held
from summitwatch.nlp.told import told_event
from summitwatch.nlp.travel import travel_mode
from summitwatch.nlp.triggers import (
    trigger_candidates,
    trigger_kind,
)
from summitwatch.nlp.venue import places_for
from summitwatch.nlp.visit_reading import VisitReading

_TIMES = ("DATE", "TIME")  # 'in October 2007' is no place phrase


class SentenceReader(MeetingReading, VisitReading, InvitationReading):
    """Builds the events of one sentence, with what earlier sentences established."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        self.frame: tuple[PlaceMention | None, str | None] = (None, None)
        self.frame_told: str | None = None  # any date of that sentence, lent or not
        self.frame_ahead = False  # that sentence's place is told ahead: it and the
        # sentence's date are the trip ahead's, not a done event's (`_framed`)
        self.sentence_place: PlaceMention | None = None
        self.dateline = read_dateline(index)
        self.last_meeting: Event | None = None
        self.told_before: list[Event] = []  # the events of the sentence before
        self.doc_frame: Frame | None = None  # the article's own event
        self.undated: list[Event] = []  # events no publication date may date
        self.host: tuple[list[Participant], int] | None = None  # of unnamed guests
        self.ahead: dict[str, str | None] = {}  # who has a trip or meeting ahead
        # in an earlier sentence, and the year it is dated to
        # (traveller, country, city) of the trips read so far: a speech given in
        # one of those places is what the traveller does there (`_stayed`)
        self.stays: set[tuple[str, str | None, str | None]] = set()

    def event(
        self,
        kind: str,
        trigger: Token,
        people: list[Participant],
        place: PlaceMention | None,
        when: str | None,
    ) -> Event:
        sent = trigger.sent
        status, confidence = event_status(
            trigger, sent, event_date=when, published=self.index.published
        )
        if kind == "invitation" and (
            status in ("occurred", "planned")
            or (trigger.head.lemma_.lower() in DECLINING | ACCEPTING)
        ):
            status = "occurred"  # extended, whatever the answer (rule 12)
        if status == "planned" and kind == "meeting" and told_done(trigger):
            status = "occurred"  # 'A and B discussed the plan': they talked
        if kind == "visit" and status == "occurred" and invited_trip(trigger):
            status = "hypothetical" if received_invitation(trigger) else "planned"
        if (
            status in ("occurred", "planned")  # planned: a preview's present
            and kind != "invitation"
            and (party := scheduled_party([p.name for p in people], self.ahead))
            and trigger.sent.start > 0
            and schedule_present(trigger)
        ):  # 'Next, Clinton travels to South Sudan where she meets …': a stop of
            status = "planned"  # the trip announced before, in its year
            when = when or self.ahead[party]
        event = told_event(
            kind,
            people,
            event_location(place),
            when,
            sent,
            status=status,
            confidence=confidence,
        )
        if (
            when is None
            and status == "occurred"
            and (_owned_precedent(trigger) or told_as_earlier(trigger))
        ):
            self.undated.append(event)  # 'his visit to Ukraine': the text gives no date
        elif when is None and dated_in_another_time(self.index, trigger):
            self.undated.append(event)  # 'X visited earlier this month, and future
            # visits are planned': that month is the other clause's
        if kind != "invitation":
            event.travel_mode = travel_mode(_own_clause_words(trigger)) or travel_mode(
                span_text(sent)
            )
        return event

    def read(self, sent: Span) -> list[Event]:
        events: list[Event] = self._read(sent)
        for e in events:
            if e.status == "planned" and e.type != "invitation" and e.participants:
                year = e.date[:4] if e.date else None
                self.ahead[e.participants[0].name] = (
                    self.ahead.get(e.participants[0].name) or year
                )
        self.stays |= {
            (e.names[0], e.location.country, e.location.city)
            for e in events
            if e.type == "visit" and e.participants
        }
        meetings = [e for e in events if e.type == "meeting"]
        if meetings:
            self.last_meeting = meetings[-1]
        self.told_before = events  # 'The meeting was at the invitation of X'
        return events

    def _read(self, sent: Span) -> list[Event]:
        events: list[Event] = []
        self.sentence_place: PlaceMention | None = None
        for token in trigger_candidates(sent):
            kind = trigger_kind(token)
            if kind is None:
                continue
            places = places_for(self.index, token, fallback=False)
            if (
                places
                and not departed_from(
                    self.index.doc[places[0].start : places[0].end].root
                )
                and not in_persons_past_clause(token)  # 'Sharif, who visited Paris'
            ):
                self.sentence_place = places[0]  # not 'leaving Washington'
            lent = self.sentence_place
            if lent is not None and self._placed_apart(lent, token):
                self.sentence_place = None  # 'received X in Moscow last month, and
                # today he held talks with Y': not lent to the talks
            events += self._build(kind, token)
            self.sentence_place = lent
        frame_place = self.sentence_place
        dated = self.index.dates_in(sent.start, sent.end)
        lent = [
            value for i, value in dated if not dates_a_state(self.index.date_at[i][0])
        ]
        self.frame = (frame_place, lent[0] if lent else None)
        self.frame_told = dated[0][1] if dated else None
        self.frame_ahead = frame_place is not None and looks_ahead(
            governing_verb(self.index.doc[frame_place.start])
        )
        return events

    def _placed_apart(self, lent: PlaceMention, trigger: Token) -> bool:
        """The sentence's place is named in a clause coordinated with the trigger's,
        each with its own time (`dated_apart`), and the trigger's clause names no
        place phrase of its own. One that it names but the index cannot resolve
        ('met the late leader in the North Korean capital in October 2007', after
        'flew to Pyongyang … in June 2000') is likelier the place lent than not."""
        doc = self.index.doc
        if not dated_apart(self.index, doc[lent.start], trigger):
            return False
        return not any(
            t.dep_ == "prep"
            and t.lower_ in ("in", "at", "to")
            and any(o.dep_ == "pobj" and o.ent_type_ not in _TIMES for o in t.children)
            for t in without_conjuncts(governing_verb(trigger))
        )

    def _build(self, kind: str, trigger: Token) -> list[Event]:
        from summitwatch.nlp.dates import parse_iso

        when = date_for(self.index, trigger, [])
        self.index.on = parse_iso(when)
        agents, others = agents_and_counterparts(self.index, trigger)
        if self._set_aside(kind, trigger, agents + others):
            return []
        places = route_places(trigger, places_for(self.index, trigger))
        place = places[0] if places else None
        when = when or date_for(self.index, trigger, agents)
        if talked_about(trigger):
            when = None  # "talked in March about meeting": March is the talk's
        if kind == "invitation":
            return self._invitation(trigger, agents, others, place, when)
        if (
            kind == "visit"
            and trigger.lemma_.lower() in lexicon().triggers["visit_objects"]
        ):
            agents = agents + delegation_members(self.index, trigger)
        if kind == "meeting":
            place = where_they_were(self.index, trigger, place)
            return self._meeting(trigger, agents, others, place, when)
        asked = requested_visit(self.index, trigger)  # 'asked Abe to visit Luxembourg'
        if asked is not None and place is not None:
            return [self.event("invitation", trigger, asked[0] + asked[1], place, when)]
        trips = self._visit(trigger, agents, others, place, when)
        if speech_given_at(trigger):
            trips = [e for e in trips if not self._stayed(e)]
        return trips

    def _set_aside(self, kind: str, trigger: Token, people: list[Participant]) -> bool:
        """The trigger yields no event of its kind: the tests of any people
        (`set_aside`, which the fallback's guesses ask too), then those of the
        people read for a meeting and of the meeting read before."""
        if set_aside(self.index, kind, trigger):
            return True
        return kind == "meeting" and (
            self._told_by_where_clause(trigger)
            # 'accompanied Bush to the Malta Summit': where they went
            or only_the_travellers(self.index, trigger, people)
            # 'A and B traveled to X for talks', both of one government
            or one_side_travelling(self.index, trigger, people)
            # 'invited X to Crawford during the meeting'
            or bool(self.last_meeting and meeting_before(trigger))
        )

    def _stayed(self, trip: Event) -> bool:
        """'will spend Thursday in Singapore … will deliver a speech in Singapore':
        a speech in a city (or a country) of a stay read before is what the
        traveller does there, no second trip; a speech in another city of the
        country is a stop of its own ('delivered the commencement address at
        Johns Hopkins University in Baltimore')."""
        here = trip.location
        return any(
            (name, country) == (trip.names[0], here.country)
            and (here.city is None or city == here.city)
            for name, country, city in self.stays
        )

    def _framed_abroad(
        self, traveller: Participant, when: str | None, trigger: Token | None = None
    ) -> tuple[PlaceMention | None, str | None]:
        """The context's place and time for a trip that names neither, unless that
        place is the traveller's own country: 'President Hu's visit will highlight
        …' after a sentence on Obama's visit to China is not of that place or time."""
        place, framed_when = self._framed(None, when, trigger)
        if place is not None and traveller.country == place.place.country:
            return None, when
        return place, framed_when

    def _framed(
        self,
        place: PlaceMention | None,
        when: str | None,
        trigger: Token | None = None,
    ) -> tuple[PlaceMention | None, str | None]:
        """Fill a missing venue from this sentence, else from the one before. A
        sentence whose place is told ahead frames no event told as done: 'Bush
        says he will visit India in March. He made the announcement after talks
        with Aziz' — the talks are another occasion than the trip (real 602)."""
        if place is None and self.sentence_place is not None:
            return self.sentence_place, when
        if (
            self.frame_ahead
            and trigger is not None
            and told_held(governing_verb(trigger))
        ):
            return place, when
        frame_place, frame_date = self.frame
        told = self.frame_told  # a date it does not lend still tells its time
        if place is None and when and told and when[:4] != told[:4]:
            return None, when  # 'at the 1994 Miami Summit. … the April 8 State visit'
        return place or frame_place, when or (frame_date if place is None else None)


def _owned_precedent(trigger: Token) -> bool:
    """'our previous meeting in Seoul', 'his visit to the Ukraine, which was made for
    the first time': a trip or meeting named as someone's and marked as an earlier
    one, or told in a past relative clause, is a precedent the reader is expected to
    know, not the day's news (SCHEMA.md rule 18: an undated visit stays undated)."""
    if trigger.pos_ != "NOUN" or not any(c.dep_ == "poss" for c in trigger.children):
        return False
    earlier = word_set("status_cues.json", "precedent_modifiers")
    if any(c.dep_ == "amod" and c.lower_ in earlier for c in trigger.children):
        return True
    making = word_set("status_cues.json", "precedent_trip_verbs")
    where = [g for c in trigger.children if c.dep_ == "prep" for g in c.children]
    return any(
        c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") and c.lemma_.lower() in making
        for head in (trigger, *where)
        for c in head.children
    )


def _own_clause_words(trigger: Token) -> str:
    """The words of the trigger's own clause: its verb's subtree without the other
    clauses coordinated or subordinated to it ('…, but only after Putin visited')."""
    verb = governing_verb(trigger)
    skip = {
        t.i
        for c in verb.children
        if c.dep_ in ("conj", "advcl", "parataxis") and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    return " ".join(t.text for t in verb.subtree if t.i not in skip)
