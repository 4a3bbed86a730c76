"""Meeting constructions found on fresh real pages (helper meetings6, real 185–196):
a pair's own earlier meeting by its place, people a description names after a dash,
one meeting per listed place, and a guest named with 'of' and his country.
Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]

PUBLISHED = date(2019, 6, 26)


def _meetings(nlp, text: str, published: date = PUBLISHED):
    return [e for e in article_events(nlp, text, published) if e.type == "meeting"]


def test_their_earlier_meeting_named_by_its_place(nlp):
    found = _meetings(
        nlp,
        "Moon Jae-in received Xi Jinping in Seoul on Monday. The talks were the "
        "fourth between the two presidents, following their first meeting in "
        "Hamburg in July 2017.",
    )
    assert {(e.location.city, e.date) for e in found} == {
        ("Seoul", "2019-06-24"),
        ("Hamburg", "2017-07"),
    }
    assert all(set(e.names) == {"Moon Jae-in", "Xi Jinping"} for e in found)


def test_their_talks_are_still_not_read_as_the_pair(nlp):
    found = _meetings(
        nlp,
        "Moon Jae-in met Xi Jinping on Monday. Officials said their talks in "
        "Beijing would continue.",
    )
    assert found  # Monday's meeting is read, so the check below is not empty
    assert all(e.location.city != "Beijing" for e in found)


def test_a_description_named_after_a_dash(nlp):
    found = _meetings(
        nlp,
        "Last week Emmanuel Macron welcomed his first foreign visitor to the "
        "palace – Japan's Prime Minister Shinzo Abe.",
    )
    assert [(set(e.names), e.status, e.location.country) for e in found] == [
        ({"Emmanuel Macron", "Shinzo Abe"}, "occurred", "FRA")
    ]


def test_a_surname_that_is_a_modal_is_no_cue(nlp):
    found = _meetings(
        nlp,
        "Donald Trump welcomed his guest to Chequers on Friday – Prime Minister "
        "Theresa May.",
    )
    assert [e.status for e in found] == ["occurred"]


def test_one_meeting_per_listed_place(nlp):
    found = _meetings(
        nlp, "Shinzo Abe and Narendra Modi have met in Tokyo, Osaka and Varanasi."
    )
    assert sorted(e.location.city for e in found) == ["Osaka", "Tokyo", "Varanasi"]


def test_a_city_and_its_country_are_one_place(nlp):
    found = _meetings(
        nlp, "Barack Obama met Angela Merkel in Warsaw, Poland on Friday."
    )
    assert [(e.location.city, e.location.country) for e in found] == [("Warsaw", "POL")]


def test_a_guest_named_with_of_and_his_country(nlp):
    found = _meetings(
        nlp,
        "Tomorrow Barack Obama will meet King Abdullah of Jordan. He will then "
        "meet President Yanukovich of Ukraine.",
        date(2010, 4, 11),
    )
    names = {n for e in found for n in e.names}
    assert {"Abdullah II of Jordan", "Viktor Yanukovych"} <= names


def test_a_visit_with_someone_at_home_is_a_meeting(nlp):
    found = _meetings(
        nlp, "Joe Biden had a good visit with Olaf Scholz at the White House on Monday."
    )
    assert [(set(e.names), e.location.country) for e in found] == [
        ({"Joe Biden", "Olaf Scholz"}, "USA")
    ]


def test_a_programme_line_told_by_its_host(nlp):
    found = _meetings(
        nlp,
        "Prime Minister Modi visits Japan\n\n"
        "Mr. Narendra Modi, the Prime Minister of India, paid a visit to Japan from "
        "October 27 to October 29.\n\n"
        "Programme\n\n"
        "October 28 (Saturday) (Tokyo)\n"
        "Welcome Ceremony\n"
        "Dinner Hosted by Prime Minister Abe\n",
        date(2018, 10, 30),
    )
    assert [(set(e.names), e.location.country) for e in found] == [
        ({"Narendra Modi", "Shinzo Abe"}, "JPN")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Shinzo Abe met yesterday in Hanoi, Vietnam with President "
        "Truong Tan Sang to discuss trade.",
        "President Jacques Chirac met in Berlin, Germany with Chancellor Gerhard "
        "Schroeder.",
    ],
)
def test_with_after_a_city_and_country_is_the_meetings(nlp, text):
    """'met … in City, Country with B' (state15, real 583): the parser hangs 'with
    B' on the country; it is still the meeting's counterpart, not a lone trip."""
    found = _meetings(nlp, text)
    assert len(found) == 1 and len(found[0].names) == 2


def test_a_companion_after_a_city_and_country_is_no_counterpart(nlp):
    found = _meetings(
        nlp,
        "President George W. Bush arrived in Paris, France with his wife Laura Bush.",
    )
    assert found == []
