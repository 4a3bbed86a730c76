"""nlp.clause_subjects: the one test of 'a relative clause opened by where' (the
venue, role and date readers share it) and of one opened by 'who' (references,
lost_subject). Hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from summitwatch.nlp.clause_subjects import where_clause, who_clause

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


def _relative(words: str, tags: list[str], deps: list[str], heads: list[int]) -> Doc:
    vocab = spacy.blank("en").vocab
    return Doc(vocab, words=words.split(), tags=tags, deps=deps, heads=heads)


@pytest.mark.parametrize(
    "words, tags, deps, heads, subject",
    [
        ("Samak , who met Abe", ["NNP", ",", "WP", "VBD", "NNP"],
         ["ROOT", "punct", "nsubj", "relcl", "dobj"], [0, 0, 3, 0, 3], True),
        ("Samak , whom Abe met", ["NNP", ",", "WP", "NNP", "VBD"],
         ["ROOT", "punct", "dobj", "nsubj", "relcl"], [0, 0, 4, 4, 0], False),
    ],
)  # fmt: skip
def test_a_relative_clause_opened_by_who(words, tags, deps, heads, subject):
    doc = _relative(words, tags, deps, heads)
    [clause] = [t for t in doc if t.dep_ == "relcl"]
    assert who_clause(clause)
    assert who_clause(clause, subject=True) is subject
    assert not who_clause(doc[0])
