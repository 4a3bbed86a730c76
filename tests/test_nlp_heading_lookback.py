"""'The two leaders' after a numbered section heading (MOFA and Kantei summaries:
'1. Bilateral Relations', '(1) Overall') are the pair named before the heading: the
heading is no sentence of the look-back window (`doc_text.window_start`,
`over_headings`; real 684). Hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

TEXT = (
    "Prime Minister Taro Aso held a summit meeting with President Nicolas Sarkozy "
    "in Paris on May 4, 2009.\n\n1. Bilateral Relations\n\nThe two leaders welcomed "
    "the progress made since their summit meeting in Kyoto last July."
)


def test_the_two_leaders_reach_past_a_section_heading(nlp):
    found = {
        (tuple(sorted(e.names)), e.location.city)
        for e in article_events(nlp, TEXT, date(2009, 5, 5))
        if e.type == "meeting"
    }
    assert (("Nicolas Sarkozy", "Taro Aso"), "Kyoto") in found


def test_a_heading_is_short_and_verbless(nlp):
    from summitwatch.nlp.doc_text import heading

    doc = nlp("1. Bilateral Relations\n\nThe two leaders welcomed the progress.")
    first, *_, last = doc.sents
    assert heading(first) and not heading(last)
