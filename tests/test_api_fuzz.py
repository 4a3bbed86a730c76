"""Schema-driven fuzzing of the JSON API (issue 5): schemathesis generates requests
from the OpenAPI spec and sends them in-process (ASGI); none may end in a 500,
and every error must have the one error shape."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings

from summitwatch.api.routes import router
from summitwatch.app import create_app
from summitwatch.models import Event, Location, Participant
from summitwatch.store import Store
from webdata import fill

pytestmark = pytest.mark.slow


def _extract(article):
    """Uploads get one hand-built event (no NLP here: we fuzz the API, not spaCy)."""
    people = [Participant("Kim Jong-un", country="PRK"), Participant("Xi Jinping")]
    where = Location(city="Dalian", country="CHN")
    sentence = article.text[:200]
    return [Event("meeting", "occurred", people, where, "2018-05", evidence=sentence)]


@pytest.fixture(scope="module")
def fuzz_app(tmp_path_factory):
    store = Store(f"sqlite:///{tmp_path_factory.mktemp('fuzz') / 'record.db'}")
    fill(store)
    token = store.create_token("fuzzer")
    app = create_app(store=store, extract=_extract)
    app.state.fuzz_token = token
    yield app
    store.close()


@pytest.fixture(scope="module")
def api_schema(fuzz_app):
    return schemathesis.openapi.from_asgi("/openapi.json", fuzz_app)


OPERATIONS = [
    (method, route.path) for route in router.routes for method in sorted(route.methods)
]
FUZZ = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=True,
    database=None,
)


def _check(case, headers=None) -> None:
    response = case.call(headers=headers)
    assert response.status_code < 500, (case.method, case.formatted_path, response.text)
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"ok", "error", "status"}, body
        assert body["status"] == response.status_code


@pytest.mark.parametrize("with_token", [False, True], ids=["anonymous", "writer"])
@pytest.mark.parametrize("method, path", OPERATIONS)
def test_no_request_ends_in_a_server_error(
    api_schema, fuzz_app, method, path, with_token
):
    token = fuzz_app.state.fuzz_token
    headers = {"Authorization": f"Bearer {token}"} if with_token else None

    @FUZZ
    @given(case=api_schema[path][method].as_strategy())
    def fuzz(case):
        _check(case, headers)

    fuzz()
