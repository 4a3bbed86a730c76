"""Doc → events: find trigger words, read their arguments from the parse, decide type
and status, then tidy the article's events (rules 1, 4 and 5 of SCHEMA.md)."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.kb.summits import Summit
from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.assemble import abroad, finish_events
from summitwatch.nlp.attendance import attendance_events
from summitwatch.nlp.attendees import (
    drop_their_visits,
    join_meetings,
    meeting_attendees,
)
from summitwatch.nlp.captions import caption_meeting, position_marker
from summitwatch.nlp.city_state import fill_city_states
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.earlier import earlier_meetings, fold_host_visits
from summitwatch.nlp.event_dates import date_for, later_stop_date, resolve_doc_dates
from summitwatch.nlp.expected import expected_visits
from summitwatch.nlp.firsts import first_visits
from summitwatch.nlp.frame import (
    Frame,
    drop_heading_visits,
    find_frame,
    note_recalled,
)
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
    same_clause,
    the_meeting,
    together,
    unnamed_guests,
)
from summitwatch.nlp.hosts import hospitality_meetings
from summitwatch.nlp.implied import implied_meetings
from summitwatch.nlp.inviters import (
    frame_summit,
    government,
    held_before,
    host_government,
    invited_summit,
    keep_undated,
    requested_visit,
    thanked_acceptance,
)
from summitwatch.nlp.itinerary import expand as expand_itinerary
from summitwatch.nlp.itinerary import pronoun_trips
from summitwatch.nlp.lexicon import lexicon, load_patterns
from summitwatch.nlp.mentions import (
    TITLES,
    PersonMention,
    PersonResolver,
    PlaceMention,
    coordinated_surname,
    link_places,
    location_of,
    person_spans,
)
from summitwatch.nlp.named_after import named_after
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
from summitwatch.nlp.readout import readout_titles
from summitwatch.nlp.regnal import untagged_monarchs, untagged_officials
from summitwatch.nlp.remarks import remarks_visits
from summitwatch.nlp.roles import (
    ACCEPTING,
    DECLINING,
    agents_and_counterparts,
    delegation_members,
    governing_verb,
    invitation_roles,
    thanked_for,
)
from summitwatch.nlp.speakers import home_country, speaker_turns
from summitwatch.nlp.standin import replaced_visits
from summitwatch.nlp.status import (
    event_status,
    generic_negation,
    habitual,
    negated,
    talked_about,
)
from summitwatch.nlp.superseded import drop_superseded
from summitwatch.nlp.tables import add_rows, itemized_rows, read_tables
from summitwatch.nlp.titled import sentence_days
from summitwatch.nlp.travel import travel_mode
from summitwatch.nlp.trip_legs import departures, return_leg
from summitwatch.nlp.trips import (
    LEFT,
    TRIP,
    departure_context,
    fold_trips,
    settle_stops,
)
from summitwatch.nlp.venue import is_title, places_for
from summitwatch.nlp.visiting import visiting_place

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


def build_index(doc: Doc, kb: KnowledgeBase, published: date | None) -> DocIndex:
    """Resolve every person, place and date mention of the doc, in reading order."""
    resolver = PersonResolver(kb, published)
    index = DocIndex(doc, kb, published, resolver)
    index.date_at = resolve_doc_dates(doc, published)
    resolver.days = sentence_days(doc, index.date_at)  # 'President Park'
    places = {m.start: m for m in link_places(doc, kb)}
    sentence_of = {s.start: n for n, s in enumerate(doc.sents)}
    groups = {g[0].start: g for g in person_spans(doc)}
    for ent in doc.ents:
        if ent.start in places:
            continue
        if ent.start in groups:
            _add_person(index, resolver, groups[ent.start], sentence_of, kb)
        elif coordinated_surname(ent, kb):  # 'Nixon and Ford', Ford tagged ORG
            _add_person(index, resolver, [ent], sentence_of, kb)
        elif ent.label_ in ("ORG", "NORP", "GPE") and kb.people_named(ent.text):
            who = resolver.resolve_name(ent, sentence_of.get(ent.sent.start, 0))
            if who is not None:
                index.add_person(PersonMention(who, ent.start, ent.end))
    for span in untagged_monarchs(doc, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id is None:  # 'King Mahendra', a
            # monarch neither the NER nor the KB ruler tagged
            index.add_person(PersonMention(who, span.start, span.end))
    for span in untagged_officials(doc, kb, set(index.person_at) | set(places)):
        who = resolver.resolve_name(span, sentence_of.get(span.sent.start, 0))
        if who is not None and who.person_id:  # 'Trade Representative Froman'
            index.add_person(PersonMention(who, span.start, span.end))
    index.persons.sort(key=lambda m: m.start)
    for mention in places.values():
        for i in range(mention.start, mention.end):
            index.place_at[i] = mention
    index.home = home_country(doc.text)
    readout_titles(index)  # before the turns: 'the Prime Minister said as follows:'
    index.turns = speaker_turns(doc, index.persons, kb, published)
    return index


def _add_person(index, resolver, group: list[Span], sentence_of, kb) -> None:
    """One mention for a name the NER cut in pieces: the whole if the KB knows it,
    else the piece it knows ('Mohammad bin Salman' of '… Al Saud')."""
    doc = index.doc
    whole = doc[group[0].start : group[-1].end]
    if len(group) == 1 and _place_named_as_person(whole, kb):
        return
    if _press_title(whole) or _the_late(whole) or _buried(whole) or named_after(whole):
        return
    sentence = sentence_of.get(whole.sent.start, 0)
    who = resolver.resolve_name(whole, sentence)
    if len(group) > 1 and (who is None or who.person_id is None):
        known = [p for g in group if (p := resolver.resolve_name(g, sentence))]
        who = next((p for p in known if p.person_id), who)
    if who is not None:
        index.add_person(PersonMention(who, whole.start, whole.end))


def _press_title(name: Span) -> bool:
    """'VOA White House correspondent Luis Ramirez', 'journalist Mario Paiva': the
    press reports an event and takes no part in it."""
    titles = set(load_patterns("mentions.json")["press_titles"])
    doc = name.doc
    for i in range(name.start - 1, max(name.start - 4, name.sent.start - 1), -1):
        if doc[i].is_punct or doc[i].pos_ in ("VERB", "AUX", "ADP"):
            return False
        if doc[i].lower_ in titles:
            return True
    return False


def _the_late(name: Span) -> bool:
    """'paid his condolences to the late Sultan Qaboos': the dead meet nobody."""
    doc = name.doc
    start = name.start
    if doc[start].lower_ == "late":
        return True
    for i in range(start - 1, max(start - 4, name.sent.start - 1), -1):
        if doc[i].lower_ == "late" and i > 0 and doc[i - 1].lower_ == "the":
            return True
        if not doc[i].text[:1].isupper():
            return False
    return False


def _buried(name: Span) -> bool:
    """'laid a wreath at the tomb of Padre Eusebio Kino', 'the Mausoleum of late
    President of Vietnam, Ho Chi Minh': the dead honoured at their resting place
    (`mentions.json: resting_place_words`)."""
    words = set(load_patterns("mentions.json")["resting_place_words"])
    doc = name.doc
    for i in range(name.start - 1, max(name.start - 8, name.sent.start), -1):
        if doc[i].lower_ == "of" and doc[i - 1].lower_ in words:
            return True
        if not (
            doc[i].text[:1].isupper() or doc[i].lower_ in ("late", "the", "of", ",")
        ):
            return False
    return False


def _place_named_as_person(ent: Span, kb: KnowledgeBase) -> bool:
    """NER slips: 'Dong Dang' tagged PERSON is a town the KB knows, nobody's name."""
    if kb.people_named(ent.text) or kb.people_with_surname(ent.text.split()[-1]):
        return False
    place = kb.place(ent.text)
    return place is not None and (
        place.kind != "city" or place.population >= 100_000 or place.population == 0
    )


