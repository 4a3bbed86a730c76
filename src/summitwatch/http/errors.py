"""One error shape for every failure: `{"ok": false, "error": ..., "status": ...}`.

Library errors carry their HTTP status (`SummitWatchError.http_status`); this module
is the only place that turns them, and framework errors, into responses.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from summitwatch.errors import SummitWatchError

log = logging.getLogger(__name__)

HtmlRenderer = Callable[[Request, dict], Response]


class NotAuthorized(SummitWatchError):
    """A write without a valid bearer token."""

    http_status = 401


def error_body(status: int, message: str) -> dict:
    """The error dict every client sees, for JSON and HTML alike."""
    return {"ok": False, "error": message, "status": status}


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(p) for p in err.get("loc", ()) if p != "body")
        parts.append(f"{where}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _wants_html(request: Request) -> bool:
    path = request.url.path
    if path.startswith("/api") or path.endswith(".json"):
        return False
    return "text/html" in request.headers.get("accept", "")


def install(app: FastAPI, *, html: HtmlRenderer | None = None) -> None:
    """Register the handlers; `html` renders the same dict for browser pages."""

    def respond(request: Request, status: int, message: str) -> Response:
        body = error_body(status, message)
        headers = {"WWW-Authenticate": "Bearer"} if status == 401 else None
        if html is not None and _wants_html(request):
            response = html(request, body)
        else:
            response = JSONResponse(body, status_code=status)
        response.status_code = status
        if headers:
            response.headers.update(headers)
        return response

    @app.exception_handler(SummitWatchError)
    async def _library(request: Request, exc: SummitWatchError) -> Response:
        return respond(request, exc.http_status, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        return respond(request, exc.status_code, str(exc.detail))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, 422, _validation_message(exc))

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> Response:
        log.exception("unhandled error on %s", request.url.path)
        return respond(request, 500, "internal error; see the server log")
