"""The invitation a trigger reports: inviter and invitee (a government, a summit's
host), one per guest, and the trip an answer leads to (rules 4 and 12). Part of the
sentence reader, split out to keep the invitation rules in one place."""

from __future__ import annotations

from copy import copy

from spacy.tokens import Token

from summitwatch.kb.summits import Summit
from summitwatch.models import Event, Participant
from summitwatch.nlp.event_places import country_place
from summitwatch.nlp.invitation_cues import (
    answered_trip_status,
    from_inviter,
    invited_place,
)
from summitwatch.nlp.invitation_roles import (
    ACCEPTING,
    DECLINING,
    invitation_roles,
    thanked_for,
)
from summitwatch.nlp.invited_act import invited_act
from summitwatch.nlp.invited_event import invited_to_event
from summitwatch.nlp.invited_host import destination, place_host
from summitwatch.nlp.inviters import (
    frame_summit,
    government,
    held_before,
    host_government,
    invited_summit,
)
from summitwatch.nlp.status import negated
from summitwatch.nlp.uninvited import unnamed_refusal
from summitwatch.nlp.venue import is_title


class InvitationReading:
    """The invitation rules of `SentenceReader`; they use its state (index,
    doc_frame, last_meeting, told_before, undated) and its `event` and `_visit`."""

    def _invitation(self, trigger, agents, others, place, when) -> list[Event]:
        if invited_act(trigger):  # 'invitations from the PRC to switch
            return []  # diplomatic recognition': no place or gathering to come to
        inviter, invitee = invitation_roles(self.index, trigger)
        if not invitee:  # 'The meeting was at the invitation of President Nixon'
            invitee, told = invited_to_event(trigger, inviter, self.told_before)
            return self._to_told_event(trigger, inviter, invitee, told)
        place = place or invited_place(self.index, trigger)
        host = inviter[0] if inviter else self._government(trigger)
        own_summit = past = False
        if host is None and unnamed_refusal(trigger):  # 'X was not invited to the
            # summit': the trip is the news (attendance.py reads the article's own)
            trip = self.event("visit", trigger, invitee[:1], place, when)
            return [trip] if place else []
        if host is None:  # 'the invitation to the G7 Summit': its host's government
            summit = invited_summit(self.index, trigger)
            host = host_government(self.index, summit or self._own_summit(), invitee)
            own_summit = summit is None and host is not None
            if own_summit and not negated(trigger):  # 'invited to Kampala' names
                elsewhere = self._destination_host(trigger, invitee, host)  # its own
                host, own_summit = elsewhere or host, elsewhere is None  # host
            past = summit is not None and held_before(summit, self.index.published)
        if host is None and place is None and thanked_for(trigger):
            host = self._host_here(invitee)  # 'his gratitude for the invitation to
        if host is None and not negated(trigger):  # visit' in a readout of the
            here = destination(self.index, trigger)  # visit to Japan; else 'invited
            host = place_host(self.index, here, invitee)  # to Kampala': Uganda
        if host is None:
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

    def _to_told_event(
        self,
        trigger: Token,
        inviters: list[Participant],
        guests: list[Participant],
        told: Event | None,
    ) -> list[Event]:
        """An invitation to the meeting or visit just told: its place and time are
        that event's (rule 4: the invited-to place and time)."""
        if told is None:
            return []
        events = []
        for guest in guests:
            event = self.event("invitation", trigger, [inviters[0], guest], None, None)
            event.location = copy(told.location)
            event.date = told.date
            events.append(event)
        return events

    def _destination_host(
        self, trigger: Token, invitee: list[Participant], host: Participant
    ) -> Participant | None:
        """The government of the country the invitation itself names ('invited to
        Kampala as Uganda's guest'), when it is not the host the article's own
        summit was matched to: the invitation's own words come first."""
        here = destination(self.index, trigger)
        named = place_host(self.index, here, invitee)
        if named is None or named.country == host.country:
            return None
        return named

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
