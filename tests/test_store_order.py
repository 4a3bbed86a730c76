"""The record does not depend on ingest order (issue #14, item 14): the same set of
mentions gives the same events whatever order the articles arrive in."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from summitwatch.models import Article, Event, Location, Participant
from summitwatch.runner import run
from summitwatch.store import Store
from summitwatch.store.export import export
from summitwatch.store.merge import Claim, cluster

PEOPLE = frozenset({"kim jong-un", "vladimir putin"})
DATES = [None, "2019", "2019-04", "2019-04-25", "2019-05", "2018", "2018-09-12"]
PLACES = [(None, None), (None, "RUS"), ("Vladivostok", "RUS"), ("Moscow", "RUS")]
STATUSES = ["occurred", "planned", "hypothetical", "not_occurred", "unconfirmed"]
PUBLISHED = [date(2018, 6, 1), date(2019, 3, 1), date(2019, 5, 1), date(2020, 1, 1)]

claims = st.builds(
    lambda day, place, status, published: Claim(
        type="meeting",
        people=PEOPLE,
        date=day,
        city=place[0],
        country=place[1],
        status=status,
        published=published,
    ),
    st.sampled_from(DATES),
    st.sampled_from(PLACES),
    st.sampled_from(STATUSES),
    st.sampled_from(PUBLISHED),
)


def _groups_as_content(groups, by_key) -> list[list[str]]:
    """Groups compared by the claims they hold (identical claims interchange)."""
    return sorted(sorted(repr(by_key[k]) for k in g) for g in groups)


@settings(max_examples=300, deadline=None)
@given(st.lists(claims, min_size=1, max_size=12), st.randoms(use_true_random=False))
def test_clustering_does_not_depend_on_order(items, rnd):
    keyed = list(enumerate(items))
    shuffled = list(keyed)
    rnd.shuffle(shuffled)
    by_key = dict(keyed)
    assert _groups_as_content(cluster(keyed), by_key) == _groups_as_content(
        cluster(shuffled), by_key
    )


def _article(i: int, day: str | None, city: str | None, status: str) -> tuple:
    people = [Participant("Kim Jong-un"), Participant("Vladimir Putin")]
    where = Location(city=city, country="RUS" if city else None)
    event = Event("meeting", status, people, where, day, evidence=f"report {i}")
    text = f"Report {i}: Kim Jong-un and Vladimir Putin, {day}, {city}, {status}."
    return Article(text=text, path=f"{i:03d}.txt", published=date(2019, 5, 1)), event


ARTICLES = [
    _article(i, day, city, status)
    for i, (day, city, status) in enumerate(
        [
            ("2019", "Vladivostok", "planned"),
            ("2019-04-25", "Vladivostok", "occurred"),
            ("2019-04", None, "occurred"),
            (None, "Vladivostok", "hypothetical"),
            ("2019", "Moscow", "hypothetical"),
            ("2019-04-25", None, "occurred"),
            ("2018", "Moscow", "not_occurred"),
            ("2019-05", "Moscow", "planned"),
            (None, None, "unconfirmed"),
        ]
    )
]


def _record(url: str, order: list[int]) -> list[tuple]:
    with Store(url) as store:
        for i in order:
            article, event = ARTICLES[i]
            store.ingest(article, [event])
        return _content(store)


def _content(store: Store) -> list[tuple]:
    return sorted(
        ((v.type, v.status, v.date, v.city, v.country, v.n_sources, tuple(v.names))
         for v in store.events()),
        key=repr,
    )  # fmt: skip


def test_the_store_gives_the_same_events_in_any_order(tmp_path):
    forward = list(range(len(ARTICLES)))
    expected = _record(str(tmp_path / "forward.db"), forward)
    for seed in range(4):
        order = list(forward)
        random.Random(seed).shuffle(order)
        got = _record(str(tmp_path / f"shuffled{seed}.db"), order)
        assert got == expected, order


def test_replacing_an_article_regroups_its_pair(tmp_path):
    """Dropping the precise report regroups the rest as if it never came."""
    with_all = list(range(len(ARTICLES)))
    without = [i for i in with_all if i != 1]
    expected = _record(str(tmp_path / "without.db"), without)
    with Store(str(tmp_path / "replaced.db")) as store:
        for i in with_all:
            article, event = ARTICLES[i]
            store.ingest(article, [event])
        article, _ = ARTICLES[1]
        retracted = Article(text="Retracted.", path=article.path, published=None)
        assert store.ingest(retracted, []).status == "replaced"
        got = _content(store)
    assert got == expected


# -- one real corpus, the real pipeline, several orders ---------------------------
ARTICLES_DIR = Path(__file__).parent / "data" / "articles"


def corpus_files() -> list[str]:
    return sorted(
        str(p) for p in ARTICLES_DIR.glob("0[0-1]*") if p.suffix in {".txt", ".html"}
    )


def exported(db: Path, tmp_path: Path) -> str:
    """The JSON Lines export without the store's own ids (they count insertions)."""
    out = tmp_path / f"{db.stem}.jsonl"
    with Store(str(db)) as store:
        export(store, "jsonl", out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return "\n".join(json.dumps({k: v for k, v in r.items() if k != "id"})
                     for r in records)  # fmt: skip


@pytest.mark.model
@pytest.mark.slow
def test_one_corpus_in_any_order_exports_the_same(tmp_path):
    files = corpus_files()
    half = len(files) // 2
    orders = {
        "forward": [files],
        "reversed": [files[::-1]],
        "halves_b_then_a": [files[half:], files[:half]],
    }
    exports = {}
    for name, runs in orders.items():
        db = tmp_path / f"{name}.db"
        with Store(str(db)) as store:
            for sources in runs:
                report = run(sources, store)
                assert report.failed == 0, report.failures
        exports[name] = exported(db, tmp_path)
    assert exports["forward"].count("\n") > 20
    assert exports["reversed"] == exports["forward"]
    assert exports["halves_b_then_a"] == exports["forward"]
