"""A reunion told without naming the one met ('pleased to meet again since May'):
the two heads of the meeting just reported met before, at the date the sentence
gives (earlier.met_again_before; fresh MOFA page real 407, dev 039)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

_MEETING = (
    "On March 3, Prime Minister Shinzo Abe held a summit meeting in Hanoi with "
    "President Tran Dai Quang of Viet Nam. "
)


def _meetings(nlp, text: str) -> list[tuple]:
    return sorted(
        (len(e.names), e.location.city or "", e.date or "", e.status)
        for e in article_events(nlp, text, date(2017, 3, 3))
        if e.type == "meeting"
    )


def test_meeting_again_since_a_month_is_an_earlier_meeting(nlp):
    text = _MEETING + (
        "President Quang said he was delighted at meeting again for the first time "
        "since October."
    )
    got = _meetings(nlp, text)
    assert (2, "", "2016-10", "occurred") in got  # they met in October, no place
    assert any(d == "2017-03-03" for _, _, d, _ in got)  # the reported one stays


def test_meeting_again_following_their_talks_takes_their_place(nlp):
    text = _MEETING + (
        "Prime Minister Abe said he was glad to meet again following their talks in "
        "Tokyo in November."
    )
    got = _meetings(nlp, text)
    assert any(
        c == "Tokyo" and d == "2016-11" and s == "occurred" for _, c, d, s in got
    )


def test_meeting_again_later_is_no_earlier_meeting(nlp):
    text = _MEETING + (
        "The two leaders agreed to meet again after the elections in October."
    )
    got = _meetings(nlp, text)
    assert not any(d.startswith("2016") for _, _, d, _ in got)
