"""A trip the text only talks of ('This is X's first visit to …', 'his visit to … was
expected to …') and a day's stay in a country with that day's talks in one of its
cities are the trip the text reports elsewhere (nlp/trips/told.py, nlp/trips/same.py;
SCHEMA.md rule 1), on hand-written texts through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, visit_rows

pytestmark = [pytest.mark.model]


def _meetings(text: str, nlp, published: date) -> list[list[str]]:
    return [
        sorted(e.names)
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    ]


def test_first_visit_sentence_beside_announced_talks_is_no_second_trip(nlp):
    """The talks are ahead; the copula's present tense does not make the trip made."""
    text = (
        "President Barack Obama will welcome President John Mahama of Ghana to the "
        "White House on Thursday for talks on trade and security.\n\n"
        "This is President Mahama's first visit to the United States."
    )
    published = date(2014, 3, 3)
    assert visit_rows(nlp, text, published) == []
    assert _meetings(text, nlp, published) == [["Barack Obama", "John Mahama"]]


def test_visit_talked_of_retells_the_listed_stop(nlp):
    """A date elsewhere in the sentence ('for eight months') does not date the trip."""
    text = (
        "Secretary of State John Kerry visited Japan, South Korea and China last "
        "week.\n\n"
        "Analysts said his visit to South Korea was expected to revive talks that "
        "have been stalled for eight months."
    )
    found = visit_rows(nlp, text, date(2014, 2, 20))
    assert [v for v in found if v[1] == "KOR"] == [("John Kerry", "KOR", "occurred")]


def test_a_visit_denounced_far_below_is_the_trip_of_the_talks_there(nlp):
    """The object of a verb that only speaks of the trip ('denouncing the visit'),
    far from the two meetings of the trip."""
    filler = (
        "Both governments have backed closer energy ties, and trade between the two "
        "countries has grown steadily over the past decade. "
    ) * 8
    text = (
        "Iranian President Mahmoud Ahmadinejad arrived in Caracas late Tuesday and "
        "was welcomed at the airport by Venezuelan Foreign Minister Nicolas Maduro. "
        "The Iranian president and President Hugo Chavez are due to meet Wednesday."
        f"\n\n{filler}\n\n"
        "A group representing Venezuela's bishops issued a statement denouncing "
        "the visit of the Iranian president."
    )
    assert visit_rows(nlp, text, date(2009, 11, 25)) == []


def test_a_trip_talked_of_alone_is_still_reported(nlp):
    """With no other event of the traveller there, the sentence is the report."""
    text = "Analysts said President Mahama's visit to Japan was expected to help trade."
    assert [v[:2] for v in visit_rows(nlp, text, date(2014, 3, 3))] == [
        ("John Mahama", "JPN")
    ]


def test_a_days_stay_in_a_country_holds_that_days_talks_in_its_capital(nlp):
    text = (
        "President Barack Obama is in Kenya on the second stop of a four-nation "
        "tour of Africa.\n\n"
        "Obama was welcomed at the airport in Nairobi by President Uhuru Kenyatta."
    )
    published = date(2015, 7, 25)
    assert visit_rows(nlp, text, published) == []
    assert _meetings(text, nlp, published) == [["Barack Obama", "Uhuru Kenyatta"]]


def test_a_months_stay_in_a_country_is_the_trip_of_its_meeting_in_a_city():
    """'X is in Venezuela on the latest stop of a tour' (a month-dated page) and his
    talks in Caracas: one trip; a year alone ('Kim's 2010 visit to China' and a
    meeting in Jilin that year) may be two."""
    from conftest import built_event
    from summitwatch.nlp.trips import ARTICLE, fold_trips

    def pair(when: str) -> list:
        stay = built_event("visit", ["A"], country="VEN", when=when, at=0)
        talks = built_event(
            "meeting", ["A", "B"], country="VEN", city="Caracas", when=when, at=90
        )
        return fold_trips([stay, talks], ARTICLE)

    assert [e.type for e in pair("2009-11")] == ["meeting"]
    assert sorted(e.type for e in pair("2009")) == ["meeting", "visit"]


def test_a_journey_begun_is_the_trip_of_the_meeting_days_ahead(nlp):
    text = (
        "Prime Minister Naoto Kan left for the United States on Monday with a "
        "delegation of business leaders.\n\n"
        "He is scheduled to meet President Barack Obama on Wednesday at the White "
        "House."
    )
    published = date(2010, 9, 20)
    assert visit_rows(nlp, text, published) == []
    assert _meetings(text, nlp, published) == [["Barack Obama", "Naoto Kan"]]


def test_a_trip_mused_about_retells_no_meeting_only_mused_about(nlp):
    """The seed's 'so Jong-un's journey may be on hold' beside 'a rendezvous in
    Dandong could have been appropriate': two prospects, neither reported."""
    text = (
        "A rendezvous of Kim Jong-un and Xi Jinping in Dandong could have been "
        "appropriate, but the bridge is not finished.\n\n"
        "His father did not make his first trip to China until his sixth year as "
        "leader, so Kim Jong-un's journey to China may be on hold for a while."
    )
    visits = visit_rows(nlp, text, date(2015, 2, 23))
    assert [v[:2] for v in visits] == [("Kim Jong-un", "CHN")]
