"""The KB's names as entities, before the statistical NER, from an index built once
per model and KB and kept in the disk cache (`summitwatch.cache`).

It does what spaCy's `EntityRuler` with ORTH phrase patterns does (the same
matches, the same longest-first choice, the same labels and ids), without building
~15k pattern `Doc`s at every start: that took seconds, most of a cold
`summitwatch extract`. The index maps a name's first token to the token sequences
(as the model's tokenizer splits them) that start with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span

Index = dict[str, list[tuple[tuple[str, ...], str, str | None]]]
ID_SEP = "||"  # as EntityRuler joins a label and an id into one match key


def compile_index(nlp: Language, patterns: list[dict]) -> Index:
    """{first token: [(tokens, label, id)]} for phrase patterns {label, pattern, id}."""
    index: Index = defaultdict(list)
    for pattern in patterns:
        words = tuple(t.text for t in nlp.tokenizer(pattern["pattern"]))
        if words:
            index[words[0]].append((words, pattern["label"], pattern.get("id")))
    return dict(index)


def cached_index(
    nlp: Language, patterns: Callable[[], list[dict]], kb_key: str
) -> Index:
    """The index for this model and KB, from the cache when both are unchanged."""
    import spacy

    from summitwatch.cache import cached, fingerprint

    meta = nlp.meta
    key = fingerprint(
        extra=(
            meta.get("lang", ""), meta.get("name", ""), meta.get("version", ""),
            spacy.__version__, kb_key, Path(__file__).read_text(encoding="utf-8"),
            Path(__file__).with_name("components.py").read_text(encoding="utf-8"),
        ),
    )  # fmt: skip
    return cached("kb-ruler", key, lambda: compile_index(nlp, patterns()))


class KbRuler:
    """Sets `doc.ents` from the index, overwriting what overlaps (as
    `EntityRuler(overwrite_ents=True)` does)."""

    def __init__(self, nlp: Language, index: Index) -> None:
        strings = nlp.vocab.strings

        def key(label: str, kb_id: str | None) -> int:
            return strings.add(label if kb_id is None else f"{label}{ID_SEP}{kb_id}")

        self.index = {
            first: [(words, key(label, kb_id), label, kb_id)
                    for words, label, kb_id in entries]
            for first, entries in index.items()
        }  # fmt: skip

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[tuple[int, int, int, str, str | None]]:
        """(key, start, end, label, id), longest first, then leftmost."""
        texts = [t.text for t in doc]
        found: dict[tuple[int, int, int], tuple[str, str | None]] = {}
        for start, text in enumerate(texts):
            for words, key, label, kb_id in self.index.get(text, ()):
                end = start + len(words)
                if tuple(texts[start:end]) == words:
                    found[(key, start, end)] = (label, kb_id)
        # EntityRuler sorts a set of the PhraseMatcher's matches (emitted by start,
        # then end, then in pattern order); building the set in that order gives the
        # same choice between two labels for one span ("Panmunjom": site or city).
        emitted = sorted(found, key=lambda m: (m[1], m[2]))
        ordered = sorted(set(emitted), key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        return [(*m, *found[m]) for m in ordered]

    @staticmethod
    def set_annotations(doc: Doc, matches: list) -> None:
        entities = list(doc.ents)
        new: list[Span] = []
        seen: set[int] = set()
        for _key, start, end, label, kb_id in matches:
            if start in seen or end - 1 in seen:
                continue
            span_id = kb_id if kb_id is not None else 0
            new.append(Span(doc, start, end, label=label, span_id=span_id))
            entities = [e for e in entities if not (e.start < end and e.end > start)]
            seen.update(range(start, end))
        doc.ents = entities + new
