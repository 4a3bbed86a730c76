"""nlp.cue_tokens: the tokens a rule's word set hits in a span, from one index per
doc, are the ones a scan of the span would keep (#13)."""

import pytest
import spacy
from spacy.tokens import Doc

from summitwatch.nlp.cue_tokens import (
    any_tagged,
    tokens_containing,
    with_lemma,
    with_lower,
)
from summitwatch.nlp.doc_text import span_text

WORDS = "The President met the Premier . They Met again and meeting ended".split()
LEMMAS = "the president meet the premier . they Meet again and meeting end".split()


@pytest.fixture
def doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, lemmas=LEMMAS)


@pytest.mark.parametrize("start, end", [(0, 12), (0, 5), (3, 9), (6, 12), (4, 4)])
@pytest.mark.parametrize("words", [{"meet"}, {"the", "meet", "end"}, {"absent"}])
def test_with_lemma_keeps_what_a_scan_keeps(doc, start, end, words):
    span = doc[start:end]
    scanned = [t.i for t in span if t.lemma_.lower() in words]
    assert [t.i for t in with_lemma(span, frozenset(words))] == scanned


@pytest.mark.parametrize("start, end", [(0, 12), (1, 6), (5, 12)])
def test_with_lower_keeps_what_a_scan_keeps(doc, start, end):
    span, words = doc[start:end], frozenset({"the", "met"})
    found = [t.i for t in with_lower(span, words)]
    assert found == [t.i for t in span if t.lower_ in words]
    assert found == [i for i in (0, 2, 3, 7) if start <= i < end]


@pytest.mark.parametrize("start, end", [(0, 12), (0, 1), (2, 7), (11, 12), (3, 3)])
def test_span_text_is_the_span_text(doc, start, end):
    assert span_text(doc[start:end]) == doc[start:end].text


def test_tokens_containing_a_line_break():
    words = ["Title", "\n\n", "Body", "text", "\n", "End"]
    doc = Doc(spacy.blank("en").vocab, words=words)
    assert [t.i for t in tokens_containing(doc[:], "\n")] == [1, 4]
    assert [t.i for t in tokens_containing(doc[2:5], "\n")] == [4]


TAGS = "DT NNP VBD DT NNP . PRP VBD RB CC NN VBD".split()


@pytest.mark.parametrize(
    "start, end", [(0, 12), (0, 2), (2, 3), (3, 7), (8, 11), (5, 5)]
)
@pytest.mark.parametrize("tags", [{"VBD"}, {"RB", "CC"}, {"MD"}])
def test_any_tagged_answers_as_a_scan(start, end, tags):
    doc = Doc(spacy.blank("en").vocab, words=WORDS, tags=TAGS)
    span = doc[start:end]
    assert any_tagged(span, frozenset(tags)) == any(t.tag_ in tags for t in span)
