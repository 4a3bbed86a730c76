"""The per-article work, one function for the CLI, the API and the Ray workers."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from summitwatch.models import Article, Event
from summitwatch.nlp.guard import (
    blank_citations,
    blank_footnote_marks,
    plain_characters,
    tame_runs,
    title_case_surnames,
)

log = logging.getLogger(__name__)
# spaCy refuses texts over nlp.max_length (10^6 characters) and needs about 1 GB per
# 10^5 words to parse; longer articles are read in sections cut at line breaks.
SECTION_CHARS = 100_000
# The parser's memory grows with the words of a doc, not its characters: a section
# also stops at this many words (about 60,000 characters of prose).
SECTION_WORDS = 10_000
_WORD = re.compile(r"\S+")


def _word_end(text: str, start: int, end: int, words: int) -> int:
    """Where the `words`-th word after `start` ends (or `end`, if sooner)."""
    for count, match in enumerate(_WORD.finditer(text, start, end), 1):
        if count == words:
            return match.end()
    return end


def needs_sections(text: str) -> bool:
    """Too long for one parse, by characters or by words."""
    return len(text) > SECTION_CHARS or _word_end(
        text, 0, len(text), SECTION_WORDS
    ) < len(text)


def sections(
    text: str, size: int | None = None, *, words: int | None = None
) -> list[tuple[int, str]]:
    """(offset, part) pieces of at most `size` characters and `words` words, cut at a
    line break or a sentence end where there is one."""
    size = size or SECTION_CHARS
    words = words or SECTION_WORDS
    out: list[tuple[int, str]] = []
    start = 0
    while start < len(text):
        end = _word_end(text, start, min(start + size, len(text)), words)
        if end < len(text):
            cut = max(text.rfind("\n", start, end), text.rfind(". ", start, end))
            end = cut + 1 if cut > start else end
        out.append((start, text[start:end]))
        start = end
    return out or [(0, text)]


def doc_for(article: Article, nlp, text: str | None = None):
    """The unparsed Doc the pipeline reads for `article` (or one section's `text`
    of it): runs tamed, citations blanked, apostrophes and spaces plain, surnames
    title-cased, its publication date set. Public for tools that parse apart from
    `process` (a benchmark)."""
    raw = tame_runs(article.text if text is None else text)
    raw = blank_footnote_marks(blank_citations(raw))
    doc = nlp.make_doc(title_case_surnames(plain_characters(raw)))
    doc._.published = article.published
    return doc


def _shifted(events: list[Event], offset: int) -> list[Event]:
    if not offset:
        return events
    return [
        replace(
            e,
            start_char=(e.start_char or 0) + offset,
            end_char=(e.end_char or 0) + offset,
        )
        for e in events
    ]


def _stamp(article: Article, events: list[Event]) -> list[Event]:
    published = article.published.isoformat() if article.published else None
    plain = plain_characters(article.text)
    return [
        replace(
            e,
            source=article.source,
            published=published,
            evidence=_as_written(e, article.text, plain),
        )
        for e in _distinct(events)
    ]


def _as_written(event: Event, text: str, plain: str) -> str | None:
    """The evidence with the article's own apostrophes and spaces: the parser read
    them plain (`plain_characters`, one for one), the reader quotes the page."""
    evidence = event.evidence
    if not evidence or plain is text or plain == text:
        return evidence
    at = event.start_char or 0
    if plain[at : at + len(evidence)] != evidence:
        at = plain.find(evidence)
    return text[at : at + len(evidence)] if at >= 0 else evidence


def _distinct(events: list[Event]) -> list[Event]:
    """One copy of each record: two readings of one sentence that end as the same
    event in every field (real 682: a meeting read once from its noun and once
    from the trip it was on) are one report, never two (SCHEMA.md rule 1)."""
    seen: set[tuple] = set()
    out = []
    for e in events:
        key = (
            e.type,
            e.status,
            tuple(e.names),
            e.location.city,
            e.location.country,
            e.date,
            e.travel_mode,
            e.start_char,
            e.end_char,
        )
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def process(article: Article, nlp, kb=None) -> list[Event]:
    """Every event the article reports. `kb` is the pipeline's own (kept for
    symmetry).
    """
    if article.language == "other":
        log.warning("%s does not look like English; no events read", article.source)
        return []
    events: list[Event] = []
    for offset, part in sections(article.text):
        doc = nlp(doc_for(article, nlp, part))
        events += _shifted(doc._.events or [], offset)
    return _stamp(article, events)


def extract_many(
    articles: Iterable[Article], nlp, *, batch_size: int = 16
) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs, letting spaCy batch the model work."""
    pending: list[tuple[Article, bool]] = []  # (article, read apart?)

    def docs() -> Iterator:
        for article in articles:
            apart = article.language == "other" or needs_sections(article.text)
            pending.append((article, apart))
            yield nlp.make_doc("") if apart else doc_for(article, nlp)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        article, apart = pending.pop(0)
        if apart:
            yield article, process(article, nlp)
        else:
            yield article, _stamp(article, doc._.events or [])


def extract_article(article: Article) -> list[Event]:
    """`process` with the default pipeline and knowledge base."""
    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline

    return process(article, load_pipeline(), load_kb())
