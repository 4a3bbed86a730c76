"""The HTML pages: the same data functions as the API, rendered by Jinja2."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from summitwatch.http import views, worldmap
from summitwatch.http.deps import (
    ArticleId,
    AsOf,
    EventId,
    Filter,
    Horizon,
    Paging,
    Side,
    StoreDep,
)
from summitwatch.web import render

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home_page(request: Request, store: StoreDep) -> Response:
    return render.page(request, "home.html", views.home(store), nav="Home")


@router.get("/timeline")
def timeline_page(request: Request, store: StoreDep, f: Filter, p: Paging) -> Response:
    data = views.timeline(store, f, **p)
    return render.page(request, "timeline.html", data, nav="Timeline")


@router.get("/map")
def map_page(request: Request, store: StoreDep, f: Filter) -> Response:
    data = views.world_map(store, f)
    canvas = {
        "width": worldmap.WIDTH, "height": worldmap.HEIGHT,
        "outline": worldmap.outline(), "shapes": worldmap.shapes(),
        "active": {v["country"] for v in data["venues"]},
    }  # fmt: skip
    return render.page(request, "map.html", data, nav="Map", canvas=canvas)


@router.get("/pair")
def pair_form(
    request: Request,
    a: Annotated[str, Query(max_length=200)] = "",
    b: Annotated[str, Query(max_length=200)] = "",
    as_of: Annotated[str, Query(max_length=10)] = "",
) -> Response:
    """The pair picker; with both sides given, go to /pair/A/B."""
    if a.strip() and b.strip():
        url = f"/pair/{quote(a.strip(), safe='')}/{quote(b.strip(), safe='')}"
        return RedirectResponse(url + (f"?as_of={quote(as_of)}" if as_of else ""), 303)
    data = {"title": "Pair view", "a": None, "b": None, "as_of": None}
    return render.page(request, "pair.html", data, nav="Pair")


@router.get("/pair/{a}/{b}")
def pair_page(
    request: Request,
    store: StoreDep,
    a: Side,
    b: Side,
    as_of: AsOf,
    horizon: Horizon = 12,
) -> Response:
    data = views.pair(store, a, b, as_of=as_of, horizon=horizon)
    return render.page(request, "pair.html", data, nav="Pair")


@router.get("/events/{event_id}")
def event_page(request: Request, store: StoreDep, event_id: EventId) -> Response:
    data = views.event(store, str(event_id))
    return render.page(request, "event.html", data, nav="Timeline")


@router.get("/articles")
def articles_page(request: Request, store: StoreDep, p: Paging) -> Response:
    data = views.articles(store, **p)
    return render.page(request, "articles.html", data, nav="Articles")


@router.get("/articles/{article_id}")
def article_page(request: Request, store: StoreDep, article_id: ArticleId) -> Response:
    data = views.article(store, article_id)
    return render.page(request, "article.html", data, nav="Articles")
