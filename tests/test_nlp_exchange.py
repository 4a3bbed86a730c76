"""Speakers and hosts as participants: a turn labelled by the office alone, and a
visit told between the two who speak (nlp/speakers.py, nlp/exchange.py). Hand-written
texts; each of the first three fails without its change."""

from __future__ import annotations

from datetime import date

from conftest import article_events, meeting_pairs, visit_rows


def test_the_prime_minister_label_speaks_for_the_prime_minister(nlp):
    text = (
        "Remarks Following Talks With Prime Minister Brian Mulroney of Canada\n"
        "March 18, 1985\n"
        "The President. It has been a great pleasure to have Prime Minister Brian "
        "Mulroney here with us, and President Reagan thanks him for coming.\n"
        "The Prime Minister. Thank you, Mr. President. Last month I travelled to "
        "Tokyo for talks on trade.\n"
    )
    rows = visit_rows(nlp, text, date(1985, 3, 18))
    assert ("Brian Mulroney", "JPN", "occurred") in rows
    assert not any(r[0] == "Ronald Reagan" and r[1] == "JPN" for r in rows)


def test_the_hosts_words_on_the_guests_visit_make_a_meeting(nlp):
    text = (
        "Statements for the press\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev: Mr Chairman, friends,\n\n"
        "Your state visit to Kazakhstan is a new chapter in the history of our "
        "two countries.\n\n"
        "President of China Xi Jinping: Thank you, Mr President. Our relations "
        "are stronger than ever.\n"
    )
    published = date(2023, 5, 17)
    assert ("Kassym-Jomart Tokayev", "Xi Jinping") in meeting_pairs(
        nlp, text, published
    )
    assert not any(
        r[0] == "Xi Jinping" and r[1] == "KAZ" for r in visit_rows(nlp, text, published)
    )


def test_a_visit_recalled_elsewhere_stays_a_visit(nlp):
    text = (
        "Beginning of meeting with President of Finland Sauli Niinistö\n"
        "August 22, 2017, The Kremlin, Moscow\n"
        "President of Russia Vladimir Putin: Mr President, friends,\n"
        "I remember well my state visit to Finland, in the spring.\n"
        "President of Finland Sauli Niinistö: Thank you, Mr President.\n"
    )
    events = article_events(nlp, text, date(2017, 8, 22))
    assert not any(e.type == "meeting" and e.location.country == "FIN" for e in events)


def test_a_statement_headed_by_the_office_is_the_holders(nlp):
    text = (
        "Statement by the Prime Minister\n"
        "Prime Minister Shinzo Abe spoke to the press in Tokyo on Friday.\n"
        "Earlier this week I visited Jakarta, where I held talks with President "
        "Joko Widodo.\n"
    )
    assert ("Joko Widodo", "Shinzo Abe") in meeting_pairs(nlp, text, date(2015, 4, 24))


def test_a_host_telling_of_a_guests_visit_in_his_time_met_the_guest(nlp):
    text = (
        "Prime Minister Narendra Modi stated that trade had grown quickly since "
        "President Joko Widodo's state visit to India last year.\n"
    )
    pairs = meeting_pairs(nlp, text, date(2017, 6, 1))
    assert ("Joko Widodo", "Narendra Modi") in pairs


def test_a_visit_before_the_tellers_time_stays_a_visit(nlp):
    text = (
        "President Vladimir Putin said that President Luiz Inácio Lula da Silva "
        "had visited Russia in 1995, as a private citizen.\n"
    )
    rows = visit_rows(nlp, text, date(2010, 5, 14))
    assert ("Luiz Inácio Lula da Silva", "RUS", "occurred") in rows


def test_a_guests_stop_in_another_city_stays_a_visit(nlp):
    text = (
        "Statements for the press\n\n"
        "President of Kazakhstan Kassym-Jomart Tokayev: Mr Chairman, friends,\n\n"
        "I know that you have visited Almaty this week.\n\n"
        "President of China Xi Jinping: Thank you, Mr President.\n"
    )
    published = date(2023, 5, 17)
    assert ("Kassym-Jomart Tokayev", "Xi Jinping") not in meeting_pairs(
        nlp, text, published
    )


def test_the_president_in_a_presidents_own_turn_is_the_other_one(nlp):
    # session 11 (helper split12): the speaker does not call himself 'the
    # President'; in his turn the title is the president he speaks to
    text = (
        "Remarks with President Jacques Chirac of France\n\n"
        "President Bill Clinton welcomed President Jacques Chirac to the White "
        "House on Tuesday.\n\n"
        "PRESIDENT CLINTON: I am very grateful to President Chirac for coming to "
        "see me today. I am especially pleased that the President extended an "
        "invitation for me to visit Paris in July.\n\n"
        "PRESIDENT CHIRAC: Thank you, Mr. President.\n"
    )
    events = article_events(nlp, text, date(1997, 4, 1))
    invitations = [tuple(e.names) for e in events if e.type == "invitation"]
    assert ("Jacques Chirac", "Bill Clinton") in invitations
    assert ("Bill Clinton", "Bill Clinton") not in invitations


def test_the_prime_minister_in_a_prime_ministers_own_turn_is_the_other_one(nlp):
    text = (
        "Joint press remarks\n\n"
        "Prime Minister Shinzo Abe welcomed Prime Minister Narendra Modi to Tokyo "
        "on Monday.\n\n"
        "PRIME MINISTER ABE: I am very grateful to Prime Minister Modi for coming "
        "to Japan. I am especially pleased that the Prime Minister extended an "
        "invitation for me to visit New Delhi next year.\n\n"
        "PRIME MINISTER MODI: Thank you, Prime Minister.\n"
    )
    events = article_events(nlp, text, date(2017, 5, 10))
    invitations = [tuple(e.names) for e in events if e.type == "invitation"]
    assert ("Narendra Modi", "Shinzo Abe") in invitations
    assert ("Shinzo Abe", "Shinzo Abe") not in invitations
