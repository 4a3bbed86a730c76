"""The storage suite: runs on SQLite and on PostgreSQL (the `store_url` fixture)."""

from datetime import date

import pytest

from summitwatch.errors import NotFound, UnknownPerson
from summitwatch.models import Article, Event, Location, Participant
from summitwatch.runner import run
from summitwatch.store import Store


def meeting(a, b, day, city, country, status="occurred", **kw) -> Event:
    people = [Participant(a), Participant(b)]
    where = Location(city=city, country=country)
    return Event("meeting", status, people, where, day, evidence=f"{a} met {b}", **kw)


def article(text, *, path="a.txt", published=date(2019, 5, 1)) -> Article:
    return Article(text=text, path=path, published=published)


def test_ingest_stores_mentions_and_one_event_each(record_store):
    events = [
        meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS"),
        meeting("Kim Jong-un", "Xi Jinping", "2018-03-26", "Beijing", "CHN"),
    ]
    result = record_store.ingest(article("two summits"), events)
    assert (result.status, result.mentions, len(result.event_ids)) == ("new", 2, 2)
    counts = record_store.counts()
    assert (counts["articles"], counts["mentions"], counts["events"]) == (1, 2, 2)


def test_reingesting_the_same_content_changes_nothing(record_store):
    event = meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS")
    first = record_store.ingest(article("same text"), [event])
    before = record_store.counts()
    again = record_store.ingest(article("same text", path="elsewhere.txt"), [event])
    assert again.status == "unchanged"
    assert again.event_ids == first.event_ids
    assert record_store.counts() == before
    assert record_store.has_article(article("same text").content_hash)
    assert not record_store.has_article(article("other").content_hash)


def test_a_changed_article_replaces_its_old_mentions(record_store):
    old = meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS")
    new = meeting("Kim Jong-un", "Xi Jinping", "2019-06-20", "Pyongyang", "PRK")
    record_store.ingest(article("version 1", path="news/a.txt"), [old])
    result = record_store.ingest(article("version 2", path="news/a.txt"), [new])
    assert result.status == "replaced"
    counts = record_store.counts()
    assert (counts["articles"], counts["mentions"], counts["events"]) == (1, 1, 1)
    [view] = record_store.events()
    assert (view.city, view.date) == ("Pyongyang", "2019-06-20")


def test_same_year_meetings_in_different_cities_stay_apart(record_store):
    a = meeting("Kim Jong-un", "Vladimir Putin", "2019", "Vladivostok", "RUS")
    b = meeting("Kim Jong-un", "Vladimir Putin", "2019", "Moscow", "RUS")
    record_store.ingest(article("one"), [a])
    record_store.ingest(article("two", path="b.txt"), [b])
    assert sorted(v.city for v in record_store.events()) == ["Moscow", "Vladivostok"]


def test_reports_of_one_summit_merge_to_the_most_precise(record_store):
    vague = meeting("Kim Jong-il", "Vladimir Putin", "2001", None, "RUS")
    precise = meeting("Kim Jong-il", "Vladimir Putin", "2001-08-04", "Moscow", "RUS")
    record_store.ingest(article("vague", published=date(2015, 2, 23)), [vague])
    record_store.ingest(article("precise", path="b.txt"), [precise])
    [view] = record_store.events()
    assert (view.date, view.city, view.n_sources) == ("2001-08-04", "Moscow", 2)
    assert view.first_reported == date(2015, 2, 23)


def test_a_later_occurred_report_settles_the_plan(record_store):
    plan = meeting("Kim Jong-un", "Vladimir Putin", "2019-04", "Vladivostok", "RUS",
                   status="planned")  # fmt: skip
    done = meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS")
    record_store.ingest(article("plan", published=date(2019, 4, 18)), [plan])
    [before] = record_store.events()
    assert before.status == "planned"
    record_store.ingest(
        article("done", path="b.txt", published=date(2019, 4, 26)), [done]
    )
    [after] = record_store.events()
    assert after.id == before.id
    assert (after.status, after.status_disputed) == ("occurred", False)
    assert after.statuses == {"planned": 1, "occurred": 1}


def test_unconfirmed_claims_stay_visibly_disputed(record_store):
    rumour = meeting("Kim Jong-il", "Jiang Zemin", "2011", "Yangzhou", "CHN",
                     status="unconfirmed")  # fmt: skip
    record_store.ingest(article("rumour"), [rumour])
    [view] = record_store.events(status="unconfirmed")
    assert view.status_disputed
    detail = record_store.event(view.id)
    assert [s.status for s in detail.sources] == ["unconfirmed"]


