"""nlp.leader_table: a header with a date column and two or more leaders' columns
opens a table of meetings, one a row. Hand-built lines (no model)."""

from __future__ import annotations

import pytest
import spacy

from summitwatch.nlp.leader_table import _header


@pytest.mark.parametrize(
    "line, header",
    [
        ("| Date | Place | President | Soviet leader | Notes |", True),
        ("| Date | City | President | Pope | Notes |", True),
        ("| Date | Place | Host | Notes |", False),  # no leader's column
        ("| Place | President | Pope | Notes |", False),  # no date column
    ],
)
def test_a_header_names_a_date_and_two_leaders_columns(line, header):
    doc = spacy.blank("en")(line)
    assert _header(doc[:]) is header


def test_each_column_name_counts_on_its_own():
    """'Soviet leader' is a leader column and a 'leader' one: two, as the list
    counts them (`tables.json: leader_columns`)."""
    doc = spacy.blank("en")("| Date | Place | Soviet leader | Notes |")
    assert _header(doc[:])
