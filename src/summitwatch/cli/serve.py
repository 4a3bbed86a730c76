"""`summitwatch serve` (the web page and JSON API) and `summitwatch token create`."""

from __future__ import annotations

import typer

from summitwatch.errors import SummitWatchError
from summitwatch.http.limits import SERVER_OPTIONS

token_app = typer.Typer(help="Write tokens for the API.", no_args_is_help=True)


def _fail(error: SummitWatchError) -> typer.Exit:
    typer.echo(f"Error: {error}", err=True)
    return typer.Exit(1)


def serve(
    ctx: typer.Context,
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="TCP port."),
) -> None:
    """Serve the web page and JSON API (docs at /docs); everything works offline."""
    try:
        from summitwatch.errors import require

        uvicorn = require("uvicorn", extra="web")
        from summitwatch.app import create_app

        app = create_app(ctx.obj.database_url)
    except SummitWatchError as e:
        raise _fail(e) from None
    typer.echo(f"Summit Watch on http://{host}:{port}  (API docs: /docs; Ctrl-C stops)")
    uvicorn.run(app, host=host, port=port, log_level="info", **SERVER_OPTIONS)


@token_app.command("create")
def token_create(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="Who uses it; reviews are stored under it."),
) -> None:
    """Create a write token; it is printed once and stored only as a hash."""
    try:
        from summitwatch.store import Store

        with Store(ctx.obj.database_url) as store:
            token = store.create_token(name)
    except SummitWatchError as e:
        raise _fail(e) from None
    typer.echo(token)
    typer.echo(
        f"Token for {name!r} created. It is shown only now; send it as "
        "'Authorization: Bearer <token>'.",
        err=True,
    )


def register(app: typer.Typer) -> None:
    """Add `serve` and the `token` group to the app."""
    app.command("serve")(serve)
    app.add_typer(token_app, name="token")
