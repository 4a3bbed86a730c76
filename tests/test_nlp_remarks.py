"""First-person texts: remarks, statements, press conferences and transcripts (issue
#10). Hand-written sentences in the shapes of Kantei, Kremlin and White House pages,
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

WHITE_HOUSE = "THE WHITE HOUSE\n\nOffice of the Press Secretary\n\n"


def table(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


def test_the_speaker_held_a_meeting_on_a_day_of_the_month(nlp):
    text = (
        "Prime Minister Fumio Kishida said in his opening remarks:\n"
        "“I held a summit meeting with President Emmanuel Macron on the 7th.”"
    )
    found = table(nlp, text, date(2023, 3, 20))
    assert found == [
        (
            "meeting",
            "occurred",
            ["Emmanuel Macron", "Fumio Kishida"],
            None,
            None,
            "2023-03-07",
        )
    ]


def test_a_relative_clause_on_the_counterpart_does_not_set_the_status(nlp):
    text = (
        "Prime Minister Fumio Kishida said:\n"
        "“I held talks with Chancellor Olaf Scholz, whose country will chair the "
        "meeting next year, on the 3rd.”"
    )
    [event] = article_events(nlp, text, date(2023, 3, 20))
    assert (event.status, event.date) == ("occurred", "2023-03-03")


def test_i_am_going_to_visit_is_planned(nlp):
    text = (
        "Prime Minister Shinzo Abe said:\n"
        "“I am going to make an official visit to Russia to hold talks with "
        "President Vladimir Putin in Moscow.”"
    )
    found = table(nlp, text, date(2016, 11, 1))
    assert [(e[0], e[1], e[2]) for e in found] == [
        ("meeting", "planned", ["Shinzo Abe", "Vladimir Putin"])
    ]


def test_the_speaker_had_the_opportunity_to_meet(nlp):
    text = (
        "President Vladimir Putin: Good afternoon.\n"
        "Vladimir Putin: Last month I had the chance to meet with Jacques Chirac "
        "in Paris."
    )
    found = table(nlp, text, date(2004, 6, 10))
    assert (
        "meeting",
        "occurred",
        ["Jacques Chirac", "Vladimir Putin"],
        "Paris",
        "FRA",
        "2004-05",
    ) in found


def test_a_nouns_own_year_does_not_date_the_next_sentence(nlp):
    text = WHITE_HOUSE + (
        "The President recalled the agenda set out at the 1994 Miami Summit. "
        "The President will welcome the April 8 State visit of Prime Minister "
        "Jean Chretien."
    )
    found = table(nlp, text, date(1997, 3, 25))
    assert found == [("visit", "planned", ["Jean Chrétien"], None, "USA", "1997-04-08")]


def test_a_formal_visit_without_destination_is_to_the_writing_office(nlp):
    text = WHITE_HOUSE + (
        "The President looks forward to the official visit of Chancellor Helmut "
        "Kohl on May 3."
    )
    found = table(nlp, text, date(1993, 4, 20))
    assert [(e[0], e[2], e[4]) for e in found] == [("visit", ["Helmut Kohl"], "USA")]


def test_his_under_the_unnamed_president_is_not_the_guest(nlp):
    text = WHITE_HOUSE + (
        "The President will host the May 4 State visit of President Fernando "
        "Henrique Cardoso; his travel in June to Argentina will follow."
    )
    found = table(nlp, text, date(1995, 3, 1))
    assert all(e[4] != "ARG" for e in found)


def test_thanks_for_hospitality_at_the_dateline_are_a_meeting_there(nlp):
    text = (
        "Press statements following talks\n\n"
        "May 14, 2010, Brasilia, Brazil\n\n"
        "President of Russia Dmitry Medvedev: Ladies and gentlemen,\n\n"
        "I want to thank President Luiz Inacio Lula da Silva for his hospitality."
    )
    found = table(nlp, text, date(2010, 5, 14))
    assert (
        "meeting",
        "occurred",
        ["Dmitry Medvedev", "Luiz Inácio Lula da Silva"],
        "Brasilia",
        "BRA",
        "2010-05-14",
    ) in found


def test_thanks_for_hospitality_said_elsewhere_recall_another_stay(nlp):
    text = (
        "Meeting with President of Brazil\n\n"
        "May 20, 2010, The Kremlin, Moscow\n\n"
        "President of Russia Dmitry Medvedev: I want to thank President Luiz "
        "Inacio Lula da Silva once again for his hospitality."
    )
    found = table(nlp, text, date(2010, 5, 20))
    assert not any(e[4] == "BRA" for e in found)


def test_agreed_to_hold_a_meeting_on_a_day_ahead(nlp):
    text = (
        "Prime Minister Shinzo Abe spoke to reporters at his office on the upcoming "
        "talks with Prime Minister Justin Trudeau of Canada.\n"
        "The Prime Minister said at the press conference,\n"
        "“I spoke with Prime Minister Trudeau by telephone. We agreed to "
        "hold talks on March 3.”"
    )
    found = table(nlp, text, date(2019, 2, 20))
    assert found == [
        (
            "meeting",
            "planned",
            ["Justin Trudeau", "Shinzo Abe"],
            None,
            None,
            "2019-03-03",
        )
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Forty-four years ago", "1972"),
        ("twenty-one years ago", "1995"),
        ("thirty years earlier", "1986"),
        ("fifteen years ago", "2001"),
    ],
)
def test_years_ago_in_words(text, expected):
    from summitwatch.nlp.dates import resolve_date

    assert resolve_date(text, date(2016, 3, 10)) == expected


def test_a_recalled_host_decades_ago(nlp):
    text = (
        "PRESIDENT OBAMA: Welcome. Thirty years ago, President Reagan made a visit "
        "to Ottawa. He was hosted by Prime Minister Brian Mulroney."
    )
    found = table(nlp, text, date(2016, 3, 10))
    assert (
        "meeting",
        "occurred",
        ["Brian Mulroney", "Ronald Reagan"],
        "Ottawa",
        "CAN",
        "1986",
    ) in found


def test_a_time_of_day_dates_the_meeting_to_the_report(nlp):
    text = (
        "CHIEF CABINET SECRETARY SUGA: From 4:10 p.m., for about 40 minutes, Prime "
        "Minister Abe held a summit meeting with President Moon Jae-in in Hanoi."
    )
    [event] = article_events(nlp, text, date(2017, 11, 11))
    assert event.date == "2017-11-11"


def test_officials_attending_the_meeting_join_it(nlp):
    text = (
        "Vladimir Putin held talks in the Kremlin with President Emmanuel Macron. "
        "On the Russian side, attending the meeting are Foreign Minister Sergei "
        "Lavrov and Presidential Aide Yury Ushakov.\n"
        "President of Russia Vladimir Putin: Mr President, we are glad to see you."
    )
    meetings = [
        sorted(e.names)
        for e in article_events(nlp, text, date(2022, 2, 7))
        if e.type == "meeting"
    ]
    assert meetings == [
        [
            "Emmanuel Macron",
            "Sergey Lavrov",
            "Vladimir Putin",
            "Yuri Ushakov",
        ]
    ]


def test_an_official_who_attended_the_meeting_makes_no_visit_of_his_own(nlp):
    text = (
        "Prime Minister Shinzo Abe held a meeting with Premier Li Keqiang in "
        "Ulaanbaatar. Foreign Minister Fumio Kishida, who is also in Mongolia and "
        "attended the meeting, will brief reporters."
    )
    found = table(nlp, text, date(2016, 7, 15))
    assert [(e[0], e[2]) for e in found] == [
        ("meeting", ["Fumio Kishida", "Li Keqiang", "Shinzo Abe"])
    ]


def test_a_transcripts_welcome_places_the_days_talks(nlp):
    text = (
        "PRESIDENT OBAMA: Well, I am pleased to welcome Chancellor Angela Merkel back "
        "to the Oval Office. I still remember the wonderful visit that I made to "
        "Germany last year. Today we had an opportunity for a long discussion."
    )
    found = table(nlp, text, date(2014, 5, 2))
    assert (
        "meeting",
        "occurred",
        ["Angela Merkel", "Barack Obama"],
        "Washington",
        "USA",
        "2014-05-02",
    ) in found
    assert ("visit", "occurred", ["Barack Obama"], None, "DEU", "2013") in found


def test_they_after_staff_named_last_are_the_staff(nlp):
    text = (
        "Both President Vladimir Putin and President Recep Tayyip Erdogan have "
        "appointed experienced negotiators. They have been holding long talks."
    )
    found = table(nlp, text, date(2017, 5, 3))
    assert not any(e[0] == "meeting" for e in found)


def test_a_statement_heading_opens_the_speakers_turn(nlp):
    text = (
        "[Opening Statement by Prime Minister Ishiba]\n"
        "I look forward to holding talks with President Emmanuel Macron in Paris.\n"
        "(On whether a date was set)\n"
        "I also hope to visit Berlin to meet Chancellor Olaf Scholz."
    )
    found = table(nlp, text, date(2025, 2, 3))
    people = [e[2] for e in found if e[0] == "meeting"]
    assert ["Emmanuel Macron", "Shigeru Ishiba"] in people
    assert ["Olaf Scholz", "Shigeru Ishiba"] in people


def test_the_exchange_after_a_telephone_talk_is_the_call(nlp):
    text = (
        "Prime Minister Shigeru Ishiba said:\n"
        "“I had a telephone talk with President Emmanuel Macron. President Macron "
        "and I engaged in a frank exchange of views on Ukraine.”"
    )
    assert article_events(nlp, text, date(2025, 2, 3)) == []


def test_the_sidelines_of_a_summit_held_somewhere(nlp):
    text = (
        "Prime Minister Shigeru Ishiba said:\n"
        "“I look forward to having talks with President Emmanuel Macron on the "
        "sidelines of the summit meeting, which will be held in Canada.”"
    )
    found = table(nlp, text, date(2025, 5, 23))
    assert [(e[0], e[1], e[4]) for e in found] == [("meeting", "planned", "CAN")]