def trigger_kind(token: Token) -> str | None:
    """'meeting', 'visit' or 'invitation' when the token can introduce such an event."""
    words = lexicon().triggers
    lemma = token.lemma_.lower()
    if token.ent_type_ and token.ent_type_ not in ("EVENT", "DATE"):
        return None
    if position_marker(token):  # 'Hollande, left, greets Abe'
        return None
    if lemma in words["invitation_words"]:
        return "invitation"
    if token.pos_ == "VERB":
        particles = words["visit_phrasal_particles"].get(lemma)
        if particles and not any(c.lower_ in particles for c in token.children):
            return None  # "turn" is a trip only as "turn up"
        objects = words["visit_objects"].get(lemma)
        if objects is not None:  # "lead a delegation to Kuala Lumpur"
            heads = [c for c in token.children if c.dep_ == "dobj"]
            return "visit" if any(c.lemma_.lower() in objects for c in heads) else None
        gestures = words["meeting_objects"].get(lemma)
        if gestures is not None:  # "shook hands", "exchanged greetings with"
            heads = [c.lemma_.lower() for c in token.children if c.dep_ == "dobj"]
            if any(h in gestures for h in heads):
                return "meeting"
        if lemma in words["meeting_verbs"] or hosts_between(token):
            return "meeting"
        if lemma in words["visit_verbs"] and lemma not in ("make",):
            return "visit"
    if token.pos_ in ("NOUN", "PROPN"):
        if lemma in words["meeting_nouns"] or token.lower_ in words["meeting_nouns"]:
            return "meeting"
        if lemma in words["visit_nouns"]:
            return "visit"
    return None


