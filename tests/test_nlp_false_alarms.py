"""False alarms on unseen text (helper prec8): hand-written sentences for each class
that recurred across the project's sets (see docs/extraction.md, 'False alarms on
unseen text')."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _visits(nlp, text: str, published: date) -> list:
    return [e for e in article_events(nlp, text, published) if e.type == "visit"]


# -- trips told by their count or in general are no one trip (rule 3)


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Jacinda Ardern has made four visits to Australia as leader.",
        "Since her coronation, Queen Margrethe II has undertaken a number of state "
        "visits to Sweden.",
        "Since her coronation, Queen Margrethe II has made several official visits "
        "to Norway.",
    ],
)
def test_counted_trips_are_no_trip(nlp, text):
    assert not _visits(nlp, text, date(2019, 6, 1))


def test_a_list_summary_line_lends_no_trip(nlp):
    found = _visits(
        nlp,
        "Jacinda Ardern, who took office on 26 October 2017, made her first trip "
        "abroad to meet Prime Minister Malcolm Turnbull on 5 November 2017 in "
        "Sydney, Australia.\nSummary\nThe number of visits per country where Prime "
        "Minister Ardern traveled are:\n",
        date(2019, 6, 1),
    )
    assert not found


def test_trips_to_named_places_stay(nlp):
    found = _visits(
        nlp,
        "Xi Jinping made trips to Russia and Kazakhstan in May 2015.",
        date(2015, 6, 1),
    )
    assert sorted(e.location.country for e in found) == ["KAZ", "RUS"]


# -- meetings told by their count are no one meeting (rule 3)


@pytest.mark.parametrize(
    "text",
    [
        "Mikhail Gorbachev and Ronald Reagan held three summits between 1985 and 1988.",
        "Over the decade a number of meetings were held between President Hosni "
        "Mubarak and King Hussein.",
    ],
)
def test_counted_meetings_are_no_meeting(nlp, text):
    found = article_events(nlp, text, date(2000, 1, 1))
    assert not [e for e in found if e.type == "meeting"]


def test_one_meeting_singled_out_of_several_stays(nlp):
    found = article_events(
        nlp,
        "President Bush will also hold several bilateral meetings, including with "
        "South Korean President Lee Myung-bak.",
        date(2008, 6, 20),
    )
    assert [sorted(e.names) for e in found if e.type == "meeting"] == [
        ["George W. Bush", "Lee Myung-bak"]
    ]


def test_a_series_of_meetings_at_one_place_is_that_conference(nlp):
    found = article_events(
        nlp,
        "The accord was the result of a series of meetings by John F. Kennedy and "
        "Harold Macmillan over three days in the Bahamas in December 1962.",
        date(2000, 1, 1),
    )
    assert [(e.type, e.location.country) for e in found] == [("meeting", "BHS")]


def test_the_two_leaders_are_no_count_of_meetings(nlp):
    found = article_events(
        nlp,
        "The two leaders, George W. Bush and Lee Myung-bak, discussed trade at the "
        "summit in Seoul on 1 June.",
        date(2008, 6, 20),
    )
    assert [e.type for e in found] == ["meeting"]


# -- an undated title's holder is one who held that very office


def test_an_undated_president_is_the_namesake_who_was_president(nlp):
    found = article_events(
        nlp,
        "President Johnson received Prime Minister Harold Wilson at the White House.",
        date(2000, 1, 1),
    )
    assert [sorted(e.names) for e in found] == [["Harold Wilson", "Lyndon B. Johnson"]]


# -- a visit made is the trip of a meeting held at its place, however far apart
# and however many meetings the text reports there (rule 1)

_FILLER = (
    "The talks covered trade, water policy and the peace process. Officials said "
    "the discussions were detailed and that both sides had prepared papers on the "
    "financing of new desalination plants. A joint statement listed several areas "
    "of agreement, from research funding to the protection of antiquities, and noted "
    "that negotiators would continue their work in the coming months. Business "
    "groups welcomed the emphasis on trade, while aid groups asked for more money "
    "for refugees and for firmer commitments on the reconstruction of schools. "
    "Analysts noted that the agenda was broad and that many of the items would need "
    "further work by ministers before any agreement could be signed.\n"
)


def test_a_visit_told_far_from_its_meetings_is_their_trip(nlp):
    found = article_events(
        nlp,
        "In July 2006 Prime Minister Junichiro Koizumi met King Abdullah II in Aqaba. "
        "He also met Prime Minister Marouf al-Bakhit in Amman.\n"
        + _FILLER
        + "At a press conference, Koizumi said that he was glad to have come to "
        "Jordan, his first stop in the region.",
        date(2006, 8, 10),
    )
    assert sorted(e.type for e in found) == ["meeting", "meeting"]


def test_a_planned_trip_stays_beside_a_meeting_held_there(nlp):
    found = article_events(
        nlp,
        "In July 2006 Prime Minister Junichiro Koizumi met King Abdullah II in Aqaba.\n"
        + _FILLER
        + "Koizumi will visit Jordan again next year.",
        date(2006, 8, 10),
    )
    assert [e.status for e in found if e.type == "visit"] == ["planned"]


# -- 'during the meeting' frames another act in the meeting already reported


def test_the_meeting_that_frames_an_invitation_is_no_second_meeting(nlp):
    found = article_events(
        nlp,
        "On June 27 Prime Minister Shinzo Abe held a meeting with President Donald "
        "Trump in Osaka. As President Trump invited Prime Minister Abe to Camp David "
        "several times during the meeting, the two leaders deepened their friendship.",
        date(2019, 6, 29),
    )
    meetings = [e for e in found if e.type == "meeting"]
    assert [(e.location.city, e.date) for e in meetings] == [("Osaka", "2019-06-27")]


def test_a_meeting_told_first_with_its_place_stays(nlp):
    found = article_events(
        nlp,
        "During the meeting in Beijing on Monday, Xi Jinping told Kim Jong-un that "
        "China supports the talks.",
        date(2019, 6, 29),
    )
    assert [e.location.city for e in found if e.type == "meeting"] == ["Beijing"]


def test_meetings_counted_in_times_are_no_meeting(nlp):
    """'we met five times last year' counts meetings, names none (rule 3; a
    Kremlin transcript, session 12 kremlin14): only the day's own talks stay."""
    found = article_events(
        nlp,
        "President Dmitry Medvedev received President Hu Jintao in the Kremlin on "
        "Wednesday. Medvedev said that he and Hu met five times last year.",
        date(2009, 6, 17),
    )
    meetings = [e for e in found if e.type == "meeting"]
    assert [e.date for e in meetings] == ["2009-06-17"]


def test_meetings_counted_within_a_day_stay_one_meeting(nlp):
    """'met three times throughout the day' is one day's encounters: a meeting."""
    found = article_events(
        nlp,
        "Donald Trump and Vladimir Putin met three times throughout the day in Da "
        "Nang on Saturday.",
        date(2017, 11, 11),
    )
    assert [sorted(e.names) for e in found if e.type == "meeting"] == [
        ["Donald Trump", "Vladimir Putin"]
    ]
