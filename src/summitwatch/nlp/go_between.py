"""People who go between others (issue #10): an envoy sent to a place travels there;
a mediator who brokered or moderated between two parties met them together."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.presence import person_at

_PATTERNS = load_patterns("presence.json")


def envoy_trips(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'Zuma has dispatched envoy Mac Maharaj to Harare', 'to send Karan Singh as a
    special envoy to Kathmandu': the person sent travels to the place."""
    out: list[Event] = []
    for verb in with_lemma(sent, word_set("presence.json", "sending_lemmas")):
        if verb.lemma_.lower() not in _PATTERNS["sending_lemmas"]:
            continue
        envoy = next(
            (
                p
                for c in verb.children
                if c.dep_ == "dobj" and (p := _sent_person(index, c))
            ),
            None,
        )
        place = _destination(index, verb)
        if envoy is None or place is None or envoy.country == place.place.country:
            continue
        when = date_for(index, verb, [envoy])
        out.append(make_event("visit", verb, [envoy], place, when))
    return out


def _sent_person(index: DocIndex, obj: Token) -> Participant | None:
    """The person a 'sent' object names: itself or its apposition ('the Minister,
    Geoffrey Onyeama')."""
    for token in (obj, *(c for c in obj.children if c.dep_ == "appos")):
        if (who := person_at(index, token)) is not None:
            return who
    return None


def _destination(index: DocIndex, verb: Token) -> PlaceMention | None:
    """The place after 'to' on the verb or on its 'as (special) envoy' phrase."""
    envoy = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
             for o in p.children]  # fmt: skip
    return index.place_after([verb, *envoy], "to", _PATTERNS["place_kinds"])


def mediated_meetings(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'Carter was able to broker a peace agreement between Egypt, represented by
    President Sadat, and Israel, represented by Prime Minister Begin', 'The
    Soviets, represented by Kosygin, moderated between Shastri and Ayub Khan': the
    mediator and the parties he went between met, all together (rule 2)."""
    out: list[Event] = []
    for verb in with_lemma(sent, word_set("presence.json", "mediating_lemmas")):
        if verb.lemma_.lower() not in _PATTERNS["mediating_lemmas"]:
            continue
        if not any(t.lower_ == "between" for t in verb.subtree):
            continue
        mediator = _mediator(index, verb)
        between = {t.i for t in verb.subtree} | _represented(sent, verb)
        parties = [m.participant for m in index.persons
                   if m.start in between and m.participant != mediator]  # fmt: skip
        people = list(dict.fromkeys([mediator, *parties])) if mediator else []
        if len(people) < 3:
            continue
        place = _venue_outside(index, sent, between)
        when = date_for(index, verb, people) or _nearest_date(index, sent, verb)
        out.append(make_event("meeting", verb, people, place, when))
    return out


def _represented(sent: Span, verb: Token) -> set[int]:
    """'… between Egypt, represented by Sadat, and Israel represented by Begin':
    the parsers cut the second party off the verb; its 'represented by' stays."""
    return {
        t.i
        for rep in sent
        if rep.lemma_ == "represent" and rep.i > verb.i
        for agent in rep.children
        if agent.dep_ == "agent"
        for t in agent.subtree
    }


def _mediator(index: DocIndex, verb: Token) -> Participant | None:
    """The subject of the mediating verb or of the clause it completes ('Carter
    was able to broker'), or the one its subject was 'represented by'."""
    if verb.dep_ == "acl":  # 'Kosygin, moderated between …', 'The Soviets,
        own = {t.i for t in verb.subtree}  # represented by Kosygin, moderated …'
        for t in verb.head.subtree:
            if t.i not in own and (who := person_at(index, t)) is not None:
                return who
    token = verb
    for _ in range(3):
        for subj in (c for c in token.children if c.dep_ == "nsubj"):
            for t in subj.subtree:  # 'The Soviets, represented by Kosygin'
                if (who := person_at(index, t)) is not None:
                    return who
        if token.dep_ not in ("xcomp", "acomp", "ccomp") or token.head is token:
            return None
        token = token.head
    return None


def _venue_outside(index: DocIndex, sent: Span, parties: set[int]):
    """The first place of the sentence that is not one of the parties ('the 1978
    Camp David Accords where …'; 'Israel, represented by Begin' is a party)."""
    for i in range(sent.start, sent.end):
        mention = index.place_at.get(i)
        if mention is None or i in parties or mention.start != i:
            continue
        token = index.doc[i]
        if not any(t.lemma_ == "represent" for t in (*token.children, token.head)):
            return mention
    return None


def _nearest_date(index: DocIndex, sent: Span, verb: Token) -> str | None:
    """The sentence's date nearest the verb, even on the accord it brokered ('the
    1978 Camp David Accords where Carter was able to broker …')."""
    dated = [(abs(i - verb.i), v) for i, v in index.dates_in(sent.start, sent.end)]
    return min(dated)[1] if dated else None
