"""Open a database by URL and bring its schema up to date with Alembic."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url

from summitwatch.errors import BadArgument, require

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD = "0002"  # the newest revision in migrations/versions (a test keeps them equal)


def normalise_url(url: str) -> str:
    """`postgresql://` → `postgresql+psycopg://` (psycopg 3); other URLs unchanged."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def make_engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets foreign keys, WAL and a busy timeout."""
    url = normalise_url(url)
    try:
        parsed = make_url(url)
    except Exception as e:  # noqa: BLE001 - sqlalchemy raises a plain ArgumentError
        raise BadArgument(f"--db: cannot parse database URL {url!r} ({e})") from None
    if parsed.get_backend_name() == "postgresql":
        require("psycopg", extra="pg")
        return create_engine(url, pool_pre_ping=True)
    if parsed.get_backend_name() != "sqlite":
        raise BadArgument(f"--db: unsupported database {parsed.drivername!r}")
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA cache_size=-65536")  # 64 MiB: timelines touch scattered pages
    cur.execute("PRAGMA mmap_size=268435456")
    cur.close()


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database (None when never migrated)."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine) -> None:
    """Run Alembic's `upgrade head` on `engine`, with a config built here (no .ini).

    An up-to-date database skips Alembic entirely (it costs ~0.3 s to load).
    """
    if current_revision(engine) == HEAD:
        return
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
