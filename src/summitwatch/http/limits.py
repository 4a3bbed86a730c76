"""Size limits on requests, before any route reads them.

A URL or header block the size of a small article, or a 10 MB JSON body on a route
that takes a few fields, is refused with the project's one error shape: 414 for the
URL, 431 for the headers, 413 for the body. Body limits are per route: an upload may
be as large as an article file may (`max_bytes`), everything else far smaller.
"""

from __future__ import annotations

import json

from summitwatch import config

MAX_URL = 8 * 1024  # path and query string
MAX_HEADERS = 32 * 1024  # all header names and values
MAX_JSON_BODY = 64 * 1024  # a review, a token: a few fields
UPLOAD_OVERHEAD = 64 * 1024  # multipart boundaries and form fields around the file
# uvicorn's h11 parser must read an over-long request line or header block whole,
# so that RequestLimits answers 414/431 instead of the connection being reset.
SERVER_OPTIONS = {"http": "h11", "h11_max_incomplete_event_size": 1024 * 1024}


def body_limit(method: str, path: str) -> int:
    """How many bytes a request body may carry on this route."""
    if method == "POST" and path.rstrip("/") == "/api/articles":
        return int(config.get("max_bytes")) + UPLOAD_OVERHEAD
    return MAX_JSON_BODY


class TooLarge(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


class RequestLimits:
    """ASGI middleware: 414, 431 or 413 with the JSON error shape."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.app = app

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        try:
            self._check_head(scope)
        except TooLarge as e:
            return await _refuse(send, e)
        limit = body_limit(scope["method"], scope["path"])
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            return await _refuse(send, _body_error(limit))
        messages, seen = [], 0
        while True:  # read the body up to the limit before any route sees it
            message = await receive()
            messages.append(message)
            if message["type"] != "http.request":
                break
            seen += len(message.get("body", b""))
            if seen > limit:
                return await _refuse(send, _body_error(limit))
            if not message.get("more_body", False):
                break
        pending = iter(messages)

        async def replay():  # type: ignore[no-untyped-def]
            return next(pending, None) or await receive()

        await self.app(scope, replay, send)

    @staticmethod
    def _check_head(scope) -> None:  # type: ignore[no-untyped-def]
        url = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if url > MAX_URL:
            raise TooLarge(414, f"the URL is {url:,} bytes; the limit is {MAX_URL:,}")
        size = sum(len(k) + len(v) for k, v in scope["headers"])
        if size > MAX_HEADERS:
            raise TooLarge(
                431, f"the headers are {size:,} bytes; the limit is {MAX_HEADERS:,}"
            )


def _body_error(limit: int) -> TooLarge:
    return TooLarge(413, f"the request body is over {limit:,} bytes for this route")


async def _refuse(send, error: TooLarge) -> None:  # type: ignore[no-untyped-def]
    body = json.dumps({"ok": False, "error": error.message, "status": error.status})
    await send({
        "type": "http.response.start",
        "status": error.status,
        "headers": [(b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"connection", b"close")],
    })  # fmt: skip
    await send({"type": "http.response.body", "body": body.encode()})
