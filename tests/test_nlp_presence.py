"""Presence without a travel verb (issue #10, class 3): 'X is in <place>', and the
trip of a 'visiting' guest whose meeting did not happen (SCHEMA.md rule 1)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.models import Event
from summitwatch.nlp.trips import fold_trips

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date = date(2019, 6, 28)):
    found = article_events(nlp, text, published)
    return [(e.type, e.status, e.names, e.location.country, e.date) for e in found]


def test_a_leader_said_to_be_in_a_foreign_country_is_there(nlp):
    found = summary(nlp, "Narendra Modi is in Japan for the Group of 20 summit.")
    assert ("visit", "occurred", ["Narendra Modi"], "JPN", "2019-06-28") in found


def test_presence_at_home_or_hedged_is_no_trip(nlp):
    assert summary(nlp, "Shinzo Abe is in Japan this week.") == []
    found = summary(nlp, "Narendra Modi could be in Japan next week.")
    assert not [e for e in found if e[0] == "visit" and e[1] == "occurred"]


def test_presence_while_the_host_acts_is_a_meeting(nlp):
    found = summary(
        nlp,
        "When Narendra Modi was in Beijing last April, Xi Jinping praised the "
        "progress of the border talks.",
    )
    assert [(e[0], sorted(e[2]), e[3]) for e in found] == [
        ("meeting", ["Narendra Modi", "Xi Jinping"], "CHN")
    ]


def test_a_visiting_guest_travelled_although_the_meeting_was_called_off(nlp):
    found = summary(
        nlp,
        "Vladimir Putin was due to hold talks in Moscow with visiting Indian Prime "
        "Minister Narendra Modi on Tuesday, but that meeting was called off.",
    )
    assert ("visit", "occurred", ["Narendra Modi"], "RUS") in [e[:4] for e in found]
    assert [e[1] for e in found if e[0] == "meeting"] == ["not_occurred"]


def test_a_visiting_guest_met_is_one_event(nlp):
    found = summary(
        nlp, "Vladimir Putin held talks in Moscow with visiting Narendra Modi."
    )
    assert [e[0] for e in found] == ["meeting"]


def test_a_visiting_professor_is_no_guest(nlp):
    found = summary(
        nlp,
        "Vladimir Putin was to meet visiting professor Narendra Modi in Moscow on "
        "Tuesday, but that meeting was called off.",
    )
    assert not [e for e in found if e[0] == "visit"]


def test_praise_at_a_gathering_is_the_speakers_attendance(nlp):
    found = summary(
        nlp,
        "At the Osaka summit's closing session, Angela Merkel commended Xi Jinping "
        "and Narendra Modi for their climate pledges.",
    )
    assert [(e[0], e[2]) for e in found] == [("visit", ["Angela Merkel"])]


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi will leave for Brazil on July 5, returning to Washington "
        "on July 9.",
        "Narendra Modi flew to Brazil on Monday and returned to Washington on "
        "Thursday.",
    ],
)
def test_the_return_leg_of_a_trip_is_no_visit(nlp, text):
    found = summary(nlp, text)
    assert [e[3] for e in found if e[0] == "visit"] == ["BRA"]


def test_a_trip_named_by_its_traveller_meets_no_host_named_elsewhere(nlp):
    text = (
        "Xi Jinping will pay a state visit to India in May. The trip returns "
        "Narendra Modi's state visit to China in November 2014."
    )
    found = summary(nlp, text, published=date(2015, 1, 10))
    modi = [e for e in found if "Narendra Modi" in e[2] and e[3] == "CHN"]
    assert [(e[0], e[2]) for e in modi] == [("visit", ["Narendra Modi"])]


def test_no_stop_in_the_travellers_own_country(nlp):
    found = summary(
        nlp,
        "Friction between Egypt and Sudan is behind the news that Sudanese "
        "President Omar al-Bashir will not attend the Egypt summit.",
        published=date(2010, 3, 1),
    )
    assert [(e[0], e[3]) for e in found] == [("visit", "EGY")]


@pytest.mark.parametrize(
    "text",
    [
        "Narendra Modi has dispatched envoy Sushma Swaraj to Kathmandu twice.",
        "Narendra Modi sent his foreign minister, Sushma Swaraj, as special envoy "
        "to Kathmandu on Monday.",
    ],
)
def test_an_envoy_sent_to_a_place_travels_there(nlp, text):
    found = summary(nlp, text)
    assert ("visit", ["Sushma Swaraj"], "NPL") in [(e[0], e[2], e[3]) for e in found]


def test_a_site_placed_in_a_country_is_a_stop_beside_the_others(nlp):
    found = summary(
        nlp,
        "On Monday Narendra Modi visited the Bagram Air Base in Afghanistan, and Iran.",
    )
    assert {e[3] for e in found if e[0] == "visit"} == {"AFG", "IRN"}


def test_we_were_in_a_place_is_a_meeting_at_the_gatherings_edition(nlp):
    text = (
        "Beginning of meeting with Prime Minister of India Narendra Modi\n\n"
        "President of Russia Vladimir Putin: Mr Prime Minister, welcome to Moscow.\n\n"
        "Prime Minister of India Narendra Modi: Thank you, Mr President. I am glad "
        "that, when we were in India during the BRICS summit, the time was too "
        "short to finish.\n"
    )
    found = summary(nlp, text, published=date(2016, 12, 1))
    assert ("meeting", "IND", "2016-10") in [(e[0], e[3], e[4]) for e in found]


def test_a_listed_stop_gives_way_to_the_sentence_that_details_it(nlp):
    text = (
        "On May 3, Prime Minister Narendra Modi begins a five-nation trip to "
        "Germany, Spain, Denmark, France and Italy. In Berlin he will meet "
        "Chancellor Olaf Scholz to discuss trade."
    )
    found = summary(nlp, text, published=date(2022, 5, 1))
    germany = [(e[0], e[4][:7]) for e in found if e[3] == "DEU"]
    assert germany == [("meeting", "2022-05")]
    assert {e[3] for e in found if e[0] == "visit"} == {"ESP", "DNK", "FRA", "ITA"}


def test_kept_him_from_attending_is_an_absence(nlp):
    text = (
        "The APEC summit opened in Lima, Peru, on Saturday without Narendra Modi. "
        "In 2015, an election campaign kept him from attending the summit in the "
        "Philippines."
    )
    found = summary(nlp, text, published=date(2016, 11, 19))
    assert ("visit", "not_occurred", ["Narendra Modi"], "PHL") in [e[:4] for e in found]


def test_leaving_a_country_ends_the_stay_reported_before(nlp):
    text = (
        "Narendra Modi arrived in Johannesburg on Saturday for the BRICS summit. "
        "Modi left South Africa on Tuesday after three days of talks."
    )
    found = summary(nlp, text, published=date(2023, 8, 25))
    assert [(e[0], e[3]) for e in found if "Narendra Modi" in e[2]] == [
        ("visit", "ZAF")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Xi Jinping brokered a truce between India, represented by Narendra "
        "Modi, and Pakistan, represented by Imran Khan.",
        "The Chinese, represented by Xi Jinping, moderated between Indian prime "
        "minister Narendra Modi and Pakistani prime minister Imran Khan in 2019.",
    ],
)
def test_a_mediator_meets_both_parties_at_once(nlp, text):
    found = summary(nlp, text, published=date(2020, 1, 1))
    meetings = [sorted(e[2]) for e in found if e[0] == "meeting"]
    assert ["Imran Khan", "Narendra Modi", "Xi Jinping"] in meetings
    assert not [e for e in found if e[0] == "visit"]


def _visit(country: str, date_: str, at: int, kind: str = "visit") -> Event:
    names, homes = ["Narendra Modi"], ["IND"]
    if kind == "meeting":
        names, homes = [*names, "Olaf Scholz"], [*homes, "DEU"]
    return built_event(kind, names, country=country, when=date_, at=at, countries=homes)


def test_a_listed_stop_keeps_apart_from_a_trip_of_another_year():
    listed = [_visit(c, "2015-04", 0) for c in ("DEU", "FRA", "CAN")]
    later = _visit("DEU", "2018-05", 500, kind="meeting")
    same = _visit("FRA", "2015-04-12", 300, kind="meeting")
    kept = fold_trips([*listed, later, same], ("listed stop",))
    assert [e.location.country for e in kept if e.type == "visit"] == ["DEU", "CAN"]


def test_guests_awaited_at_the_articles_gathering(nlp):
    text = (
        "The G20 summit opens next week in Osaka, Japan.\n\n"
        "Narendra Modi will be here, and other regulars such as Russia's Vladimir "
        "Putin are also expected. Xi Jinping is expected to sign a trade deal. "
        "Justin Trudeau and Emmanuel Macron are also on the guest list."
    )
    found = summary(nlp, text, published=date(2019, 6, 20))
    visits = {(e[2][0], e[1], e[3]) for e in found if e[0] == "visit"}
    assert ("Narendra Modi", "planned", "JPN") in visits
    assert ("Vladimir Putin", "planned", "JPN") in visits
    assert "Xi Jinping" not in {v[0] for v in visits}
    assert {
        ("Justin Trudeau", "planned", "JPN"),
        ("Emmanuel Macron", "planned", "JPN"),
    } <= visits


@pytest.mark.parametrize("modal", ["can", "must", "might"])
def test_a_hedged_presence_is_no_visit(nlp, modal):
    text = f"Chancellor Olaf Scholz {modal} be in Paris on Friday, his office said."
    found = article_events(nlp, text, date(2023, 6, 1))
    assert not [e for e in found if e.type == "visit"]
