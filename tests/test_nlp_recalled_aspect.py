"""Trips and meetings told as earlier than the text's own time (helper recall11,
session 10): the past perfect, a bare adverb of an earlier time, or a noun marked
as the earlier one keep no publication date (`nlp/recalled_aspect.py`, SCHEMA.md
rule 18). Hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(2019, 5, 14)


def _found(nlp, text: str) -> list[tuple]:
    return [
        (e.type, e.status, sorted(e.names), e.location.country, e.date)
        for e in article_events(nlp, text, PUBLISHED)
    ]


def _in(found: list[tuple], country: str) -> list[tuple]:
    return [e for e in found if e[3] == country]


def test_a_meeting_in_the_past_perfect_keeps_no_publication_date(nlp):
    text = (
        "Chancellor Angela Merkel held talks with French President Emmanuel Macron "
        "in Berlin. Merkel and Macron had previously met in Paris."
    )
    found = _found(nlp, text)
    assert _in(found, "DEU") and _in(found, "DEU")[0][4] == "2019-05-14", found
    assert _in(found, "FRA") and _in(found, "FRA")[0][4] is None, found


def test_a_visit_told_with_once_keeps_no_publication_date(nlp):
    text = (
        "Reporters asked the president about the cabin. Angela Merkel once visited "
        "Camp David, he said."
    )
    found = _found(nlp, text)
    assert _in(found, "USA") and _in(found, "USA")[0][4] is None, found


def test_a_meeting_had_before_keeps_no_publication_date(nlp):
    text = (
        "TOKYO - Prime Minister Shinzo Abe met Russian President Vladimir Putin in "
        "Tokyo on Monday. The two leaders had met in Vladivostok before."
    )
    found = _found(nlp, text)
    assert _in(found, "JPN") and _in(found, "JPN")[0][4] == "2019-05-13", found
    assert _in(found, "RUS") and _in(found, "RUS")[0][4] is None, found


def test_the_days_trip_in_the_simple_past_keeps_the_publication_date(nlp):
    text = "French President Emmanuel Macron visited Germany, his aides said."
    found = _found(nlp, text)
    assert _in(found, "DEU") and _in(found, "DEU")[0][4], found


def test_a_past_perfect_under_a_reporting_verb_stays_the_days_news(nlp):
    text = "Chancellor Angela Merkel said she had met Emmanuel Macron in Paris."
    found = _found(nlp, text)
    assert _in(found, "FRA") and _in(found, "FRA")[0][4], found
