"""Officials named as attending the talks just reported (issue #10; SCHEMA.md rule 2).

"On the Russian side, attending the meeting are Presidential Aide Yury Ushakov, …
and Foreign Minister Sergei Lavrov" (Kremlin), "Deputy Chief Cabinet Secretary Seko,
who is also in Mongolia and attended the meeting" (Kantei): "the meeting" is the one
the text has just reported, and these people were at it, so they join it rather than
make visits of their own (rule 1).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import dates_agree
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.references import persons_under

_BACK = ("the", "that", "this")


def meeting_attendees(index: DocIndex, sent: Span) -> list[Participant]:
    """The people the sentence says attended 'the meeting' (a back reference)."""
    cues = load_patterns("remarks.json")
    out: list[Participant] = []
    for token in with_lemma(sent, word_set("remarks.json", "attended_nouns")):
        if (
            token.lemma_.lower() in cues["attended_nouns"]
            and token.dep_ == "dobj"
            and token.head.lemma_.lower() in cues["attending_lemmas"]
            and any(c.lower_ in _BACK for c in token.children)
        ):
            for subject in _attenders(token.head):
                out += [p for p in persons_under(index, subject) if p not in out]
    return out + [p for p in delegation_listed(index, sent) if p not in out]


def delegation_listed(index: DocIndex, sent: Span) -> list[Participant]:
    """'da Silva's delegation would include Environment Minister Marina Silva,
    Finance Minister Fernando Haddad and …', 'The delegation includes: …': the
    members a delegation is said to include are at the meeting just reported."""
    words = load_patterns("announced.json")
    out: list[Participant] = []
    for token in with_lemma(sent, word_set("announced.json", "delegation_nouns")):
        if (
            token.lemma_.lower() in words["delegation_nouns"]
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.lemma_.lower() in words["listing_lemmas"]
        ):
            for member in (c for c in token.head.children if c.dep_ == "dobj"):
                out += [p for p in persons_under(index, member) if p not in out]
    return out


def _attenders(verb: Token) -> list[Token]:
    """Whoever attends: the verb's subject; for 'attending the meeting are X, Y'
    the subject of the copula; for '…, who is also there and attended the
    meeting' the person the relative clause is on."""
    for _ in range(3):
        found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if verb.dep_ == "csubj":  # 'attending the meeting are X'
            return [c for c in verb.head.children if c.dep_ in ("nsubj", "attr")]
        if found and found[0].tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
            return [verb.head]  # 'Seko, who … attended the meeting'
        if found:
            return found
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return []
        verb = verb.head  # '… is also in Mongolia and attended the meeting'
    return []


def drop_their_visits(people: list[Participant], found: list[Event]) -> list[Event]:
    """Visits of people who attended the meeting are that meeting's trip (rule 1)."""
    joined = {p.name for p in people}
    return [e for e in found if not (e.type == "visit" and set(e.names) <= joined)]


def join_meetings(
    joins: list[tuple[Event, list[Participant]]], events: list[Event]
) -> None:
    """Add each meeting's attendees to it and to every other telling of the same
    encounter (the same people, on a date that agrees: 'we are delighted to see
    you' in the transcript below the report), so that they stay one event."""
    for meeting, people in joins:
        names = set(meeting.names)
        for event in events:
            if (
                event.type == "meeting"
                and set(event.names) == names
                and dates_agree(event.date, meeting.date)
            ):
                event.participants += [p for p in people if p.name not in names]
