"""The meeting a trigger reports: its parties, one table or pairs, its venue, or
none at all (a call, a recalled summit, people joining the last meeting). Part of
the sentence reader, split out to keep the meeting rules in one place."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import where_clause
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.diary import line_label, line_owner
from summitwatch.nlp.event_places import country_place
from summitwatch.nlp.frame import names_the_frame
from summitwatch.nlp.gapped_places import gapped_place
from summitwatch.nlp.gathering_words import joint_words
from summitwatch.nlp.groups import (
    another_occasion,
    apart,
    couple_alone,
    entourage,
    host_subjects,
    hosted_parties,
    hosting_subjects,
    joined_at_the_meeting,
    pairs,
    the_meeting,
    together,
    unnamed_guests,
)
from summitwatch.nlp.joint_talk import joint_talk, talk_on_a_call
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.lost_subject import (
    counterparts_only,
    dangling_counterpart,
    lost_subject,
    subjectless_with,
    untagged_relative_head,
)
from summitwatch.nlp.mentions import TITLES
from summitwatch.nlp.presence import spoken_of_at_gathering
from summitwatch.nlp.remote import call_retold, remote
from summitwatch.nlp.seats import residence_place
from summitwatch.nlp.triggers import trigger_kind
from summitwatch.nlp.venue_list import listed_venues

_HOST_REACH = 150  # tokens: the host of unnamed guests, named a few sentences back
_ALSO = frozenset({"also"})  # a cue-index word set (`cue_tokens`)

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


class MeetingReading:
    """The meeting rules of `SentenceReader`; they use its state (index, frame,
    last_meeting, host) and its `event`, `_visit` and `_framed`."""

    def _meeting(self, trigger, agents, others, place, when) -> list[Event]:
        if (
            remote(trigger)
            or call_retold(trigger, place)
            or (joint_talk(trigger) and talk_on_a_call(trigger))
        ):
            return []  # a phone or video call is no meeting in person
        if agents and spoken_of_at_gathering(trigger):  # the speaker attended
            return self._visit(trigger, agents[:1], [], place, when)
        if others or len(agents) >= 2:  # '(1) France: Meetings with A and B'
            owner = line_owner(self.index, trigger, agents + others)
            if owner is not None:  # 'Audience with A, meeting with B': A is no host
                others = [p for p in agents + others if p != owner]
                agents, place = [owner], place or line_label(self.index, trigger)
        if not agents and others and subjectless_with(trigger):
            lost = lost_subject(self.index, trigger)  # the counterparts never met
            if lost is None or lost in others:  # one another: no meeting
                return []
            agents = [lost]
        if (
            not agents
            and len(others) >= 2
            and self._counterparts(trigger, others)
            and not self._unnamed_host(trigger)  # 'the Vice President will meet …'
        ):
            named = untagged_relative_head(self.index, trigger)  # 'Samak, who met'
            if named is None or named in others:
                return []  # the people met by someone unread never met each other
            agents = [named]
        dangling = dangling_counterpart(self.index, trigger) if others else None
        if dangling is not None and dangling not in agents + others:
            others = [*others, dangling]  # '…, and Prime Minister D later in the day'
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
        if couple_alone(people) is not None:
            return []  # 'X and first lady Y are greeted': no meeting of the two
        if len(people) >= 2:
            if (
                place is None
                and when is None
                and names_the_frame(trigger, self.doc_frame)
            ):
                when = self.doc_frame.date  # its place comes with fill_from_frame
            place = place or residence_place(self.index, trigger, people)
            place, when = self._framed(place, when, trigger)
            host = self._welcomer(trigger, agents)
            if (
                place is None and _welcoming(trigger) and host and host.country
            ):  # "X hosted Y" with no place: X's country (17)
                place = country_place(self.index, host.country)
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
                    self.event(
                        "meeting",
                        trigger,
                        pair,
                        gapped_place(self.index, trigger, pair[-1], place),
                        when,
                    )
                    for pair in pairs(trigger, agents, others)
                ]
            listed = listed_venues(self.index, trigger)
            if len(listed) >= 2:  # 'we met in San Diego, Belfast, Hiroshima': each
                return [
                    self.event("meeting", trigger, people, stop, None if k else when)
                    for k, stop in enumerate(listed)
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

    def _welcomer(self, trigger: Token, agents: list) -> Participant | None:
        """The host of a welcoming verb: its subject, or in the passive the person of
        its 'by' phrase ('Merkel was hosted by Trump': Trump, not the guest)."""
        by = [c for c in trigger.children if c.dep_ == "agent"]
        for obj in (o for phrase in by for o in phrase.children if o.dep_ == "pobj"):
            mention = self.index.person_at.get(obj.i)
            if mention is not None:
                return mention.participant
        return agents[0] if agents else None

    def _counterparts(self, trigger: Token, others: list[Participant]) -> bool:
        """Are `others` all named in the trigger's 'with' phrase, under a subject
        that names no one (`lost_subject.counterparts_only`)?"""
        at = [
            m.start
            for m in self.index.mentions_in(trigger.sent.start, trigger.sent.end)
            if m.participant in others
        ]
        return len(at) >= len(others) and counterparts_only(trigger, at)

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
        also = bool(with_lower(trigger.sent, _ALSO))
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
            if not where_clause(clause):
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
        if _welcoming(trigger):
            return False
        if trigger.pos_ == "VERB" or others:
            return True
        verb = trigger.head
        return verb.lemma_.lower() in _ATTENDING or verb is trigger


def _welcomes(trigger: Token) -> bool:
    """'I want to welcome Prime Minister Major to the White House': the one welcomed
    to a place is there, even when the host is not named (SCHEMA rule 3)."""
    return _welcoming(trigger) and any(
        c.dep_ == "prep" and c.lower_ in ("to", "in", "at") for c in trigger.children
    )


def _welcoming(trigger: Token) -> bool:
    """A verb by which a host receives guests ('welcomed', 'hosted', 'greeted'): its
    subject is the host, and it is no attendance of its own."""
    return trigger.lemma_.lower() in word_set("announced.json", "welcoming_lemmas")
