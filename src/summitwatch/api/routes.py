"""The JSON API: every page's data under /api, plus the two writes (review, upload).

Reading is open; writes depend on `http.deps.require_writer` (a bearer token).
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from pydantic import BaseModel, Field

from summitwatch import config
from summitwatch.errors import BadArgument, UnreadableInput
from summitwatch.http import views
from summitwatch.http.deps import (
    DATES,
    ArticleId,
    AsOf,
    EventId,
    Filter,
    Horizon,
    Paging,
    Side,
    StoreDep,
    Writer,
)
from summitwatch.http.whats_new import whats_new
from summitwatch.models import PartialDate

router = APIRouter(prefix="/api")


class ReviewIn(BaseModel):
    """confirm / reject the event, or correct some of its facts."""

    action: Literal["confirm", "reject", "correct"]
    status: str | None = Field(None, max_length=20)
    date: str | None = Field(None, max_length=10)
    city: str | None = Field(None, max_length=200)
    country: str | None = Field(None, max_length=3)


@router.get("/home", summary="Counts by status, latest events, recent articles")
def api_home(store: StoreDep) -> dict[str, Any]:
    return views.home(store)


@router.get("/timeline", summary="Events in date order, filtered and paged")
def api_timeline(store: StoreDep, f: Filter, page: Paging) -> dict[str, Any]:
    return views.timeline(store, f, **page)


@router.get("/map", summary="Venues with event counts and map positions")
def api_map(store: StoreDep, f: Filter) -> dict[str, Any]:
    return views.world_map(store, f)


@router.get("/pair/{a}/{b}", summary="Two sides' history, open signals and prospects")
def api_pair(
    store: StoreDep,
    a: Side,
    b: Side,
    as_of: AsOf,
    horizon: Horizon = 12,
) -> dict[str, Any]:
    return views.pair(store, a, b, as_of=as_of, horizon=horizon)


@router.get("/events/{event_id}", summary="One event with its sources and reviews")
def api_event(store: StoreDep, event_id: EventId) -> dict[str, Any]:
    return views.event(store, str(event_id))


@router.get("/articles", summary="Articles, newest first, paged")
def api_articles(store: StoreDep, page: Paging) -> dict[str, Any]:
    return views.articles(store, **page)


@router.get("/articles/{article_id}", summary="One article with its events")
def api_article(store: StoreDep, article_id: ArticleId) -> dict[str, Any]:
    return views.article(store, article_id)


@router.get("/people", summary="Everyone in the record, with their event counts")
def api_people(store: StoreDep) -> dict[str, Any]:
    return {"people": [p.to_dict() for p in store.people()]}


@router.get("/whats-new", summary="Alerts raised by `watch run`, newest first")
def api_whats_new(
    store: StoreDep,
    since: Annotated[str | None, Query(max_length=40, description=DATES)] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
) -> dict[str, Any]:
    return whats_new(store, since=since, limit=limit)


@router.post(
    "/events/{event_id}/reviews",
    summary="Review an event (needs a bearer token)",
    status_code=201,
)
def api_review(
    store: StoreDep,
    event_id: EventId,
    review: ReviewIn,
    reviewer: Writer,
) -> dict[str, Any]:
    changes = review.model_dump(exclude={"action"})
    saved = store.add_review(
        event_id, review.action, reviewer=reviewer, changes=changes
    )
    return {"ok": True, "reviews": saved, "event": views.event(store, str(event_id))}


@router.post(
    "/articles",
    summary="Upload an article; its events are extracted and stored (needs a token)",
    status_code=201,
)
def api_upload(
    request: Request,
    store: StoreDep,
    reviewer: Writer,
    file: Annotated[UploadFile, File(description="Plain text or HTML")],
    url: Annotated[str | None, Form(max_length=2000)] = None,
    published: Annotated[
        str | None, Form(max_length=40, description="YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
) -> dict[str, Any]:
    from summitwatch.ingest import article_from_text
    from summitwatch.ingest.decode import decode_bytes

    name = f"upload:{file.filename or 'article'}"
    limit = int(config.get("max_bytes"))
    data = file.file.read(limit + 1)
    if len(data) > limit:
        raise UnreadableInput(name, f"over the {limit} byte limit")
    day = _day(published)
    article = article_from_text(
        decode_bytes(data, name), source=name, published=day, url=url or None
    )
    from summitwatch.runner import run_articles

    report = run_articles([article], store, extractor=request.app.state.extractor())
    if report.failures:
        raise BadArgument(str(report.failures[0]))
    [result] = report.results
    return {"ok": True, "uploaded_by": reviewer, **result.to_dict()}


def _day(value: str | None) -> date | None:
    """The upload's publication date, read as `ingest --published` reads it."""
    if not value or not value.strip():
        return None
    return PartialDate.argument(value, "published").first
