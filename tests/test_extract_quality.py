"""Extraction quality, measured by the project's scorer (../shared/eval/score.py) on
the seed article and on our own varied test articles. The figures can fail."""

from __future__ import annotations

import shutil

import pytest

from conftest import ARTICLES, EVAL, SEED, published_of, run_scorer
from summitwatch.ingest import read_article
from summitwatch.output import to_jsonl
from summitwatch.process import process

pytestmark = [pytest.mark.model, pytest.mark.slow]


score = run_scorer


def figures(result: dict) -> tuple[float, float, float]:
    return result["f1"], result["strict_f1"], result["accuracy"]["status"]


@pytest.fixture(scope="module")
def scorer_available():
    if not (EVAL / "score.py").exists():
        pytest.fail(f"the scorer is missing at {EVAL / 'score.py'}")


def test_seed_meets_the_issue_figures(nlp, kb, tmp_path, scorer_available):
    system = tmp_path / "seed.jsonl"
    system.write_text(to_jsonl(process(read_article(SEED), nlp, kb)))
    event_f1, strict_f1, status = figures(score(EVAL / "seed_gold.json", system))
    assert event_f1 >= 0.85 and strict_f1 >= 0.60 and status >= 0.85


def test_own_articles_score(nlp, kb, tmp_path, scorer_available):
    gold, system = tmp_path / "gold", tmp_path / "system"
    gold.mkdir()
    system.mkdir()
    for path in sorted(ARTICLES.glob("[0-9][0-9][0-9].*")):
        if path.suffix not in (".txt", ".html"):
            continue
        shutil.copy(path.with_suffix(".json"), gold / f"{path.stem}.json")
        article = read_article(path, published=published_of(path))
        (system / f"{path.stem}.jsonl").write_text(to_jsonl(process(article, nlp, kb)))
    event_f1, strict_f1, status = figures(score(gold, system))
    # measured 0.75 / 0.58 / 0.94; a drop below these bounds is a regression
    assert event_f1 >= 0.72 and strict_f1 >= 0.55 and status >= 0.90
