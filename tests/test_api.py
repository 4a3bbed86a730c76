"""The JSON API (issue 5): every endpoint, the one error shape, and write auth."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from summitwatch.app import create_app
from summitwatch.models import Event, Location, Participant
from summitwatch.store.tokens import hash_token
from webdata import XSS_SENTENCE, XSS_TITLE, fill

ERROR_KEYS = {"ok", "error", "status"}


def _upload_extractor(article):
    """Hand-built events for uploads: one meeting named by the uploaded text."""
    sentence = article.text.split(".")[0] + "."
    people = [Participant("Kim Jong-un", country="PRK"), Participant("Xi Jinping")]
    where = Location(city="Dalian", country="CHN")
    return [Event("meeting", "occurred", people, where, "2018-05", evidence=sentence)]


@pytest.fixture
def web(record_store):
    """(client, ids, token) over the known record on SQLite and PostgreSQL."""
    ids = fill(record_store)
    token = record_store.create_token("alice")
    app = create_app(store=record_store, extract=_upload_extractor)
    with TestClient(app) as client:
        yield client, ids, token


def _event_id(client, **filters) -> str:
    [found] = client.get("/api/timeline", params=filters).json()["events"]
    return found["id"]


def test_home_counts_events_by_status(web):
    client, _, _ = web
    data = client.get("/api/home").json()
    assert data["counts"] == {
        "occurred": 5, "planned": 1, "hypothetical": 1, "unconfirmed": 1,
        "not_occurred": 0,
    }  # fmt: skip
    assert data["n_events"] == 8 and data["n_articles"] == 5
    assert data["latest"][0]["date"] == "2024"


@pytest.mark.parametrize(
    "filters, dates",
    [
        ({"status": "planned"}, ["2024"]),
        ({"type": "invitation"}, ["2023-09"]),
        ({"person": "Xi Jinping"}, ["2018-03"]),
        ({"country": "VNM"}, ["2019-02-27"]),
        ({"country": "kor", "status": "occurred"}, ["2018-04-27"]),
        ({"since": "2019", "until": "2019-12"}, ["2019-02-27", "2019-04-25"]),
        ({"person": "", "status": "", "since": ""}, None),  # an empty form
    ],
)
def test_timeline_filters(web, filters, dates):
    client, _, _ = web
    events = client.get("/api/timeline", params=filters).json()["events"]
    if dates is None:
        assert len(events) == 8
    else:
        assert [e["date"] for e in events] == dates


def test_timeline_pages_with_next_links(web):
    client, _, _ = web
    first = client.get("/api/timeline", params={"limit": 3}).json()
    assert len(first["events"]) == 3 and first["page"]["prev"] is None
    second = client.get("/api/timeline" + first["page"]["next"]).json()
    assert second["page"]["offset"] == 3
    assert {e["id"] for e in first["events"]}.isdisjoint(
        e["id"] for e in second["events"]
    )
    last = client.get("/api/timeline", params={"limit": 3, "offset": 6}).json()
    assert len(last["events"]) == 2 and last["page"]["next"] is None


def test_map_places_and_sizes_venues(web):
    client, _, _ = web
    venues = {v["label"]: v for v in client.get("/api/map").json()["venues"]}
    assert venues["Vladivostok, RUS"]["count"] == 2
    assert venues["Vladivostok, RUS"]["r"] > venues["Hanoi, VNM"]["r"]
    assert 750 < venues["Vladivostok, RUS"]["x"] < 850  # the far east of a 960 map
    assert venues["Panmunjom, KOR"]["x"] is not None  # no coordinates: the country


def test_map_filters_like_the_timeline(web):
    client, _, _ = web
    venues = client.get("/api/map", params={"status": "planned"}).json()["venues"]
    assert [v["label"] for v in venues] == ["Moscow, RUS"]


@pytest.mark.parametrize("a, b", [("RUS", "PRK"), ("Kim Jong-un", "Vladimir Putin")])
def test_pair_history_and_open_signals(web, a, b):
    client, _, _ = web
    data = client.get(f"/api/pair/{a}/{b}").json()
    met = [e["date"] for e in data["meetings"] if e["status"] == "occurred"]
    assert met == ["2019-04-25", "2023-09-13"]
    assert {(e["type"], e["status"]) for e in data["open"]} == {
        ("invitation", "occurred"), ("meeting", "planned"),
    }  # fmt: skip
    assert {v["label"] for v in data["venues"]} == {
        "Vladivostok, RUS", "Vostochny Cosmodrome, RUS",
    }  # fmt: skip


def test_pair_as_of_hides_what_was_not_yet_known(web):
    client, _, _ = web
    data = client.get("/api/pair/RUS/PRK", params={"as_of": "2020-01-01"}).json()
    assert [e["date"] for e in data["meetings"]] == ["2015", "2019-04-25"]
    assert data["open"] == [] and data["as_of"] == "2020-01-01"


def test_pair_prospects_come_from_the_forecaster(web):
    client, _, _ = web
    data = client.get("/api/pair/RUS/PRK").json()
    prospects = data["prospects"]
    assert data["prospects_note"] is None
    assert 0 <= prospects["interval"][0] <= prospects["probability"] <= 1
    assert prospects["as_of"] == "2023-09-14"  # the record's last news
    assert 0.5 < sum(v["probability"] for v in prospects["venues"]) <= 1.0001
    assert any(r["kind"] == "last_meeting" for r in prospects["reasons"])


def test_pair_prospects_as_of_and_horizon(web):
    client, _, _ = web
    params = {"as_of": "2019-06-01", "horizon": 6}
    prospects = client.get("/api/pair/RUS/PRK", params=params).json()["prospects"]
    assert (prospects["as_of"], prospects["horizon_months"]) == ("2019-06-01", 6)


def test_pair_page_explains_missing_prospects(web):
    client, _, _ = web
    data = client.get("/api/pair/RUS/PRK", params={"as_of": "2001-01-01"}).json()
    assert data["prospects"] is None
    assert "before the record starts" in data["prospects_note"]


def test_event_lists_sources_with_evidence_in_context(web):
    client, _, _ = web
    data = client.get(f"/api/events/{_event_id(client, status='planned')}").json()
    [source] = data["sources"]
    assert source["evidence"].startswith("Kim Jong-un is expected to meet")
    assert source["before"].endswith("Moscow. ")
    assert source["status"] == "planned" and source["article_href"] == "/articles/2"
    assert data["reviews"] == [] and data["event"]["reviewed"] is False


def test_articles_list_and_detail(web):
    client, ids, _ = web
    data = client.get("/api/articles", params={"limit": 2}).json()
    assert data["page"]["total"] == 5 and len(data["articles"]) == 2
    assert data["articles"][0]["title"] == "Summit at Vostochny"  # newest first
    detail = client.get(f"/api/articles/{ids['vostochny']}").json()
    assert len(detail["events"]) == 3
    marked = [s["text"] for s in detail["segments"] if s["mark"]]
    assert marked[1] == "Putin invited Kim Jong-un to visit Moscow."


def test_people_lists_everyone_with_counts(web):
    client, _, _ = web
    found = client.get("/api/people").json()["people"]
    people = {p["name"]: p["events"] for p in found}
    assert people["Kim Jong-un"] == 8 and people["Xi Jinping"] == 1


# -- errors: one shape everywhere


@pytest.mark.parametrize(
    "method, url, status",
    [
        ("get", "/api/events/999", 404),
        ("get", "/api/events/abc", 422),
        ("get", "/api/articles/999", 404),
        ("get", "/api/pair/RUS/Nobody%20Atall", 404),
        ("get", "/api/pair/RUS/RUS", 422),
        ("get", "/api/timeline?status=won", 422),
        ("get", "/api/timeline?since=2019-13", 422),
        ("get", "/api/timeline?limit=0", 422),
        ("get", "/api/pair/RUS/PRK?as_of=2019-02-30", 422),
        ("get", "/api/nowhere", 404),
        ("put", "/api/timeline", 405),
        ("post", "/api/events/1/reviews", 401),
    ],
)
def test_every_error_has_one_shape(web, method, url, status):
    client, _, _ = web
    response = getattr(client, method)(url)
    assert response.status_code == status
    body = response.json()
    assert set(body) == ERROR_KEYS
    assert body["ok"] is False and body["status"] == status and body["error"]


def test_a_crash_is_a_500_in_the_same_shape(record_store, monkeypatch):
    from summitwatch.http import views

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(views, "home", broken)
    app = create_app(store=record_store)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/home")
    assert response.status_code == 500
    assert response.json() == {
        "ok": False, "error": "internal error; see the server log", "status": 500
    }  # fmt: skip


def test_an_error_names_the_problem(web):
    client, _, _ = web
    body = client.get("/api/timeline", params={"person": "Nobody Atall"}).json()
    assert body == {
        "ok": False, "error": "unknown person or country: 'Nobody Atall'", "status": 404
    }  # fmt: skip


def test_pages_get_an_error_page_not_json(web):
    client, _, _ = web
    response = client.get("/events/999", headers={"accept": "text/html"})
    assert response.status_code == 404
    assert "text/html" in response.headers["content-type"]
    assert "no event &#39;999&#39;" in response.text


# -- writes and auth


def _review(client, event_id, token, **body):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post(f"/api/events/{event_id}/reviews", json=body, headers=headers)


@pytest.mark.parametrize("token", [None, "", "sw_not-a-real-token"])
def test_a_write_without_a_valid_token_is_refused(web, token):
    client, _, _ = web
    event_id = _event_id(client, status="planned")
    response = _review(client, event_id, token, action="confirm")
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert client.get(f"/api/events/{event_id}").json()["reviews"] == []


def test_a_basic_auth_header_is_not_a_token(web):
    client, _, token = web
    event_id = _event_id(client, status="planned")
    headers = {"Authorization": f"Basic {token}"}
    response = client.post(
        f"/api/events/{event_id}/reviews", json={"action": "confirm"}, headers=headers
    )
    assert response.status_code == 401


def test_confirm_with_a_token_is_stored_with_who_and_when(web):
    client, _, token = web
    event_id = _event_id(client, status="planned")
    response = _review(client, event_id, token, action="confirm")
    assert response.status_code == 201
    [review] = response.json()["reviews"]
    assert (review["action"], review["reviewer"]) == ("confirm", "alice")
    assert review["at"][:2] == "20"
    event = client.get(f"/api/events/{event_id}").json()["event"]
    assert event["reviewed"] and event["review"]["action"] == "confirm"


def test_a_correction_changes_the_event_and_keeps_the_extraction(web):
    client, _, token = web
    event_id = _event_id(client, status="planned")
    response = _review(
        client, event_id, token, action="correct", status="not_occurred",
        date="2024-06", city="Pyongyang", country="prk",
    )  # fmt: skip
    assert response.status_code == 201
    data = client.get(f"/api/events/{event_id}").json()
    event = data["event"]
    assert (event["status"], event["date"], event["city"], event["country"]) == (
        "not_occurred", "2024-06", "Pyongyang", "PRK",
    )  # fmt: skip
    assert data["sources"][0]["status"] == "planned"  # what the article said
    assert data["sources"][0]["city"] == "Moscow"
    changes = {r["field"]: (r["old_value"], r["new_value"]) for r in data["reviews"]}
    assert changes == {
        "status": ("planned", "not_occurred"), "date": ("2024", "2024-06"),
        "city": ("Moscow", "Pyongyang"), "country": ("RUS", "PRK"),
    }  # fmt: skip
    timeline = client.get("/api/timeline", params={"status": "not_occurred"}).json()
    assert [e["id"] for e in timeline["events"]] == [event_id]


def test_reject_is_recorded(web):
    client, _, token = web
    event_id = _event_id(client, status="unconfirmed")
    assert _review(client, event_id, token, action="reject").status_code == 201
    [review] = client.get(f"/api/events/{event_id}").json()["reviews"]
    assert review["action"] == "reject"


@pytest.mark.parametrize(
    "body, message",
    [
        ({"action": "correct"}, "correct: give at least one of status, date, city"),
        ({"action": "correct", "status": "won"}, "status: 'won' is not one of"),
        ({"action": "correct", "date": "2019-02-30"}, "date: bad date '2019-02-30'"),
        ({"action": "correct", "country": "R1"}, "country: 'R1' is not an ISO3"),
        ({"action": "approve"}, "action: Input should be"),
    ],
)
def test_a_bad_correction_is_refused_with_the_reason(web, body, message):
    client, _, token = web
    response = _review(client, _event_id(client, status="planned"), token, **body)
    assert response.status_code == 422
    assert response.json()["error"].startswith(message)


def test_review_of_a_missing_event_is_404(web):
    client, _, token = web
    assert _review(client, 999, token, action="confirm").status_code == 404


def _upload(client, token, text: bytes, **form):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    files = {"file": ("note.txt", text, "text/plain")}
    return client.post("/api/articles", files=files, data=form, headers=headers)


def test_upload_needs_a_token(web):
    client, _, _ = web
    response = _upload(client, None, b"Kim Jong-un met Xi Jinping in Dalian.")
    assert response.status_code == 401
    assert client.get("/api/articles").json()["page"]["total"] == 5


def test_upload_extracts_and_stores_the_article(web):
    client, _, token = web
    text = b"Kim Jong-un met Xi Jinping in Dalian in May 2018. They talked."
    response = _upload(client, token, text, published="2018-05-09")
    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["mentions"]) == ("new", 1)
    assert body["uploaded_by"] == "alice"
    detail = client.get(f"/api/articles/{body['article_id']}").json()
    assert detail["article"]["published"] == "2018-05-09"
    assert [e["city"] for e in detail["events"]] == ["Dalian"]
    again = _upload(client, token, text, published="2018-05-09").json()
    assert again["status"] == "unchanged"


@pytest.mark.parametrize(
    "text, form, status, message",
    [
        (b"", {}, 400, "upload:note.txt: file is empty"),
        (
            b"Some text.",
            {"published": "2018-02-30"},
            422,
            "published: bad date '2018-02-30'",
        ),
    ],
)
def test_a_bad_upload_says_why(web, text, form, status, message):
    client, _, token = web
    response = _upload(client, token, text, **form)
    assert response.status_code == status
    assert response.json()["error"].startswith(message)


def test_tokens_are_stored_hashed(record_store):
    token = record_store.create_token("bob")
    assert record_store.token_owner(token) == "bob"
    assert record_store.token_owner(token + "x") is None
    from sqlalchemy import text

    with record_store.engine.connect() as conn:
        stored = conn.execute(text("SELECT token_hash FROM api_tokens")).scalars().all()
    assert stored == [hash_token(token)] and token not in stored


# -- pages: the same dicts, rendered


@pytest.mark.parametrize(
    "url, json_url",
    [
        ("/", "/api/home"),
        ("/timeline?status=occurred", "/api/timeline?status=occurred"),
        ("/map", "/api/map"),
        ("/pair/RUS/PRK", "/api/pair/RUS/PRK"),
        ("/events/1", "/api/events/1"),
        ("/articles", "/api/articles"),
        ("/articles/1", "/api/articles/1"),
    ],
)
def test_each_page_renders_and_links_its_json(web, url, json_url):
    client, _, _ = web
    response = client.get(url)
    assert response.status_code == 200
    assert f'href="{json_url}"' in response.text
    assert client.get(json_url).status_code == 200


def test_timeline_page_shows_the_filtered_events(web):
    client, _, _ = web
    html = client.get("/timeline", params={"person": "Xi Jinping"}).text
    assert html.count("data-event-id=") == 1 and "Beijing" in html


def test_pair_form_goes_to_the_pair_page(web):
    client, _, _ = web
    response = client.get(
        "/pair", params={"a": "Kim Jong-un", "b": "RUS"}, follow_redirects=False
    )
    assert response.status_code == 303
    assert response.headers["location"] == "/pair/Kim%20Jong-un/RUS"


@pytest.mark.parametrize("page", ["/", "/articles", "/articles/5", "/events/8"])
def test_hostile_article_text_is_escaped(web, page):
    client, _, _ = web
    html = client.get(page).text
    assert "<script>window.__pwned" not in html and "<img src=x" not in html
    assert "&lt;script&gt;window.__pwned" in html


def test_pages_forbid_inline_and_foreign_scripts(web):
    client, _, _ = web
    policy = client.get("/articles/5").headers["content-security-policy"]
    assert "script-src 'self';" in policy and "default-src 'self'" in policy


def test_hostile_text_is_plain_json(web):
    client, ids, _ = web
    detail = client.get(f"/api/articles/{ids['xss']}").json()
    assert detail["article"]["title"] == XSS_TITLE
    assert XSS_SENTENCE in detail["text"]


def test_docs_and_static_files_are_served_locally(web):
    client, _, _ = web
    docs = client.get("/docs").text
    assert "/static/swagger/swagger-ui-bundle.js" in docs
    assert "cdn" not in docs.lower()
    for path in ("/static/swagger/swagger-ui-bundle.js", "/static/style.css",
                 "/static/app.js", "/static/favicon.svg"):  # fmt: skip
        assert client.get(path).status_code == 200, path
    schema = client.get("/openapi.json").json()
    assert "/api/events/{event_id}/reviews" in schema["paths"]
    assert "/timeline" not in schema["paths"]  # pages are not API


@pytest.mark.model
@pytest.mark.slow
def test_upload_runs_the_real_extractor(tmp_path):
    """The default extractor is the NLP pipeline (summitwatch.process)."""
    from importlib import resources

    from summitwatch.store import Store

    sample = resources.files("summitwatch.samples").joinpath(
        "2024-06-20-putin-state-visit-pyongyang-readout.txt"
    )
    with Store(f"sqlite:///{tmp_path / 'r.db'}") as store:
        token = store.create_token("alice")
        with TestClient(create_app(store=store)) as client:
            response = _upload(
                client, token, sample.read_bytes(), published="2024-06-20"
            )
            assert response.status_code == 201, response.text
            assert response.json()["mentions"] >= 1
            events = client.get("/api/timeline", params={"person": "Putin"}).json()
    assert any(e["country"] == "PRK" for e in events["events"])
