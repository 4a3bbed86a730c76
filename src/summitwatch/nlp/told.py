"""One way to make an event told by a span of the document: its evidence and
character offsets come from the span, so no reader copies that bookkeeping."""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event, Location, Participant


def told_event(
    kind: str,
    people: list[Participant],
    location: Location,
    when: str | None,
    evidence: Span,
    *,
    status: str = "occurred",
    confidence: float = 0.5,
) -> Event:
    """An event of `kind` among `people`, told by `evidence` (a sentence or a row)."""
    return Event(
        type=kind,
        status=status,
        participants=list(people),
        location=location,
        date=when,
        evidence=evidence.text.strip(),
        start_char=evidence.start_char,
        end_char=evidence.end_char,
        confidence=confidence,
    )