def test_mentions_until_is_what_the_forecaster_reads(record_store):
    early = meeting("Kim Jong-un", "Xi Jinping", "2018-03-26", "Beijing", "CHN")
    late = meeting("Kim Jong-un", "Xi Jinping", "2018-03", "Beijing", "CHN")
    record_store.ingest(article("early", published=date(2018, 3, 28)), [early])
    record_store.ingest(
        article("late", path="b.txt", published=date(2019, 1, 1)), [late]
    )
    everything = record_store.mentions()
    assert len(everything) == 2
    assert everything[0].event_id == everything[1].event_id
    [known] = record_store.mentions(until=date(2018, 12, 31))
    assert known.event.published == "2018-03-28"
    assert sorted(known.event.names) == ["Kim Jong-un", "Xi Jinping"]
    assert known.event.evidence == "Kim Jong-un met Xi Jinping"


def _two_pair_meetings(store: Store) -> None:
    store.ingest(article("a"), [
        meeting("Kim Jong-il", "Vladimir Putin", "2000-07-19", "Pyongyang", "PRK"),
        meeting("Kim Jong-il", "Vladimir Putin", "2002-08-23", "Vladivostok", "RUS"),
        meeting("Kim Jong-il", "Vladimir Putin", "2001-08-04", "Moscow", "RUS"),
        meeting("Kim Jong-il", "Hu Jintao", "2010-05-03", "Dalian", "CHN"),
    ])  # fmt: skip


def _countries(store: Store) -> None:
    """Give the people countries even without a KB (history rows carry them)."""
    from sqlalchemy import select, update

    from summitwatch.store.schema import EventParticipantRow as EP
    from summitwatch.store.schema import PersonRow

    codes = {"Kim Jong-il": "PRK", "Vladimir Putin": "RUS", "Hu Jintao": "CHN"}
    with store.engine.begin() as conn:
        for person_id, name in conn.execute(select(PersonRow.id, PersonRow.name)):
            code = codes[name]
            conn.execute(
                update(PersonRow).where(PersonRow.id == person_id).values(country=code)
            )
            conn.execute(
                update(EP).where(EP.person_id == person_id).values(country=code)
            )


@pytest.mark.parametrize("a, b", [("Kim Jong-il", "Vladimir Putin"), ("PRK", "RUS")])
def test_pair_history_counts_venues_and_turn_to_host(record_store, a, b):
    _two_pair_meetings(record_store)
    _countries(record_store)
    pair = record_store.pair(a, b)
    assert pair.count == 3
    assert (pair.first.date, pair.last.date) == ("2000-07-19", "2002-08-23")
    assert {(v.city, v.count) for v in pair.venues} == {
        ("Pyongyang", 1), ("Moscow", 1), ("Vladivostok", 1)
    }  # fmt: skip
    assert pair.turn_to_host == pair.a  # PRK hosted in 2000, RUS in 2002
    assert pair.last_hosted == {pair.a: "2000-07-19", pair.b: "2002-08-23"}


def test_pair_names_an_unknown_side(record_store):
    _two_pair_meetings(record_store)
    with pytest.raises(UnknownPerson, match="'Nobody Atall'"):
        record_store.pair("Kim Jong-il", "Nobody Atall")


def test_timeline_filters_by_person_status_and_dates(record_store):
    _two_pair_meetings(record_store)
    plan = meeting("Kim Jong-il", "Hu Jintao", "2011-05", "Beijing", "CHN", "planned")
    record_store.ingest(article("plan", path="p.txt"), [plan])
    found = record_store.timeline(person="Kim Jong-il", since="2001", until="2010")
    dates = [v.date for v in found]
    assert dates == ["2001-08-04", "2002-08-23", "2010-05-03"]
    planned = record_store.events(status="planned")
    assert [v.date for v in planned] == ["2011-05"]
    assert [v.date for v in record_store.events(country="CHN")] == [
        "2010-05-03",
        "2011-05",
    ]


def test_people_and_who_met(record_store):
    _two_pair_meetings(record_store)
    names = {p.name: p.events for p in record_store.people()}
    assert names["Kim Jong-il"] == 4 and names["Vladimir Putin"] == 3
    met = {p.name: n for p, n in record_store.who_met("Kim Jong-il")}
    assert met == {"Vladimir Putin": 3, "Hu Jintao": 1}


