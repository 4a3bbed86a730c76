"""Status on unseen text (issue #10): announcements and plans read from the verb's
tense and modality, invitations that occasion a trip, and earlier meetings a report
of a later one refers to. Hand-written sentences through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events
from summitwatch.nlp.dates import resolve_date

PUBLISHED = date(2023, 11, 10)


def events(nlp, text: str, published: date = PUBLISHED):
    return article_events(nlp, text, published)


def _of(found, kind: str, *names: str):
    return [e for e in found if e.type == kind and set(names) <= set(e.names)]


@pytest.mark.parametrize(
    "text, past, expected",
    [
        ("March of this year", False, "2023-03"),
        ("June this year", False, "2023-06"),
        ("in February last year", True, "2022-02"),
        ("January next year", False, "2024-01"),
        ("the 5th", True, "2023-11-05"),
        ("the 20th", True, "2023-10-20"),
        ("on the 20th", False, "2023-11-20"),
    ],
)
def test_months_relative_to_the_year_and_days_of_the_month(text, past, expected):
    assert resolve_date(text, PUBLISHED, past=past) == expected


@pytest.mark.model
def test_am_going_to_is_a_plan(nlp):
    text = (
        'Chancellor Olaf Scholz said: "I am going to pay an official visit to '
        'Brazil to hold talks with President Lula in Brasilia on December 4."'
    )
    [meeting] = _of(events(nlp, text), "meeting", "Olaf Scholz")
    assert meeting.status == "planned"


@pytest.mark.model
def test_was_going_to_is_no_plan_of_today(nlp):
    text = "Chancellor Olaf Scholz was going to visit Brazil in 2020."
    assert all(e.status != "planned" for e in events(nlp, text))


@pytest.mark.model
def test_a_present_with_a_time_ahead_is_the_schedule(nlp):
    text = (
        "Prime Minister Anthony Albanese is in Beijing. He flies later Friday to "
        "Tokyo for talks with Prime Minister Fumio Kishida."
    )
    found = events(nlp, text, date(2023, 11, 10))
    tokyo = [e for e in found if e.location.country == "JPN"]
    assert tokyo and all(e.status == "planned" for e in tokyo)


@pytest.mark.model
def test_a_relative_clause_keeps_its_future_to_itself(nlp):
    text = (
        "Prime Minister Kishida said: “I held a summit meeting with President Lula "
        "of Brazil, which will hold the G20 presidency next year, on the 3rd.”"
    )
    [meeting] = _of(events(nlp, text), "meeting", "Fumio Kishida")
    assert (meeting.status, meeting.date) == ("occurred", "2023-11-03")


@pytest.mark.model
def test_a_conjunct_of_since_happened(nlp):
    text = (
        "President Yoon Suk Yeol said ties had grown since Prime Minister Kishida's "
        "visit to South Korea in May and his own visit to Japan in March of this year."
    )
    [visit] = [e for e in events(nlp, text) if e.location.country == "JPN"]
    assert (visit.status, visit.date) == ("occurred", "2023-03")


@pytest.mark.model
def test_after_meeting_someone_they_met(nlp):
    text = (
        "Chancellor Olaf Scholz told reporters after meeting President Emmanuel "
        "Macron in Paris that he is scheduled to attend the summit."
    )
    [meeting] = _of(events(nlp, text), "meeting", "Olaf Scholz", "Emmanuel Macron")
    assert meeting.status == "occurred"


@pytest.mark.model
def test_put_off_a_visit(nlp):
    text = "Prime Minister Narendra Modi has put off his visit to Japan."
    [visit] = _of(events(nlp, text), "visit")
    assert visit.status == "not_occurred"


@pytest.mark.model
def test_following_the_invitation_of_someone_the_speaker_is_invited(nlp):
    text = (
        "Chancellor Olaf Scholz said: “Following the invitation of Prime Minister "
        "Modi, I am going to make a state visit to India in February.”"
    )
    [invitation] = _of(events(nlp, text), "invitation")
    assert invitation.names == ["Narendra Modi", "Olaf Scholz"]


@pytest.mark.model
def test_an_invitation_from_a_country_is_its_governments(nlp):
    text = (
        "The cabinet has received an invitation from France for Prime Minister "
        "Kishida to attend the conference in Paris."
    )
    [invitation] = _of(events(nlp, text), "invitation")
    assert invitation.names == ["France", "Fumio Kishida"]


@pytest.mark.model
def test_the_second_summit_since_the_first_one(nlp):
    text = (
        "President Biden will meet President Xi Jinping in San Francisco on "
        "November 15. It will be the second U.S.-China summit since the first one "
        "was held in March."
    )
    earlier = [e for e in _of(events(nlp, text), "meeting", "Xi Jinping") if e.date]
    assert ("occurred", "2023-03") in {(e.status, e.date) for e in earlier}


@pytest.mark.model
def test_the_meeting_held_last_year_is_the_same_pairs(nlp):
    text = (
        "Prime Minister Kishida held talks with President Lula in Hiroshima on "
        "November 8. Trade has grown since President Lula's visit to Japan last "
        "year and the summit meeting held last year."
    )
    found = events(nlp, text)
    earlier = [e for e in _of(found, "meeting", "Fumio Kishida") if e.date == "2022"]
    assert [(e.status, e.location.country) for e in earlier] == [("occurred", "JPN")]
    assert not [e for e in found if e.type == "visit" and e.date == "2022"]


@pytest.mark.model
def test_people_of_a_where_clause_are_not_met(nlp):
    text = (
        "President Obama's schedule includes a visit to Soweto, where Desmond Tutu "
        "once lived."
    )
    assert not _of(events(nlp, text), "meeting")


@pytest.mark.model
def test_gratitude_for_someones_invitation_names_the_inviter(nlp):
    text = (
        "Prime Minister Modi welcomed Chancellor Scholz to India. In response, "
        "Chancellor Scholz expressed his gratitude for Prime Minister Modi's "
        "invitation and hospitality."
    )
    [invitation] = _of(events(nlp, text), "invitation")
    assert invitation.names == ["Narendra Modi", "Olaf Scholz"]


@pytest.mark.model
def test_thanks_for_the_invitation_to_visit_are_the_hosts(nlp):
    text = (
        "On November 8, Prime Minister Kishida held a summit meeting with President "
        "Lula, who paid an official visit to Japan. President Lula offered his "
        "gratitude for the invitation to visit."
    )
    [invitation] = _of(events(nlp, text), "invitation")
    assert invitation.names == ["Japan", "Luiz Inácio Lula da Silva"]


@pytest.mark.model
def test_asked_to_visit_is_an_invitation_not_a_trip(nlp):
    text = "Prime Minister Modi also asked Chancellor Scholz to visit India."
    found = events(nlp, text)
    assert [(e.type, e.names) for e in found] == [
        ("invitation", ["Narendra Modi", "Olaf Scholz"])
    ]


@pytest.mark.model
def test_an_honorific_abbreviation_ends_no_sentence(nlp):
    text = "Prime Minister Kishida held a summit meeting with Hon. Mr. Lula in Tokyo."
    assert _of(
        events(nlp, text), "meeting", "Fumio Kishida", "Luiz Inácio Lula da Silva"
    )


@pytest.mark.model
def test_a_summit_held_in_a_month_before_is_an_earlier_meeting(nlp):
    text = (
        "On November 8, Prime Minister Kishida held a meeting with President Lula in "
        "Brasilia. Prime Minister Kishida welcomed his second meeting with President "
        "Lula this year following the Japan-Brazil Summit held in Tokyo in May."
    )
    earlier = [e for e in _of(events(nlp, text), "meeting", "Fumio Kishida")]
    assert ("Tokyo", "2023-05", "occurred") in {
        (e.location.city, e.date, e.status) for e in earlier
    }


@pytest.mark.parametrize("status, filled", [("planned", False), ("occurred", True)])
def test_an_event_ahead_is_not_the_gathering_told_as_held(status, filled):
    from summitwatch.kb import load_kb
    from summitwatch.models import Event
    from summitwatch.nlp.frame import Frame, fill_from_frame

    place = load_kb().place("Panmunjom")
    frame = Frame(place=place, date="2018-04-27", gathering=True, told_as_past=True)
    event = Event(type="meeting", status=status, participants=[])
    fill_from_frame([event], frame)
    assert (event.location.city is not None) == filled


@pytest.mark.model
def test_the_trip_of_an_invitation_received_is_in_prospect(nlp):
    text = (
        "The cabinet has received an invitation from France for Prime Minister "
        "Kishida to attend the conference in Paris."
    )
    [visit] = _of(events(nlp, text), "visit")
    assert visit.status == "hypothetical"


@pytest.mark.model
def test_a_year_inside_a_name_dates_only_that_event(nlp):
    text = (
        "The agenda was set at the 1994 Miami Summit. Building on it, President "
        "Eduardo Frei of Chile made a state visit to Washington on February 26."
    )
    found = events(nlp, text, date(1997, 3, 25))
    [visit] = [e for e in found if e.type == "visit"]
    assert visit.date == "1997-02-26"


@pytest.mark.model
def test_an_accepted_invitation_to_visit_a_country_gives_the_planned_trip(nlp):
    text = (
        "President Lula has accepted the invitation of President Xi Jinping, the "
        "head of the ruling party, to visit the People's Republic of China later "
        "this month."
    )
    found = events(nlp, text, date(2023, 3, 1))
    kinds = {(e.type, e.status, e.location.country) for e in found}
    assert {("invitation", "occurred", "CHN"), ("visit", "planned", "CHN")} <= kinds


@pytest.mark.model
def test_an_invitation_of_two_hosts_is_one_from_each(nlp):
    text = (
        "Chancellor Scholz has accepted the invitation of President Isaac Herzog and "
        "Prime Minister Benjamin Netanyahu to visit Israel."
    )
    inviters = {e.names[0] for e in events(nlp, text) if e.type == "invitation"}
    assert inviters == {"Isaac Herzog", "Benjamin Netanyahu"}


@pytest.mark.model
def test_two_presidents_named_in_apposition_are_not_the_last_two(nlp):
    text = (
        "Ronald Reagan wanted Mikhail Gorbachev to come to Washington, since two "
        "previous American presidents, Richard Nixon and Gerald Ford, both went to "
        "the Soviet Union in 1974."
    )
    found = events(nlp, text, date(1985, 11, 1))
    travellers = {e.names[0] for e in found if e.type == "visit" and e.date == "1974"}
    assert travellers and travellers <= {"Richard Nixon", "Gerald Ford"}


@pytest.mark.model
def test_the_one_who_had_the_opportunity_to_meet_met(nlp):
    text = (
        "Vladimir Putin: Welcome to Moscow.\n"
        "Helmut Kohl: Thank you, President Putin.\n"
        "Vladimir Putin: Recently I had the opportunity to meet with Chancellor "
        "Angela Merkel in Berlin.\n"
    )
    found = _of(events(nlp, text, date(2005, 12, 1)), "meeting", "Angela Merkel")
    assert [(sorted(e.names), e.location.city) for e in found] == [
        (["Angela Merkel", "Vladimir Putin"], "Berlin")
    ]
