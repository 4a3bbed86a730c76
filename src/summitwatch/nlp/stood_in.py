"""The trip of someone sent in an absent leader's place, where the text names no
venue of its own for the gathering (SCHEMA.md rule 12).

`attendance.py` gives a stand-in the frame gathering's place; many reports have no
such frame: "Mugabe will not be attending the centenary celebrations for South
Africa's ruling ANC … He will instead be represented by Vice President Mujuru"
(VOA, project real 034), "Hun Sen … has assigned Foreign Minister Prak Sokhonn to
represent him at the summit" (Yonhap, stored pages), "will send Prime Minister
Medvedev in his place" (Reuters, stored pages). The absent leader's own
`not_occurred` visit, read from another clause, says where and when: the stand-in
goes there, `planned` when the clause is in the future, else `occurred`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import subjects
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import future_auxiliaries, word_set
from summitwatch.nlp.references import persons_under


def _replaced_nouns() -> frozenset[str]:
    """'in his place', 'on his behalf', 'in his stead': the nouns whose owner stayed
    away, one list with `standin.py`'s (expected.json)."""
    return word_set("expected.json", "replaced_nouns")


def stand_in_trips(index: DocIndex, per_sentence: list[tuple[Span, list[Event]]]):
    """Add to each sentence's events the trips of those it says stood in for a
    leader whose visit the document reads as `not_occurred`."""
    events = [e for _, found in per_sentence for e in found]
    absent = {
        e.participants[0].name: e
        for e in events
        if e.type == "visit" and e.status == "not_occurred" and e.location.country
    }
    if not absent:
        return
    for sent, found in per_sentence:
        for stood_for, stand_in, verb in _pairs(index, sent):
            trip = next((absent[p.name] for p in stood_for if p.name in absent), None)
            if trip is None or stand_in in trip.participants:
                continue
            if any(
                e.participants[0] == stand_in
                and e.location.country == trip.location.country
                for e in events
                if e.participants
            ):
                continue
            event = replace(
                trip,
                participants=[stand_in],
                status="planned" if _ahead(verb) else "occurred",
                evidence=span_text(sent),
                start_char=sent.start_char,
                end_char=sent.end_char,
                confidence=0.5,
            )
            found.append(event)
            events.append(event)


def _pairs(
    index: DocIndex, sent: Span
) -> list[tuple[list[Participant], Participant, Token]]:
    """(whom he stood in for, the stand-in, the clause's verb) for each cue."""
    out = []
    for token in sent:
        if token.lemma_.lower() == "represent" and token.pos_ == "VERB":
            out += _represented(index, token)
        elif token.lower_ in _replaced_nouns() and token.head.lower_ in ("in", "on"):
            owners = [c for c in token.children if c.dep_ == "poss"]
            verb = token.head.head
            if not owners or verb.pos_ not in ("VERB", "AUX"):
                continue
            objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
            for who in _first_person(index, objects or subjects(verb)):
                # 'send Ebrard in his place': 'his' is not Ebrard
                stood_for = persons_under(index, owners[0], exclude=(who.name,))
                out.append((stood_for, who, verb))
    return out


def _represented(index: DocIndex, verb: Token):
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if agents:  # 'X will be represented by Y'
        stood_for = [
            p
            for c in verb.children
            if c.dep_ == "nsubjpass"
            for p in persons_under(index, c)
        ]
        return [(stood_for, who, verb) for who in _first_person(index, agents)]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if not objects:
        return []
    head = verb.head
    above = [c for c in head.children if c.dep_ in ("dobj", "dative")]
    if verb.dep_ in ("xcomp", "advcl") and above:  # 'assigned Y to represent him'
        doers, clause = above, head
    else:
        doers, clause = subjects(verb), verb
    return [
        (persons_under(index, objects[0], exclude=(who.name,)), who, clause)
        for who in _first_person(index, doers)
    ]


def _first_person(index: DocIndex, tokens: list[Token]) -> list[Participant]:
    """The first person named under the tokens (the stand-in, not his party)."""
    for token in tokens:
        for t in token.subtree:
            mention = index.person_at.get(t.i)
            if mention is not None:
                return [mention.participant]
    return []


def _ahead(verb: Token) -> bool:
    """A future clause: 'will be represented', 'will send', 'is going to send'."""
    for token in (verb, verb.head):
        aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
        if aux & future_auxiliaries("would") or "going" in aux:
            return True
        if token.dep_ not in ("xcomp", "conj", "advcl"):
            break
    return False
