"""Announced trips and their stops (issue #10): the meetings planned at each stop,
dates of a trip ahead, and who takes part in a meeting someone joins. Hand-written
sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def events(nlp, text: str, published: date = date(2016, 6, 20)):
    return article_events(nlp, text, published)


def test_is_to_travel_under_a_past_reporting_verb_looks_ahead(nlp):
    found = events(
        nlp, "A spokesman said Prime Minister Modi is to travel to Germany on July 5."
    )
    [visit] = [e for e in found if e.type == "visit"]
    assert (visit.location.country, visit.date) == ("DEU", "2016-07-05")


def test_meetings_including_with_a_leader(nlp):
    found = events(
        nlp,
        "Chancellor Angela Merkel will hold several bilateral meetings in Paris, "
        "including with President Francois Hollande.",
    )
    meetings = [sorted(e.names) for e in found if e.type == "meeting"]
    assert ["Angela Merkel", "François Hollande"] in meetings


def test_a_title_wrapped_before_its_name_stays_in_the_sentence(nlp):
    text = (
        "Officials said on Monday that Chancellor Angela Merkel will hold talks in "
        "the city of Paris with French President\nFrancois Hollande next week."
    )
    meetings = [sorted(e.names) for e in events(nlp, text) if e.type == "meeting"]
    assert ["Angela Merkel", "François Hollande"] in meetings


def test_he_is_not_the_spokeswoman(nlp):
    text = (
        "President Barack Obama arrived in Berlin on Sunday. Spokeswoman Jane "
        "Holloway said on Monday the visit was going well. She said he will meet "
        "Chancellor Angela Merkel on Friday."
    )
    people = {n for e in events(nlp, text) for n in e.names}
    assert not any("Holloway" in n for n in people)


def test_a_listed_stop_is_the_meeting_held_there(nlp):
    text = (
        "On July 6, Secretary of State John Kerry begins a trip to France, Germany "
        "and Italy. Secretary Kerry will attend a conference in Paris. Secretary "
        "Kerry will then travel to Berlin, where he will meet with Chancellor "
        "Angela Merkel."
    )
    found = events(nlp, text)
    visits = {e.location.country for e in found if e.type == "visit"}
    [meeting] = [e for e in found if e.type == "meeting"]
    assert "DEU" not in visits and "ITA" in visits
    assert meeting.location.city == "Berlin" and meeting.date.startswith("2016-07")


def test_joining_someones_meeting_is_one_meeting_of_all(nlp):
    text = (
        "Secretary of State John Kerry will travel to Paris, France on November 10. "
        "Secretary Kerry will also participate in President Obama's meeting with "
        "French President Francois Hollande."
    )
    found = events(nlp, text, date(2016, 11, 7))
    groups = [e for e in found if e.type == "meeting" and len(e.names) == 3]
    assert len(groups) == 1
    assert set(groups[0].names) == {"John Kerry", "Barack Obama", "François Hollande"}
    assert groups[0].location.country == "FRA"


def test_a_pronoun_kept_from_a_summit_elsewhere_misses_it(nlp):
    text = (
        "The G20 summit opened in Brisbane, Australia on Saturday. President "
        "Barack Obama spoke at the opening. In 2012, the election campaign kept "
        "him from attending the summit in Mexico."
    )
    found = events(nlp, text, date(2014, 11, 15))
    missed = [e for e in found if e.status == "not_occurred"]
    assert [(e.names, e.location.country, e.date) for e in missed] == [
        (["Barack Obama"], "MEX", "2012")
    ]


def test_a_pronoun_that_decided_to_postpone_attendance_is_absent(nlp):
    text = (
        "The G20 summit opened in Brisbane, Australia on Saturday. Prime Minister "
        "Narendra Modi said on Friday that he has decided to postpone his "
        "attendance at the summit."
    )
    found = events(nlp, text, date(2014, 11, 15))
    assert [(e.names, e.status, e.location.country) for e in found] == [
        (["Narendra Modi"], "not_occurred", "AUS")
    ]


def test_stops_of_a_trip_cancelled_keep_its_year(nlp):
    text = (
        "The budget crisis led President Barack Obama to cancel his Asia trip to "
        "Indonesia in October 2013.\nThe decision was criticised by business groups "
        "across the region.\nTrade officials said that exporters would feel the "
        "effects.\nThe shutdown has also closed national parks and museums.\n\n"
        "Aides did not say what Obama lost by canceling the rest of his Asia trip, "
        "which was to have included Malaysia and the Philippines.\n"
    )
    found = events(nlp, text, date(2013, 10, 1))
    stops = {e.location.country: e.date for e in found if e.type == "visit"}
    assert stops.get("MYS") == stops.get("PHL") == "2013"


def test_a_dated_trip_ahead_is_the_meeting_ahead_in_that_country(nlp):
    text = (
        "The trade figures of both countries were discussed at length today. "
        "The officials of both sides also spoke about the currency markets. "
        "Reporters were told that the atmosphere was cordial and businesslike.\n\n"
        "President Obama said he looked forward to hosting President Hu Jintao in "
        "Washington. Hu thanked Obama for inviting him to visit the United States "
        "early next year."
    )
    found = events(nlp, text, date(2010, 11, 11))
    assert not [e for e in found if e.type == "visit"]
    [meeting] = [e for e in found if e.type == "meeting"]
    assert (meeting.location.city, meeting.date) == ("Washington", "2011")


@pytest.mark.parametrize(
    "published, expected",
    [(date(2011, 1, 1), "2011"), (date(2013, 10, 1), "2013-10")],
)
def test_a_weekday_in_a_page_dated_to_the_year_or_month(published, expected):
    from summitwatch.nlp.dates import resolve_date

    assert resolve_date("Tuesday", published) == expected
    assert resolve_date("Tuesday", date(2011, 1, 6)) == "2011-01-04"


def test_meetings_called_off_leave_the_trips_made(nlp):
    text = (
        "Premier Li Keqiang did not appear in public this week.\nHe was scheduled "
        "to hold talks with visiting German Chancellor Angela Merkel and Japan's "
        "Prime Minister Shinzo Abe in Beijing last Wednesday, but those meetings "
        "were called off."
    )
    found = events(nlp, text, date(2016, 6, 20))
    meetings = {e.status for e in found if e.type == "meeting"}
    visits = {(e.names[0], e.status) for e in found if e.type == "visit"}
    assert meetings == {"not_occurred"}
    assert visits == {("Angela Merkel", "occurred"), ("Shinzo Abe", "occurred")}


def test_a_meeting_ahead_is_at_the_stop_in_the_hosts_country(nlp):
    text = (
        "Vice President Joe Biden will travel to China, Mongolia and Japan for a "
        "trip that starts on August 16.\nThe trip was announced by his office on "
        "Thursday.\nBiden will also meet with President Hu Jintao and Premier Wen "
        "Jiabao.\n"
    )
    found = events(nlp, text, date(2011, 8, 4))
    meetings = {(e.names[1], e.location.country) for e in found if e.type == "meeting"}
    visits = {e.location.country for e in found if e.type == "visit"}
    assert meetings == {("Hu Jintao", "CHN"), ("Wen Jiabao", "CHN")}
    assert visits == {"MNG", "JPN"}


def test_a_visit_ahead_does_not_take_the_past_date_of_the_sentence_before(nlp):
    text = (
        "Prime Minister Narendra Modi will host Chancellor Angela Merkel in New "
        "Delhi on October 5 for a state visit. The visit reciprocates Modi's own "
        "state visit to Germany in April 2015.\nMerkel's visit will highlight the "
        "growing ties between the two countries. Modi looks forward to welcoming "
        "Merkel to New Delhi.\n"
    )
    found = events(nlp, text, date(2016, 6, 20))
    planned = [e for e in found if e.status == "planned"]
    assert [(e.type, e.date) for e in planned] == [("meeting", "2016-10-05")]


def test_the_president_in_a_news_report_is_the_one_president_named(nlp):
    text = (
        "U.S. President Barack Obama will travel to Japan next month.\nA spokesman "
        "said on Friday that the president will hold talks with Prime Minister "
        "Shinzo Abe in Tokyo.\n"
    )
    found = events(nlp, text, date(2016, 4, 15))
    meetings = [sorted(e.names) for e in found if e.type == "meeting"]
    assert meetings == [["Barack Obama", "Shinzo Abe"]]


def test_would_have_gone_did_not_happen(nlp):
    text = (
        "President Barack Obama would have gone to the summit in Bali, Indonesia, "
        "but the budget crisis kept him in Washington."
    )
    found = events(nlp, text, date(2013, 10, 8))
    assert [(e.names, e.status, e.location.country) for e in found] == [
        (["Barack Obama"], "not_occurred", "IDN")
    ]


def test_a_wrapped_first_paragraph_is_no_title(nlp):
    text = (
        "The White House says U.S. President Barack Obama will travel to Japan\n"
        "next month for a summit of the Group of Seven.\nA spokeswoman said on "
        "Tuesday the president plans to attend several working sessions.\n"
        "She said he will also hold talks with Prime Minister Shinzo Abe.\n"
    )
    found = events(nlp, text, date(2016, 4, 15))
    [meeting] = [e for e in found if e.type == "meeting"]
    assert meeting.location.country == "JPN"


def test_an_untagged_surname_after_an_office_is_the_kbs_official(nlp):
    text = "Prime Minister Shinzo Abe met Trade Representative Froman in Tokyo."
    found = events(nlp, text, date(2014, 10, 2))
    meetings = [sorted(e.names) for e in found if e.type == "meeting"]
    assert meetings == [["Michael Froman", "Shinzo Abe"]]


def test_only_another_placed_event_as_realised_places_a_meeting():
    """The one filter `place_on_trip` and `place_at_host_stop` share: an
    invitation, an unplaced event, the meeting itself or a trip of the other kind
    of status (made, not ahead) tells nothing of where the meeting is."""
    from summitwatch.models import Event, Location, Participant
    from summitwatch.nlp.plans import _may_place

    people = [Participant("A"), Participant("B")]
    meeting = Event("meeting", "planned", people)
    trip = Event("visit", "planned", people[:1], Location(country="FRA"))
    assert _may_place(trip, meeting)
    assert not _may_place(meeting, meeting)
    assert not _may_place(Event("visit", "planned", people[:1]), meeting)
    for kind, status in (("invitation", "planned"), ("visit", "occurred")):
        other = Event(kind, status, people[:1], Location(country="FRA"))
        assert not _may_place(other, meeting)
