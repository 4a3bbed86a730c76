"""Doc → events: find trigger words, read their arguments from the parse, decide type
and status, then tidy the article's events (rules 1, 4 and 5 of SCHEMA.md)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.summits import Summit
from summitwatch.models import Event, Participant
from summitwatch.nlp.assemble import abroad, finish_events
from summitwatch.nlp.attendance import attendance_events
from summitwatch.nlp.attendees import (
    drop_their_visits,
    join_meetings,
    meeting_attendees,
)
from summitwatch.nlp.captions import caption_meeting
from summitwatch.nlp.city_state import fill_city_states
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.earlier import earlier_meetings, fold_host_visits
from summitwatch.nlp.event_dates import date_for, later_stop_date
from summitwatch.nlp.event_places import (
    country_place,
    event_location,
    listed_countries,
    read_dateline,
    where_they_were,
)
from summitwatch.nlp.expected import expected_visits
from summitwatch.nlp.firsts import first_visits
from summitwatch.nlp.frame import (
    Frame,
    drop_heading_visits,
    find_frame,
    note_recalled,
)
from summitwatch.nlp.gathering_words import joint_words
from summitwatch.nlp.go_between import envoy_trips, mediated_meetings
from summitwatch.nlp.groups import (
    another_occasion,
    apart,
    entourage,
    fold_pairs_into_group,
    host_subjects,
    hosted_parties,
    hosting_subjects,
    hosts_between,
    joined_at_the_meeting,
    pairs,
    the_meeting,
    together,
    unnamed_guests,
)
from summitwatch.nlp.hosts import hospitality_meetings
from summitwatch.nlp.implied import implied_meetings
from summitwatch.nlp.invitation_cues import (
    answered_trip_status,
    from_inviter,
    invited_place,
    invited_to,
    invited_trip,
    received_invitation,
)
from summitwatch.nlp.inviters import (
    frame_summit,
    government,
    held_before,
    host_government,
    invited_summit,
    keep_undated,
    requested_visit,
)
from summitwatch.nlp.itinerary import expand as expand_itinerary
from summitwatch.nlp.itinerary import pronoun_trips
from summitwatch.nlp.joint_talk import joint_talk, talk_on_a_call
from summitwatch.nlp.lexicon import lexicon
from summitwatch.nlp.mention_index import build_index
from summitwatch.nlp.mentions import (
    TITLES,
    PlaceMention,
)
from summitwatch.nlp.plans import (
    date_trip_references,
    drop_borrowed_past,
    place_on_trip,
)
from summitwatch.nlp.presence import (
    frame_presence,
    guest_visits,
    named_trip,
    presence_events,
    spoken_of_at_gathering,
    visiting_guests,
)
from summitwatch.nlp.remarks import remarks_visits
from summitwatch.nlp.remote import call_retold, remote
from summitwatch.nlp.roles import (
    ACCEPTING,
    DECLINING,
    agents_and_counterparts,
    delegation_members,
    governing_verb,
    invitation_roles,
    thanked_for,
)
from summitwatch.nlp.standin import replaced_visits
from summitwatch.nlp.status import (
    event_status,
    generic_negation,
    habitual,
    talked_about,
)
from summitwatch.nlp.superseded import drop_superseded
from summitwatch.nlp.tables import add_rows, itemized_rows, read_tables
from summitwatch.nlp.travel import travel_mode
from summitwatch.nlp.triggers import receives_a_thing, trigger_kind
from summitwatch.nlp.trip_legs import departures, return_leg
from summitwatch.nlp.trips import (
    LEFT,
    TRIP,
    departure_context,
    fold_trips,
    settle_stops,
)
from summitwatch.nlp.venue import is_title, places_for

_HOSTING = {"host", "receive", "welcome", "greet", "entertain"}
_HOST_REACH = 150  # tokens: the host of unnamed guests, named a few sentences back
_ATTENDING = {
    "attend",
    "hold",
    "join",
    "have",
    "address",
    "open",
    "chair",
    "host",
    "skip",
    "miss",
    "boycott",
    "participate",
    "take",
    "arrive",
    "go",
    "come",
}
_FORMAL_VISIT = {"state", "official", "return", "goodwill", "working"}
_SUMMIT_WORDS = {"summit", "talks", "talk", "meeting", "meet", "bilateral"}


class SentenceReader:
    """Builds the events of one sentence, with what earlier sentences established."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        self.frame: tuple[PlaceMention | None, str | None] = (None, None)
        self.sentence_place: PlaceMention | None = None
        self.dateline = read_dateline(index)
        self.last_meeting: Event | None = None
        self.doc_frame: Frame | None = None  # the article's own event
        self.undated: list[Event] = []  # events no publication date may date
        self.host: tuple[list[Participant], int] | None = None  # of unnamed guests

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
        if kind == "visit" and status == "occurred" and invited_trip(trigger):
            status = "hypothetical" if received_invitation(trigger) else "planned"
        return Event(
            type=kind,
            status=status,
            participants=people,
            location=event_location(place),
            date=when,
            travel_mode=(
                travel_mode(_own_clause_words(trigger)) or travel_mode(sent.text)
            )
            if kind != "invitation"
            else None,
            evidence=sent.text.strip(),
            start_char=sent.start_char,
            end_char=sent.end_char,
            confidence=confidence,
        )

    def read(self, sent: Span) -> list[Event]:
        events: list[Event] = self._read(sent)
        meetings = [e for e in events if e.type == "meeting"]
        if meetings:
            self.last_meeting = meetings[-1]
        return events

    def _read(self, sent: Span) -> list[Event]:
        events: list[Event] = []
        self.sentence_place: PlaceMention | None = None
        for token in sent:
            kind = trigger_kind(token)
            if kind is None:
                continue
            places = places_for(self.index, token, fallback=False)
            if places:
                self.sentence_place = places[0]
            events += self._build(kind, token)
        frame_place = self.sentence_place
        sent_date = next(
            (
                v
                for i, (_, v) in self.index.date_at.items()
                if sent.start <= i < sent.end and v
            ),
            None,
        )
        self.frame = (frame_place, sent_date)
        return events

    def _build(self, kind: str, trigger: Token) -> list[Event]:
        from summitwatch.nlp.dates import parse_iso

        when = date_for(self.index, trigger, [])
        self.index.on = parse_iso(when)
        agents, others = agents_and_counterparts(self.index, trigger)
        if (
            kind == "meeting"
            and trigger.pos_ == "VERB"
            and receives_a_thing(trigger, self.index.person_at)
            and not hosts_between(trigger)  # 'hosted the talks between A and B'
            and not joint_talk(trigger)  # 'A and B will discuss trade': a topic
        ):
            return []
        if kind == "meeting" and self._told_by_where_clause(trigger):
            return []
        if generic_negation(trigger) or habitual(trigger):
            return []
        places = places_for(self.index, trigger)
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
        return self._visit(trigger, agents, others, place, when)

    def _meeting(self, trigger, agents, others, place, when) -> list[Event]:
        if (
            remote(trigger)
            or call_retold(trigger, place)
            or (joint_talk(trigger) and talk_on_a_call(trigger))
        ):
            return []  # a phone or video call is no meeting in person
        if agents and spoken_of_at_gathering(trigger):  # the speaker attended
            return self._visit(trigger, agents[:1], [], place, when)
        agents, others, joint = self._group(trigger, agents, others)
        host = [] if agents else self._host_of_the_meeting(trigger, others)
        if host:  # the guests of one meeting, all at one table
            agents, joint = host, True
        if agents and not others and unnamed_guests(trigger):
            self.host = (agents, trigger.i)  # 'hosted the leaders of A, B and C'
        people = agents + others
        if self._joins_last(trigger, people):
            return []
        if not agents and others and place is not None and self._unnamed_host(trigger):
            return self._visit(trigger, others, [], place, when)  # rule 3: named only
        if len(people) >= 2:
            place, when = self._framed(place, when)
            if (
                place is None
                and trigger.lemma_.lower() in _HOSTING
                and agents
                and (agents[0].country)
            ):  # "X hosted Y" with no place: X's country (17)
                place = country_place(self.index, agents[0].country)
            if place is None and self.dateline is not None:
                place = self.dateline
            if (
                len(agents) == 1
                and len(others) >= 2
                and not joint
                and (another_occasion(trigger) or not joint_words(trigger))
                and not together(trigger)
                and not any(c.dep_ == "auxpass" for c in trigger.children)
            ) or (len(people) >= 3 and agents and others and apart(trigger)):
                # "A met B and C": pairs; "A was met by B and C": one welcome
                return [
                    self.event("meeting", trigger, pair, place, when)
                    for pair in pairs(trigger, agents, others)
                ]
            return [self.event("meeting", trigger, people, place, when)]
        if len(people) == 1 and place is not None and self._attends(trigger, others):
            return self._visit(trigger, people, [], place, when)
        if others and not agents and place is not None and _welcomes(trigger):
            return self._visit(trigger, others, [], place, when)  # host unnamed
        return []

    def _group(self, trigger, agents, others) -> tuple[list, list, bool]:
        """A host at one table with the parties between whom they
        met (rule 2), without the leaders' own entourage ('accompanied by')."""
        parties = hosted_parties(self.index, trigger)
        hosts = hosting_subjects(self.index, trigger) if not agents else []
        if parties and not agents and trigger.pos_ == "VERB":
            hosts = host_subjects(self.index, trigger)  # 'was glad to host'
        joint = bool(parties) or (bool(hosts) and len(others) >= 2)
        agents = agents + [p for p in hosts if p not in agents + others]
        others = others + [p for p in parties if p not in agents + others]
        staff = entourage(self.index, trigger.sent)
        if staff:
            agents = [p for p in agents if p.name not in staff]
            others = [p for p in others if p.name not in staff]
        return agents, others, joint

    def _host_of_the_meeting(self, trigger: Token, others: list) -> list:
        """'Obama hosted the leaders of Cape Verde, Malawi, … at the White House. …
        Leaders at the meeting included A, B, C and D': the guests of the meeting
        whose host a recent sentence named (within a few sentences)."""
        if len(others) < 2 or not the_meeting(trigger):
            return []
        last = self.last_meeting
        if last is not None and {p.name for p in others} <= set(last.names):
            return [p for p in last.participants if p not in others]  # told already
        if self.host is None:
            return []
        hosts, at = self.host
        self.host = None
        return hosts if trigger.i - at <= _HOST_REACH else []

    def _unnamed_host(self, trigger: Token) -> bool:
        """'the Vice President will meet with First Minister Robinson and deputy
        First Minister McGuinness at the White House': the host is an office the
        text does not name, so the guests' trips are what it reports, not a meeting
        of the guests with each other."""
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        return any(
            c.lower_ in TITLES
            and any(d.lower_ == "the" for d in c.children)
            and c.i not in self.index.person_at
            for c in subjects
        )

    def _joins_last(self, trigger: Token, people: list[Participant]) -> bool:
        """'Also in the meeting were McEldowney, Gonzalez and Popp': more people at
        the meeting just reported, not a meeting of their own."""
        last = self.last_meeting
        also = any(t.lower_ == "also" for t in trigger.sent)
        back = any(c.lower_ in ("the", "that", "this") for c in trigger.children)
        noun = also and back and trigger.pos_ == "NOUN"
        if last is None or not people or not (noun or joined_at_the_meeting(trigger)):
            return False
        if self._named_occasion(trigger):
            return False  # 'also recalled the 1985 Geneva summit': another meeting
        names = set(last.names)
        last.participants += [p for p in people if p.name not in names]
        return True

    def _told_by_where_clause(self, trigger: Token) -> bool:
        """'recalled the 1985 Geneva summit where Reagan met Gorbachev': the clause's
        own meeting, with its own named subject, is the summit; the one recalling it
        was not there."""
        for clause in trigger.children:
            if clause.dep_ != "relcl" or not any(
                c.lower_ == "where" for c in clause.children
            ):
                continue
            subjects = [c for c in clause.children if c.dep_ == "nsubj"]
            if trigger_kind(clause) == "meeting" and any(
                t.i in self.index.person_at for s in subjects for t in s.subtree
            ):
                return True
        return False

    def _named_occasion(self, trigger: Token) -> bool:
        """A meeting word with a year or a place of its own ('the 1985 Geneva
        summit', 'the 2002 Vladivostok meeting') names an occasion of its own."""
        return any(
            c.dep_ in ("nummod", "compound", "amod", "npadvmod")
            and (c.ent_type_ == "DATE" or c.i in self.index.place_at)
            for c in trigger.children
        )

    @staticmethod
    def _attends(trigger: Token, others: list[Participant]) -> bool:
        """One named person at a meeting-word with a venue: are they there? ('talks in
        Paris', 'a press conference with Merkel'), not 'sent invitations to a parade'.

        """
        if trigger.lemma_.lower() in _HOSTING:
            return False
        if trigger.pos_ == "VERB" or others:
            return True
        verb = trigger.head
        return verb.lemma_.lower() in _ATTENDING or verb is trigger

    def _visit(self, trigger, agents, others, place, when) -> list[Event]:
        if not agents or invited_to(trigger) or return_leg(trigger):
            return []
        if len(agents) > 1 and (place is not None or _participle(trigger)):
            return [  # "Obama, Merkel and Cameron stay away", "visiting X and Y"
                e
                for a in agents
                if place is None or a.country != place.place.country
                for e in self._visit(trigger, [a], [], place, when)
            ]
        traveller = agents[0]
        home = traveller.country
        if place is not None and home and home == place.place.country:
            return []  # a leader travelling at home is no diplomatic visit
        if others and trigger.lemma_.lower() in ("visit", "see", "join", "call"):
            return self._meeting(trigger, [traveller], others[:1], place, when)
        framed = place is None
        if place is None and any(
            t.lower_ in ("abroad", "overseas") for t in trigger.subtree
        ):
            return []  # "has not travelled abroad": no place, a generic statement
        if place is None:
            place, when = self._framed_abroad(traveller, when)
        if place is None and self.dateline is not None and trigger.pos_ == "VERB":
            place = self.dateline  # "Lavrov, who arrived on Sunday": at the dateline
        if place is None:
            place = self._received_here(trigger, traveller)
        if place is None:
            return [self.event("visit", trigger, [traveller], None, when)]
        if framed:  # the destination is only inferred from the context
            event = self.event("visit", trigger, [traveller], place, when)
            event.confidence = min(event.confidence, 0.45)
            return [event]
        listed = listed_countries(self.index, trigger, place)
        if len(listed) > 1:
            stops = [self.event("visit", trigger, [traveller], p, when) for p in listed]
            for stop in stops[1:]:  # the trip's first day is the first stop's only
                stop.date = later_stop_date(stop.date)
            return stops
        host = self._host_leader(trigger, traveller, place, when)
        if host is not None and self._realised(trigger, when):
            return [self.event("meeting", trigger, [traveller, host], place, when)]
        return [self.event("visit", trigger, [traveller], place, when)]

    def _received_here(self, trigger: Token, traveller: Participant):
        """'the April 8 State visit of Canadian Prime Minister Chretien' in a White
        House statement: a formal visit of a foreign guest that names no destination
        is to the writing office's own country."""
        home = self.index.home
        formal = any(t.lower_ in _FORMAL_VISIT for t in trigger.children)
        if not (home and formal and trigger.pos_ == "NOUN"):
            return None
        if traveller.country in (None, home):
            return None
        return country_place(self.index, home)

    def _realised(self, trigger: Token, when: str | None) -> bool:
        """An announced trip stays a visit unless the text says the two will meet
        (SCHEMA.md rule 21); only a trip made meets its host by implication."""
        status, _ = event_status(
            trigger, trigger.sent, event_date=when, published=self.index.published
        )
        return status not in ("planned", "hypothetical")

    def _host_leader(self, trigger, traveller, place, when) -> Participant | None:
        """A visit 'for a summit' meets the host country's leader, if the text names
        him.
        """
        from summitwatch.nlp.dates import parse_iso

        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        formal = any(t.lower_ in _FORMAL_VISIT for t in trigger.children)
        purpose = any(
            t.lemma_.lower() in _SUMMIT_WORDS
            and t.pos_ == "NOUN"
            and t.head.lower_ in ("for", "to")
            for t in verb.subtree
        )
        if not (formal or purpose) or not self._is_leader(traveller, parse_iso(when)):
            return None
        host = self.index.resolver.country_leader(place.place.country, parse_iso(when))
        if host is None or host.name == traveller.name:
            return None
        if named_trip(trigger) and not self._named_in(host, trigger.sent):
            return None  # "reciprocates Obama's State visit to China": no host met
        return host if host.country != traveller.country else None

    def _named_in(self, who: Participant, sent: Span) -> bool:
        return any(
            m.participant.name == who.name
            for m in self.index.persons
            if sent.start <= m.start < sent.end
        )

    def _is_leader(self, who: Participant, on: date | None) -> bool:
        person = self.index.kb.person(who.person_id) if who.person_id else None
        if person is not None:
            return person.is_leader_on(on or self.index.published)
        office = (who.office or "").lower()
        return any(
            w in office
            for w in (
                "president",
                "prime minister",
                "premier",
                "chancellor",
                "king",
                "leader",
            )
        )

    def _invitation(self, trigger, agents, others, place, when) -> list[Event]:
        inviter, invitee = invitation_roles(self.index, trigger)
        if not invitee:
            return []
        place = place or invited_place(self.index, trigger)
        host = inviter[0] if inviter else self._government(trigger)
        own_summit = past = False
        if host is None:  # 'the invitation to the G7 Summit': its host's government
            summit = invited_summit(self.index, trigger)
            host = host_government(self.index, summit or self._own_summit(), invitee)
            own_summit = summit is None and host is not None
            past = summit is not None and held_before(summit, self.index.published)
        if host is None and place is None and thanked_for(trigger):
            host = self._host_here(invitee)  # 'his gratitude for the invitation to
        if host is None:  # visit' in a readout of the visit to Japan
            return self._visit(trigger, invitee[:1], [], place, when) if place else []
        if place is None and host.country and host.person_id is None and not own_summit:
            place = country_place(self.index, host.country)  # else the frame's venue
        events = []
        hosts = inviter or [host]  # 'the invitation of Rivlin and Netanyahu': each
        for guest in invitee:  # "his invitation to Barak and Arafat": one each
            for one in hosts:
                events.append(
                    self.event("invitation", trigger, [one, guest], place, when)
                )
                if past and when is None:  # extended before a summit already held:
                    self.undated.append(events[-1])  # when, the text does not say
            answer = trigger.head.lemma_.lower() if trigger.pos_ == "NOUN" else ""
            if answer in DECLINING or answer in ACCEPTING:
                trip = self.event("visit", trigger, [guest], place, when)
                trip.status = answered_trip_status(trigger, answer, when)
                events.append(trip)
        return events

    def _host_here(self, invitee: list[Participant]) -> Participant | None:
        """The government of the country the report's meeting is in, for an
        invitation that names neither inviter nor place: the guest thanks the
        host for the invitation to the visit being reported."""
        frame = self.doc_frame
        country = frame.place.country if frame and frame.place else None
        if country is None and self.last_meeting is not None:
            country = self.last_meeting.location.country
        if country is None or any(p.country == country for p in invitee):
            return None
        return government(self.index, country)

    def _own_summit(self) -> Summit | None:
        """The calendar's edition of the article's own summit, looked up only when
        an invitation needs its host."""
        if self.doc_frame is None:
            return None
        return frame_summit(self.index, self.doc_frame)

    def _government(self, trigger: Token) -> Participant | None:
        """An inviting government named as a country ('China has not invited Kim')."""
        verb = trigger if trigger.pos_ == "VERB" else trigger.head
        for child in [*verb.children, *trigger.children]:
            if child.dep_ in ("nsubj", "agent", "poss") or from_inviter(child, trigger):
                for t in child.subtree:
                    mention = self.index.place_at.get(t.i)
                    if (
                        mention
                        and mention.place.kind == "country"
                        and not is_title(self.index, mention)  # "Zimbabwe's Mugabe"
                    ):
                        return government(self.index, mention.place.country)
        return None

    def _framed_abroad(self, traveller: Participant, when: str | None):
        """The context's place and time for a trip that names neither, unless that
        place is the traveller's own country: 'President Hu's visit will highlight
        …' after a sentence on Obama's visit to China is not of that place or time."""
        place, framed_when = self._framed(None, when)
        if place is not None and traveller.country == place.place.country:
            return None, when
        return place, framed_when

    def _framed(self, place, when):
        """Fill a missing venue from this sentence, else from the one before."""
        if place is None and self.sentence_place is not None:
            return self.sentence_place, when
        frame_place, frame_date = self.frame
        if place is None and when and frame_date and when[:4] != frame_date[:4]:
            return None, when  # 'at the 1994 Miami Summit. … the April 8 State visit'
        return place or frame_place, when or (frame_date if place is None else None)