class SentenceReader:
    """Builds the events of one sentence, with what earlier sentences established."""

    def __init__(self, index: DocIndex) -> None:
        self.index = index
        self.frame: tuple[PlaceMention | None, str | None] = (None, None)
        self.sentence_place: PlaceMention | None = None
        self.dateline = _dateline(index)
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
        if kind == "visit" and status == "occurred" and _invited_trip(trigger):
            status = "hypothetical" if _received_invitation(trigger) else "planned"
        return Event(
            type=kind,
            status=status,
            participants=people,
            location=_location(place),
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
            and _receives_a_thing(trigger, self.index.person_at)
            and not hosts_between(trigger)  # 'hosted the talks between A and B'
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
            place = _where_they_were(self.index, trigger, place)
            return self._meeting(trigger, agents, others, place, when)
        asked = requested_visit(self.index, trigger)  # 'asked Abe to visit Luxembourg'
        if asked is not None and place is not None:
            return [self.event("invitation", trigger, asked[0] + asked[1], place, when)]
        return self._visit(trigger, agents, others, place, when)

    def _meeting(self, trigger, agents, others, place, when) -> list[Event]:
        if _remote(trigger) or _call_retold(trigger, place):
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
                place = _country_place(self.index, agents[0].country)
            if place is None and self.dateline is not None:
                place = self.dateline
            if (
                len(agents) == 1
                and len(others) >= 2
                and not joint
                and (another_occasion(trigger) or not _joint_words(trigger))
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
        if not agents or _invited_to(trigger) or return_leg(trigger):
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
        listed = _listed_countries(self.index, trigger, place)
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
        return _country_place(self.index, home)

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
        place = place or _invited_place(self.index, trigger)
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
            place = _country_place(self.index, host.country)  # else the frame's venue
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
                trip.status = _answered_trip_status(trigger, answer, when)
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
            if child.dep_ in ("nsubj", "agent", "poss") or _from(child, trigger):
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


def _from(child: Token, trigger: Token) -> bool:
    """'has received an invitation from the Republic of Korea', 'at the invitation
    of the Indian government': the country the invitation comes from."""
    return (
        child.dep_ == "prep"
        and child.lower_ in ("from", "of", "by")
        and trigger.pos_ == "NOUN"
    )


def _answered_trip_status(trigger: Token, answer: str, when: str | None) -> str:
    """The trip an answered invitation leads to: not made when declined, planned
    when accepted, made when the host thanks the guest for accepting ('thank you
    for accepting our invitation to come here'), said at the talks, unless the
    trip has a date of its own ('… to visit Moscow in May')."""
    if answer in DECLINING:
        return "not_occurred"
    return "occurred" if thanked_acceptance(trigger) and when is None else "planned"


_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z .'’-]{2,})(?:,\s*[A-Z][\w .]+?)?\s*(?:\(|—|–|--| - )"
)


def _participle(trigger: Token) -> bool:
    """'talks with visiting Secretary Clinton and Prime Minister Lee': each of the
    people the participle describes made the trip."""
    return trigger.dep_ == "amod" and trigger.tag_ == "VBG"


def _dateline(index: DocIndex) -> PlaceMention | None:
    """'NUSA DUA, Indonesia — …', 'SEOUL, April 27 (Yonhap) --': where the news is."""
    for sent in list(index.doc.sents)[:6]:
        match = _DATELINE.match(sent.text)
        if not match:
            continue
        name = match[1].strip().title()
        rest = sent.text[match.end(1) : match.end()].strip(" ,—–-(")
        place = index.kb.place(name) or index.kb.place(rest.split("(")[0].strip())
        if place is not None:
            return PlaceMention(place, -1, -1, name)
    return None


def _listed_countries(index, trigger: Token, place: PlaceMention) -> list[PlaceMention]:
    """'visited Trinidad and Tobago and Costa Rica': one visit to each country."""
    root = index.doc[place.start : place.end].root if place.start >= 0 else None
    if root is None or place.place.kind != "country":
        return []
    found = [place]
    for conj in root.conjuncts:
        other = index.place_at.get(conj.i) or _site_country(index, conj)
        if (
            other
            and other.place.kind == "country"
            and all(other.place != f.place for f in found)
        ):
            found.append(other)
    return found


def _site_country(index, site: Token) -> PlaceMention | None:
    """'visited the Khmeimim Air Base in Syria, and Egypt': a site the KB does not
    know, placed in a country, is a stop in that country."""
    return index.place_after([site], "in", ("country",))


_AHEAD = {"invite", "invitation", "agree", "accept", "promise", "pledge", "plan"}


def _invited_trip(trigger: Token) -> bool:
    """'invited Xi to visit Washington', 'invited Putin to pay a visit to the DPRK':
    the trip is still ahead."""
    token = trigger
    for _ in range(3):
        if token.dep_ in ("xcomp", "acl") and token.head.lemma_.lower() in _AHEAD:
            return not thanked_acceptance(token.head)  # '… for accepting our
            # invitation to come here': the guest has come
        if token.dep_ not in ("dobj", "xcomp") or token.head is token:
            return False
        token = token.head
    return False


def _invited_place(index: DocIndex, invitation: Token) -> PlaceMention | None:
    """'accepted the invitation of King Salman, the Custodian of the Two Holy
    Mosques, to visit the Kingdom of Saudi Arabia': the place of the trip the
    invitation's own clause names, when the sentence gave none nearer."""
    for clause in invitation.children:
        if clause.dep_ in ("acl", "xcomp") and trigger_kind(clause) == "visit":
            found = places_for(index, clause, fallback=False)
            if found:
                return found[0]
    return None


_HOLDING = {"receive", "get", "have"}


def _received_invitation(trigger: Token) -> bool:
    """'The Government has received an invitation from the ROK for the Prime
    Minister to attend the Games': an invitation held, not yet answered — the trip
    is only in prospect (an accepted one is planned, rule 4)."""
    token = trigger
    for _ in range(3):
        head = token.head
        if head is token:
            return False
        if head.lemma_.lower() in ("invitation", "invite") and head.pos_ == "NOUN":
            return head.head.lemma_.lower() in _HOLDING and head.dep_ == "dobj"
        token = head
    return False


def _welcomes(trigger: Token) -> bool:
    """'I want to welcome Prime Minister Major to the White House': the one welcomed
    to a place is there, even when the host is not named (SCHEMA rule 3)."""
    return trigger.lemma_.lower() in ("welcome", "receive", "greet") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in trigger.children
    )


