"""Presence that no travel verb states (issue #10, class 3; SCHEMA.md rule 1).

"Trump is in Canada at the annual G-7 meeting", "Kim, who is in Russia on an
official visit": a person said to *be* in a foreign place is there on a trip.
"talks with visiting Secretary of State Clinton … but those meetings were called
off": the guest's trip happened although the meeting did not, so it is an event
of its own (rule 1: trip and meeting of different status).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from summitwatch.kb.places import Place
from summitwatch.models import Event, Participant
from summitwatch.nlp.dates import latest_published
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PlaceMention

_PATTERNS = load_patterns("presence.json")
_UNSURE = {"would", "could", "may", "might", "should", "must"}
_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "relcl", "advcl")


def _person(index: DocIndex, token: Token) -> Participant | None:
    mention = index.person_at.get(token.i)
    return mention.participant if mention is not None else None


def _subjects(index: DocIndex, be: Token) -> list[Participant]:
    """Who is there: the copula's subject, the person a 'who is in …' clause hangs
    on, the one 'he' or 'she' stands for, or the speaker and addressee 'we' are in
    a transcript."""
    for child in be.children:
        if child.dep_ != "nsubj":
            continue
        if child.lower_ in ("who", "that") and be.dep_ == "relcl":
            return [p] if (p := _person(index, be.head)) else []
        if child.lower_ == "we" and index.turns is not None:
            return index.turns.resolve("we", child.i)
        if child.lower_ in ("he", "she"):
            return [p] if (p := index.antecedent(child)) else []
        return [p] if (p := _person(index, child)) else []
    return []


def _where(index: DocIndex, be: Token) -> PlaceMention | None:
    """The foreign place of 'is in Canada', 'was in Moscow' (the first such)."""
    for prep in (c for c in be.children if c.dep_ == "prep" and c.lower_ == "in"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = index.place_at.get(obj.i)
            if mention is not None and mention.place.kind in _PATTERNS["place_kinds"]:
                return mention
    return None


def _presence_status(be: Token) -> str | None:
    """'is'/'was' → occurred, 'will be' → planned; hedged or negated → none."""
    aux = {c.lower_ for c in be.children if c.dep_ in ("aux", "neg")}
    if aux & (_UNSURE | {"not", "n't", "never"}):
        return None
    return "planned" if aux & {"will", "shall", "'ll"} else "occurred"


def presence_events(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'X is in <foreign place>' in this sentence: X's visit there. `make_event`
    is the sentence reader's event builder (evidence, date, travel mode)."""
    out: list[Event] = []
    for be in sent:
        if be.lemma_ != "be" or be.dep_ not in _CLAUSE_DEPS:
            continue
        people, place = _subjects(index, be), _where(index, be)
        status = _presence_status(be)
        if not people or place is None or status is None:
            continue
        when = date_for(index, be, people) or _gathering_date(index, be, place)
        when = when or _today(be, index.published)
        if len(people) > 1:  # 'when we were in South Africa': together there
            out.append(replace(make_event("meeting", be, people, place, when),
                               status=status))  # fmt: skip
            continue
        who = people[0]
        if who.country == place.place.country:
            continue  # at home: no trip
        host = _host_in_main_clause(index, be, place)
        if host is not None:  # 'When Moon was in Pyongyang, Kim accepted …'
            event = make_event("meeting", be, [who, host], place, when)
        else:
            event = make_event("visit", be, [who], place, when)
        out.append(replace(event, status=status))
    return out


def _host_in_main_clause(
    index: DocIndex, be: Token, place: PlaceMention
) -> Participant | None:
    """'When Moon Jae-in was in Pyongyang last September, Kim accepted Moon's
    invitation': the main clause's subject, a person of the country the guest was
    in, acted while the guest was there — they met."""
    if be.dep_ != "advcl" or not any(
        c.dep_ == "advmod" and c.lower_ in ("when", "while") for c in be.children
    ):
        return None
    for child in be.head.children:
        if child.dep_ == "nsubj":
            host = _person(index, child)
            if host is not None and host.country == place.place.country:
                return host
    return None


def _gathering_date(index: DocIndex, be: Token, place: PlaceMention) -> str | None:
    """'when we were in South Africa during the BRICS summit': the month of the
    calendar's edition in that country nearest the publication date."""
    nouns = set(load_patterns("frame.json")["gathering_nouns"])
    for token in be.subtree:
        if token.lemma_.lower() not in nouns or token.dep_ != "pobj":
            continue
        phrase = index.doc[token.left_edge.i : token.i + 1].text
        summit = index.kb.summit_named(phrase, index.published)
        if summit is not None and summit.country == place.place.country:
            return summit.start.isoformat()[:7] if summit.start else str(summit.year)
    return None


