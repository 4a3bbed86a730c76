"""The trip a trigger reports: who travelled, to which country or countries, and
whether a formal visit or one for a summit meets its host. Part of the sentence
reader, split out to keep the visit rules in one place."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.companions import accompanies
from summitwatch.nlp.event_dates import later_stop_date
from summitwatch.nlp.event_places import (
    country_place,
    listed_abroad,
    listed_countries,
)
from summitwatch.nlp.groups import couple_alone, entourage
from summitwatch.nlp.invitation_cues import invited_to, restated_invitation
from summitwatch.nlp.joint_visits import host_and_guests, host_in_purpose
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.presence import named_trip
from summitwatch.nlp.status import event_status
from summitwatch.nlp.trip_legs import return_leg

_FORMAL_VISIT = {"state", "official", "return", "goodwill", "working"}

_SUMMIT_WORDS = {"summit", "talks", "talk", "meeting", "meet", "bilateral"}


class VisitReading:
    """The visit rules of `SentenceReader`; they use its state (index, dateline)
    and its `event`, `_meeting` and `_framed_abroad`."""

    def _visit(self, trigger, agents, others, place, when) -> list[Event]:
        if not agents or invited_to(trigger) or return_leg(trigger):
            return []
        if restated_invitation(trigger):  # 'reiterated his invitation to X to
            return []  # visit Pakistan': the invitation is the news (rule 4)
        if len(agents) > 1:  # 'X, accompanied by his wife Y, arrived': X's trip
            staff = entourage(self.index, trigger.sent)
            agents = [a for a in agents if a.name not in staff] or agents
            leader = couple_alone(agents)  # 'X and first lady Y arrived'
            agents = [leader] if leader is not None else agents
        if (
            others
            and accompanies(trigger)
            and not _at_home(place, [*agents, *others])
            and self._told_as_fact(trigger, when)
        ):
            return [  # 'Baker accompanied Bush to Malta': both made the trip
                e
                for a in dict.fromkeys([*agents, *others])
                for e in self._visit(trigger, [a], [], place, when)
            ]
        together = host_and_guests(self.index, trigger, agents, place)
        if together:  # 'A and B visited the museum in A's country': a joint visit
            return [self.event("meeting", trigger, together, place, when)]
        if len(agents) > 1 and (place is not None or _participle(trigger)):
            return [  # "Obama, Merkel and Cameron stay away", "visiting X and Y"
                e
                for a in agents
                if place is None or a.country != place.place.country
                for e in self._visit(trigger, [a], [], place, when)
            ]
        traveller = agents[0]
        home = traveller.country
        if others and _visit_with(trigger):  # 'had a good visit with X at home'
            return self._meeting(trigger, [traveller], others[:1], place, when)
        if place is not None and home and home == place.place.country:
            abroad = listed_abroad(self.index, place, home)  # 'to Hawaii, Vietnam, …'
            return self._stops(trigger, traveller, abroad, when)  # none: at home
        if others and trigger.lemma_.lower() in ("visit", "see", "join", "call"):
            return self._meeting(trigger, [traveller], others[:1], place, when)
        framed = place is None
        if place is None and any(
            t.lower_ in ("abroad", "overseas") for t in trigger.subtree
        ):
            return []  # "has not travelled abroad": no place, a generic statement
        if place is None:  # a Washington document's guest: the desk before the
            desk = self._to_the_desk(trigger, traveller)  # frame's place, not its date
            place, when = self._framed_abroad(traveller, when, trigger)
            place = desk or place
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
            return self._stops(trigger, traveller, listed, when)
        met = host_in_purpose(self.index, trigger, traveller, place)
        if met is not None:  # 'travel to Moscow to lay a wreath with Putin'
            return [self.event("meeting", trigger, [traveller, met], place, when)]
        host = self._host_leader(trigger, traveller, place, when)
        if host is not None and self._realised(trigger, when):
            return [self.event("meeting", trigger, [traveller, host], place, when)]
        return [self.event("visit", trigger, [traveller], place, when)]

    def _stops(self, trigger, traveller, listed, when) -> list[Event]:
        """One visit per listed country; the trip's first day is its first stop's."""
        stops = [self.event("visit", trigger, [traveller], p, when) for p in listed]
        for stop in stops[1:]:
            stop.date = later_stop_date(stop.date)
        return stops

    def _received_here(
        self, trigger: Token, traveller: Participant
    ) -> PlaceMention | None:
        """'the April 8 State visit of Canadian Prime Minister Chretien' in a White
        House statement: a formal visit of a foreign guest that names no destination
        is to the writing office's own country."""
        home = self.index.home
        formal = any(t.lower_ in _FORMAL_VISIT for t in trigger.children)
        if home and formal and trigger.pos_ == "NOUN":
            if traveller.country in (None, home):
                return None
            return country_place(self.index, home)
        return self._to_the_desk(trigger, traveller)

    def _to_the_desk(
        self, trigger: Token, traveller: Participant
    ) -> PlaceMention | None:
        """'the Moro visit April 20–21', 'Park is also coming May 17–18' in a
        telegram from the Department of State: a foreign guest's trip that names no
        destination is to where the document was written (`desk.desk_country`)."""
        desk = self.index.desk
        if desk is None or traveller.country in (None, desk):
            return None
        coming = word_set("triggers.json", "coming_lemmas")
        if trigger.pos_ == "VERB" and trigger.lemma_.lower() not in coming:
            return None  # 'went', 'travelled': anywhere; 'is coming': here
        return country_place(self.index, desk)

    def _realised(self, trigger: Token, when: str | None) -> bool:
        """An announced trip stays a visit unless the text says the two will meet
        (SCHEMA.md rule 21); only a trip made meets its host by implication."""
        return self._status(trigger, when) not in ("planned", "hypothetical")

    def _told_as_fact(self, trigger: Token, when: str | None) -> bool:
        """Made or set, not claimed, doubted or denied: 'analysts claim that Kim
        Jong-un did accompany his father' doubts the son's going, not the father's
        trip, which is told on its own (the seed)."""
        return self._status(trigger, when) in ("occurred", "planned")

    def _status(self, trigger: Token, when: str | None) -> str:
        """The trigger's status as the event will carry it (`status.event_status`)."""
        status, _ = event_status(
            trigger, trigger.sent, event_date=when, published=self.index.published
        )
        return status

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
        if not self._named_for_this_trip(host, trigger, when):
            return None  # named only later, in a sentence of another year
        if named_trip(trigger) and not self._named_in(host, trigger.sent):
            return None  # "reciprocates Obama's State visit to China": no host met
        return host if host.country != traveller.country else None

    def _named_for_this_trip(
        self, who: Participant, trigger: Token, when: str | None
    ) -> bool:
        """Named before the trip's paragraph ends, or later in a sentence of the
        trip's year (or undated): 'In November 2022, Samoa's head of state …
        visited Nukuʻalofa', a paragraph after 'Pōhiva visited Apia … for a Forum
        meeting' in 2017, does not put him at that meeting; a news story that names
        the host further down ('Xi will host Lula …') still does."""
        doc = trigger.doc
        cut = doc.text.find("\n\n", trigger.idx)
        end = (
            len(doc)
            if cut < 0
            else next((t.i for t in doc[trigger.i :] if t.idx >= cut), len(doc))
        )
        year = (when or "")[:4]
        for m in self.index.mentions_in(0, len(doc)):
            if m.participant.name != who.name:
                continue
            if m.start < end or not year:
                return True
            sent = doc[m.start].sent
            years = {v[:4] for _, v in self.index.dates_in(sent.start, sent.end)}
            if not years or year in years:
                return True
        return False

    def _named_in(self, who: Participant, sent: Span) -> bool:
        return any(
            m.participant.name == who.name
            for m in self.index.mentions_in(sent.start, sent.end)
        )

    def _is_leader(self, who: Participant, on: date | None) -> bool:
        """The KB's test (`DocIndex.leads_country_on`); for someone the KB lacks, a
        leader's word in the office as written. Not `leader_roles`, whose 'prince'
        makes a consort a head of state ('Prince Philip' meets the host: real 132)."""
        person = self.index.kb.person(who.person_id) if who.person_id else None
        if person is not None:
            return self.index.leads_country_on(who, on or self.index.published)
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


def _at_home(place: PlaceMention | None, people: list[Participant]) -> bool:
    """Someone of `people` is at home where the trip goes: 'Putin accompanied Modi
    to the cathedral' is the host with his guest, a meeting, not two trips."""
    return place is not None and any(p.country == place.place.country for p in people)


def _participle(trigger: Token) -> bool:
    """'talks with visiting Secretary Clinton and Prime Minister Lee': each of the
    people the participle describes made the trip."""
    return trigger.dep_ == "amod" and trigger.tag_ == "VBG"


def _visit_with(trigger: Token) -> bool:
    """'visited with Scholz at the White House', 'had a good visit with Olaf
    Scholz': a visit *with* someone is time spent together, a meeting wherever it
    is, also in the traveller's own country."""
    return trigger.lemma_.lower() == "visit" and any(
        c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children
    )
