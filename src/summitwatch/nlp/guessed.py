"""Events whose date the text does not state but the context lent them (a lede's
publication day, the paragraph's year, the event before): such a date cannot tell
two reports of one encounter apart (SCHEMA.md rules 1 and 5, issue #10). One
exception: a transcript's own meeting, told by the speaker in the present and dated
only by the page, is not the meeting of the same two the speaker recalls or tells in
the past ('Yesterday we had several hours together', 'I remember our meetings in
Hamburg'): two occasions (rule 1; real 002, 478, helper fold14)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from summitwatch.models import STATUS_PRIORITY, Event
from summitwatch.nlp.dates import reported_as_past
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.trips.same import PEOPLE, fuller, places_agree, realised


def _same_but_date(guessed: Event, stated: Event) -> bool:
    """The same people, kind of event and place, and a stated date in the year the
    context lent ('Hun Sen (left) met with Abhisit' in a caption dated on
    publication, and 'Hun Sen met with Abhisit on Friday' in the body)."""
    return (
        guessed.type == stated.type
        and PEOPLE["same"](guessed, stated)
        and realised(guessed) == realised(stated)
        and bool(stated.date and guessed.date)
        and stated.date[:4] == guessed.date[:4]
        and places_agree(guessed.location, stated.location)
    )


def told_now(sent: Span) -> bool:
    """Is `sent` the speaker's present ('Allow me to welcome you', 'We have not seen
    each other for a long time'): not told in the past, with a first- or
    second-person pronoun? A headline's 'X meets Y' has none and is no such clause."""
    pronouns = word_set("guessed.json", "speaker_pronouns")
    return not told_before(sent) and any(t.lower_ in pronouns for t in sent)


def told_before(sent: Span) -> bool:
    """Is `sent` told as before the speaker's present: in the simple past ('Yesterday
    we had several hours together') or recalled ('I remember our meetings')?"""
    root = sent.root
    return (_subject(root) and reported_as_past(root)) or recalling(sent)


def _subject(verb: Token) -> bool:
    """Has `verb` a subject? Not an imperative's vocative ('Mr Prime Minister, let
    me welcome you', where the parse may tag 'let' a past tense)."""
    doc = verb.doc
    return any(
        c.dep_ in ("nsubj", "nsubjpass")
        and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",")
        for c in verb.children
    )


def recalling(sent: Span) -> bool:
    """Does `sent` recall an earlier occasion ('I remember our meetings')?"""
    return sent.root.lemma_.lower() in word_set("frame.json", "recalling_lemmas")


def speaker_past(root: Token) -> bool:
    """A speaker tells of an earlier occasion: the verb is in the past with 'I' or
    'we' its subject ('we met in January 2020 at events in Israel', 'We had a brief
    conversation over lunch'). Shared by the frame (`frame._speaker_recalls`) and
    `Told`."""
    first = word_set("status_cues.json", "first_person_words")
    return reported_as_past(root) and any(
        c.dep_ == "nsubj" and c.lower_ in first for c in root.children
    )


@dataclass
class Told:
    """The sentences of a text told in the speaker's present and those that recall
    an earlier occasion: an event of one and an event of the other are two
    occasions, even undated (real 478: 'We have not seen each other for a long time'
    and 'I remember our meetings in Hamburg'). A speaker's own past ('We had a brief
    conversation over lunch', after 'I was last here in May') is another occasion
    when its event is dated in another month than the page (real 781, session 14)."""

    now: list[tuple[int, int]] = field(default_factory=list)
    recalled: list[tuple[int, int]] = field(default_factory=list)
    past: list[tuple[int, int]] = field(default_factory=list)
    month: str | None = None  # the page's, 'YYYY-MM'

    def note(self, sent: Span) -> None:
        if recalling(sent):
            self.recalled.append((sent.start_char, sent.end_char))
        elif told_now(sent):
            self.now.append((sent.start_char, sent.end_char))
        elif speaker_past(sent.root):
            self.past.append((sent.start_char, sent.end_char))

    def apart(self, a: Event, b: Event) -> bool:
        return any(
            _within(x, self.now)
            and (
                _within(y, self.recalled)
                or (_within(y, self.past) and self._another_month(y))
            )
            for x, y in ((a, b), (b, a))
        )

    def _another_month(self, event: Event) -> bool:
        """The event is dated to a month other than the page's: a speaker's past
        that far back is not the day's meeting."""
        return (
            self.month is not None
            and event.date is not None
            and len(event.date) >= 7
            and event.date[:7] != self.month
        )


def _within(event: Event, spans: list[tuple[int, int]]) -> bool:
    at = event.start_char
    return at is not None and any(a <= at < b for a, b in spans)


def fold_guessed(
    events: list[Event],
    guessed: list[Event],
    *,
    now: frozenset[int] = frozenset(),
    before: frozenset[int] = frozenset(),
) -> list[Event]:
    """Fold each event dated only by its context into an event with a date of its
    own that reports the same encounter; that one keeps its date, and takes the
    fuller place and the stronger status (rule 5: 'will attend' beside 'would
    attend'). Not an event told in the speaker's present (ids in `now`, see
    `told_now`) into one told before it (ids in `before`): another occasion."""
    lent = {id(e) for e in guessed}
    out = list(events)
    for event in guessed:
        stated = [
            i
            for i, e in enumerate(out)
            if id(e) not in lent
            and _same_but_date(event, e)
            and not (id(event) in now and id(e) in before)
        ]
        if len(stated) != 1:
            continue  # none, or several dates to choose from
        kept = out[stated[0]]
        kept = replace(
            kept, status=min(kept.status, event.status, key=STATUS_PRIORITY.index)
        )
        if fuller(event.location, kept.location):
            kept = replace(kept, location=event.location)
        if event.date.startswith(kept.date):  # 'in 1960', and April 1960 before
            kept = replace(kept, date=event.date)
        out[stated[0]] = kept
        out = [e for e in out if e is not event]
    return out
