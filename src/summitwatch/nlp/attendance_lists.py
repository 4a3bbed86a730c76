"""Lists of the people at a gathering: one group meeting (SCHEMA.md rules 2, 16).

'Leaders in attendance:' over bullet lines of one name each, or a participants
table flattened to one line per leader ('Canada Stephen Harper Prime Minister'),
names who was at the article's gathering (its frame), which no sentence says.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span

from summitwatch.models import Event, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.frame import Frame, frame_event
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.listed_person import unnamed_row_person
from summitwatch.nlp.table_rows import line_spans

_BULLET = re.compile(r"^\s*[-*•–]+\s")


MIN_ATTENDEES = 3
MAX_MISSES = 2  # unread rows in a row before a participants table is over


@cache
def _cue_pattern() -> re.Pattern[str]:
    """Any participant-list cue as a whole word, in one pattern (tried per line)."""
    cues = load_patterns("groups.json")["participant_list_cues"]
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b")


def attendance_list(index: DocIndex, frame: Frame) -> Event | None:
    """'Leaders in attendance:' followed by bullet lines of one person each: the
    people present at the frame's gathering, one group meeting (SCHEMA.md rules 2,
    16). A bullet dated on its own line ('• President Pervez Musharraf (2004)', a
    relations page's 'High-level visits' list) itemises a trip of its own, not
    someone at the frame's gathering."""
    if not frame.gathering or frame.place is None:
        return None
    people: list[Participant] = []
    first: Span | None = None
    for line in line_spans(index):
        if not _BULLET.match(span_text(line)) or len(line) > 20:
            continue
        if index.dates_in(line.start, line.end):
            continue  # '• President Pervez Musharraf (2004)': a trip of its own
        found = index.people_in(line.start, line.end)
        if len(found) == 1 and found[0][1] not in people:
            people.append(found[0][1])
            first = first or line
    if len(people) < MIN_ATTENDEES or first is None:
        return None
    return frame_event(frame, people, first, confidence=0.6)


def _short_row(line: Span, limit: int) -> bool:
    """A short verbless line, as a flattened table row is."""
    text = span_text(line)
    if _BULLET.match(text) or len(line) > limit or "|" in text:
        return False
    return not any(
        (t.pos_ in ("VERB", "AUX") and not t.text[:1].isupper()) or t.like_num
        for t in line  # 'F.K.D.' tagged a verb is an initial of a name
    )


def _row_of_one(index: DocIndex, line: Span, limit: int) -> Participant | None:
    """The one person of a short verbless line ('Canada Stephen Harper Prime
    Minister'), or None."""
    if not _short_row(line, limit):
        return None
    found = index.people_in(line.start, line.end)
    if not found:  # a name the NER missed ('Ghana Kwame Nkrumah President')
        return unnamed_row_person(index, line)
    return found[0][1] if len(found) == 1 else None


def participant_table(index: DocIndex, frame: Frame) -> Event | None:
    """'The participants will be …' / 'Member Represented by Title' followed by one
    line per leader ('Canada Stephen Harper Prime Minister'): a participants table
    flattened to lines, the people present at the frame's gathering (SCHEMA.md rules
    2, 16), one group meeting."""
    if not frame.gathering or frame.place is None:
        return None
    pats = load_patterns("groups.json")
    since_cue: int | None = None
    people: list[Participant] = []
    first: Span | None = None
    misses = 0  # rows whose name was not read: the table goes on after them
    limit = pats["participant_row_max_tokens"]
    for line in line_spans(index):
        who = _row_of_one(index, line, limit)
        if who is not None and since_cue is not None:
            people += [who] if who not in people else []
            first, misses = first or line, 0
            continue
        if people and misses < MAX_MISSES and _short_row(line, limit):
            misses += 1
            continue
        if len(people) >= MIN_ATTENDEES:
            break
        people, first = [], None
        text = span_text(line).lower()
        if _cue_pattern().search(text):
            since_cue = 0
        elif since_cue is not None:
            since_cue += 1
            if since_cue > pats["participant_list_lookahead"]:
                since_cue = None
    if len(people) < MIN_ATTENDEES or first is None:
        return None
    return frame_event(frame, people, first, confidence=0.6)
