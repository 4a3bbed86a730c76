"""The confidence filter (nlp/confidence.py): the features its evidence sentence's
parse shows, the one logistic format it shares with the fallback (nlp/logistic.py),
the step's switch, and the trainer on a tiny synthetic set (measured and shipped
off: docs/extraction.md, "Session 10")."""

from __future__ import annotations

import math
import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import article_events
from summitwatch.models import Article, Event, Participant
from summitwatch.nlp import confidence, logistic
from summitwatch.nlp.confidence import evidence_sentence, features
from summitwatch.process import doc_for

DAY = date(2019, 5, 1)
MEETINGS = (
    "Vladimir Putin did not meet Angela Merkel in Berlin on Friday. "
    "Putin could meet Merkel in Berlin next week. "
    "Putin will meet Merkel in Sochi in June."
)
TABLE = "Date\tVisitor\tPlace\n12 May 2018\tAngela Merkel\tSochi\n"


def _read(nlp, text: str):
    """The parsed doc and the events the pipeline read from it."""
    doc = nlp(doc_for(Article(text=text, published=DAY), nlp))
    return doc, doc._.events


def _row(nlp, kb, text: str, n: int) -> dict[str, float]:
    doc, events = _read(nlp, text)
    return features(events[n], events, doc, kb, DAY)


def test_a_negated_meeting_shows_its_negation(nlp, kb):
    row = _row(nlp, kb, MEETINGS, 0)
    assert (row["negation"], row["modal"], row["future"]) == (1.0, 0.0, 0.0)
    assert row["status_occurred"] == 0.0 and row["meeting"] == 1.0


def test_a_modal_meeting_shows_the_modal_and_a_future_one_the_future(nlp, kb):
    modal, future = _row(nlp, kb, MEETINGS, 1), _row(nlp, kb, MEETINGS, 2)
    assert (modal["negation"], modal["modal"], modal["future"]) == (0.0, 1.0, 0.0)
    assert (future["modal"], future["future"]) == (0.0, 1.0)
    assert 0 < modal["position"] < future["position"]


def test_a_table_row_is_a_row_and_prose_is_not(nlp, kb):
    assert _row(nlp, kb, TABLE, 0)["row"] == 1.0
    assert _row(nlp, kb, MEETINGS, 0)["row"] == 0.0


def test_people_by_their_offices_on_the_day(nlp, kb):
    row = _row(nlp, kb, MEETINGS, 0)
    assert (row["head"], row["unknown"], row["one_country"]) == (1.0, 0.0, 0.0)
    doc, _ = _read(nlp, MEETINGS)
    nobody = Event("visit", "occurred", [Participant("Somebody Unknown")])
    row = features(nobody, [nobody], doc, kb, DAY)
    assert (row["head"], row["unknown"], row["no_sentence"]) == (0.0, 1.0, 1.0)


def test_the_evidence_sentence_is_the_one_its_offset_falls_in(nlp):
    doc, events = _read(nlp, MEETINGS)
    sent = evidence_sentence(doc, events[1].start_char)
    assert sent is not None and sent.text.startswith("Putin could meet")
    assert evidence_sentence(doc, None) is None
    assert evidence_sentence(doc, len(doc.text) + 5) is None


def test_on_white_space_the_evidence_is_the_token_after_it():
    """`doc_text.token_at` finds no token on the space after one; with `or_next`
    (the confidence filter's reading) it is the token that follows."""
    import spacy

    from summitwatch.nlp.doc_text import token_at

    doc = spacy.blank("en")("Obama met Putin.")
    assert token_at(doc, 9) is None
    assert token_at(doc, 9, or_next=True).text == "Putin"
    assert token_at(doc, len(doc.text), or_next=True) is None


def _model(bias: float) -> dict:
    return {
        "enabled": True,
        "threshold": 0.5,
        "features": ["modal"],
        "means": [0.0],
        "scales": [1.0],
        "bias": bias,
        "weights": [-20.0],
    }


def test_the_step_honours_its_switch(nlp, monkeypatch):
    monkeypatch.setattr(confidence, "stored_model", lambda name: None)
    assert len(article_events(nlp, MEETINGS, DAY)) == 3  # off: every event
    monkeypatch.setattr(confidence, "stored_model", lambda name: _model(10.0))
    statuses = [e.status for e in article_events(nlp, MEETINGS, DAY)]
    assert "hypothetical" not in statuses and len(statuses) == 2  # the modal one
    monkeypatch.setattr(confidence, "stored_model", lambda name: _model(-10.0))
    assert article_events(nlp, MEETINGS, DAY) == []


def test_a_model_not_enabled_is_no_model(monkeypatch):
    stored = dict(_model(0.0), enabled=False)
    monkeypatch.setattr(logistic, "load_patterns", lambda name: stored)
    logistic.stored_model.cache_clear()
    try:
        assert logistic.stored_model("x.json") is None
        stored["enabled"] = True
        logistic.stored_model.cache_clear()
        assert logistic.stored_model("x.json") is stored
    finally:
        logistic.stored_model.cache_clear()


def test_the_stored_model_reads_every_feature_the_function_computes(nlp, kb):
    model = logistic.load_patterns(confidence.MODEL)
    doc, events = _read(nlp, MEETINGS)
    assert sorted(features(events[0], events, doc, kb, DAY)) == model["features"]
    assert len(model["weights"]) == len(model["features"]) == len(model["means"])


def test_the_trainer_separates_a_separable_set():
    np = pytest.importorskip("numpy")
    scripts = Path(__file__).resolve().parents[1] / "scripts"
    if not (scripts.parent.parent / "shared" / "eval" / "score.py").exists():
        pytest.skip("the shared scorer is not beside the checkout")
    sys.path.insert(0, str(scripts))
    import confidence_filter as cf

    rng = np.random.default_rng(0)
    x = rng.normal(size=(80, 3))
    y = (x[:, 1] > 0).astype(float)  # the second feature decides
    arts = [cf.SimpleNamespace(set="a", x=x[:40], y=y[:40])]
    arts.append(cf.SimpleNamespace(set="b", x=x[40:], y=y[40:], w=0.5))
    model = cf.learn_filter.fit(arts, 1.0)  # the one trainer, `cf.fit`'s
    p = cf.predict(model, x)
    assert cf.auc(p, y) > 0.95
    assert abs(model["weights"][1]) > 3 * max(abs(model["weights"][0]), 0.1)
    model["features"] = ["f0", "f1", "f2"]
    row = dict(zip(model["features"], x[0], strict=True))
    assert logistic.probability(model, row) == pytest.approx(p[0])


def test_both_filters_read_a_sentence_alike():
    """`logistic.sentence_cues`, the features the confidence filter and the
    fallback's guard both read of a sentence: its length, the lede, a quote mark,
    a first-person word."""
    import spacy

    doc = spacy.blank("en")('He said: "We will meet him."')
    cues = logistic.sentence_cues(doc[:])
    assert cues == {
        "length": pytest.approx(math.log1p(len(doc))),
        "lede": 1.0,
        "quoted": 1.0,
        "first_person": 1.0,
    }
    plain = spacy.blank("en")("Obama met Putin.")
    assert logistic.sentence_cues(plain[:])["first_person"] == 0.0
