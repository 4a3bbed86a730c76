"""Meeting recall in reports, readouts and leaders' own texts (round 7, meetB):
a column's 'I' is its author; coordinated counterparts and pair-versus-group
conventions (SCHEMA rule 2). Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, meeting_pairs

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date = date(2016, 8, 28)) -> list[tuple]:
    return meeting_pairs(nlp, text, published)


# -- a column's author is its 'I'


def test_a_column_signed_here_makes_the_author_its_i(nlp):
    text = (
        "Shinzo Abe here.\n\n"
        "Last week I held talks with President Emmanuel Macron of France in Paris."
    )
    assert meetings(nlp, text) == [("Emmanuel Macron", "Shinzo Abe")]


def test_a_message_from_line_names_the_author(nlp):
    text = (
        "[Weekly Letter -- Message from Prime Minister Shinzo Abe]\n\n"
        "Yesterday I met Chancellor Angela Merkel of Germany and then "
        "President Barack Obama of the United States."
    )
    assert meetings(nlp, text) == [
        ("Angela Merkel", "Shinzo Abe"),
        ("Barack Obama", "Shinzo Abe"),
    ]


def test_a_news_line_ending_in_here_names_no_author(nlp):
    text = (
        "Vladimir Putin arrived here.\n\n"
        "I saw President Xi Jinping meet the delegation on Monday."
    )
    assert not any(
        {"Vladimir Putin", "Xi Jinping"} <= set(m) for m in meetings(nlp, text)
    )


# -- descriptions by country and office (described.py)


def test_a_described_president_is_the_president_not_the_top_leader(nlp):
    text = (
        "Supreme Leader Ali Khamenei praised the tour. Iranian President Mahmoud "
        "Ahmadinejad arrived in Caracas on Tuesday. The Iranian president and "
        "President Hugo Chavez will meet on Wednesday."
    )
    found = meetings(nlp, text, date(2009, 11, 25))
    assert ("Hugo Chávez", "Mahmoud Ahmadinejad") in found
    assert not any("Ali Khamenei" in m for m in found)


def test_counterparts_from_countries_are_their_office_holders(nlp):
    text = (
        "President Barack Obama will host talks with his counterparts from "
        "Afghanistan and Ukraine next week in Washington. Afghan President Ashraf "
        "Ghani and Ukrainian President Petro Poroshenko are due on Tuesday."
    )
    found = meetings(nlp, text)
    people = {name for m in found for name in m}
    assert {"Ashraf Ghani", "Petro Poroshenko"} <= people
    assert all("Barack Obama" in m for m in found)


# -- pairs and groups (SCHEMA rule 2)


def test_one_on_one_talks_with_two_people_are_two_meetings(nlp):
    text = (
        "President Emmanuel Macron held one-on-one talks with Chancellor Angela "
        "Merkel and Prime Minister Mark Rutte and then with both of them together "
        "in Brussels on Friday."
    )
    found = meetings(nlp, text)
    assert ("Angela Merkel", "Emmanuel Macron") in found
    assert ("Emmanuel Macron", "Mark Rutte") in found


# -- a subject pronoun keeps the topic of its sentence


def test_a_later_he_continues_the_earlier_he_not_the_man_met(nlp):
    text = (
        "Secretary of State John Kerry left Washington on Monday. He arrived in "
        "Paris for talks with Foreign Minister Laurent Fabius, and in the afternoon "
        "he met with President Francois Hollande at the Elysee Palace."
    )
    found = meetings(nlp, text)
    assert ("François Hollande", "John Kerry") in found
    assert ("François Hollande", "Laurent Fabius") not in found


# -- 'discussed X with Y': a talk face to face, unless a call is told near it


def test_discussing_topics_with_someone_is_a_meeting(nlp):
    text = (
        "On Tuesday, John Kerry discussed trade and regional security issues with "
        "Foreign Minister Laurent Fabius in Paris."
    )
    assert meetings(nlp, text) == [("John Kerry", "Laurent Fabius")]


def test_discussing_topics_on_a_call_is_no_meeting(nlp):
    text = (
        "John Kerry spoke by telephone on Tuesday. He discussed trade and regional "
        "security issues with Foreign Minister Laurent Fabius."
    )
    assert meetings(nlp, text) == []


# -- a past trip reports its purpose met


def test_the_purpose_of_a_past_trip_took_place(nlp):
    text = (
        "Secretary of State John Kerry flew to Baghdad on April 12 to meet Prime "
        "Minister Haider al-Abadi."
    )
    found = [
        e for e in article_events(nlp, text, date(2016, 4, 1)) if e.type == "meeting"
    ]
    assert [(sorted(e.names), e.status) for e in found] == [
        (["Haider al-Abadi", "John Kerry"], "occurred")
    ]


def test_meetings_beside_an_attended_summit_are_pairs(nlp):
    text = (
        "Chancellor Olaf Scholz attended the G20 summit in Bali on Tuesday, and met "
        "with President Joe Biden and President Xi Jinping."
    )
    assert meetings(nlp, text, date(2022, 11, 20)) == [
        ("Joe Biden", "Olaf Scholz"),
        ("Olaf Scholz", "Xi Jinping"),
    ]


# -- a quoted letter's 'I' is its signer


def test_a_signed_letter_makes_its_signer_the_i(nlp):
    text = (
        "Telegram to the Embassy in Paris. Please deliver the following message to "
        "President Jacques Chirac.\n\n"
        "Dear Mr. President:\n\n"
        "I regret that I must postpone my visit to France until the autumn.\n\n"
        "Sincerely,\n"
        "Bill Clinton\n"
    )
    found = [
        (e.type, e.names, e.location.country)
        for e in article_events(nlp, text, date(1996, 3, 1))
    ]
    assert ("visit", ["Bill Clinton"], "FRA") in found


def test_a_closing_word_opening_prose_signs_no_letter(nlp):
    text = (
        "Telegram to the Embassy in Paris. Please deliver the following message to "
        "President Jacques Chirac.\n\n"
        "Dear Mr. President:\n\n"
        "I regret that I must postpone my visit to France until the autumn.\n\n"
        "Cordially, Chancellor Helmut Kohl told reporters in Bonn that he "
        "understood.\n"
    )
    visitors = [
        e.names
        for e in article_events(nlp, text, date(1996, 3, 1))
        if e.type == "visit"
    ]
    assert ["Helmut Kohl"] not in visitors


def test_interacting_with_leaders_is_meeting_them(nlp):
    text = (
        "Prime Minister Narendra Modi interacted with President Joe Biden and "
        "President Emmanuel Macron in Apulia on Friday."
    )
    assert meetings(nlp, text, date(2024, 6, 15)) == [
        ("Emmanuel Macron", "Narendra Modi"),
        ("Joe Biden", "Narendra Modi"),
    ]


def test_a_meeting_held_keeps_its_status_beside_one_ahead(nlp):
    text = (
        "On Monday, John Kerry met Prime Minister Benjamin Netanyahu in Jerusalem "
        "and will meet President Mahmoud Abbas in Ramallah later this week."
    )
    found = {
        tuple(sorted(e.names)): e.status
        for e in article_events(nlp, text, date(2016, 5, 10))
        if e.type == "meeting"
    }
    assert found[("Benjamin Netanyahu", "John Kerry")] == "occurred"
    assert found[("John Kerry", "Mahmoud Abbas")] == "planned"