def _invited_to(trigger: Token) -> bool:
    """'has not invited Kim to make his debut': no invitation, so no trip (rule 4)."""
    token = trigger
    for _ in range(3):
        if token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() == "invite":
            return negated(token)
    return False


def _where_they_were(index, trigger: Token, place: PlaceMention | None):
    """'Abe, who was visiting Nairobi, Kenya, to attend …, held a meeting': where a
    party was, unless the venue found is a place in that same country."""
    visited = visiting_place(index, trigger)
    if visited is None or (place and place.place.country == visited.place.country):
        return place
    return visited


_REMOTE = {
    "phone",
    "telephone",
    "video",
    "videoconference",
    "teleconference",
    "letter",
    "online",
    "virtual",
    "virtually",
    "zoom",
    "hotline",
}


def _remote(trigger: Token) -> bool:
    """'spoke by phone with Trump', 'held talks by video link'."""
    verb = governing_verb(trigger)
    near = [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    top = trigger.head if trigger.dep_ == "compound" else trigger
    phrase = _without_clauses(top)  # "held a summit telephone talk", not "…, when
    return any(  # she handed over a letter"
        t.lemma_.lower() in _REMOTE for t in (*phrase, *verb.children, *near)
    )


_RETOLD = frozenset({"exchange", "conversation", "discussion", "talk", "talks"})


def _call_retold(trigger: Token, place: PlaceMention | None) -> bool:
    """'I had a summit telephone talk with President Trump. President Trump and I
    engaged in a wide-ranging exchange of views …': the exchange told in the
    sentence after a call, with no place of its own, is the call."""
    sent = trigger.sent
    if place is not None and place.place.kind != "country":
        return False  # 'talks in Tokyo': a place of its own
    if trigger.lemma_.lower() not in _RETOLD or sent.start == 0:
        return False
    if governing_verb(trigger).tag_ not in ("VBD", "VBN") or any(
        e.label_ == "DATE" for e in sent.ents
    ):
        return False  # 'We agreed to hold talks on March 3': another, ahead
    before = trigger.doc[sent.start - 1].sent
    return any(t.lemma_.lower() in _REMOTE for t in before)


def _without_clauses(token: Token) -> list[Token]:
    """The token's subtree without the clauses that hang anywhere below it."""
    clauses = ("advcl", "relcl", "conj", "parataxis", "ccomp")
    skip = {
        t.i
        for c in token.subtree
        if c.i != token.i and c.dep_ in clauses and c.pos_ in ("VERB", "AUX")
        for t in c.subtree
    }
    return [t for t in token.subtree if t.i not in skip]


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


def _receives_a_thing(verb: Token, people: dict | None = None) -> bool:
    """'received an invitation', 'hosted a banquet': the object is no person met."""
    gestures = lexicon().triggers["meeting_objects"].get(verb.lemma_.lower(), ())
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.lemma_.lower() in gestures for o in objects):
        return False  # "shook hands with": a gesture made face to face
    return bool(objects) and all(
        o.ent_type_ not in ("PERSON", "NORP", "GPE", "ORG")
        and o.i not in (people or {})
        and o.pos_ != "PRON"
        and o.lemma_.lower() not in lexicon().triggers["people_nouns"]
        for o in objects
    )


