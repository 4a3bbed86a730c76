"""Announced events in news (issue #10, helper s5-plans): schedules told in the
present, headlines with 'to', welcoming venues, page furniture and surnames of
several words. Hand-written sentences, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc

from conftest import article_events

pytestmark = [pytest.mark.model]

THURSDAY = date(2016, 9, 8)  # not a 1st: that reads as a month-only date


def rows(nlp, text: str, published: date | None = THURSDAY):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


# -- class 1: announced events, dated forward


def test_a_present_trip_on_a_weekday_is_the_coming_one(nlp):
    text = (
        "Foreign Minister Sergei Lavrov travels to Beijing on Monday for trade talks."
    )
    [event] = rows(nlp, text)
    assert event[:2] == ("visit", "planned")
    assert event[4:] == ("CHN", "2016-09-12")


def test_a_past_trip_on_a_weekday_stays_in_the_past(nlp):
    text = "Foreign Minister Sergei Lavrov travelled to Beijing on Monday for talks."
    [event] = rows(nlp, text)
    assert (event[1], event[5]) == ("occurred", "2016-09-05")


def test_a_weekday_meeting_under_a_present_clause_is_ahead(nlp):
    text = (
        "Prime Minister Justin Trudeau arrived in Berlin by plane. His Saturday "
        "meeting with Chancellor Angela Merkel at the Chancellery is certain to "
        "cover trade."
    )
    meetings = [r for r in rows(nlp, text) if r[0] == "meeting"]
    assert ("planned", "2016-09-10") in [(r[1], r[5]) for r in meetings]


def test_to_be_to_meet_on_a_weekday_is_ahead(nlp):
    text = "President Moon Jae-in and Kim Jong-un are to meet Tuesday in Pyongyang."
    [event] = rows(nlp, text, date(2018, 9, 16))
    assert (event[1], event[5]) == ("planned", "2018-09-18")


def test_a_range_across_two_months_is_one_trip_at_the_year(nlp):
    text = "Prime Minister Narendra Modi will travel to Tokyo October 30 – November 2."
    assert rows(nlp, text, date(2016, 10, 3)) == [
        ("visit", "planned", ["Narendra Modi"], "Tokyo", "JPN", "2016")
    ]


def test_a_headline_infinitive_announces_the_trip(nlp):
    text = (
        "Chancellor Merkel To Visit Ottawa\n\nThe chancellor's office gave no details."
    )
    [event] = rows(nlp, text)
    assert event[:3] == ("visit", "planned", ["Angela Merkel"])


def test_a_headline_infinitive_hung_on_its_subject(nlp):
    text = "Putin to Meet with Erdogan\n\nThe Kremlin gave no details of the agenda."
    [event] = rows(nlp, text)
    assert event[:2] == ("meeting", "planned")


def test_a_visit_returned_was_made_already(nlp):
    text = (
        "Prime Minister Narendra Modi looks forward to reciprocating the visit of "
        "President Xi Jinping, whom he received in Ahmedabad in September 2014."
    )
    xi = [r for r in rows(nlp, text, date(2015, 3, 2)) if r[2] == ["Xi Jinping"]]
    assert xi and {r[1] for r in xi} == {"occurred"}


def test_a_trip_named_by_its_traveller_in_a_present_clause_is_ahead(nlp):
    text = (
        "Foreign Minister Sergei Lavrov will travel to Hanoi on October 3. "
        "Minister Lavrov's visit to Vietnam underlines the partnership."
    )
    assert {r[1] for r in rows(nlp, text, date(2016, 9, 20))} == {"planned"}


def test_continuing_our_talks_somewhere_is_a_plan(nlp):
    from summitwatch.nlp.status import present_meeting

    doc = nlp(
        "We are preparing to go to Osaka, where we will continue our discussions."
    )
    talks = next(t for t in doc if t.lower_ == "discussions")
    assert not present_meeting(talks)


def test_a_talk_ahead_of_a_dated_summit_does_not_take_its_date(nlp):
    text = (
        "President Barack Obama will host Prime Minister Narendra Modi at the White "
        "House on Friday. Obama and Modi would discuss climate policy in the lead-up "
        "to a December 2015 Summit on Climate."
    )
    dates = {r[5] for r in rows(nlp, text, date(2015, 9, 2)) if r[0] == "meeting"}
    assert "2015-12" not in dates


# -- class 2: welcoming venues


def test_welcomed_to_the_white_house_whatever_the_parse(nlp):
    """The parse hangs 'to the White House' on the guest, not on 'welcome'."""
    from summitwatch.kb import load_kb
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.nlp.venue import welcomed_to

    words = "Obama will welcome Kenya 's president , Uhuru Kenyatta , to the".split()
    words += ["White", "House"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[2, 2, 2, 5, 3, 2, 2, 8, 2, 8, 8, 13, 13, 10],
        deps="nsubj aux ROOT poss case dobj punct compound dobj punct prep det "
        "compound pobj".split(),
        pos="PROPN AUX VERB PROPN PART NOUN PUNCT PROPN PROPN PUNCT ADP DET PROPN "
        "PROPN".split(),
        lemmas=[w.lower() if w == "welcome" else w for w in words],
        ents="B-PERSON O O B-GPE O O O B-PERSON I-PERSON O O O B-FAC I-FAC".split(),
        sent_starts=[True] + [False] * 13,
    )
    index = build_index(doc, load_kb(), THURSDAY)
    [venue] = welcomed_to(index, doc[2])
    assert (venue.place.city, venue.place.country) == ("Washington", "USA")


def test_welcomed_to_the_state_department_is_washington(nlp):
    text = (
        "SECRETARY KERRY: I want to welcome Foreign Minister Wang Yi of China to the "
        "State Department."
    )
    [event] = rows(nlp, text, date(2016, 2, 23))
    assert event[3:5] == ("Washington", "USA")


def test_a_dated_relative_clause_keeps_its_place(nlp):
    text = (
        "In Canada he looks forward to returning the visit of Prime Minister Justin "
        "Trudeau, whom he welcomed to the Oval Office in March 2016, as well as "
        "meeting Governor General David Johnston."
    )
    found = rows(nlp, text, date(2016, 5, 2))
    assert not [r for r in found if r[2] == ["David Johnston"] and r[4] == "USA"]


def test_the_place_a_traveller_leaves_is_no_venue(nlp):
    text = (
        "Secretary of State Hillary Clinton is leaving Washington for a trip to Asia. "
        "She will meet separately with Prime Minister Naoto Kan and President Lee "
        "Myung-bak."
    )
    countries = {r[4] for r in rows(nlp, text, date(2010, 7, 19)) if r[0] == "meeting"}
    assert "USA" not in countries


# -- class 3: page furniture and surnames


def test_a_file_photo_caption_reports_nothing(nlp):
    text = (
        "FILE - Kenyan President Uhuru Kenyatta speaks during a summit with President "
        "Paul Kagame in Nairobi, Jan. 5, 2016.\n\n"
        "President Barack Obama will host President Kenyatta at the White House on "
        "Friday."
    )
    found = rows(nlp, text)
    assert [r[4] for r in found] == ["USA"]


def test_a_link_sign_off_reports_nothing(nlp):
    text = (
        "Secretary Kerry will travel to Paris on Monday.\n\n"
        "Stay connected at https://blogs.state.gov, and keep track of the Secretary's "
        "travels to Manila at https://www.state.gov/travel."
    )
    assert [r[4] for r in rows(nlp, text)] == ["FRA"]


def test_a_surname_of_several_words_is_the_person_named_before(nlp):
    text = (
        "President Luiz Inacio Lula da Silva arrived in Lisbon by plane on Monday. "
        "Prime Minister Antonio Costa later met da Silva at the palace."
    )
    names = {n for r in rows(nlp, text) for n in r[2]}
    assert "da Silva" not in names


def test_a_pronoun_past_names_of_the_other_gender_keeps_its_topic(nlp):
    text = (
        "Secretary Clinton flies to Cairo first. Sunday she sees President Shimon "
        "Peres and Prime Minister Benjamin Netanyahu. Monday she goes to Amman to "
        "meet King Abdullah."
    )
    amman = [r for r in rows(nlp, text, date(2009, 10, 30)) if r[3] == "Amman"]
    assert amman and "Hillary Clinton" in amman[0][2]


def test_the_members_a_delegation_includes_join_its_meeting(nlp):
    text = (
        "President Joe Biden will host Chancellor Olaf Scholz at the White House on "
        "Friday. Scholz's delegation will include Finance Minister Christian Lindner "
        "and Foreign Minister Annalena Baerbock."
    )
    [meeting] = [r for r in rows(nlp, text, date(2023, 3, 1)) if r[0] == "meeting"]
    assert {"Christian Lindner", "Annalena Baerbock"} <= set(meeting[2])


def test_a_past_visit_framing_a_future_clause_is_ahead(nlp):
    text = (
        "Following her visit to Tokyo, Secretary of State Hillary Clinton will travel "
        "to Seoul to meet President Lee Myung-bak."
    )
    found = rows(nlp, text, date(2009, 2, 10))
    assert found and {r[1] for r in found} == {"planned"}


def test_staying_away_from_a_summit_placed_in_a_resort_of_a_city(nlp):
    text = (
        "Chancellor Angela Merkel held talks in France today, then flew to Poland. "
        "Merkel will not attend the summit in the Black Sea resort of Sochi."
    )
    found = rows(nlp, text, date(2014, 2, 3))
    assert ("visit", "occurred") in [r[:2] for r in found if r[4] == "FRA"]
    assert ("visit", "not_occurred", "RUS") in [(r[0], r[1], r[4]) for r in found]


@pytest.mark.parametrize(
    "line, marked",
    [
        ("FILE - President A speaks.", True),
        ("FILE PHOTO: President A speaks.", True),  # the longer mark
        ("FILE PHOTOS of the day.", False),  # no dash or colon after a mark
        ("President A files a report.", False),
    ],
)
def test_a_file_photo_mark_opens_the_line(line, marked):
    import spacy

    from summitwatch.nlp.page_furniture import file_caption

    doc = spacy.blank("en")(line)
    assert file_caption(doc[:]) is marked
