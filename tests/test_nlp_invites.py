"""Invitations whose inviter is the host government of a summit, and meetings a
readout implies without saying "met" (issue #10, classes 2 and 4), on small
hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.models import Event
from summitwatch.nlp.assemble import dedupe
from summitwatch.nlp.trips import ARTICLE, fold_trips

pytestmark = [pytest.mark.model]


events = article_events


def invitations(nlp, text: str, published: date):
    return [
        (e.names[:2], e.location.country)
        for e in events(nlp, text, published)
        if e.type == "invitation"
    ]


def test_gratitude_for_an_invitation_to_a_summit_thanks_its_host(nlp):
    text = (
        "Prime Minister Narendra Modi expressed his gratitude for the invitation "
        "to the G20 Osaka Summit."
    )
    assert invitations(nlp, text, date(2019, 5, 10)) == [
        (["Japan", "Narendra Modi"], "JPN")
    ]


def test_invited_to_a_summit_without_an_agent(nlp):
    text = (
        "South African President Cyril Ramaphosa said he had been invited to the "
        "G7 summit in Biarritz."
    )
    assert invitations(nlp, text, date(2019, 8, 30)) == [
        (["France", "Cyril Ramaphosa"], "FRA")
    ]


def test_the_hosts_own_leader_is_not_invited_by_his_government(nlp):
    assert (
        invitations(nlp, "Shinzo Abe was invited to the G7 summit.", date(2016, 5, 1))
        == []
    )


def test_a_stance_on_an_invitation_does_not_extend_it(nlp):
    text = "Chancellor Angela Merkel defended inviting Recep Tayyip Erdogan to Berlin."
    found = invitations(nlp, text, date(2018, 9, 20))
    assert all(names[0] != "Angela Merkel" for names, _ in found)


def test_an_invitation_to_the_articles_own_summit_is_its_hosts(nlp):
    text = (
        "The fourth EU-Africa summit was held in Brussels on 2-3 April 2014. "
        "Chancellor Angela Merkel defended inviting Robert Mugabe to attend."
    )
    found = [
        (e.names[:2], e.location.city, e.date)
        for e in events(nlp, text, date(2014, 4, 5))
        if e.type == "invitation"
    ]
    assert found == [(["Belgium", "Robert Mugabe"], "Brussels", "2014-04")]


def test_an_invitation_to_a_summit_already_held_keeps_no_year(nlp):
    text = (
        "President Michel Temer met President Xi Jinping in Beijing on Friday. "
        "Temer said he had been invited to the BRICS summit in Xiamen."
    )
    found = [
        e.date for e in events(nlp, text, date(2017, 11, 10)) if e.type == "invitation"
    ]
    assert found == [None]


def _meetings(nlp, text: str, published: date):
    return [
        (sorted(e.names), e.location.city, e.location.country)
        for e in events(nlp, text, published)
        if e.type == "meeting"
    ]


def test_a_readout_meeting_is_where_the_visitor_was(nlp):
    text = (
        "On Monday, Mr. Shinzo Abe, Prime Minister of Japan, who was visiting Lima, "
        "Peru, to attend the Tokyo Forum on Pacific Trade, held a summit meeting "
        "with President Michelle Bachelet of Chile."
    )
    assert _meetings(nlp, text, date(2016, 11, 21)) == [
        (["Michelle Bachelet", "Shinzo Abe"], "Lima", "PER")
    ]


def test_a_meeting_stated_in_a_partys_country_is_not_a_nationality(nlp):
    text = (
        "May 2, 2014, Moscow\n\n"
        "President of Russia Vladimir Putin: Mr President, I am glad to welcome you "
        "to Moscow.\n\n"
        "President of South Africa Jacob Zuma: Thank you. When we were in South "
        "Africa, our talks were too short to finish our discussions."
    )
    countries = [c for _, _, c in _meetings(nlp, text, date(2014, 5, 2))]
    assert sorted(countries) == ["RUS", "ZAF"]


def test_thanks_for_presence_at_a_summit_is_a_meeting_there(nlp):
    text = (
        "President Xi Jinping expressed his gratitude to President Vladimir Putin "
        "for his participation in the G20 Hangzhou Summit."
    )
    found = [
        (sorted(e.names), e.location.country, e.date)
        for e in events(nlp, text, date(2016, 10, 10))
    ]
    assert found == [(["Vladimir Putin", "Xi Jinping"], "CHN", None)]


def test_thanks_for_presence_without_a_gathering_is_no_meeting(nlp):
    text = (
        "Prime Minister Narendra Modi thanked President Barack Obama for his presence."
    )
    assert _meetings(nlp, text, date(2015, 1, 27)) == []


def test_a_first_reunion_since_a_date_is_a_meeting_then(nlp):
    text = (
        "Chancellor Angela Merkel met President Emmanuel Macron in Berlin on Monday. "
        "Merkel welcomed their first reunion since last March, and Macron thanked "
        "her for his visit to Germany last March."
    )
    found = [
        (sorted(e.names), e.location.country, e.date)
        for e in events(nlp, text, date(2018, 6, 5))
    ]
    assert (["Angela Merkel", "Emmanuel Macron"], "DEU", "2018-03") in found
    assert all(e.type == "meeting" for e in events(nlp, text, date(2018, 6, 5)))


def test_thanks_for_accepting_an_invitation_means_the_guest_came(nlp):
    text = (
        "Prime Minister Nawaz Sharif thanked President Maithripala Sirisena for "
        "accepting his invitation to visit Islamabad."
    )
    found = events(nlp, text, date(2016, 1, 5))
    assert [e.status for e in found if e.type != "invitation"] == ["occurred"]


def test_his_invitation_accepted_by_someone_else_is_the_speakers(nlp):
    text = (
        "Prime Minister Nawaz Sharif said President Maithripala Sirisena had "
        "accepted his invitation to visit Islamabad."
    )
    assert invitations(nlp, text, date(2016, 1, 5)) == [
        (["Nawaz Sharif", "Maithripala Sirisena"], "PAK")
    ]


def _trip(status: str, day: str, city: str = "Lisbon") -> Event:
    return built_event("visit", ["Robert Mugabe"], status, country="PRT", city=city,
                       when=day, countries=["ZWE"])  # fmt: skip


def test_a_plan_and_its_outcome_on_one_day_at_one_place_are_one_trip():
    found = dedupe([_trip("planned", "2007-12-08"), _trip("occurred", "2007-12-08")])
    assert [e.status for e in found] == ["occurred"]


@pytest.mark.parametrize(
    "other", [("occurred", "2007-12"), ("occurred", "2007-12-09"), ("occurred", None)]
)
def test_a_plan_is_kept_apart_from_an_outcome_not_dated_alike(other):
    found = dedupe([_trip("planned", "2007-12-08"), _trip(*other)])
    assert len(found) == 2


_TRANSCRIPT = (
    "Beginning of the Meeting with President of France Emmanuel Macron\n\n"
    "President of Russia Vladimir Putin: Mr President, welcome to Moscow.\n\n"
    "{} Thank you."
)


def test_time_spent_together_by_we_is_a_meeting(nlp):
    text = _TRANSCRIPT.format(
        "Yesterday we had the chance to spend several hours together."
    )
    dates = [
        e.date
        for e in events(nlp, text, date(2019, 6, 5))
        if e.type == "meeting" and e.status == "occurred"
    ]
    assert "2019-06-04" in dates


def test_time_to_be_spent_together_is_no_meeting_held(nlp):
    text = _TRANSCRIPT.format("Tomorrow we will spend several hours together.")
    dates = [
        e.date
        for e in events(nlp, text, date(2019, 6, 5))
        if e.type == "meeting" and e.status == "occurred"
    ]
    assert "2019-06-06" not in dates


def test_would_once_again_like_to_welcome_performs_the_welcome(nlp):
    text = (
        "PRIME MINISTER ABE: I would once again like to wholeheartedly welcome the "
        "visit of President Emmanuel Macron to Japan."
    )
    found = events(nlp, text, date(2019, 6, 27))
    assert [(e.type, e.status) for e in found] == [("visit", "occurred")]


def _planned(kind: str, names: list[str], city, day, at: int) -> Event:
    return built_event(
        kind, names, "planned", country="USA", city=city, when=day, at=at
    )


def test_an_invited_trip_to_a_country_is_the_meeting_announced_in_its_city():
    trip = _planned("visit", ["Hu Jintao"], None, "2011", 0)
    meeting = _planned("meeting", ["Barack Obama", "Hu Jintao"], "Washington", None, 90)
    [found] = fold_trips([trip, meeting], ARTICLE)
    assert (found.type, found.location.city, found.date) == (
        "meeting",
        "Washington",
        "2011",
    )


def test_an_undated_trip_to_a_country_may_be_another_one():
    trip = _planned("visit", ["Donald Trump"], None, None, 0)
    meeting = _planned(
        "meeting", ["Donald Trump", "Shinzo Abe"], "Osaka", "2019-06", 90
    )
    assert len(fold_trips([trip, meeting], ARTICLE)) == 2


def test_a_leader_in_a_foreign_country_made_a_trip_there(nlp):
    text = "Chancellor Angela Merkel is in Japan for the annual G-7 meeting."
    found = [
        (e.type, e.status, e.names, e.location.country, e.date)
        for e in events(nlp, text, date(2016, 5, 26))
    ]
    assert ("visit", "occurred", ["Angela Merkel"], "JPN", "2016-05-26") in found


def test_a_leader_at_home_or_in_future_makes_no_trip(nlp):
    for text in (
        "Chancellor Angela Merkel is in Berlin for talks.",
        "Chancellor Angela Merkel will be in Japan next month.",
    ):
        assert [
            e for e in events(nlp, text, date(2016, 5, 2)) if e.status == "occurred"
        ] == []


def test_a_party_whose_leader_is_named_invites_not_its_leader(nlp):
    text = (
        "The ruling party, whose leader President Jacob Zuma chairs the talks, also "
        "invited Prime Minister Morgan Tsvangirai to its congress."
    )
    found = invitations(nlp, text, date(2012, 1, 6))
    assert all(names[0] != "Jacob Zuma" for names, _ in found)


def test_the_one_who_takes_an_invitation_is_the_invitee(nlp):
    text = (
        "Prime Minister Narendra Modi took the invitation from President Vladimir "
        "Putin to visit Moscow."
    )
    found = article_events(nlp, text, date(2023, 6, 1))
    invitations = [e.names for e in found if e.type == "invitation"]
    assert invitations == [["Vladimir Putin", "Narendra Modi"]]