_JOINT = {
    "trilateral",
    "three-way",
    "multilateral",
    "joint",
    "quadrilateral",
    "four-way",
    "together",
    "group",
}


def _joint(trigger: Token) -> bool:
    """'a trilateral meeting with Kishida and Yoon': one meeting of all three."""
    return any(c.lower_ in _JOINT for c in trigger.children) or any(
        c.lower_ in _JOINT for c in trigger.head.children
    )


def _joint_words(trigger: Token) -> bool:
    """'a trilateral meeting with …', 'were present among …': words of one gathering."""
    return _gathering(trigger) or _joint(trigger)


def _gathering(trigger: Token) -> bool:
    """'Among those present were …', 'A, B and C gathered': a word of one gathering
    in the trigger's clause, not in another one ('arrived from Brussels, where he
    attended a NATO summit, and met A and B')."""
    words = set(lexicon().triggers["gathering_words"])
    return any(
        t.lemma_.lower() in words and same_clause(t, trigger) for t in trigger.sent
    )


def _location(place: PlaceMention | None) -> Location:
    if place is None:
        return Location()
    return location_of(place.place)


def _country_place(index: DocIndex, code: str) -> PlaceMention | None:
    country = index.kb.places.countries.get(code)
    return PlaceMention(country, -1, -1, country.name) if country else None


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
