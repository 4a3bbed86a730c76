"""The HTML renderer: one Jinja2 environment with autoescaping on for every template.

Data functions (`views`) return plain dicts; the API returns them as JSON and the
pages pass them here, so the two cannot drift apart.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from summitwatch.models import EVENT_TYPES, STATUSES

# Defence in depth behind autoescaping: no inline or foreign script can run.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


@cache
def environment() -> Environment:
    """Autoescape everything: article text is untrusted (see the XSS browser test)."""
    env = Environment(
        loader=PackageLoader("summitwatch.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(statuses=STATUSES, types=EVENT_TYPES)
    return env


def json_url(request: Request) -> str:
    """The JSON twin of a page: `/timeline?x=1` → `/api/timeline?x=1`."""
    path = request.url.path
    url = "/api/home" if path == "/" else "/api" + path
    return f"{url}?{request.url.query}" if request.url.query else url


def page(
    request: Request,
    template: str,
    data: dict[str, Any],
    *,
    nav: str = "",
    status_code: int = 200,
    **extra: Any,
) -> HTMLResponse:
    """Render `data` (plus render-only `extra`, such as map shapes) as a page."""
    context = {"title": data.get("title", "Summit Watch"), "nav": nav}
    context.update(json_url=json_url(request), **data, **extra)
    html = environment().get_template(template).render(context)
    return HTMLResponse(html, status_code=status_code, headers=SECURITY_HEADERS)


def error_page(request: Request, body: dict) -> HTMLResponse:
    """The error dict from `http.errors.error_body`, as a page."""
    return page(request, "error.html", body, status_code=body["status"])
