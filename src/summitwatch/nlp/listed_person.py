"""The one person a list row or cell names, when the NER tagged nobody there.

Participants tables ('Ghana Kwame Nkrumah President') and the participants blocks
of a memorandum of conversation ('Wang Hai-jung, Deputy Chief of Protocol') give
one person a row. The small model misses some of those names, and a list read
until its first miss loses everyone after it (a Commonwealth conference table
stopped at the sixth of eighteen). A row is short and regular, so the name is what
is left between its country cell and its office: two to four capitalised words.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import lexicon, load_patterns
from summitwatch.nlp.mentions import NAME_PARTICLES, TITLES

MIN_WORDS, MAX_WORDS = 2, 4


@cache
def _office_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words a row's name follows (titles, offices, 'of') and those it may end
    with (offices only: 'Lord' and 'Sir' can be a surname at the end); built once,
    as every cell of every row asks."""
    extra = load_patterns("memo_header.json")["row_office_words"]
    offices = {*extra, *(w.lower() for w in lexicon().triggers["head_of_state_words"])}
    return frozenset({*TITLES, *offices, "of", "the"}), frozenset(offices)


def name_tokens(cell: Span) -> tuple[list[Token], bool]:
    """The cell's words after its country and titles and before its office, its
    first comma or bracket; and whether a title came before them."""
    before, after = _office_words()
    words: list[Token] = []
    titled = False
    for token in cell:
        if token.text in (",", "(", ";", ":"):
            break
        if token.is_space or token.is_punct:
            continue
        if not words and token.ent_type_ in ("GPE", "NORP"):
            continue  # the country cell
        if not words and token.lower_.strip(".") in before:
            titled = True  # 'Minister of Foreign Affairs', 'Mr.'
            continue
        words.append(token)
    while words and words[-1].lower_.strip(".()") in after:
        words.pop()  # 'Prime Minister', 'Finance Minister (Chairman)'
    return words, titled


def unnamed_row_person(index: DocIndex, cell: Span) -> Participant | None:
    """The person of a list row or cell in which the NER found nobody: the two to
    four capitalised words left between the country and the office (one after a
    title: 'Mr. Zulueta', 'State Secretary Carstons'), resolved like any name."""
    words, titled = name_tokens(cell)
    if not (1 if titled else MIN_WORDS) <= len(words) <= MAX_WORDS:
        return None
    if words[0].i > 0 and cell.doc[words[0].i - 1].lower_ == "the":
        return None  # 'The Secretary of the Treasury': the office's department
    if (
        not all(
            (w.text[:1].isupper() or w.lower_ in NAME_PARTICLES) and not w.like_num
            for w in words
        )
        or not words[-1].text[:1].isupper()
    ):
        return None
    headers = load_patterns("memo_header.json")["row_header_words"]
    if any(w.lower_ in headers for w in words):  # 'Nation Name Portfolio'
        return None
    if words[-1].i - words[0].i + 1 != len(words):
        return None  # the words must be one run
    name = " ".join(w.text for w in words)
    who = index.resolver.resolve_name(cell.doc[words[0].i : words[-1].i + 1])
    if who is None or re.search(r"\s{2}", who.name):  # the KB lacks a surname, or
        return Participant(name)  # the NER ran this name over a column gap earlier
    return who
