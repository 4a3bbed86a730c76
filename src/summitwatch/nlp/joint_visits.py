"""Two people of different countries who go to a place together, one of them at
home there: 'Akie Abe and Melania Trump visited the Morikami Museum in Delray
Beach', 'Biden and Xi visited a high school in Chengdu'. The one at home is the
host who takes the guest round, so the text reports a joint appearance, a meeting
(SCHEMA.md: 'joint appearance'), not the guest's trip alone. When every one of them
is abroad there ('Putin and Xi have visited Pyongyang'), nothing says they were
together, and each keeps a trip of their own."""

from __future__ import annotations

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.references import persons_under
from summitwatch.nlp.triggers import trigger_kind


def host_and_guests(
    index: DocIndex,
    trigger: Token,
    people: list[Participant],
    place: PlaceMention | None,
) -> list[Participant]:
    """The co-travellers who met at `place`: all of `people` when one of them is
    of the place's country and another of a different, known country; else [].
    Someone the trip is *with* or talks are held *with* ('travelling back via
    London to hold talks with Thatcher') is no co-traveller. A trip verb's only
    ('visited', 'toured'), as `host_in_purpose`."""
    if trigger.pos_ != "VERB" or place is None or len(people) < 2:
        return []  # before the 'with' search below: most triggers stop here
    met_with = _named_with(index, trigger)
    people = [p for p in people if p.name not in met_with]
    if len(people) < 2:
        return []
    where = place.place.country
    countries = [p.country for p in people]
    if where is None or None in countries:
        return []
    at_home = [c == where for c in countries]
    return list(people) if any(at_home) and not all(at_home) else []


def _named_with(index: DocIndex, trigger: Token) -> set[str]:
    """The people under a 'with' in the trigger's clause."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    return {
        who.name
        for prep in verb.subtree
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for who in persons_under(index, prep)
    }


def host_in_purpose(
    index: DocIndex,
    trigger: Token,
    traveller: Participant,
    place: PlaceMention | None,
) -> Participant | None:
    """'Merkel will travel to Moscow to lay a wreath at the Tomb of the Unknown
    Soldier with Putin': the one the trip's purpose is done *with*, at home in the
    place travelled to, is met there. Only the trip verb's own purpose clause
    ('to …', 'laying …') is read, and only someone of the visited country.

    A second act of the same trip coordinated with the trip verb, sharing its
    subject, is read the same way (session 11, helper split12): 'visited the
    United States and signed the compact with President Bush at the White House',
    'travelled to Berlin and laid a wreath with the Chancellor'. A second act that
    is an event of its own ('and held a summit with Moon', 'and had dinner with
    Pompeo') is read by its own trigger."""
    if place is None or place.place.country is None or trigger.pos_ != "VERB":
        return None
    where = place.place.country
    for clause in trigger.children:
        if clause.dep_ not in ("xcomp", "advcl", "conj") or clause.pos_ != "VERB":
            continue
        if clause.dep_ == "conj" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        ):
            continue  # a clause of its own subject: 'Abe visited X and Y met Z'

        for prep in clause.subtree:
            if prep.lower_ != "with" or prep.dep_ != "prep":
                continue
            if governing_verb(prep.head).i != clause.i:  # another verb's 'with'
                continue
            if clause.dep_ == "conj" and (
                trigger_kind(clause) is not None or trigger_kind(prep.head) is not None
            ):
                continue  # 'flew to Seoul and held a summit with Moon': its own event
            for who in persons_under(index, prep):
                if who.country == where and who.country != traveller.country:
                    return who
    return None
