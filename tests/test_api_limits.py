"""Hostile requests (#14, item 15): sizes refused with the one error shape, ids that
are integers only, reviews that name real countries."""

from __future__ import annotations

import json
import socket
import threading
import time

import pytest
from fastapi.testclient import TestClient

from summitwatch.app import create_app
from summitwatch.http.limits import MAX_JSON_BODY, SERVER_OPTIONS
from webdata import fill


@pytest.fixture
def web(record_store):
    ids = fill(record_store)
    token = record_store.create_token("alice")
    app = create_app(store=record_store, extract=lambda article: [])  # no NLP here
    with TestClient(app) as client:
        yield client, ids, {"Authorization": f"Bearer {token}"}


def _first_event(client) -> str:
    return client.get("/api/timeline").json()["events"][0]["id"]


@pytest.mark.parametrize("path", ["/api/events/1.0", "/api/events/1e0", "/events/0x1"])
def test_ids_are_integers(web, path):
    client, _, _ = web
    response = client.get(path, headers={"Accept": "application/json"})
    assert response.status_code == 422
    assert "whole number written in digits" in response.json()["error"]


def test_a_review_must_name_a_real_country(web):
    client, _, auth = web
    event = _first_event(client)
    body = {"action": "correct", "country": "ZZZ"}
    response = client.post(f"/api/events/{event}/reviews", json=body, headers=auth)
    assert response.status_code in (400, 422)
    assert response.json() == {
        "ok": False,
        "error": "country: 'ZZZ' is not an ISO3 code",
        "status": response.status_code,
    }
    good = {"action": "correct", "country": "XKX"}
    assert (
        client.post(f"/api/events/{event}/reviews", json=good, headers=auth).status_code
        == 201
    )


@pytest.mark.parametrize("chunked", [False, True])
def test_a_huge_json_body_is_refused_by_route(web, chunked):
    client, _, auth = web
    event = _first_event(client)
    body = json.dumps({"action": "confirm", "pad": "x" * 10_000_000}).encode()
    if chunked:  # no Content-Length: the limit is counted as the body streams in
        content = (body[i : i + 65536] for i in range(0, len(body), 65536))
    else:
        content = body
    response = client.post(
        f"/api/events/{event}/reviews",
        content=content,
        headers={**auth, "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"].startswith("the request body is over")
    assert len(body) > MAX_JSON_BODY
    assert client.get(f"/api/events/{event}").json()["reviews"] == []


def test_an_upload_may_be_as_large_as_an_article(web):
    client, _, auth = web
    text = "Kim Jong-un met Xi Jinping in Dalian. " * 5000  # ~190 KB, over 64 KB
    files = {"file": ("big.txt", text.encode(), "text/plain")}
    response = client.post("/api/articles", files=files, headers=auth)
    assert response.status_code != 413


@pytest.fixture
def live_server(record_store):
    """The app under uvicorn with `summitwatch serve`'s options, on 127.0.0.1."""
    uvicorn = pytest.importorskip("uvicorn")
    fill(record_store)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = uvicorn.Config(
        create_app(store=record_store), host="127.0.0.1", port=port,
        log_level="warning", **SERVER_OPTIONS,
    )  # fmt: skip
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):  # bounded wait for the server to start
        if server.started:
            break
        time.sleep(0.05)
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def _raw(port: int, request: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        conn.sendall(request)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_a_100kb_url_is_a_414_not_a_reset(live_server):
    url = b"/api/timeline?q=" + b"a" * 100_000
    answer = _raw(live_server, b"GET " + url + b" HTTP/1.1\r\nHost: x\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 414")
    assert b'"status": 414' in answer


def test_100kb_of_headers_is_a_431_not_a_reset(live_server):
    headers = b"".join(b"X-Pad-%d: %s\r\n" % (i, b"b" * 1000) for i in range(100))
    request = b"GET /api/home HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n"
    answer = _raw(live_server, request)
    assert answer.startswith(b"HTTP/1.1 431")


def test_participants_carry_the_office_held_on_the_events_date(record_store):
    """#9: Putin was prime minister in 2010 and president in 2015."""
    from summitwatch.models import Article, Event, Location, Participant

    people = [Participant("Vladimir Putin"), Participant("Xi Jinping")]
    moscow = Location("Moscow", "RUS")
    record_store.write_article(
        Article("Two meetings.", path="two.txt"),
        [Event("meeting", "occurred", people, moscow, "2010-09-27"),
         Event("meeting", "occurred", people, moscow, "2015-05-08")],
    )  # fmt: skip
    with TestClient(create_app(store=record_store, extract=lambda a: [])) as client:
        events = client.get("/api/timeline").json()["events"]
        offices = {
            e["date"]: {p["name"]: p["office"] for p in e["participants"]}
            for e in events
        }
        page = client.get(f"/events/{events[0]['id']}").text
    assert offices["2010-09-27"]["Vladimir Putin"] == "Prime Minister"
    assert offices["2015-05-08"]["Vladimir Putin"] == "President"
    assert offices["2010-09-27"]["Xi Jinping"] == "Vice President"
    assert "Prime Minister" in page