def test_event_detail_lists_every_source(record_store):
    record_store.ingest(article("x", published=date(2019, 4, 20)), [
        meeting("Kim Jong-un", "Vladimir Putin", "2019-04", "Vladivostok", "RUS",
                status="planned")
    ])  # fmt: skip
    record_store.ingest(article("y", path="y.txt", published=date(2019, 4, 26)), [
        meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS")
    ])  # fmt: skip
    [view] = record_store.events()
    detail = record_store.event(view.id)
    assert [(s.source, s.status) for s in detail.sources] == [
        ("a.txt", "planned"), ("y.txt", "occurred")
    ]  # fmt: skip
    assert detail.sources[0].evidence == "Kim Jong-un met Vladimir Putin"
    with pytest.raises(NotFound, match="no event '999'"):
        record_store.event("999")


def test_a_run_reports_a_failing_file_and_keeps_the_rest(record_store, tmp_path):
    for name in ("1", "2", "3"):
        (tmp_path / f"{name}.txt").write_text(f"Article {name} about summits.\n")

    def extract(art: Article) -> list[Event]:
        if "2" in art.text:
            raise RuntimeError("extractor broke")
        return [meeting("Kim Jong-un", "Moon Jae-in", "2018-04-27", "Panmunjom", "KOR")]

    report = run([tmp_path], record_store, extractor=extract)
    assert [r.status for r in report.results] == ["new", "new"]
    assert [str(f) for f in report.failures] == [
        f"{tmp_path / '2.txt'}: RuntimeError: extractor broke"
    ]
    again = run([tmp_path], record_store, extractor=extract)
    assert (again.skipped, len(again.failures)) == (2, 1)
    assert record_store.counts()["mentions"] == 2


def test_migrations_match_the_models(record_store):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from summitwatch.store.schema import Base

    with record_store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_reopening_a_store_keeps_the_record(store_url):
    with Store(store_url) as store:
        store.ingest(article("kept"), [
            meeting("Kim Jong-un", "Moon Jae-in", "2018-04-27", "Panmunjom", "KOR")
        ])  # fmt: skip
    with Store(store_url) as store:
        assert store.counts()["events"] == 1


def test_a_reviewers_correction_survives_new_sources(record_store):
    from datetime import datetime

    from sqlalchemy.orm import Session

    from summitwatch.store.schema import ReviewRow

    first = meeting("Kim Jong-un", "Vladimir Putin", "2019-04", "Vladivostok", "RUS")
    [event_id] = record_store.ingest(article("first"), [first]).event_ids
    with Session(record_store.engine) as session, session.begin():
        session.add(
            ReviewRow(event_id=int(event_id), action="correct", field="date",
                      new_value="2019-04-25", reviewer="test", at=datetime.now())
        )  # fmt: skip
    more = meeting("Kim Jong-un", "Vladimir Putin", "2019", "Vladivostok", "RUS")
    record_store.ingest(article("second", path="b.txt"), [more])
    [view] = record_store.events()
    assert (view.id, view.date, view.n_sources) == (event_id, "2019-04-25", 2)


@pytest.mark.parametrize(
    "given, expected",
    [
        ("postgresql://u@h:5432/db", "postgresql+psycopg://u@h:5432/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_postgres_urls_use_psycopg_3(given, expected):
    from summitwatch.store.db import normalise_url

    assert normalise_url(given) == expected


@pytest.mark.parametrize(
    "store_url", [pytest.param("postgresql", marks=pytest.mark.pg)], indirect=True
)
def test_a_plain_postgresql_url_opens(store_url):
    plain = store_url.replace("postgresql+psycopg://", "postgresql://", 1)
    with Store(plain) as store:
        assert store.engine.dialect.driver == "psycopg"
        assert store.counts()["events"] == 0


def test_an_unsupported_database_is_a_clear_error():
    from summitwatch.errors import BadArgument

    with pytest.raises(BadArgument, match="--db: unsupported database 'mysql'"):
        Store("mysql://u@h/db")


@pytest.mark.parametrize(
    "change, message",
    [
        ({"status": "rumoured"}, "a.txt: event 2: status 'rumoured' is not one of"),
        ({"type": "call"}, "a.txt: event 2: type 'call' is not one of"),
        ({"participants": [Participant(" ")]}, "a.txt: event 2: a participant has"),
    ],
)
def test_malformed_events_are_refused_whole(record_store, change, message):
    from dataclasses import replace

    from summitwatch.errors import BadArgument

    good = meeting("Kim Jong-un", "Vladimir Putin", "2019-04-25", "Vladivostok", "RUS")
    with pytest.raises(BadArgument, match=message):
        record_store.ingest(article("bad"), [good, replace(good, **change)])
    assert record_store.counts()["articles"] == 0


def test_head_constant_matches_the_migration_scripts(record_store):
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from summitwatch.store.db import HEAD, MIGRATIONS, current_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(config).get_current_head() == HEAD
    assert current_revision(record_store.engine) == HEAD
