"""The head of a memorandum of conversation: who met, where and when.

A memorandum of conversation records one meeting. Its head lists the
participants one a line, grouped under their side ('US', 'Germany', 'U.K.'), as
bullets or side by side in columns, and gives the time and place on labelled
lines ('DATE AND TIME: Monday, February 21, 1972', 'PLACE: Chairman Mao's
Residence, Peking') or in a dateline ('Paris, May 17, 1960, 10 a.m.'). Everyone
it names was at that meeting (SCHEMA.md rule 16); 'The President' without a name
is nobody (rule 3). The block becomes the frame's listed people, so the one
listed meeting is made, and the pairs the prose tells of it fold into it, where
the frame's other listed gatherings are (`frame.listed_meeting`,
`frame.fold_into_listed`).
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Span

from summitwatch.models import Participant
from summitwatch.nlp.dates import lent_by_publication, parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.frame import Frame, place_in_value
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.listed_person import name_tokens, unnamed_row_person
from summitwatch.nlp.mentions import NAME_PARTICLES, TITLES, participant
from summitwatch.nlp.table_rows import line_spans

_LABEL = re.compile(r"^\s*[•*\-–]?\s*([A-Za-z][A-Za-z ,&]{1,30}?)\s*(?::|$)")
_CELL_GAP = re.compile(r"\s{3,}")
_BULLET = " \t•*-–"
_FINITE = ("VBD", "VBZ", "VBP", "MD")


def _patterns() -> dict:
    return load_patterns("memo_header.json")


@cache
def _labels() -> frozenset[str]:
    """Every head label, built once: `is_memo` tries each head line of every doc."""
    pats = _patterns()
    return frozenset(
        [
            *pats["participant_labels"],
            *pats["place_labels"],
            *pats["date_labels"],
            *pats["other_labels"],
        ]
    )


def _label(line: Span) -> tuple[str | None, int]:
    """A head line's label ('PARTICIPANTS:', 'DATE AND TIME:', 'SUBJECT') and where
    its value starts; (None, 0) for any other line."""
    text = span_text(line)
    match = _LABEL.match(text)
    if match is None:
        return None, 0
    word = match.group(1).strip().lower()
    if word not in _labels():
        return None, 0
    if ":" not in match.group(0) and text.strip().lower() != word:
        return None, 0  # 'Participants 18', 'Date of the visit': not a label line
    return word, line.start_char + match.end()


def is_memo(index: DocIndex) -> bool:
    """A memorandum of conversation: so titled in its first lines, or a head with
    two of a memorandum's own labels ('PARTICIPANTS:', 'PLACE:', 'DATE AND TIME:';
    an infobox's 'Date:' and 'Participants:' are not enough)."""
    pats = _patterns()
    lines = line_spans(index)[: pats["head_lines"]]
    top = " ".join(span_text(line).lower() for line in lines[:4])
    if any(title in top for title in pats["memo_titles"]):
        return True
    own = set(pats["memo_labels"])
    return sum(_label(line)[0] in own for line in lines) >= pats["min_memo_labels"]


def _cells(line: Span, start_char: int) -> list[Span]:
    """The line's cells from `start_char` on: columns are runs of three spaces."""
    doc, text, out = line.doc, span_text(line), []
    offset = max(0, start_char - line.start_char)
    pos = offset
    for part in [*_CELL_GAP.split(text[offset:])]:
        at = text.find(part, pos)
        pos = at + len(part)
        part_start = at + len(part) - len(part.lstrip(_BULLET))
        if part.strip(_BULLET):
            span = doc.char_span(
                line.start_char + part_start,
                line.start_char + at + len(part.rstrip()),
                alignment_mode="expand",
            )
            out += [span] if span is not None else []
    return out


def _side_heading(index: DocIndex, cell: Span) -> bool:
    """'US', 'Germany', 'U.K.', 'USSR:': the side a group of participants is on."""
    text = cell.text.strip(" :")
    if text.lower() in _patterns()["side_words"]:
        return True
    return len(cell) <= 4 and index.kb.country_code(text) is not None


def _person(index: DocIndex, cell: Span) -> Participant | None:
    """The cell's person: its first name mention, unless the NER ran that name on
    into the next column ('Walters                    M. Andronikov')."""
    for mention in index.mentions_in(cell.start, cell.end):
        if not _bare_title(mention.participant):
            end = mention.end
            while end > mention.start + 1 and cell.doc[end - 1].is_space:
                end -= 1  # the line break the NER ran into
            if end <= cell.end:
                return mention.participant
            break
    who = unnamed_row_person(index, cell)
    return None if who is None or _bare_title(who) else who


def _bare_title(who: Participant) -> bool:
    """'The Ambassador', 'The Secretary': a title without a name is nobody (rule 3)."""
    words = who.name.lower().replace(".", "").split()
    return all(w == "the" or w in TITLES for w in words)


def _prose(line: Span) -> bool:
    return len(line) >= 8 and any(t.tag_ in _FINITE for t in line)


