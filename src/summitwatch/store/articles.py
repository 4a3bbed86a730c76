"""Articles for lists and pages: summaries with event counts, one article's text
and mentions, the articles behind mentions."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from summitwatch.errors import NotFound
from summitwatch.store.answers import Page
from summitwatch.store.schema import ArticleRow, MentionRow

_ARTICLE = (
    ArticleRow.id, ArticleRow.kind, ArticleRow.title, ArticleRow.url, ArticleRow.path,
    ArticleRow.published, ArticleRow.author, ArticleRow.content_hash,
)  # fmt: skip


def _article_dict(row, n_events: int) -> dict:  # type: ignore[no-untyped-def]
    source = row.url or row.path or f"sha256:{row.content_hash[:12]}"
    return {
        "id": row.id, "kind": row.kind, "title": row.title, "source": source,
        "url": row.url, "published": row.published, "author": row.author,
        "n_events": n_events, "href": f"/articles/{row.id}",
    }  # fmt: skip


def article_page(conn: Connection, *, limit: int, offset: int) -> Page[dict]:
    """Articles, newest first, with how many events each holds; and the total."""
    n_events = func.count(func.distinct(MentionRow.event_id))
    query = (
        select(*_ARTICLE, n_events.label("n"))
        .outerjoin(MentionRow, MentionRow.article_id == ArticleRow.id)
        .group_by(*_ARTICLE)
        .order_by(ArticleRow.published.is_(None), ArticleRow.published.desc())
        .order_by(ArticleRow.id.desc())
        .limit(limit)
        .offset(offset)
    )
    total = conn.scalar(select(func.count()).select_from(ArticleRow)) or 0
    return Page([_article_dict(row, row.n) for row in conn.execute(query)], total,
                limit, offset)  # fmt: skip


def article(conn: Connection, article_id: int) -> tuple[dict, str, list[dict]]:
    """One article: its summary, its text and its mentions (event, span, status)."""
    row = conn.execute(
        select(*_ARTICLE, ArticleRow.text).where(ArticleRow.id == article_id)
    ).first()
    if row is None:
        raise NotFound(f"no article {article_id}")
    mentions = conn.execute(
        select(
            MentionRow.id,
            MentionRow.event_id,
            MentionRow.type,
            MentionRow.status,
            MentionRow.evidence,
            MentionRow.start_char,
            MentionRow.end_char,
        )  # fmt: skip
        .where(MentionRow.article_id == article_id)
        .order_by(MentionRow.ordinal)
    ).all()
    events = {m.event_id for m in mentions if m.event_id is not None}
    return (
        _article_dict(row, len(events)),
        row.text or "",
        [m._asdict() for m in mentions],
    )


def mention_articles(conn: Connection, mention_ids: Iterable[int]) -> dict[int, tuple]:
    """Each mention's article id and text (SourceView has neither)."""
    query = (
        select(MentionRow.id, ArticleRow.id, ArticleRow.text)
        .join(ArticleRow, ArticleRow.id == MentionRow.article_id)
        .where(MentionRow.id.in_(list(mention_ids)))
    )
    return {mention: (art, text or "") for mention, art, text in conn.execute(query)}
