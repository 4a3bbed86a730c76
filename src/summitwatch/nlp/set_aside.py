"""The triggers that yield no event of their kind whoever their people are: a thing
received ('received a letter'), a call ('talks by telephone'), the road to a summit
('on his way to the summit'), a tally ('made eight trips', 'a series of conferences
were held'), mutual or past visits ('mutual visits', 'since X left office'), an event
named in no particular telling (`status.names_no_event`). One set of tests for the
sentence reader (`SentenceReader._set_aside`, which adds those that need the people
and the meeting read before) and the fallback's guesses (`fallback.py`), so that a
guess is never a trigger the reader set aside (session 12, helper dup13)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summitwatch.nlp.counted_meetings import counted_meetings
from summitwatch.nlp.en_route import bound_for
from summitwatch.nlp.groups import hosts_between
from summitwatch.nlp.joint_talk import joint_talk, talk_on_a_trip
from summitwatch.nlp.occasions import generic_visits, left_office
from summitwatch.nlp.remote import remote
from summitwatch.nlp.status import names_no_event
from summitwatch.nlp.tallies import counted_trip
from summitwatch.nlp.triggers import receives_a_thing

if TYPE_CHECKING:
    from spacy.tokens import Token

    from summitwatch.nlp.doc_index import DocIndex


def set_aside(index: DocIndex, kind: str, trigger: Token) -> bool:
    """The trigger (of `kind`) is no event, whoever its people are."""
    if names_no_event(trigger):
        return True
    if kind == "visit":
        return (
            generic_visits(trigger)  # 'mutual visits'
            or left_office(trigger)  # 'since X left office'
            or counted_trip(trigger)  # 'made eight trips to 18 countries'
        )
    return kind == "meeting" and (
        received_thing(index, trigger)
        or bound_for(trigger)  # 'on his way to the summit in Kampala'
        or counted_meetings(trigger)  # 'a series of bilateral conferences were held'
        or remote(trigger)  # 'talks by telephone': no meeting in person
    )


def received_thing(index: DocIndex, trigger: Token) -> bool:
    """A meeting verb whose object is a thing received ('received a letter'), unless
    the meeting is between others, a topic of the two or a talk on a trip."""
    return (
        trigger.pos_ == "VERB"
        and receives_a_thing(trigger, index.person_at)
        and not hosts_between(trigger)  # 'hosted the talks between A and B'
        and not joint_talk(trigger)  # 'A and B will discuss trade': a topic
        and not talk_on_a_trip(trigger)  # 'visit Cuba to discuss trade with X'
    )
