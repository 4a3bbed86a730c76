"""The one stored format of the extractor's learned filters (the fallback proposer's
guard, the confidence filter): a logistic model in a JSON file of nlp/patterns —
`enabled`, `threshold`, `features`, `means`, `scales`, `bias`, `weights` and its
`source` — fitted by `scripts/learn_filter.py fit` (numpy, training only) and read
here in plain Python, so the extractor never needs numpy; and the features of a
sentence both filters read the same way (`sentence_cues`)."""

from __future__ import annotations

import math
from functools import cache

from spacy.tokens import Span

from summitwatch.nlp.lexicon import load_patterns, word_set

_CUES = "status_cues.json"  # the word lists the status reader and the filters share
LEDE_CHARS = 600  # a sentence starting this early is in the lede


@cache
def stored_model(name: str) -> dict | None:
    """The model stored as `name`, or None when the file is absent or its
    `enabled` is false (the filter is then off and costs nothing)."""
    try:
        model = load_patterns(name)
    except FileNotFoundError:
        return None
    return model if model.get("enabled") else None


def probability(model: dict, row: dict[str, float]) -> float:
    """The model's probability for one row of features (a feature the row lacks
    counts 0)."""
    z = model["bias"]
    for name, mean, scale, weight in zip(
        model["features"],
        model["means"],
        model["scales"],
        model["weights"],
        strict=True,
    ):
        z += weight * (row.get(name, 0.0) - mean) / scale
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


def keeps(model: dict, row: dict[str, float]) -> bool:
    """The model's probability reaches its threshold."""
    return probability(model, row) >= model["threshold"]


def sentence_cues(sent: Span) -> dict[str, float]:
    """What both filters read of the sentence itself: its length, whether it
    starts in the lede, holds a quote mark or a first-person word."""
    quotes = word_set(_CUES, "quote_marks")
    first_person = word_set(_CUES, "first_person_words")
    return {
        "length": math.log1p(len(sent)),
        "lede": float(sent.start_char < LEDE_CHARS),
        "quoted": float(any(c in sent.text for c in quotes)),
        "first_person": float(any(t.lower_ in first_person for t in sent)),
    }
