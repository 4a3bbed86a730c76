"""The application factory: one FastAPI app serving the pages (`web/`), the JSON API
(`api/`), the static files and the API docs, all from this process (no CDN, no
internet). The one module that puts the API and the pages together.

    app = create_app("sqlite:///record.db")
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from summitwatch import __version__
from summitwatch.api.routes import router as api_router
from summitwatch.errors import require
from summitwatch.http import errors
from summitwatch.http.limits import RequestLimits
from summitwatch.models import Article, Event
from summitwatch.store import Store
from summitwatch.web import render
from summitwatch.web.pages import router as page_router
from summitwatch.web.whats_new import router as whats_new_router

STATIC = Path(__file__).parent / "web" / "static"
Extractor = Callable[[Article], Sequence[Event]]


def _swagger_files() -> str:
    bundle = require("swagger_ui_bundle", extra="web")
    return str(bundle.swagger_ui_path)


def _loaded_once(extract: Extractor | None) -> Callable[[], Extractor]:
    """The upload's extractor, loaded at the first upload and kept (the pipeline
    takes seconds to load; the pages need none of it)."""
    loaded: list[Extractor] = []

    def get() -> Extractor:
        if not loaded:
            from summitwatch.runner import extractor_factory

            loaded.append(extract or extractor_factory()())
        return loaded[0]

    return get


def create_app(
    database_url: str | None = None,
    *,
    store: Store | None = None,
    extract: Extractor | None = None,
) -> FastAPI:
    """The Summit Watch web app over `store` (or a Store opened on `database_url`).

    `extract` turns an uploaded article into events (default: the NLP pipeline).
    """
    app = FastAPI(
        title="Summit Watch",
        version=__version__,
        description="Leader-level meetings, visits and invitations, and their "
        "prospects. Reading is open; writes need `Authorization: Bearer <token>` "
        "(create one with `summitwatch token create NAME`).",
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store or Store(database_url)
    app.state.extractor = _loaded_once(extract)
    errors.install(app, html=render.error_page)
    app.add_middleware(RequestLimits)
    # the longer prefix first: Starlette takes the first mount that matches
    swagger = StaticFiles(directory=_swagger_files())
    app.mount("/static/swagger", swagger, name="swagger")
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api_router)
    app.include_router(page_router)
    app.include_router(whats_new_router)

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="Summit Watch API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    return app