def _today(be: Token, published: date | None) -> str | None:
    """'Trump is in Canada': a present-tense report is of the publication day."""
    present = be.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ == "aux" for c in be.children
    )
    return published.isoformat() if present and published is not None else None


def visiting_guests(index: DocIndex, sent: Span) -> list[Participant]:
    """'talks with visiting U.S. Secretary of State Hillary Clinton and Singapore's
    Prime Minister Lee', 'met the visiting prime minister, Lee Hsien Loong': the
    people the participle 'visiting' describes (and those coordinated with them)."""
    skip = set(_PATTERNS["visiting_not_trips"])
    out: list[Participant] = []
    for token in sent:
        head = _visiting_head(token)
        chain = [head] if head is not None else []
        while chain and chain[-1].dep_ == "compound":  # 'the visiting Prime Minister
            chain.append(chain[-1].head)  # Modi': the amod sits on 'Minister'
        if not chain or any(t.lemma_.lower() in skip for t in chain):
            continue
        head = chain[-1]
        for t in (head, *head.conjuncts):
            named = [t, *(c for c in t.children if c.dep_ == "appos")]
            for who in filter(None, (_person(index, n) for n in named)):
                if who not in out:
                    out.append(who)
    return out


def _visiting_head(token: Token) -> Token | None:
    """The noun 'visiting' describes: its head as an adjective ('the visiting prime
    minister'), or the object the parser gave it as a gerund after 'with' ('talks
    with visiting Prime Minister Modi')."""
    if token.lower_ != "visiting":
        return None
    if token.dep_ == "amod":
        return token.head
    if token.dep_ == "pcomp" and token.head.lower_ == "with":
        return next((c for c in token.children if c.dep_ == "dobj"), None)
    return None


def guest_visits(
    events: list[Event], guests: list[tuple[Span, Participant]], published: date | None
) -> list[Event]:
    """The trip of a 'visiting' guest whose meeting was called off or is in doubt:
    a visit at the meeting's place and date, made as of that date (rule 1)."""
    out = list(events)
    for sent, guest in guests:
        meeting = next(
            (
                e
                for e in events
                if e.type == "meeting"
                and guest.name in e.names
                and e.start_char is not None
                and sent.start_char <= e.start_char < sent.end_char
            ),
            None,
        )
        if meeting is None or meeting.status not in ("not_occurred", "unconfirmed"):
            continue  # a meeting held (or still ahead) is the trip itself
        country = meeting.location.country
        if country is None or country == guest.country or _ahead(meeting, published):
            continue
        if any(e.type == "visit" and e.names[:1] == [guest.name]
               and e.location.country == country for e in out):  # fmt: skip
            continue
        out.append(
            replace(meeting, type="visit", status="occurred", participants=[guest])
        )
    return out


def _ahead(event: Event, published: date | None) -> bool:
    if not event.date or published is None:
        return False
    return event.date > latest_published(published)[: len(event.date)]


def spoken_of_at_gathering(trigger: Token) -> bool:
    """'Ban Ki-moon praised Obama and Castro at the summit's opening ceremony': a
    speaker at a gathering, whose objects are what the speech is about. The speaker
    attended (a visit); the people praised or criticised were not met."""
    gatherings = set(load_patterns("frame.json")["gathering_nouns"])
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in gatherings:
        return False
    token = trigger
    while token.dep_ in ("poss", "compound") and token.head is not token:
        token = token.head  # 'the summit's opening ceremony'
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _PATTERNS["gathering_preps"]:
        return False
    verb = prep.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _PATTERNS["spoken_of_lemmas"]


def return_leg(trigger: Token) -> bool:
    """'is to leave for Japan on July 5, returning to Washington on July 9', 'flew to
    Beijing and returned to Pyongyang': a return after an outbound leg of the same
    sentence is the journey home, not a visit (whoever the traveller resolved to)."""
    if trigger.lemma_.lower() != "return" or trigger.pos_ != "VERB":
        return False
    if trigger.dep_ not in ("advcl", "conj"):
        return False
    return trigger.head.lemma_.lower() in _PATTERNS["outbound_lemmas"]


def named_trip(trigger: Token) -> bool:
    """'reciprocates President Obama's State visit to China in November 2009': a
    trip referred to by its traveller's name is that person's visit; it says
    nothing of whom they met unless the host is named beside it ('Kim's visit to
    Russia followed Putin's trip to Pyongyang')."""
    return trigger.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" for c in trigger.children
    )


_ATTENDING = re.compile(r"\battend(?:ing|ed|s)?\s+(?:the\s+)?([A-Z][^.;,(]*)")


def gathering_attended(index: DocIndex, text: str, near: date | None) -> Place | None:
    """'Met with President Eisenhower in Washington while attending UN General
    Assembly': the city of the gathering attended — its edition in the KB calendar
    nearest the date, else the one city its series always meets in."""
    found = _ATTENDING.search(text)
    if found is None:
        return None
    phrase = found.group(1).strip()
    summit = index.kb.summit_named(phrase, near)
    seat = (summit.city, summit.country) if summit and summit.city else None
    seat = seat or index.kb.summit_seat(phrase)
    if seat is None:
        return None
    return index.kb.place(seat[0], country=seat[1])