def _participle(trigger: Token) -> bool:
    """'talks with visiting Secretary Clinton and Prime Minister Lee': each of the
    people the participle describes made the trip."""
    return trigger.dep_ == "amod" and trigger.tag_ == "VBG"


def _welcomes(trigger: Token) -> bool:
    """'I want to welcome Prime Minister Major to the White House': the one welcomed
    to a place is there, even when the host is not named (SCHEMA rule 3)."""
    return trigger.lemma_.lower() in ("welcome", "receive", "greet") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in trigger.children
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


def extract_events(doc: Doc, kb: KnowledgeBase, published: date | None) -> list[Event]:
    """Every meeting, visit and invitation the doc reports, with status and evidence."""
    index = build_index(doc, kb, published)
    frame = find_frame(index)
    reader = SentenceReader(index)
    reader.doc_frame = frame
    per_sentence, stops, guests, left = [], [], [], []
    joins: list[tuple[Event, list[Participant]]] = []
    for sent in doc.sents:
        found = reader.read(sent)  # attendance first: its status wins (rule 12)
        drop_borrowed_past(found, sent, index.date_at, published)
        found += caption_meeting(index, sent, reader.event, found)  # 'X (l), Y (r)'
        found = fold_pairs_into_group(found)  # one gathering read twice
        found += presence_events(index, sent, reader.event)  # 'X is in Canada'
        found += envoy_trips(index, sent, reader.event)  # 'sent envoy X to Harare'
        found += mediated_meetings(index, sent, reader.event)  # 'brokered between'
        found += first_visits(index, sent, reader.event)  # 'the first … to visit X was'
        guests += [(sent, who) for who in visiting_guests(index, sent)]
        left += [(sent, country) for country in departures(index, sent)]
        stops += expand_itinerary(index, sent, found)  # 'went to A, B and C'
        stops += pronoun_trips(index, sent, found)
        note_recalled(frame, sent)
        found += frame_presence(index, sent, frame)  # 'Bashir will be here'
        found += implied_meetings(index, sent, reader.undated)  # 'their first reunion'
        found += hospitality_meetings(index, sent, frame)  # 'for his hospitality'
        earlier = earlier_meetings(index, sent, reader.last_meeting)  # 'held last year'
        found = fold_host_visits(found + earlier) if earlier else found
        present = attendance_events(index, sent, frame)
        present += expected_visits(index, sent, frame)
        present += replaced_visits(index, sent, frame)
        present += remarks_visits(index, sent)
        joined = meeting_attendees(index, sent)  # 'attending the meeting are X, Y'
        if joined and reader.last_meeting is not None:
            joins.append((reader.last_meeting, joined))
            present, found = (
                drop_their_visits(joined, present),
                drop_their_visits(joined, found),
            )
        per_sentence.append((sent, present + found))
    join_meetings(joins, [e for _, found in per_sentence for e in found])
    per_sentence = drop_heading_visits(per_sentence)
    per_sentence = drop_superseded(per_sentence)
    events = finish_events(
        read_tables(index, per_sentence, frame), published, frame, dates=index.date_at
    )
    keep_undated(events, reader.undated)
    events = fold_host_visits(events)  # 'since the summit meeting held last year'
    events = guest_visits(events, guests, published)  # after call-offs (rule 1)
    events = fold_trips(events, LEFT, departure_context(left))  # 'left South Africa'
    stops = [e for e in stops if e.type != "visit" or abroad(e)]  # not at home
    table = itemized_rows(index)
    rows = table + settle_stops(stops, events)
    events = fold_trips(add_rows(events, rows, len(table)), TRIP)
    events = fill_city_states(events, index.kb)
    return date_trip_references(place_on_trip(events))
