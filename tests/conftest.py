# ---- store fixtures (issue 3): one storage suite on SQLite and PostgreSQL ----
import json as _x_json
import os as _store_os
import uuid as _store_uuid
from datetime import date as _x_date
from pathlib import Path as _x_Path

import pytest as _store_pytest
import pytest as _x_pytest

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


# ---- extraction fixtures (issue 2): the real pipeline; a tiny KB for hand-built Docs

# The seed article as the package ships it (the text of ../shared/seed/article.txt);
# tests read the samples from the package, where they are kept once.
SEED = (
    _x_Path(__file__).resolve().parents[1]
    / "src" / "summitwatch" / "samples" / "seed-2015-02-23-moscow-vs-vladivostok.txt"
)  # fmt: skip
SHARED = _x_Path(__file__).resolve().parents[2] / "shared"  # the brief's files
EVAL = SHARED / "eval"  # the scorer and the seed's gold
HISTORY_CSV = SHARED / "data" / "summits_history_pre2016.csv"  # the packaged summits
ARTICLES = _x_Path(__file__).parent / "data" / "articles"


@_x_pytest.fixture(scope="session")
def kb():
    """The packaged knowledge base (loaded once)."""
    from summitwatch.kb import load_kb

    return load_kb()


@_x_pytest.fixture(scope="session")
def nlp():
    """The full pipeline: the trained English model plus our components."""
    from summitwatch.nlp.pipeline import load_pipeline

    return load_pipeline()


@_x_pytest.fixture(scope="session")
def mini_kb():
    """A three-person, four-place KB: enough for rules tested on hand-built Docs."""
    from summitwatch.kb.base import KnowledgeBase
    from summitwatch.kb.people import Person
    from summitwatch.kb.places import Place, PlaceIndex

    offices = [
        ("kim-jong-un", "Kim Jong-un", "PRK", "Kim", "leader", "2011-12-17", None),
        (
            "moon-jae-in",
            "Moon Jae-in",
            "KOR",
            "Moon",
            "head_of_state",
            "2017-05-10",
            "2022-05-09",
        ),
        (
            "vladimir-putin",
            "Vladimir Putin",
            "RUS",
            "Putin",
            "head_of_state",
            "2012-05-07",
            None,
        ),
    ]
    people = [
        Person.from_dict(
            {
                "id": pid,
                "name": name,
                "country": country,
                "surname": surname,
                "offices": [
                    {
                        "title": role,
                        "role": role,
                        "country": country,
                        "start": start,
                        "end": end,
                    }
                ],
            }
        )
        for pid, name, country, surname, role, start, end in offices
    ]
    places = PlaceIndex()
    places.add(Place("Seoul", "city", "KOR", 37.57, 126.98, population=10_000_000))
    places.add(Place("Pyongyang", "city", "PRK", 39.03, 125.75, population=3_000_000))
    places.add(Place("Vladivostok", "city", "RUS", 43.1, 131.9, population=600_000))
    places.add(Place("Russia", "country", "RUS"), "Russian Federation")
    return KnowledgeBase(
        people, places, {"RUS": {"names": ["Russia"], "demonyms": ["Russian"]}}
    )


def article_meta(path: _x_Path) -> dict:
    meta = path.with_name(f"{path.stem}.meta.json")
    return _x_json.loads(meta.read_text()) if meta.exists() else {}


def published_of(path: _x_Path) -> _x_date | None:
    value = article_meta(path).get("published")
    return _x_date.fromisoformat(value) if value else None


# ---- end extraction fixtures ----


# ---- caches (issues 11, 13): tests never write to the user's ~/.cache ----
@_x_pytest.fixture(autouse=True, scope="session")
def _private_cache_dir(tmp_path_factory):
    """Fitted models and compiled pipelines go to a folder of this test session."""
    if "SUMMITWATCH_CACHE_DIR" not in _store_os.environ:
        _store_os.environ["SUMMITWATCH_CACHE_DIR"] = str(
            tmp_path_factory.mktemp("cache")
        )
    yield


def run_scorer(gold: _x_Path, system: _x_Path) -> dict:
    """What the shared scorer says (`score.py GOLD SYSTEM --json`), never copied."""
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), str(gold), str(system), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return _x_json.loads(out.stdout)


def article_events(nlp, text: str, published: _x_date | None) -> list:
    """The events `process` reads from `text` published on `published`: the one
    reading the sentence-level tests share."""
    from summitwatch.models import Article
    from summitwatch.process import process

    return process(Article(text=text, published=published), nlp)


def meeting_pairs(nlp, text: str, published: _x_date | None) -> list[tuple]:
    """The meetings read from `text`, each as its sorted names, sorted: what the
    meeting-recall tests ask ('is A–B among them?')."""
    return sorted(
        tuple(sorted(e.names))
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    )


def visit_rows(nlp, text: str, published: _x_date | None) -> list[tuple]:
    """The visits read from `text`, each as (traveller, country or '', status),
    sorted: what the trip tests ask ('is A's visit to X among them?')."""
    return sorted(
        (e.names[0], e.location.country or "", e.status)
        for e in article_events(nlp, text, published)
        if e.type == "visit"
    )


def indexed(nlp, kb, text: str, published: _x_date | None) -> tuple:
    """(doc, its mention index) for `text` published on `published`: the people
    and places the readers would look up."""
    from summitwatch.models import Article
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.process import doc_for

    doc = nlp(doc_for(Article(text=text, published=published), nlp))
    return doc, build_index(doc, kb, published)


def resolved(nlp, kb, text: str, name: str, published: _x_date) -> str | None:
    """The KB name `name`, as written in `text`, resolves to: the resolver is given
    the span of the name itself, whatever the NER made of it."""
    doc, index = indexed(nlp, kb, text, published)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), alignment_mode="expand")
    who = index.resolver.peek_name(span)
    return who.name if who is not None and who.person_id else None


@_x_pytest.fixture(scope="session")
def history() -> list:
    """The packaged summit history (1994-2015) as record mentions, read once."""
    from summitwatch.ingest.history import read_history_csv
    from summitwatch.models import Mention

    if not HISTORY_CSV.exists():
        _x_pytest.skip(f"{HISTORY_CSV} is not beside the checkout")
    return [
        Mention(r.event.source, r.event) for r in read_history_csv(HISTORY_CSV).rows
    ]


def event_rows(nlp, text: str, published: _x_date | None) -> set[tuple]:
    """The events read from `text` as (type, status, names, city, country, date):
    what the date and detail tests compare whole."""
    return {
        (e.type, e.status, tuple(sorted(e.names)), e.location.city,
         e.location.country, e.date)
        for e in article_events(nlp, text, published)
    }  # fmt: skip


def built_event(
    kind: str,
    names: list[str],
    status: str = "occurred",
    *,
    country: str | None = None,
    city: str | None = None,
    when: str | None = None,
    at: int | None = None,
    span: int | None = None,
    text: str = "",
    countries: list[str | None] | None = None,
):
    """An event built by hand, for tests of the steps after reading (merging, folding
    trips, groups): the one builder those tests share, so that a new field of `Event`
    is added here once. `countries` gives each participant's country; `span` the
    evidence's length from `at`."""
    from summitwatch.models import Event, Location, Participant

    homes = countries or [None] * len(names)
    people = [Participant(n, None, home) for n, home in zip(names, homes, strict=True)]
    end = at + span if at is not None and span is not None else None
    return Event(kind, status, people, Location(city, country), when,
                 evidence=text, start_char=at, end_char=end)  # fmt: skip
