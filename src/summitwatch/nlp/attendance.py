"""Who attended the article's gathering, who stayed away and who went in whose place
(issue #10, class 3; SCHEMA.md rule 12).

"Putin did not attend and was represented by Lavrov", "the no-shows include Mubarak",
"Brown stayed away, and the UK was represented by Baroness Amos": each named person
gets a visit to the frame's venue and date — `not_occurred` for the absent, the
gathering's own status for those present or sent in someone's place.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import governing_verb
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.frame import Frame, frame_event, sentence_date
from summitwatch.nlp.lexicon import future_auxiliaries, load_patterns, word_set
from summitwatch.nlp.preview_present import programme_present
from summitwatch.nlp.references import persons_under
from summitwatch.nlp.status import generic_negation, negated
from summitwatch.nlp.time_clause import infinitive_ahead
from summitwatch.nlp.uninvited import unnamed_refusal

_PATTERNS = load_patterns("frame.json")
_ANY_CUE = re.compile(  # any attendance word or phrase (lemmas match as stems)
    "|".join(
        re.escape(w[:5] if len(w) > 5 else w)
        for key in ("absent_phrases", "absent_lemmas", "present_phrases",
                    "present_lemmas", "stand_in_phrases")
        for w in _PATTERNS[key]
    )
    + "|invite"
)  # fmt: skip
_REPORTING = {"say", "tell", "cite", "accuse", "report", "quote", "add", "note"}


def _cue_tokens(sent: Span, phrases: list[str], lemmas: list[str]) -> list[Token]:
    """The tokens where an attendance cue starts in the sentence."""
    text = span_text(sent).lower()
    found: list[Token] = []
    for phrase in phrases:
        start = 0
        while (at := text.find(phrase, start)) >= 0:
            start = at + len(phrase)
            span = sent.doc.char_span(
                sent.start_char + at,
                sent.start_char + at + len(phrase),
                alignment_mode="expand",
            )
            if span is not None:
                # the content word of the phrase ('stayed' in 'stayed away')
                words = [t for t in span if t.pos_ in ("VERB", "ADJ", "NOUN")]
                found.append(words[0] if words else span[0])
    if lemmas:  # a set, not the rule file's list, is tested per token
        wanted = frozenset(lemmas)
        # the tokens of either index, in the sentence's order, each once
        at = {t.i for t in with_lemma(sent, wanted)} | {
            t.i for t in with_lower(sent, wanted)
        }
        found += [sent.doc[i] for i in sorted(at)]
    return found


def _people_in(index: DocIndex, tokens) -> list[Participant]:
    out: list[Participant] = []
    for t in tokens:
        mention = index.person_at.get(t.i)
        if mention is not None and mention.participant not in out:
            out.append(mention.participant)
    return out


def _subjects(index: DocIndex, verb: Token) -> list[Participant]:
    """The people a clause is about: its subjects, or those of the verb it is
    coordinated with ('Putin did not attend and was represented by …')."""
    for head in (verb, _controller(verb)):
        if head is None:
            continue
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        people = _people_in(index, (t for s in subjects for t in s.subtree))
        people = people or [  # 'he has decided to postpone his attendance'
            p for s in subjects if s.tag_ == "PRP" for p in persons_under(index, s)
        ]
        if people:
            return people
    return []


def _controller(verb: Token) -> Token | None:
    """The verb whose subject is `verb`'s too: a coordinated verb, or one of subject
    control ('he decided to postpone his attendance'), not of object control
    ('urged Panama to withdraw the invitation')."""
    if verb.dep_ == "conj":
        return verb.head
    if verb.dep_ == "xcomp" and not any(
        c.dep_ in ("dobj", "dative") for c in verb.head.children
    ):
        return verb.head
    return None


def _absent(index: DocIndex, cue: Token) -> list[Participant]:
    """'X stayed away', 'the absence of X', 'the no-shows include X'."""
    if cue.pos_ == "NOUN":
        people = _people_in(
            index,
            (t for c in cue.children if c.dep_ == "prep" for t in c.subtree),
        )
        if not people and cue.dep_ in SUBJECT_DEPS:
            objects = [c for c in cue.head.children if c.dep_ in ("dobj", "attr")]
            people = _people_in(index, (t for o in objects for t in o.subtree))
        return people
    verb = governing_verb(cue)
    if verb.lemma_.lower() in _REPORTING:
        return []
    if verb.lemma_.lower() in ("keep", "prevent", "stop"):  # 'kept Obama away'
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubj")]
        people = _people_in(index, (t for o in objects for t in o.subtree))
        pronouns = [o for o in objects if o.lower_ in ("him", "her")]
        return people or [p for o in pronouns if (p := index.antecedent(o))]
    return _subjects(index, verb)


def _stand_ins(index: DocIndex, cue: Token) -> list[Participant]:
    """'represented by X', 'sending X to represent him', 'X attended on his behalf'."""
    if cue.lower_ in ("behalf", "place", "stead"):
        verb = governing_verb(cue)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        sent = _people_in(index, (t for o in objects for t in o.subtree))[:1]
        return sent or _subjects(index, verb)  # 'will send X in his place': X
    verb = governing_verb(cue)
    if verb.lemma_.lower() == "represent" and any(
        c.dep_ == "agent" for c in verb.children
    ):
        agents = [c for c in verb.children if c.dep_ == "agent"]
        return _people_in(index, (t for a in agents for t in a.subtree))[:1]
    if verb.lemma_.lower() == "send":
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        return _people_in(index, (t for o in objects for t in o.subtree))[:1]
    return []


def _conditional(cue: Token) -> bool:
    """'if he did not attend, others might not either': a condition, not news of
    an absence (the clause is introduced by 'if' or 'unless')."""
    verb = governing_verb(cue)
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in verb.children)


def _visit(who: Participant, status: str, frame: Frame, sent: Span) -> Event:
    return frame_event(frame, [who], sent, kind="visit", status=status, confidence=0.6)


def _gathering_place(index: DocIndex, sent: Span):
    """The place a gathering noun of the sentence is 'in' or 'at' ('the East Asia
    summit in Brunei'), not any place named ('the crisis in India')."""
    nouns = word_set("frame.json", "gathering_nouns")
    for token in with_lemma(sent, nouns):
        if token.lemma_.lower() not in nouns:
            continue
        for prep in (c for c in token.children if c.lower_ in ("in", "at")):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                for word in obj.subtree:  # 'in the Red Sea resort of Sharm el-Sheikh'
                    mention = index.place_at.get(word.i)
                    if mention is not None and mention.place.country:
                        return mention.place
    return None


def own_gathering(index: DocIndex, sent: Span, frame: Frame) -> Frame:
    """'kept him from attending the summit in Russia': a sentence that places its
    gathering elsewhere than the frame speaks of that one, at its own date."""
    here = _gathering_place(index, sent)
    if here is None or frame.place is None or here.country == frame.place.country:
        return frame
    when = sentence_date(index, sent)
    return replace(frame, place=here, date=when or frame.date, told_as_past=True)


def attendance_events(index: DocIndex, sent: Span, frame: Frame) -> list[Event]:
    """The visits this sentence gives to the frame's gathering."""
    if not frame.gathering or frame.place is None:
        return []
    frame = own_gathering(index, sent, frame)
    pats = load_patterns("frame.json")
    if not _ANY_CUE.search(span_text(sent).lower()):
        return []  # the common case, cheaply
    absent: list[Participant] = []
    absent_cues = _cue_tokens(sent, pats["absent_phrases"], pats["absent_lemmas"])
    absent_cues += [t for t in sent if t.lemma_ == "invite" and unnamed_refusal(t)]
    absent_cues = [  # 'did not travel abroad during … his rule': no one absence
        c for c in absent_cues if not _conditional(c) and not generic_negation(c)
    ]
    for cue in absent_cues:
        absent += [p for p in _absent(index, cue) if p not in absent]
    present: list[tuple[Participant, str]] = []
    for cue in _cue_tokens(sent, pats["stand_in_phrases"], []):
        present += [(p, _status(cue, frame)) for p in _stand_ins(index, cue)]
    for cue in _cue_tokens(sent, pats["present_phrases"], pats["present_lemmas"]):
        if cue.pos_ == "VERB" and not negated(cue) and cue not in absent_cues:
            present += [(p, _status(cue, frame)) for p in _absent(index, cue)]
    home = frame.place.country
    there = [p for p, _ in present]
    out = [
        _visit(p, "not_occurred", frame, sent)
        for p in absent
        if p not in there and p.country != home
    ]
    for p, status in present:
        if p.country != home and all(p != e.participants[0] for e in out):
            out.append(_visit(p, status, frame, sent))
    return out


def _status(cue: Token, frame: Frame) -> str:
    """Present at a gathering still ahead is planned; a clause in the future ('will
    send', 'is sending') is planned too, and so is a preview's present simple."""
    if frame.status == "planned":
        return "planned"
    verb = governing_verb(cue)
    if programme_present(verb, verb):
        return "planned"  # a preview's 'Rice also attends a conference in Accra'
    progressive = verb.tag_ == "VBG"
    for _ in range(3):  # 'is boycotting …, instead sending X': the clause it hangs on
        aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
        if aux & future_auxiliaries("would") or infinitive_ahead(verb):
            return "planned"  # also 'is scheduled to attend', 'plans to attend'
        if progressive and aux & {"is", "are", "am"}:  # 'is sending', 'is attending'
            return "occurred" if frame.under_way() else "planned"
        if aux or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head is verb:
            break
        verb = verb.head
        progressive = progressive or verb.tag_ == "VBG"
    return "occurred"
