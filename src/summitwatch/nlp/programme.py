"""A meal or ceremony in a leader's programme, told by its host only: 'Luncheon
Hosted by President Rousseff' under 'August 1 (Friday) (Brasilia)' (MOFA, held-out 3
011), 'Evening: Luncheon hosted by the Prime Minister Khai' under 'Thursday, December
17' (MOFA, real 045). The guest is the page's owner, whose programme it is; the day
and the place are the latest day heading's (SCHEMA.md rules 1, 2)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.diary import page_owner
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.references import persons_under, unique_people

HEADING_REACH = 15  # lines back to the programme's day heading
_HOSTED = frozenset({"hosted"})


def hosted_line(
    index: DocIndex, sent: Span, found: list[Event], build: Callable[..., Event]
) -> list[Event]:
    """The owner's meeting with the host a verbless programme line names."""
    if any(e.type == "meeting" for e in found):
        return []
    hosted = next((t for t in with_lower(sent, _HOSTED) if _hosted_by(t)), None)
    if hosted is None:
        return []
    hosts = unique_people(
        [
            p
            for a in hosted.children
            if a.dep_ == "agent"
            for o in a.children
            for p in persons_under(index, o)
        ]
    )
    owner = page_owner(index)
    if not hosts or owner is None or owner in hosts:
        return []
    heading = _day_heading(index, sent)
    if heading is None:
        return []
    when, place = heading
    return [build("meeting", hosted, [owner, *hosts], place, when)]


def _hosted_by(token: Token) -> bool:
    """'hosted by X' hung on the line's meal or ceremony ('Luncheon hosted by X'),
    or, in a title-case line the model reads as a name, heading it ('Dinner
    Hosted by X': 'Hosted' the root, 'Dinner' its compound)."""
    if token.lower_ != "hosted" or not any(c.dep_ == "agent" for c in token.children):
        return False
    if token.dep_ == "acl":
        return token.head.pos_ in ("NOUN", "PROPN")
    return token.dep_ == "ROOT" and any(c.dep_ == "compound" for c in token.children)


def _day_heading(index: DocIndex, sent: Span) -> tuple[str, PlaceMention | None] | None:
    """The date and the place of the nearest line above that opens with a date
    ('August 1 (Friday) (Brasilia)', 'Thursday, December 17')."""
    doc = index.doc
    line = sent
    for _ in range(HEADING_REACH):
        if line.start == 0:
            return None
        line = doc[line.start - 1].sent
        first = next((t for t in line if not (t.is_space or t.is_punct)), None)
        if first is None or first.i not in index.date_at:
            continue
        when = index.date_at[first.i][1]
        if not when:
            continue
        place = next(
            (m for m in index.place_at.values() if line.start <= m.start < line.end),
            None,
        )
        return when, place
    return None
