"""The cached KB ruler finds what spaCy's EntityRuler with the same patterns finds:
the same spans, labels and ids, on the sample and test articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from summitwatch.nlp.components import kb_patterns

pytestmark = pytest.mark.model
ARTICLES = Path(__file__).parent / "data" / "articles"


def _upto_ruler(nlp, text: str):
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "kb_ruler":
            return doc
        doc = proc(doc)
    raise AssertionError("no kb_ruler in the pipeline")


def test_the_kb_ruler_matches_the_entity_ruler(nlp, kb):
    from importlib import resources

    from spacy.pipeline import EntityRuler

    spacy_ruler = EntityRuler(
        nlp, name="spacy_ruler", overwrite_ents=True, phrase_matcher_attr="ORTH"
    )
    with nlp.select_pipes(disable=nlp.pipe_names):
        spacy_ruler.add_patterns(kb_patterns(kb))
    ours = nlp.get_pipe("kb_ruler")
    samples = resources.files("summitwatch.samples")
    texts = [p.read_text(encoding="utf-8") for p in sorted(ARTICLES.glob("*.txt"))]
    texts += [samples.joinpath(n).read_text(encoding="utf-8")
              for n in ("seed-2015-02-23-moscow-vs-vladivostok.txt",
                        "2018-04-27-panmunjom-summit-yonhap.txt")]  # fmt: skip
    assert len(texts) > 20
    for text in texts:
        a, b = _upto_ruler(nlp, text), _upto_ruler(nlp, text)
        spacy_ruler(a)
        ours(b)
        assert [(e.start, e.end, e.label_, e.id_) for e in b.ents] == [
            (e.start, e.end, e.label_, e.id_) for e in a.ents
        ]