def _bulleted_row(index: DocIndex, line: Span) -> bool:
    """A bulleted line that reads as one participant's row ('• Secretary of State
    Cyrus R. Vance', '• Carlos Andres Perez, President'): the Office of the
    Historian's pages print the participants block as a bullet list whose
    'PARTICIPANTS:' label the copy lost. Up to its first comma the row is titles
    and a name only (capitalised words, 'of', 'the'); a subject line ('• Meeting
    at Junta Geral', '• Proposed Meeting Between you and King Saud') is not."""
    text = span_text(line).lstrip()
    if not text.startswith(tuple(_patterns()["row_bullets"])) or _prose(line):
        return False
    lowered = set(_patterns()["row_lowercase_words"])
    for token in line:
        if token.text in (",", "(", ";", ":"):
            break
        if token.is_alpha and not token.text[:1].isupper():
            if token.lower_ not in lowered and token.lower_ not in NAME_PARTICLES:
                return False
    cells = _cells(line, line.start_char)
    if len(cells) != 1:
        return False
    named = [
        m
        for m in index.mentions_in(cells[0].start, cells[0].end)
        if not _bare_title(m.participant)
    ]
    if not named:
        return False  # a name the NER or KB knows, no guess
    after = [t for t in line.doc[named[0].end : cells[0].end] if not t.is_space]
    return not after or after[0].text in (",", "(")  # not "Kekkonen's Dinner"


def participants_block(
    index: DocIndex,
) -> tuple[list[tuple[Participant, Span]], Span | None]:
    """The people of a memorandum's participants block, each with its cell, and
    the block's first line; from its label, or (the label lost by a copy) from its
    first side heading or its first bulleted participant row."""
    people: list[tuple[Participant, Span]] = []
    first: Span | None = None
    inside = False
    for line in line_spans(index)[: _patterns()["head_lines"]]:
        label, value_at = _label(line)
        if label in _patterns()["participant_labels"]:
            inside, first = True, line
        elif label is not None:
            if inside and people:
                break
            continue
        elif inside and _prose(line):
            break
        cells = _cells(line, value_at or line.start_char)
        if not inside and cells and _side_heading(index, cells[0]):
            inside, first = True, line
        if not inside and label is None and _bulleted_row(index, line):
            inside, first = True, line
        if not inside:
            continue
        for cell in cells:
            who = None if _side_heading(index, cell) else _person(index, cell)
            if who is not None and all(p.name != who.name for p, _ in people):
                people.append((who, cell))
    return people, first


def _on_the_day(
    index: DocIndex, who: Participant, cell: Span, day: date
) -> Participant:
    """A participant as the memorandum's day knows him: 'Secretary Herter' in a
    volume printed in 1993 is the Secretary of State of May 1960, and 'Assistant
    Secretary Manning' of 1963 no prime minister of the 1990s who shares the
    surname. A name written in full stays as it is."""
    person = index.kb.person(who.person_id) if who.person_id else None
    if person and _in_public_life(person, day):
        return who
    if person and person.name.split()[0].lower() in cell.text.lower():
        return who  # 'Chancellor Konrad Adenauer': the full name is written
    words, _ = name_tokens(cell)
    name = " ".join(w.text for w in words) or who.name
    found = index.kb.resolve_person(name, on=day) if words else None
    if found is not None and _in_public_life(found, day):
        return participant(found, day)
    return Participant(name) if person else who


def _in_public_life(person, day: date) -> bool:
    """In an office the KB knows within a few years of the day ('Vice Chancellor
    Erhard' in June 1963 is the chancellor of that October)."""
    years = _patterns()["office_window_years"]
    return any(
        (o.start is None or o.start.year - years <= day.year)
        and (o.end is None or day.year <= o.end.year + years)
        for o in person.offices
    )


def _labelled_value(index: DocIndex, labels: list[str]) -> Span | None:
    for line in line_spans(index)[: _patterns()["head_lines"]]:
        label, value_at = _label(line)
        if label in labels:
            return line.doc.char_span(value_at, line.end_char, alignment_mode="expand")
    return None


def _first_date(index: DocIndex, span: Span | None) -> str | None:
    if span is None:
        return None
    found = index.dates_in(span.start, span.end, text_order=True)
    return found[0][1] if found else None


def read_memo_head(index: DocIndex, frame: Frame) -> None:
    """A memorandum's participants are the frame's listed people, its meeting
    held at its PLACE line's place (else the frame's), on its DATE line's day (else
    the first date of its head: the dateline or the title; else the document's own
    date in the header, when it gives a month: a year alone may be the printed
    volume's)."""
    if not is_memo(index):
        return
    block, first = participants_block(index)
    if len(block) < 2 or first is None:
        return
    place = _labelled_value(index, _patterns()["place_labels"])
    frame.place = (place_in_value(index, place.text) if place else None) or frame.place
    head = index.doc[: first.start] if first.start else None
    frame.date = (
        _first_date(index, _labelled_value(index, _patterns()["date_labels"]))
        or frame.date
        or _first_date(index, head)
        or lent_by_publication(index.published, past=True)  # the document's date
    )
    day = parse_iso(
        frame.date[:7] + "-15" if frame.date and len(frame.date) == 7 else frame.date
    )
    people = [_on_the_day(index, w, c, day) if day else w for w, c in block]
    frame.participants = list({p.name: p for p in people}.values())
    frame.gathering = frame.memorandum = True
