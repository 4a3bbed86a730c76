"""Session 14, helper gov18: the classes found on fresh Kremlin, government.ru, MOFA
and Kantei pages (real 780–787), each in a short paraphrased text: a word run into a
bracket, a place deep inside a list of topics, a speaker's own past meeting beside
the meeting of the day, and a trip summary's verbless lines of meetings."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.models import Article
from summitwatch.process import process


def meetings(nlp, kb, text: str, published: date) -> set[tuple]:
    events = process(Article(text=text, published=published), nlp, kb)
    return {
        (tuple(sorted(e.names)), e.location.country, (e.date or "")[:7])
        for e in events
        if e.type == "meeting"
    }


@pytest.mark.model
def test_a_word_run_into_a_bracket_is_cut_from_it(nlp):
    text = "The two presidents met at the Chong Wa Dae(Blue House) on Monday."
    doc = nlp(text)
    words = [t.text for t in doc]
    assert words[words.index("Dae") : words.index("Dae") + 3] == ["Dae", "(", "Blue"]
    assert doc.text == text  # the text is unchanged, offsets kept


@pytest.mark.model
def test_a_place_inside_a_list_of_topics_places_no_meeting(nlp, kb):
    # real 784: 'policies toward North Korea' in the issues discussed placed the
    # Seoul talks in North Korea, a second meeting beside the first
    text = (
        "On May 29, 2000, Prime Minister Yoshiro Mori visited the Republic of Korea. "
        "Prime Minister Mori held talks with President Kim Dae-jung at the Blue House. "
        "The two leaders exchanged views on a wide range of issues, including "
        "policies toward North Korea and trade.\n"
    )
    found = meetings(nlp, kb, text, date(2000, 5, 29))
    assert {country for _, country, _ in found} == {"KOR"}


@pytest.mark.model
def test_a_speakers_own_past_meeting_in_another_month_stays_apart(nlp, kb):
    # real 781: 'We had a brief conversation over lunch' after 'I was last here in
    # May' merged into the transcript's meeting of the day and dated it May
    text = (
        "Vladimir Putin: Mr President, I am pleased to meet with you here in Moscow.\n"
        "Vaclav Klaus: Thank you. I am glad we can talk. I was last here in May, on "
        "May 9. We had a short conversation over lunch.\n"
    )
    found = meetings(nlp, kb, text, date(2010, 11, 11))
    assert {when for _, _, when in found} == {"2010-11", "2010-05"}


@pytest.mark.model
def test_a_trip_summarys_verbless_lines_are_the_travellers_meetings(nlp, kb):
    # real 785: '(1) France: Meetings with President A and Prime Minister B' paired
    # A with B; the unstated party is the leader whose trip the page sums up
    text = (
        "Visit to Europe by Prime Minister Keizo Obuchi\n\n"
        "From January 6 to 13, Prime Minister Keizo Obuchi paid an official visit to "
        "France and Italy.\n\n"
        "(1) France: Meetings with President Jacques Chirac and Prime Minister Lionel "
        "Jospin\n"
        "(2) Italy: Courtesy call on President Oscar Luigi Scalfaro, meeting with "
        "Prime Minister Massimo D'Alema\n"
    )
    pairs = {names for names, _, _ in meetings(nlp, kb, text, date(1999, 1, 18))}
    assert ("Jacques Chirac", "Keizo Obuchi") in pairs
    assert ("Keizo Obuchi", "Lionel Jospin") in pairs
    assert ("Keizo Obuchi", "Massimo D'Alema") in pairs
    assert ("Jacques Chirac", "Lionel Jospin") not in pairs
