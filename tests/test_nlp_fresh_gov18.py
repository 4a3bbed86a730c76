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
        "The two leaders had a very useful exchange of views on a broad range of "
        "issues, including policies toward North Korea, the G8 summit in July and "
        "trade.\n"
    )
    found = meetings(nlp, kb, text, date(2000, 5, 29))
    assert {country for _, country, _ in found} == {"KOR"}


@pytest.mark.model
def test_a_speakers_own_past_meeting_in_another_month_stays_apart(nlp, kb):
    # real 781: 'We had a brief conversation over lunch' after 'I was last here in
    # May' merged into the transcript's meeting of the day and dated it May
    text = (
        "Prime Minister Vladimir Putin meets with Czech President Vaclav Klaus\n"
        "11 november 2010\n"
        "Transcript of the beginning of the meeting:\n"
        "Vladimir Putin: Mr President, I am pleased to meet with you here in Moscow.\n"
        "Vaclav Klaus: Thank you. I am glad we have this opportunity to meet. I was "
        "last here in May, on May 9 to be precise. We had a short conversation over "
        "lunch.\n"
    )
    found = meetings(nlp, kb, text, date(2010, 11, 11))
    assert len(found) == 2  # one merged meeting, dated May, before the fix
    assert sorted(when == "2010-05" for _, _, when in found) == [False, True]


@pytest.mark.model
def test_a_trip_summarys_verbless_lines_are_the_travellers_meetings(nlp, kb):
    # real 785: '(1) France: Meetings with President A and Prime Minister B' paired
    # A with B; the unstated party is the leader whose trip the page sums up
    text = (
        "Visit to Europe by Prime Minister Keizo Obuchi\n\n"
        "From January 6 to 13, Prime Minister Keizo Obuchi paid an official visit to "
        "France, Italy and the Vatican.\n\n"
        "(1) France: Meetings with President Jacques Chirac and Prime Minister Lionel "
        "Jospin\n"
        "(2) Italy: Courtesy call on President Oscar Luigi Scalfaro, meeting with "
        "Prime Minister Massimo D'Alema\n"
        "(3) Vatican: Audience with Pope John Paul II, meeting with Cardinal Angelo "
        "Sodano (Secretary of State)\n"
    )
    found = meetings(nlp, kb, text, date(1999, 1, 18))
    pairs = {names for names, _, _ in found}
    assert ("Jacques Chirac", "Keizo Obuchi") in pairs
    assert ("Keizo Obuchi", "Lionel Jospin") in pairs
    assert ("Jacques Chirac", "Lionel Jospin") not in pairs
    # 'Audience with A, meeting with B': the parse makes A the host of B; on the
    # owner's line both are his counterparts
    assert ("Angelo Sodano", "Keizo Obuchi") in pairs
    assert ("Angelo Sodano", "Pope John Paul II") not in pairs
    # the line's 'Courtesy call on X' (parsed as a subject and its verb) and its
    # label 'Italy:', cut off by the sentence splitter, place the line's meetings
    italy = {names for names, country, _ in found if country == "ITA"}
    assert italy == {
        ("Keizo Obuchi", "Massimo D'Alema"),
        ("Keizo Obuchi", "Oscar Luigi Scalfaro"),
    }


@pytest.mark.model
def test_a_kremlin_title_above_the_lede_is_no_line_of_the_owner(nlp, kb):
    # the owner must be named before the line: a title 'Meeting with X' above the
    # transcript is no line of his list (it bridged two occasions, test_nlp_merge)
    from summitwatch.nlp.diary import line_owner
    from summitwatch.nlp.mention_index import build_index

    text = (
        "Meeting with Former Chancellor of Germany Helmut Kohl\n\n"
        "President Vladimir Putin: Let me wish you a warm welcome.\n"
    )
    index = build_index(nlp(text), kb, date(2005, 5, 1))
    title = next(t for t in index.doc if t.lower_ == "meeting")
    kohl = [m.participant for m in index.persons if "Kohl" in m.participant.name]
    assert kohl and line_owner(index, title, kohl[:1]) is None
