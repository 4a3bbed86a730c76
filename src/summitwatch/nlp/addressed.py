"""Who writes and who reads a document addressed to one person: a memorandum,
letter, telegram or cablegram headed 'Memorandum From … (Kissinger) to President
Nixon' or 'Cablegram to President Ibanez of Chile'.

The whole body below such a heading is one turn: its 'I' is the writer (named in
the heading's 'From' part, else on the signature line at the end: 'DWIGHT D.
EISENHOWER') and its 'you' the addressee named after 'to' — 'your trip to Moscow'
is the addressee's, 'your plan to come to Washington as my guest' the addressee's
trip to the writer (FRUS documents and presidential cablegrams, real 434, 436).
A heading that names no person on one side (the Department of State, an embassy)
gives no turn: a letter quoted inside it is `authors.letter_signers`'.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Doc

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PersonMention, mentions_between, participant

_MAX_HEADING = 300  # characters: a heading line, not a paragraph
_SIGNATURE_WORDS = (2, 5)
_NAME_WORD = re.compile(r"^(?:[A-Z][A-Za-z'’\-]*\.?|[A-Z]\.)$")


@cache
def _heading() -> re.Pattern[str]:
    kinds = sorted(word_set("speakers.json", "addressed_document_kinds"), key=len)
    kind = "|".join(re.escape(k) for k in reversed(kinds))
    return re.compile(
        rf"^[ \t]*(?:\d+\.[ \t]*)?(?:{kind})(?:[ \t]+From[ \t]+(?P<from>[^\n]+?))?"
        rf"[ \t]+to[ \t]+(?P<to>[^\n]+)$",
        re.MULTILINE,
    )


def addressed_turns(
    doc: Doc,
    persons: list[PersonMention],
    kb: KnowledgeBase,
    published: date | None,
) -> list[tuple[int, int, Participant | None, Participant | None]]:
    """(start, end, writer, addressee) of each addressed document's heading; a
    signature line found closes the turn with a (start, start, None, None) entry."""
    text = doc_text(doc)
    out: list[tuple[int, int, Participant | None, Participant | None]] = []
    for match in _heading().finditer(text):
        if match.end() - match.start() > _MAX_HEADING:
            continue
        to = _one_person(doc, persons, match.start("to"), match.end("to"))
        if to is None:
            continue
        writer = None
        if match["from"] is not None:
            writer = _one_person(doc, persons, match.start("from"), match.end("from"))
            writer = writer or _last_surname(kb, published, match["from"])
            if writer is None:
                continue  # from an office: the Department, an embassy
        line = doc.char_span(match.start(), match.end(), "expand")
        if line is None:
            continue
        signed = None
        if writer is None:
            signed = _signature(doc, kb, published, match.end(), to)
            if signed is None:
                continue
            writer = signed[1]
        if writer.name == to.name:
            continue
        out.append((line.start, line.end, writer, to))
        if signed is not None:
            out.append((signed[0], signed[0], None, None))
    return out


def _one_person(
    doc: Doc, persons: list[PersonMention], start: int, end: int
) -> Participant | None:
    """The first person the heading part names ('President Ibanez of Chile
    Concerning His Decision …': Ibáñez)."""
    span = doc.char_span(start, end, "expand")
    if span is None:
        return None
    named = mentions_between(persons, span.start, span.end)
    return named[0].participant if named else None


def _last_surname(
    kb: KnowledgeBase, published: date | None, part: str
) -> Participant | None:
    """'Secretary of State Rogers', '… Affairs (Kissinger)': the surname that ends
    the writer's part when the NER tagged no one there (a title glued to it)."""
    words = re.findall(r"[A-Z][A-Za-z'’\-]+", part)
    person = kb.resolve_person(words[-1], on=published) if words else None
    return participant(person, published) if person else None


def _signature(
    doc: Doc,
    kb: KnowledgeBase,
    published: date | None,
    after: int,
    addressee: Participant,
) -> tuple[int, Participant] | None:
    """(token, writer) of the last line below the heading that is a name and
    nothing else ('DWIGHT D. EISENHOWER', 'Dwight D. Eisenhower') and names someone
    other than the addressee, whose address block ('His Excellency / Carlos Ibanez
    del Campo') is such a line too."""
    text = doc_text(doc)
    found = None
    pos = after
    for line in text[after:].split("\n"):
        start, pos = pos, pos + len(line) + 1
        words = line.split()
        low, high = _SIGNATURE_WORDS
        if not low <= len(words) <= high or not all(_NAME_WORD.match(w) for w in words):
            continue
        person = kb.resolve_person(" ".join(words).title(), on=published)
        if person is None:
            continue
        who = participant(person, published)
        span = doc.char_span(start, start + len(line), "expand")
        if who.name != addressee.name and span is not None:
            found = (span.start, who)
    return found
