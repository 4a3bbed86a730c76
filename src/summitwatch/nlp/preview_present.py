"""A news preview tells the day's programme in the present simple: 'On Saturday in
Pretoria, Zuma formally welcomes Obama', 'Biden hosts King Abdullah at the White
House Monday', 'Rice also attends a trade conference in Accra' beside 'the trip …
she makes next week'. Body prose reports what has happened in the past tense; a
present simple of a third person doing the event is the schedule when its verb
names a weekday, or when the sentence or the one either side of it looks ahead
('will', 'next week'). A caption ('Obama meets with Kikwete in the Oval Office
Thursday, May 21, 2009.') dates its photo to the year; a headline has no full stop;
a speaker's 'I welcome you' is the occasion itself: none of them is a programme."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.nlp.dates import WEEKDAYS
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import word_set


def programme_present(trigger: Token, verb: Token) -> bool:
    """`verb`, the present simple over `trigger` (the verb itself, or one that
    holds the occasion: 'hosts X', 'holds a town hall meeting', 'opens his trip';
    not its subject), tells a programme."""
    if not _present_simple(verb) or _in_subject(trigger, verb):
        return False  # 'The talks Sunday bring together the leaders': the report
    if trigger != verb and verb.lemma_.lower() not in word_set(
        "status_cues.json", "programme_verbs"
    ):
        return False  # 'have the impression, on the basis of Kishi's talk'
    if verb.lemma_.lower() in word_set("presence.json", "leaving_lemmas"):
        return False  # 'leaves Senegal Friday': the end of a stay made
    speakers = word_set("status_cues.json", "speech_pronouns")
    if any(c.dep_ == "nsubj" and c.lower_ in speakers for c in verb.children):
        return False
    sent = verb.sent
    if not span_text(sent).rstrip().endswith(".") or _dated_to_the_year(sent):
        return False
    return _weekday_on(verb) or any(
        _looks_ahead(s) or _weekday_present(s) for s in _around(sent)
    )


def _present_simple(verb: Token) -> bool:
    return (
        verb.tag_ in ("VBZ", "VBP")
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _in_subject(trigger: Token, verb: Token) -> bool:
    """The trigger is, or lies in, the subject of `verb`."""
    token = trigger
    while token != verb and token.head != token:
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        token = token.head
    return False


def _weekday_present(sent: Span) -> bool:
    """The sentence is itself the programme of a weekday: 'On Saturday in Pretoria,
    Zuma formally welcomes Obama' before 'the two presidents hold a news
    conference'."""
    root = sent.root
    return _present_simple(root) and _weekday_on(root)


def _weekday_on(verb: Token) -> bool:
    """'hosts … Monday', 'On Saturday … welcomes': a weekday alone on the verb."""
    return any(
        t.lower_ in WEEKDAYS
        for c in verb.children
        if c.dep_ in ("npadvmod", "prep", "advmod", "obl")
        for t in c.subtree
    )


def _dated_to_the_year(sent: Span) -> bool:
    """A caption's date: 'Thursday, May 21, 2009', 'Jan. 14, 2016'."""
    return any(t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 for t in sent)


def _around(sent: Span) -> list[Span]:
    """The sentence and the one before and after it."""
    doc = sent.doc
    out = [sent]
    if sent.start > 0:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        out.append(doc[sent.end].sent)
    return out


def _looks_ahead(sent: Span) -> bool:
    """'will', 'shall', or a time still ahead ('next week', 'later', 'tomorrow')."""
    ahead = word_set("status_cues.json", "scheduled_present_cues")
    return any(
        (t.tag_ == "MD" and t.lemma_.lower() in ("will", "shall"))
        or (t.ent_type_ in ("DATE", "TIME") and t.lower_ in ahead)
        for t in sent
    )
