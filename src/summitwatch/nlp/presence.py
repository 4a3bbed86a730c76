"""Presence that no travel verb states (issue #10, class 3; SCHEMA.md rule 1).

"Trump is in Canada at the annual G-7 meeting", "Kim, who is in Russia on an
official visit": a person said to *be* in a foreign place is there on a trip.
"talks with visiting Secretary of State Clinton … but those meetings were called
off": the guest's trip happened although the meeting did not, so it is an event
of its own (rule 1: trip and meeting of different status). "praised Obama and
Castro at the summit's opening ceremony": the speaker was there, those praised were
not met. "while attending UN General Assembly": the gathering's city.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.kb.places import Place
from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.dates import latest_published
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.frame import Frame, frame_event
from summitwatch.nlp.lexicon import future_auxiliaries, lexicon, load_patterns, word_set
from summitwatch.nlp.mentions import PlaceMention

_PATTERNS = load_patterns("presence.json")
_CLAUSE_DEPS = ("ROOT", "conj", "ccomp", "relcl", "advcl")
_BE = frozenset({"be"})
_BE_OR_EXPECT = frozenset({"be", "expect"})
_VISITING = frozenset({"visiting"})


def person_at(index: DocIndex, token: Token) -> Participant | None:
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
            return [p] if (p := person_at(index, be.head)) else []
        if child.lower_ == "we" and index.turns is not None:
            return index.turns.resolve("we", child.i)
        if child.lower_ in ("he", "she"):
            return [p] if (p := index.antecedent(child)) else []
        named = (person_at(index, t) for t in (child, *child.conjuncts))
        return [p for p in named if p is not None]  # 'Berlusconi and Lula are …'
    return []


def _where(index: DocIndex, be: Token) -> PlaceMention | None:
    """The foreign place of 'is in Canada', 'was in Moscow' (the first such)."""
    return index.place_after([be], "in", _PATTERNS["place_kinds"])


def _awaited(be: Token, index: DocIndex | None = None):
    """'X is expected to be in <place>': without `index`, whether `be` is that
    complement; with it, the people awaited (the passive subject of 'expected')."""
    head = be.head
    if be.dep_ != "xcomp" or head.lemma_ != "expect":
        return False if index is None else []
    if not any(c.dep_ == "auxpass" for c in head.children):
        return False if index is None else []
    if index is None:
        return True
    subjects = [c for c in head.children if c.dep_ == "nsubjpass"]
    return [p for s in subjects for t in s.subtree if (p := person_at(index, t))]


def _presence_status(be: Token) -> str | None:
    """'is'/'was' → occurred, 'will be' → planned; hedged or negated → none."""
    aux = {c.lower_ for c in be.children if c.dep_ in ("aux", "neg")}
    if aux & (_unsure() | {"not", "n't", "never"}):
        return None
    return "planned" if aux & future_auxiliaries() else "occurred"


@cache
def _unsure() -> frozenset[str]:
    """What leaves 'X is in Y' unsaid: a hypothetical cue ('would', 'may', 'can':
    status_cues.json) or an obligation ('must be in Beijing': presence.json)."""
    hedges = lexicon().status["hypothetical_lemmas"]
    return frozenset({*hedges, *_PATTERNS["obligation_modals"]})


def presence_events(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """'X is in <foreign place>' in this sentence: X's visit there. `make_event`
    is the sentence reader's event builder (evidence, date, travel mode)."""
    out: list[Event] = []
    for be in with_lemma(sent, _BE):
        if be.lemma_ != "be":
            continue
        if be.dep_ in _CLAUSE_DEPS:
            people, place = _subjects(index, be), _where(index, be)
            status = _presence_status(be)
        elif _awaited(be):  # 'Zuma is expected to be in Harare next week'
            people, place = _awaited(be, index), _where(index, be)
            status = "planned" if _presence_status(be.head) else None
        else:
            continue
        if not people or place is None or status is None:
            continue
        when = date_for(index, be, people) or _gathering_date(index, be, place)
        when = when or _today(be, index.published)
        if _we(be) and len(people) > 1:  # 'when we were in South Africa': met
            out.append(replace(make_event("meeting", be, people, place, when),
                               status=status))  # fmt: skip
            continue
        for who in people:  # 'Berlusconi and Lula are in Libya': a trip each
            if who.country == place.place.country:
                continue  # at home: no trip
            host = _host_in_main_clause(index, be, place)
            if host is not None:  # 'When Moon was in Pyongyang, Kim accepted …'
                event = make_event("meeting", be, [who, host], place, when)
            else:
                event = make_event("visit", be, [who], place, when)
            out.append(replace(event, status=status))
    return out


