"""The tokenizer guard and word-bounded sections (#14, items 7 and 9)."""

from __future__ import annotations

import pytest

from summitwatch.nlp.guard import (
    blank_citations,
    blank_footnote_marks,
    plain_characters,
    tame_runs,
    title_case_surnames,
)
from summitwatch.process import needs_sections, sections


@pytest.mark.parametrize("symbol", ["=", "<", "*", "#", "_", "\u2014", '"', "("])
def test_long_runs_of_one_symbol_become_spaces_offsets_kept(symbol):
    text = f"Putin met Kim. {symbol * 5000} Then they left."
    tamed = tame_runs(text)
    assert len(tamed) == len(text)
    assert tamed.startswith("Putin met Kim. " + symbol * 3 + " ")
    assert tamed.endswith(" Then they left.")
    assert symbol * 4 not in tamed


@pytest.mark.parametrize(
    "text", ["a -- b", "x ... y", "3 | 7–9 May 2017 | Germany", "-=-=-=-=-=-=-=-=", ""]
)
def test_ordinary_punctuation_is_left_alone(text):
    assert tame_runs(text) == text


def test_a_tamed_run_is_a_few_tokens():
    """Untamed, this run would keep the tokenizer busy for hours (the benchmark
    benchmarks/pathological.py measures the time)."""
    spacy = pytest.importorskip("spacy")
    doc = spacy.blank("en").make_doc(tame_runs("=" * 200_000))
    assert len(doc) <= 4 and doc[0].text.startswith("=")


def test_sections_stop_at_a_word_limit_as_well_as_a_length():
    text = "word " * 25_000  # 125,000 characters, no sentence ends
    parts = sections(text, words=10_000)
    assert [len(part.split()) for _, part in parts] == [10_000, 10_000, 5_000]
    assert "".join(part for _, part in parts) == text
    assert all(text[offset:].startswith(part) for offset, part in parts)
    assert needs_sections(text) and not needs_sections("A short article.")


def test_sections_prefer_a_sentence_end():
    text = ("Leaders met. " * 1000) + "tail"
    parts = sections(text, words=500)
    assert all(part.endswith(".") for _, part in parts[:-1])
    assert "".join(part for _, part in parts) == text


@pytest.mark.parametrize(
    "text, marker",
    [
        ("Canada Jean Tremblay[4] Prime Minister", "[4]"),
        ("held in Oslo.[12][13] Then", "[12][13]"),
        ("a claim[citation needed] here", "[citation needed]"),
        ("the note[b] says", "[b]"),
    ],
)
def test_citation_markers_glued_to_a_word_become_spaces(text, marker):
    assert blank_citations(text) == text.replace(marker, " " * len(marker))


@pytest.mark.parametrize("text", ["[1] A reference line", "see [Annex 2]", "a [sic] b"])
def test_brackets_that_are_no_citation_markers_are_kept(text):
    assert blank_citations(text) == text


@pytest.mark.parametrize(
    ("text", "blanked"),
    [  # FRUS superscript footnote numbers glued to a word (session 13, frus16)
        ("The Ambassador called4 and told me", "The Ambassador called  and told me"),
        ("ARA—Mr. Ortega7 | |", "ARA—Mr. Ortega  | |"),
        (
            "to the Envoy to India (Hale)12\nSUBJECT",
            "to the Envoy to India (Hale)  \nSUBJECT",
        ),
        ("and his own visit.5 He noted", "and his own visit.  He noted"),
    ],
)
def test_footnote_numbers_glued_to_a_word_become_spaces(text, blanked):
    assert blank_footnote_marks(text) == blanked
    assert len(blank_footnote_marks(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "the G7 summit",
        "COVID19 cases",
        "grew 0.5 percent",
        "Tab A2 is",
        "F-5E jets",
        "telegram 32,1 repeated",
        "in 2019 and",
        "Flight MH17",
    ],
)
def test_numbers_that_are_no_footnote_marks_are_kept(text):
    assert blank_footnote_marks(text) == text


@pytest.mark.parametrize(
    "text, read",
    [
        ("with H.E. LEE Jae Myung, President", "with H.E. Lee Jae Myung, President"),
        ("Mr. SUGA Yoshihide, Prime Minister", "Mr. Suga Yoshihide, Prime Minister"),
        (
            "H. E. Mr. Shavkat MIRZIYOYEV, President",
            "H. E. Mr. Shavkat Mirziyoyev, President",
        ),
    ],
)
def test_a_family_name_in_capitals_after_a_courtesy_title_is_read_in_title_case(
    text, read
):
    assert title_case_surnames(text) == read


@pytest.mark.parametrize("text", ["the NATO summit with Mr. Rutte", "Mr. Lee met NATO"])
def test_capitals_that_are_no_family_name_are_kept(text):
    assert title_case_surnames(text) == text


def test_typographic_apostrophes_and_odd_spaces_read_plain_offsets_kept():
    text = "He\u2019ll meet President\u00a0Kim;\u2009they didn\u2019t\u200b."
    plain = plain_characters(text)
    assert plain == "He'll meet President Kim; they didn't ."
    assert len(plain) == len(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "On Monday Obama said he\u2019ll meet Prime Minister Shinzo Abe in Tokyo.",
        "On Monday Obama said he\u2019ll meet Prime\u00a0Minister"
        " Shinzo\u00a0Abe in Tokyo.",
    ],
)
def test_a_curly_apostrophe_or_a_no_break_space_reads_as_its_plain_form(
    nlp, kb, sentence
):
    """The small model tags "’ll" with no lemma 'will' and "n’t" a proper noun; a
    no-break space is a token that parts a title from its name."""
    from test_extract import events_of

    plain = "On Monday Obama said he'll meet Prime Minister Shinzo Abe in Tokyo."
    got = events_of(nlp, kb, sentence)
    assert got == events_of(nlp, kb, plain)
    assert ("meeting", "planned") in [event[:2] for event in got]


def test_the_evidence_quotes_the_page_with_its_own_apostrophes(nlp, kb):
    from summitwatch.models import Article
    from summitwatch.process import process

    text = (
        "On Monday Obama said he\u2019ll meet Prime\u00a0Minister Shinzo Abe in Tokyo."
    )
    events = process(Article(text=text, language="en"), nlp, kb)
    assert events
    assert all(e.evidence and e.evidence in text for e in events)
