"""The per-article work, one function for the CLI, the API and the Ray workers."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace

from summitwatch.models import Article, Event

log = logging.getLogger(__name__)


def _doc_for(article: Article, nlp):
    doc = nlp.make_doc(article.text)
    doc._.published = article.published
    return doc


def _stamp(article: Article, events: list[Event]) -> list[Event]:
    published = article.published.isoformat() if article.published else None
    return [replace(e, source=article.source, published=published) for e in events]


def process(article: Article, nlp, kb=None) -> list[Event]:
    """Every event the article reports. `kb` is the pipeline's own (kept for
    symmetry).
    """
    if article.language == "other":
        log.warning("%s does not look like English; no events read", article.source)
        return []
    doc = nlp(_doc_for(article, nlp))
    return _stamp(article, doc._.events or [])


def extract_many(
    articles: Iterable[Article], nlp, *, batch_size: int = 16
) -> Iterator[tuple[Article, list[Event]]]:
    """Stream (article, events) pairs, letting spaCy batch the model work."""
    pending: list[Article] = []

    def docs() -> Iterator:
        for article in articles:
            pending.append(article)
            if article.language == "other":
                log.warning(
                    "%s does not look like English; no events read", article.source
                )
                yield nlp.make_doc("")
            else:
                yield _doc_for(article, nlp)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        article = pending.pop(0)
        yield article, _stamp(article, doc._.events or [])


def extract_article(article: Article) -> list[Event]:
    """`process` with the default pipeline and knowledge base."""
    from summitwatch.kb import load_kb
    from summitwatch.nlp.pipeline import load_pipeline

    return process(article, load_pipeline(), load_kb())
