"""The learned event filter's training script (scripts/learn_filter.py): its features
read an emitted record, its labels come from the scorer, its fit separates what a
feature separates. (Measured and not adopted: docs/extraction.md.)"""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
if not (SCRIPTS.parent.parent / "shared" / "eval" / "score.py").exists():
    pytest.skip("the shared scorer is not beside the checkout", allow_module_level=True)
sys.path.insert(0, str(SCRIPTS))
import filter_features  # noqa: E402
import learn_filter  # noqa: E402

from summitwatch.models import Event, Location, Participant  # noqa: E402


def _visit(name: str, country: str, when: str | None, pid: str | None = None) -> Event:
    return Event(
        "visit",
        "occurred",
        [Participant(name, person_id=pid)],
        Location(country=country),
        date=when,
        evidence="He went there.",
        start_char=100,
    )


def test_features_read_what_the_record_holds():
    first = _visit("Somebody Unknown", "FRA", "2016-05")
    again = _visit("Somebody Unknown", "FRA", "2016")
    later = _visit("Somebody Unknown", "DEU", "2021")
    events = [first, again, later]
    f = [
        filter_features.features(
            e, events, kb=None, text_len=1000, published=date(2019, 1, 1)
        )
        for e in events
    ]
    assert f[0]["known"] == 0.0 and f[0]["month"] == 1.0
    assert [x["repeat"] for x in f] == [0.0, 1.0, 0.0]  # same people, type, country
    assert f[0]["years_before"] == pytest.approx(math.log1p(3))
    assert f[2]["after_publication"] == 1.0 and f[2]["years_before"] == 0.0
    assert f[0]["position"] == pytest.approx(0.1)
    assert set(f[0]) == set(filter_features.FEATURES)


def _arts(name: str, rng) -> list:
    """Articles whose events are true exactly when feature 'known' is 1."""
    out = []
    k = filter_features.FEATURES.index("known")
    for i in range(20):
        x = rng.normal(size=(6, len(filter_features.FEATURES)))
        y = (rng.random(6) < 0.8).astype(float)
        x[:, k] = y
        out.append(learn_filter.Article(name, f"{i:03d}", [{}] * 6, x, y, int(y.sum())))
    return out


def test_fit_and_threshold_drop_what_a_feature_marks_false():
    rng = np.random.default_rng(0)
    arts = [a for name in ("a", "b", "c") for a in _arts(name, rng)]
    model = learn_filter.train(arts)
    k = model["features"].index("known")
    assert model["weights"][k] == max(model["weights"]) > 1.0
    assert 0.0 < model["threshold"] < 1.0
    held = _arts("d", rng)
    p = np.concatenate([learn_filter.predict(model, a.x) for a in held])
    y = np.concatenate([a.y for a in held])
    kept = p >= model["threshold"]
    assert kept[y == 1].all() and not kept[y == 0].any()


def test_labels_are_the_scorers_matches(tmp_path):
    """One article: the scorer pairs the visit to France with gold, not the other."""
    work = tmp_path
    (work / "inputs" / "x").mkdir(parents=True)
    (work / "gold" / "x").mkdir(parents=True)
    (work / "out" / "now" / "x").mkdir(parents=True)
    (work / "inputs" / "x" / "001.txt").write_text("Text of the article.\n")
    gold = [
        {
            "type": "visit",
            "status": "occurred",
            "participants": ["Ann Example"],
            "location": {"city": None, "country": "FRA"},
            "date": "2016",
        }
    ]
    (work / "gold" / "x" / "001.json").write_text(json.dumps(gold))
    records = [
        _visit("Ann Example", "DEU", "2016").to_record(),
        _visit("Ann Example", "FRA", "2016").to_record(),
    ]
    lines = "".join(json.dumps(r) + "\n" for r in records)
    (work / "out" / "now" / "x" / "001.jsonl").write_text(lines)
    (art,) = learn_filter.articles(work, "now", "x", kb=None)
    assert art.y.tolist() == [0.0, 1.0]
    assert art.gold == 1 and art.x.shape == (2, len(filter_features.FEATURES))


@pytest.mark.model
def test_reader_tags_leave_the_events_as_they_were(nlp, kb):
    """filter_candidates.provenance names each event's reader in `source` and changes
    nothing else; undoing a drop step goes back when its block ends."""
    import filter_candidates as fc

    from summitwatch.nlp import extract

    text = (
        "President Alda Moreno of Chile met Prime Minister Tomas Berg of Norway in "
        "Oslo on 3 May 2016. Moreno also visited Denmark in June 2016."
    )
    with nlp.select_pipes(disable=["events"]):
        doc = nlp(text)
    plain = extract.extract_events(doc, kb, date(2016, 7, 1))
    with fc.provenance():
        tagged = extract.extract_events(doc, kb, date(2016, 7, 1))
    key = [(e.type, e.names, e.location, e.date, e.status) for e in plain]
    assert key and key == [
        (e.type, e.names, e.location, e.date, e.status) for e in tagged
    ]
    assert {e.source for e in plain} == {None}
    assert all(e.source and e.source.startswith("sentence_") for e in tagged)
    original = extract.drop_retold
    with fc.patched(extract, "drop_retold", fc.STEPS["retold"][2]):
        assert extract.drop_retold is not original
    assert extract.drop_retold is original


def test_every_filters_table_shows_the_same_changes():
    """`changes`, the cells of learn_filter's, the fallback's and the confidence
    filter's measure tables: figures without → with the filter."""
    before = {"system": 10, "precision": 0.5, "recall": 0.6, "f1": 0.55}
    after = {"system": 8, "precision": 0.6, "recall": 0.55, "f1": 0.57}
    assert learn_filter.changes(before, after) == (
        "10 → 8 | 0.500 → 0.600 | 0.600 → 0.550 | 0.550 → 0.570 (+0.020)"
    )
    strict = learn_filter.changes(
        {**before, "strict_f1": 0.4}, {**after, "strict_f1": 0.38}, strict=True
    )
    assert strict.endswith(" | 0.400 → 0.380 (-0.020)")


def test_a_set_outside_sets_is_prepared_from_its_folder(tmp_path):
    """The confidence filter's fresh batches: a folder of articles and gold under a
    name of its own, with no entry added to SETS."""
    folder = tmp_path / "fresh"
    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "articles" / "7.txt").write_text("published: 2016-01-02\n---\nText.\n")
    (folder / "gold" / "7.json").write_text("[]")
    inputs, gold = learn_filter.prepare("fresh-x", tmp_path / "work", folder)
    assert (inputs / "7.txt").read_text() == "Text.\n"
    assert json.loads((inputs / "7.meta.json").read_text()) == {
        "published": "2016-01-02"
    }
    assert (gold / "7.json").exists() and "fresh-x" not in learn_filter.SETS


def test_the_confidence_filters_setting_weighs_the_read_population():
    """The setting (L2 penalty, read weight) is passed, not kept in module state:
    weight 0 trains on blind-time runs only."""
    import confidence_filter as cf

    rows = [
        {"pop": "blind", "group": "heldout", "m": np.ones((1, 1)), "y": np.ones(1)},
        {"pop": "read", "group": "dev", "m": np.ones((1, 1)), "y": np.ones(1)},
        {"pop": "read", "group": "heldout2", "m": np.ones((1, 1)), "y": np.ones(1)},
    ]
    assert [a.set for a in cf.pool(rows, ["heldout"], (1.0, 0.0))] == ["heldout"]
    weighted = cf.pool(rows, ["heldout"], (1.0, 0.5))
    assert [(a.set, a.w) for a in weighted] == [("heldout", 1.0), ("dev", 0.5)]
