"""nlp.clause_subjects.where_clause: the one test of 'a relative clause opened by
where' (the venue, role and date readers share it). Hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from summitwatch.nlp.clause_subjects import where_clause

WORDS = ["He", "flew", "to", "Paris", ",", "where", "he", "met", "Macron"]
HEAD_DEPS = ["nsubj", "ROOT", "prep", "pobj", "punct", "advmod", "nsubj"]


def _parse(deps: list[str], heads: list[int]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, heads=heads, deps=deps)


def test_a_relative_clause_opened_by_where():
    deps = [*HEAD_DEPS, "relcl", "dobj"]
    doc = _parse(deps, [1, 1, 1, 2, 3, 7, 7, 3, 7])
    assert where_clause(doc[7])
    assert not where_clause(doc[1])  # the main clause


def test_a_clause_without_where_is_none():
    deps = [*HEAD_DEPS, "conj", "dobj"]
    doc = _parse(deps, [1, 1, 1, 2, 1, 7, 7, 1, 7])
    assert not where_clause(doc[7])  # coordinated, not relative
