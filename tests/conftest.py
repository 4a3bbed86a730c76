# ---- store fixtures (issue 3): one storage suite on SQLite and PostgreSQL ----
import os as _store_os
import uuid as _store_uuid

import pytest as _store_pytest

_STORE_PG_DEFAULT = "postgresql+psycopg://postgres@127.0.0.1:54329/postgres"


def _store_pg_schema_url() -> tuple[str, str, str]:
    """A fresh schema on the test PostgreSQL; skip only if the server is unreachable."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import OperationalError

    base = _store_os.environ.get("SUMMITWATCH_TEST_PG") or _STORE_PG_DEFAULT
    base = base.replace("postgresql://", "postgresql+psycopg://", 1)
    schema = f"t_{_store_uuid.uuid4().hex[:12]}"
    engine = create_engine(base)
    try:
        with engine.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except OperationalError as e:
        _store_pytest.skip(f"PostgreSQL at {base} cannot be reached: {e.orig}")
    finally:
        engine.dispose()
    sep = "&" if "?" in base else "?"
    return base, schema, f"{base}{sep}options=-csearch_path%3D{schema}"


def _store_drop_schema(base: str, schema: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(base)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()


@_store_pytest.fixture(
    params=["sqlite", _store_pytest.param("postgresql", marks=_store_pytest.mark.pg)]
)
def store_url(request, tmp_path):
    """A database URL for a fresh, empty record: SQLite file or a new PG schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'record.db'}"
        return
    base, schema, url = _store_pg_schema_url()
    yield url
    _store_drop_schema(base, schema)


@_store_pytest.fixture
def record_store(store_url):
    """An open `summitwatch.store.Store` on `store_url`, closed afterwards."""
    from summitwatch.store import Store

    store = Store(store_url)
    yield store
    store.close()


# ---- end store fixtures ----
