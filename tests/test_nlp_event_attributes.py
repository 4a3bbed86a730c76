"""Attributes of events found: dates a founding sentence does not
lend, anniversaries that date a recalled visit, where a meeting ahead is held, and a
guest's stay told in a clause hung on his title. Hand-written texts; each test
fails without its change."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _found(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.type, e.status, sorted(e.names), e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


def test_a_founding_date_is_not_lent_to_the_next_sentence(nlp):
    text = (
        "Statements after the talks with President Emmanuel Macron\n"
        "March 4, 2019, The Kremlin, Moscow\n"
        "President Vladimir Putin: Mr President, friends,\n"
        "Diplomatic ties between our nations were established in 1717 and have "
        "grown ever since.\n"
        "During the talks, Mr Macron and I discussed trade and security."
    )
    found = _found(nlp, text, date(2019, 3, 4))
    talks = [e for e in found if e[0] == "meeting" and "Emmanuel Macron" in e[2]]
    assert talks and all(e[4] != "1717" for e in talks), found


def test_an_anniversary_dates_the_visit_it_counts(nlp):
    text = (
        "Prime Minister Shinzo Abe met President Michelle Bachelet of Chile in "
        "Tokyo on Monday. President Bachelet noted that this year marks the 40th "
        "anniversary of President Eduardo Frei Montalva's visit to Japan."
    )
    found = _found(nlp, text, date(2016, 5, 9))
    recalled = [e for e in found if e[0] == "visit" and "Eduardo Frei Montalva" in e[2]]
    assert recalled and all(e[4] == "1976" for e in recalled), found


def test_a_meeting_ahead_is_not_placed_at_the_hosts_last_welcome(nlp):
    text = (
        "President Barack Obama will welcome President Park Geun-hye to the White "
        "House on May 7, 2013. The President looks forward to discussing trade "
        "and security with her. The President will also be meeting next month with "
        "Chancellor Angela Merkel of Germany."
    )
    found = _found(nlp, text, date(2013, 4, 20))
    merkel = [e for e in found if e[0] == "meeting" and "Angela Merkel" in e[2]]
    assert merkel and all(e[3] is None for e in merkel), found


def test_a_guests_stay_told_on_his_title_places_the_call(nlp):
    text = (
        "On May 12, Prime Minister Shinzo Abe received a courtesy call from Mr. "
        "Luis Videgaray, Secretary of Foreign Affairs of the United Mexican States, "
        "who was on an official visit to Japan."
    )
    found = _found(nlp, text, date(2017, 5, 12))
    call = [e for e in found if e[0] == "meeting"]
    assert call and all(e[3] == "JPN" for e in call), found


def test_a_meeting_on_a_trip_ahead_is_not_at_the_frames_place(nlp):
    text = (
        "President Barack Obama will visit Japan and Malaysia from April 22 to "
        "April 29 to deepen ties with both nations. This trip will build on a year "
        "of diplomacy with the region, including the U.S.-Africa Leaders Summit on "
        "April 14-15 in Washington, D.C. The trip reflects a lasting commitment to "
        "the region. In each country, President Obama will hold bilateral meetings "
        "with his counterparts: Prime Minister Shinzo Abe of Japan and Prime "
        "Minister Najib Razak of Malaysia."
    )
    found = _found(nlp, text, date(2014, 4, 10))
    najib = [e for e in found if e[0] == "meeting" and "Najib Razak" in e[2]]
    assert najib and all(e[3] == "MYS" for e in najib), found


def test_a_spoken_welcome_places_the_talks_before_a_recalled_trip(nlp):
    text = (
        "Beginning of meeting with President of Austria Heinz Fischer\n"
        "June 24, 2014\n"
        "President of Russia Vladimir Putin: Mr President, dear Heinz,\n"
        "It is a great pleasure to welcome the Austrian delegation to the Kremlin. "
        "This visit is special, because it is a state visit.\n"
        "This year we marked several historical dates that bind our nations. I "
        "remember well my state visit to Austria and I would like to thank you once "
        "again for its excellent organisation. This year we have also held several "
        "events, and I visited Austria.\n"
        "I wrote a few lines today about the talks with the President of Austria. "
        "During the talks, Mr Fischer and I discussed trade and energy."
    )
    found = _found(nlp, text, date(2014, 6, 24))
    talks = [e for e in found if e[0] == "meeting" and "Heinz Fischer" in e[2]]
    assert talks and all(e[3] == "RUS" for e in talks), found


def test_a_recalled_meeting_does_not_frame_the_transcript(nlp, kb):
    from summitwatch.nlp.frame import find_frame
    from summitwatch.nlp.mention_index import build_index

    doc = nlp(
        "President Vladimir Putin: Let me wish you a warm welcome, Mr Chancellor. "
        "I remember our meetings in Hamburg in 1994, and I must mention that this "
        "year we are to celebrate a big event."
    )
    frame = find_frame(build_index(doc, kb, date(2005, 5, 10)))
    assert frame.place is None or frame.place.country != "DEU"