def envoy_trips(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'Zuma has dispatched envoy Mac Maharaj to Harare', 'to send Karan Singh as a
    special envoy to Kathmandu': the person sent travels to the place."""
    out: list[Event] = []
    for verb in sent:
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
        if (who := _person(index, token)) is not None:
            return who
    return None


def _destination(index: DocIndex, verb: Token) -> PlaceMention | None:
    """The place after 'to' on the verb or on its 'as (special) envoy' phrase."""
    preps = [c for c in verb.children if c.dep_ == "prep"]
    preps += [g for p in preps if p.lower_ == "as" for o in p.children
              for g in o.children if g.dep_ == "prep"]  # fmt: skip
    for prep in (p for p in preps if p.lower_ == "to"):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            mention = index.place_at.get(obj.i)
            if mention is not None and mention.place.kind in _PATTERNS["place_kinds"]:
                return mention
    return None


_LISTED = 3  # stops of one sentence that make a list of a trip's countries
_REALISED = ("occurred", "unconfirmed", "not_occurred")


def fold_listed_stops(events: list[Event]) -> list[Event]:
    """'begins an eight-nation trip to France, Japan, Mongolia, Vietnam, …' and then
    'will then travel to Ulaanbaatar, Mongolia, where she will meet President
    Elbegdorj': the list's Mongolia stop is the trip the later sentence details,
    so it gives way to that event (rule 1: one event per trip), which takes the
    trip's month when it has no date of its own."""
    by_sentence: dict[tuple, list[Event]] = {}
    for e in events:
        if e.type == "visit" and e.location.country and not e.location.city:
            key = (e.start_char, e.names[0], e.status)
            by_sentence.setdefault(key, []).append(e)
    listed = [e for grp in by_sentence.values() if len(grp) >= _LISTED for e in grp]
    dropped: list[int] = []
    for stop in listed:
        details = _details(stop, events)
        for event in details:
            event.date = event.date or (stop.date or "")[:7] or None
        if details:
            dropped.append(id(stop))
    return [e for e in events if id(e) not in dropped]


def _details(stop: Event, events: list[Event]) -> list[Event]:
    return [
        o
        for o in events
        if o is not stop
        and o.start_char != stop.start_char
        and stop.names[0] in o.names
        and o.location.country == stop.location.country
        and (o.status in _REALISED) == (stop.status in _REALISED)
    ]


def departures(index: DocIndex, sent: Span) -> list[str]:
    """Countries the sentence has someone leave ('Bashir left South Africa on
    Monday', 'departed Vladivostok by train'): the end of a stay, not a trip."""
    out: list[str] = []
    for verb in sent:
        if verb.lemma_.lower() not in ("leave", "depart") or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            mention = index.place_at.get(obj.i)
            if mention is not None and mention.place.country:
                out.append(mention.place.country)
    return out


def fold_departures(events: list[Event], left: list[tuple[Span, str]]) -> list[Event]:
    """A visit read from 'X left South Africa on Monday' is the end of the stay
    another sentence reports (rule 1: one event per trip): it gives way to that
    one, whose date is the stay's."""
    out = list(events)
    for sent, country in left:
        for e in events:
            if (
                e.type == "visit"
                and e.location.country == country
                and e.start_char is not None
                and sent.start_char <= e.start_char < sent.end_char
                and _stayed(e, events)
            ):
                out = [o for o in out if o is not e]
    return out


def _stayed(departure: Event, events: list[Event]) -> bool:
    return any(
        o is not departure
        and o.start_char != departure.start_char
        and departure.names[0] in o.names
        and o.location.country == departure.location.country
        and (o.status in _REALISED) == (departure.status in _REALISED)
        for o in events
    )


def mediated_meetings(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'Carter was able to broker a peace agreement between Egypt, represented by
    President Sadat, and Israel, represented by Prime Minister Begin', 'The
    Soviets, represented by Kosygin, moderated between Shastri and Ayub Khan': the
    mediator and the parties he went between met, all together (rule 2)."""
    out: list[Event] = []
    for verb in sent:
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
            if t.i not in own and (who := _person(index, t)) is not None:
                return who
    token = verb
    for _ in range(3):
        for subj in (c for c in token.children if c.dep_ == "nsubj"):
            for t in subj.subtree:  # 'The Soviets, represented by Kosygin'
                if (who := _person(index, t)) is not None:
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
    dated = [(abs(i - verb.i), v) for i, (_, v) in index.date_at.items()
             if sent.start <= i < sent.end and v]  # fmt: skip
    return min(dated)[1] if dated else None