def _we(be: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ == "we" for c in be.children)


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
            host = person_at(index, child)
            if host is not None and host.country == place.place.country:
                return host
    return None


def _gathering_date(index: DocIndex, be: Token, place: PlaceMention) -> str | None:
    """'when we were in South Africa during the BRICS summit': the month of the
    calendar's edition in that country nearest the publication date."""
    nouns = word_set("frame.json", "gathering_nouns")
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
    for token in with_lower(sent, _VISITING):
        head = _visiting_head(token)
        chain = [head] if head is not None else []
        while chain and chain[-1].dep_ == "compound":  # 'the visiting Prime Minister
            chain.append(chain[-1].head)  # Modi': the amod sits on 'Minister'
        if not chain or any(t.lemma_.lower() in skip for t in chain):
            continue
        head = chain[-1]
        for t in (head, *head.conjuncts):
            named = [t, *(c for c in t.children if c.dep_ == "appos")]
            for who in filter(None, (person_at(index, n) for n in named)):
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
    gatherings = word_set("frame.json", "gathering_nouns")
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


def frame_presence(index: DocIndex, sent: Span, frame: Frame) -> list[Event]:
    """At the article's gathering: 'Sudan's Omar al-Bashir will be here', 'other
    regulars such as Libya's Moammar Gadhafi are also expected' — a visit to the
    gathering, planned while it is ahead or the clause is in the future."""
    if not frame.gathering or frame.place is None:
        return []
    out: list[Event] = []
    for token in with_lemma(sent, _BE_OR_EXPECT):  # no other token makes people
        people: list[Participant] = []
        if token.lemma_ == "be" and (_here(token) or _on_guest_list(token)):
            people = _subjects(index, token)
        elif token.lemma_ == "expect" and _expected_there(token):
            subjects = [c for c in token.children if c.dep_ == "nsubjpass"]
            people = [p for s in subjects for t in s.subtree
                      if (p := person_at(index, t)) is not None]  # fmt: skip
        status = _presence_status(token)
        if status is None:
            continue
        if (
            frame.status == "planned"
            or token.lemma_ == "expect"
            or _on_guest_list(token)
        ):
            status = "planned"
        out += [
            frame_event(frame, [p], sent, kind="visit", status=status, confidence=0.55)
            for p in dict.fromkeys(people)
            if p.country != frame.place.country
        ]
    return out


def _here(be: Token) -> bool:
    """'will be here', 'will be there' (an adverb, not the 'there' of 'there is')."""
    return any(
        c.dep_ == "advmod" and c.lower_ in ("here", "there") for c in be.children
    )


def _on_guest_list(be: Token) -> bool:
    """'Berlusconi and Lula are also on the guest list'."""
    return any(
        obj.lemma_.lower() == "list" and any(m.lower_ == "guest" for m in obj.children)
        for prep in be.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for obj in prep.children
    )


def _expected_there(verb: Token) -> bool:
    """'are also expected' or 'is expected to attend': a guest awaited, not 'is
    expected to sign a deal'."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    goals = [c for c in verb.children if c.dep_ == "xcomp"]
    if any(p.lower_ == "in" for g in goals for p in g.children if p.dep_ == "prep"):
        return False  # 'expected to be in Harare': there, not at the gathering
    return all(g.lemma_.lower() in _PATTERNS["attending_lemmas"] for g in goals)
