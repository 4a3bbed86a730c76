"""Constructions found on fresh real pages (issue #10, helper s5-fresh): calls paid in
person, trip nouns whose 'by' phrase names the traveller, trip verbs with an
abstract goal, and bare verbs conjoined under one auxiliary. Hand-written sentences,
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date = date(2018, 12, 12)):
    return [
        (e.type, e.status, sorted(e.names), e.location.country)
        for e in article_events(nlp, text, published)
    ]


# -- a call paid in person is a meeting, not a phone call


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Taro Kono paid a courtesy call on President Rodrigo "
        "Duterte in Manila on Tuesday.",
        "President Rodrigo Duterte received a courtesy call from Foreign Minister "
        "Taro Kono in Manila on Tuesday.",
    ],
)
def test_courtesy_call_is_a_meeting(nlp, text):
    found = summary(nlp, text)
    assert ("meeting", "occurred", ["Rodrigo Duterte", "Taro Kono"], "PHL") in found


def test_courtesy_title_before_a_name_in_capitals(nlp):
    found = summary(
        nlp,
        "Mr. Taro Kono paid a courtesy call on His Excellency Nana Addo Dankwa "
        "AKUFO-ADDO, President of Ghana, in Tokyo on December 11.",
    )
    assert [f[2] for f in found if f[0] == "meeting"] == [
        ["Nana Akufo-Addo", "Taro Kono"]
    ]


def test_a_phone_call_stays_no_meeting(nlp):
    found = summary(
        nlp, "President Barack Obama spoke by phone with Chancellor Angela Merkel."
    )
    assert not [f for f in found if f[0] == "meeting"]


# -- 'the visit to X by Y': Y travels, the one speaking of it does not


@pytest.mark.parametrize(
    "text",
    [
        "The ministry described the current visit to Brazil by Secretary of State "
        "Condoleezza Rice as an attempt to isolate Caracas.",
        "President Hugo Chavez criticized the visit to Brazil by Secretary of "
        "State Condoleezza Rice.",
    ],
)
def test_by_phrase_names_the_traveller(nlp, text):
    found = summary(nlp, text, date(2005, 4, 27))
    assert ("visit", "occurred", ["Condoleezza Rice"], "BRA") in found
    assert not [f for f in found if "Hugo Chávez" in f[2]]


def test_by_phrase_of_a_travel_means_is_no_traveller(nlp):
    found = summary(
        nlp, "Hugo Chavez made the trip to Havana by plane.", date(2005, 4, 27)
    )
    assert [f[2] for f in found] == [["Hugo Chávez"]]


# -- 'reach' a goal is no trip


def test_reaching_a_settlement_is_no_trip(nlp):
    found = summary(
        nlp,
        "President Obama and Prime Minister Cameron pledged to reach a negotiated "
        "political transition in Syria.",
        date(2015, 9, 24),
    )
    assert found == []


def test_reaching_a_city_is_a_trip(nlp):
    found = summary(
        nlp, "Kim Jong-il reached Vladivostok on Monday.", date(2011, 8, 24)
    )
    assert ("visit", "occurred", ["Kim Jong-il"], "RUS") in found


# -- a bare verb conjoined under 'will' is ahead too


def test_conjoined_bare_verb_shares_the_future(nlp):
    found = summary(
        nlp,
        "In Laos, President Barack Obama will attend the U.S.-ASEAN meeting and "
        "hold talks with President Bounnhang Vorachith.",
        date(2016, 8, 12),
    )
    assert (
        "meeting",
        "planned",
        ["Barack Obama", "Bounnhang Vorachith"],
        "LAO",
    ) in found


def test_conjoined_verb_with_its_own_tense_keeps_it(nlp):
    found = summary(
        nlp,
        "President Barack Obama arrived in Laos on Monday and held talks with "
        "President Bounnhang Vorachith.",
        date(2016, 9, 8),
    )
    assert (
        "meeting",
        "occurred",
        ["Barack Obama", "Bounnhang Vorachith"],
        "LAO",
    ) in found


# -- a talk that is the purpose of a trip, or told during one, is face to face


@pytest.mark.parametrize(
    "text, status",
    [
        (
            "President Lula will visit Paris on Friday to discuss the climate "
            "accord with President Emmanuel Macron.",
            "planned",
        ),
        (
            "During his visit to Paris, President Lula plans to discuss trade "
            "issues with President Emmanuel Macron.",
            "planned",
        ),
    ],
)
def test_talk_on_a_trip_is_a_meeting(nlp, text, status):
    found = summary(nlp, text, date(2023, 6, 20))
    pairs = [f for f in found if f[0] == "meeting"]
    assert pairs and pairs[0][1:] == (
        status,
        ["Emmanuel Macron", "Luiz Inácio Lula da Silva"],
        "FRA",
    )


def test_talk_without_a_trip_is_no_meeting(nlp):
    found = summary(
        nlp,
        "President Lula discussed the climate accord with Emmanuel Macron "
        "by telephone.",
        date(2023, 6, 20),
    )
    assert not [f for f in found if f[0] == "meeting"]


# -- a gathering told in a past relative clause is background, not the frame


def test_background_summit_in_a_relative_clause_frames_nothing(nlp, kb):
    from summitwatch.nlp.frame import find_frame
    from summitwatch.nlp.mention_index import build_index

    doc = nlp(
        "Hugo Chavez will visit Havana on Thursday. Luis Posada Carriles is in the "
        "United States, after his release from prison in Panama, where he was "
        "convicted of a plot to kill Fidel Castro at a summit held there in 2000."
    )
    frame = find_frame(build_index(doc, kb, date(2005, 4, 27)))
    assert frame.date != "2000" and not frame.gathering


def test_summit_in_a_present_relative_clause_still_frames(nlp, kb):
    from summitwatch.nlp.frame import find_frame
    from summitwatch.nlp.mention_index import build_index

    doc = nlp(
        "Peskov, speaking in Qingdao, China, where Putin is attending a regional "
        "summit, said no meeting was planned."
    )
    frame = find_frame(build_index(doc, kb, date(2018, 6, 9)))
    assert frame.gathering and frame.place is not None


# -- attending a leader's inauguration is meeting the leader sworn in


@pytest.mark.parametrize(
    "text",
    [
        "President Lula attended the inauguration of President Gabriel Boric in "
        "Santiago on Friday.",
        "President Lula was in Chile, where he attended the presidential "
        "inauguration Friday of Gabriel Boric.",
    ],
)
def test_attending_an_inauguration_meets_the_leader(nlp, text):
    found = summary(nlp, text, date(2022, 3, 14))
    assert (
        "meeting",
        "occurred",
        ["Gabriel Boric", "Luiz Inácio Lula da Silva"],
        "CHL",
    ) in found


def test_an_inauguration_not_attended_is_no_meeting(nlp):
    found = summary(
        nlp,
        "Since the inauguration of President Gabriel Boric, President Lula has "
        "praised Chile's new government.",
        date(2022, 9, 14),
    )
    assert not [f for f in found if f[0] == "meeting"]
