"""Officials named as attending the talks just reported (issue #10; SCHEMA.md rule 2).

"On the Russian side, attending the meeting are Presidential Aide Yury Ushakov, …
and Foreign Minister Sergei Lavrov" (Kremlin), "Deputy Chief Cabinet Secretary Seko,
who is also in Mongolia and attended the meeting" (Kantei): "the meeting" is the one
the text has just reported, and these people were at it, so they join it rather than
make visits of their own (rule 1).

Readouts also list each delegation by its side: "The Russian side was represented at
the meeting by Foreign Minister …" (Kremlin), "(Attending on the Vietnamese side were
…)", "(… joined from the Japanese side; …)", "U.S. side: Chief of Staff …" (MOFA).
Those people were at the meeting just told (rule 16), not at one of their own.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.dates import dates_agree
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.frame import Frame
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.references import persons_under

_BACK = ("the", "that", "this")
_REPORT_REACH = 1500  # characters: a side or attendance list follows its meeting
_ATTENDANCE = frozenset({"attendance"})
_SIDE = frozenset({"side"})


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


def side_listed(index: DocIndex, sent: Span) -> list[Participant]:
    """The people a sentence lists under a country's side of a meeting ('The Russian
    side was represented at the meeting by A, B', 'Attending on the Japanese side
    were A and B', 'U.S. side: A, B'): a singular 'side' that a nationality or a
    country qualifies, with a presence word in the sentence or a colon after it."""
    sides = [t for t in with_lower(sent, _SIDE) if t.tag_ == "NN"]
    sides = [t for t in sides if _national(index, t)]
    if not sides:
        return []
    words = word_set("groups.json", "side_presence_words")
    cued = any(t.lower_ in words or t.lemma_.lower() in words for t in sent)
    doc = sent.doc
    labelled = any(t.i + 1 < len(doc) and doc[t.i + 1].text == ":" for t in sides)
    if not (cued or labelled):
        return []
    start, end = _side_region(sent, sides[0])
    out: list[Participant] = []
    for mention in index.mentions_in(start, end):
        if mention.participant not in out:
            out.append(mention.participant)
    return out


def _side_region(sent: Span, side: Token) -> tuple[int, int]:
    """The tokens the side list covers: the brackets it is written in ('held talks
    with Hu (participants from the Japanese side: …)'), else the sentence."""
    doc = sent.doc
    opened = None
    for i in range(side.i - 1, sent.start - 1, -1):
        if doc[i].text == ")":
            break
        if doc[i].text == "(":
            opened = i
            break
    if opened is None:
        return sent.start, sent.end
    close = next((t.i for t in doc[side.i : sent.end] if t.text == ")"), sent.end)
    return opened, close


def _national(index: DocIndex, side: Token) -> bool:
    """'the Russian side', 'the U.S. side', 'Japan side': a side of a country."""
    return any(
        c.dep_ in ("amod", "compound", "nmod")
        and (
            c.i in index.place_at
            or c.ent_type_ in ("NORP", "GPE")
            or index.kb.country_code(c.text) is not None
        )
        for c in side.children
    )


def join_sides(
    index: DocIndex,
    sent: Span,
    found: list[Event],
    before: Event | None,
    last: Event | None,
) -> tuple[list[Event], Event | None, list[Participant]]:
    """A side list's people join the meeting just told: the sentence's own events
    made of them alone are that list misread ('The Russian side was represented at
    the meeting by A, B' is no meeting of A and B). Returns the sentence's events
    kept, the meeting they join (None: no list, or no meeting near) and the people."""
    listed = side_listed(index, sent)
    if not listed:
        return found, last, []
    names = {p.name for p in listed}
    own = [e for e in found if e.type in ("meeting", "visit") and set(e.names) <= names]
    kept = [e for e in found if not any(e is o for o in own)]
    target = before if any(last is o for o in own) else last
    if target is None or not _told_just_before(target, sent):
        return found, last, []
    return kept, target, listed


def in_attendance(
    index: DocIndex,
    sent: Span,
    found: list[Event],
    last: Event | None,
    frame: Frame | None,
) -> list[Participant]:
    """'Also in attendance were US President Jimmy Carter, Chancellor … Helmut Schmidt,
    and British Prime Minister James Callaghan' (real 220, after 'X hosted the
    meeting'), 'The four leaders in attendance were A, B, C and D' (dev 042): the
    people a copula puts 'in attendance' were at the gathering just told. They join
    the last meeting when it is near or holds one of them (returned); else, on a
    page about a gathering, they are its listed participants (`frame.listed_meeting`
    makes their meeting, and the partial readings of it fold into that one)."""
    people = _attending(index, sent)
    if len(people) < 2 or any(e.type == "meeting" for e in found):
        return []
    if last is not None and (
        _told_just_before(last, sent) or {p.name for p in people} & set(last.names)
    ):
        return people
    if frame is not None and frame.gathering and frame.place is not None:
        frame.list_participants(people)
    return []


def _attending(index: DocIndex, sent: Span) -> list[Participant]:
    """The subject or attribute of a copula with 'in attendance' on it or on its
    subject noun."""
    out: list[Participant] = []
    for token in with_lemma(sent, _ATTENDANCE):
        prep = token.head
        if token.dep_ != "pobj" or prep.lower_ != "in":
            continue
        verb = prep.head  # 'in attendance were …' or 'The leaders in attendance were'
        if verb.dep_ == "nsubj" and verb.pos_ == "NOUN":
            verb = verb.head
        if verb.lemma_ != "be":
            continue
        for who in (c for c in verb.children if c.dep_ in ("nsubj", "attr")):
            out += [p for p in persons_under(index, who) if p not in out]
    return out


def _told_just_before(meeting: Event | None, sent: Span) -> bool:
    """Was `meeting` told close enough before `sent` to be the one it goes on about?"""
    return meeting is not None and (meeting.end_char or 0) >= (
        sent.start_char - _REPORT_REACH
    )
