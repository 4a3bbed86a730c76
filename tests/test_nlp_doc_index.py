"""DocIndex's range readers: which dates and people sit inside a token range, in
the order each caller needs (hand-built Docs, no trained model)."""

from __future__ import annotations

import pytest
import spacy

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.mentions import PersonMention

TEXT = "Kim met Putin in 1954 ; Putin met President Kim 28 June - 1 July 1955 ."
KIM = Participant("Kim Jong-un", "kim", "PRK")
PUTIN = Participant("Vladimir Putin", "putin", "RUS")
PRESIDENT_KIM = Participant("Kim Jong-un", "kim", "PRK", "president")


@pytest.fixture
def index() -> DocIndex:
    doc = spacy.blank("en")(TEXT)
    index = DocIndex(doc=doc, kb=None, published=None, resolver=None)  # type: ignore[arg-type]
    for who, start, end in [(KIM, 0, 1), (PUTIN, 2, 3), (PUTIN, 6, 7),
                            (PRESIDENT_KIM, 8, 10)]:  # fmt: skip
        index.add_person(PersonMention(who, start, end))
    # a range's end is resolved with its start and stored before it
    index.date_at = {
        0: (doc[0:1], ""),  # unresolved: never returned
        4: (doc[4:5], "1954"),
        13: (doc[13:16], "1955-06"),
        10: (doc[10:12], "1955-06"),
    }
    return index


def test_dates_in_keeps_resolution_order(index):
    assert index.dates_in(0, len(index.doc)) == [(4, "1954"), (13, "1955-06"),
                                                 (10, "1955-06")]  # fmt: skip


def test_dates_in_text_order_starts_a_range_at_its_start(index):
    assert index.dates_in(5, len(index.doc), text_order=True)[0] == (10, "1955-06")
    assert index.dates_in(5, 12, text_order=True) == [(10, "1955-06")]


def test_mentions_in_takes_mentions_starting_in_the_range(index):
    assert [m.start for m in index.mentions_in(2, 9)] == [2, 6, 8]


def test_people_in_one_participant_each_with_its_first_token(index):
    assert index.people_in(0, len(index.doc)) == [(0, KIM), (2, PUTIN),
                                                  (8, PRESIDENT_KIM)]  # fmt: skip


@pytest.mark.parametrize("latest, kim", [(False, KIM), (True, PRESIDENT_KIM)])
def test_people_in_by_name_first_or_latest_participant(index, latest, kim):
    found = index.people_in(0, len(index.doc), same_name=True, latest=latest)
    assert found == [(0, kim), (2, PUTIN)]
