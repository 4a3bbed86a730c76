"""Background and analysis prose (issue #10): a history of earlier meetings told in
narrative — travellers named in a pair, past trips dated by the clause that tells
them, the people who prepare a summit, and early talk of a summit later held."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date = date(2024, 3, 1)):
    return sorted(
        (e.type, e.status, tuple(sorted(e.names)), e.location.country, e.date)
        for e in article_events(nlp, text, published)
    )


def test_a_surname_tagged_as_a_company_travels_with_its_pair(nlp):
    found = summary(nlp, "Carter and Ford both flew to Egypt in 1981.")
    assert ("visit", "occurred", ("Gerald Ford",), "EGY", "1981") in found


def test_a_pair_named_in_apposition_is_not_the_last_two_people(nlp):
    text = (
        "Thatcher had urged Mitterrand to choose London for the talks, since two "
        "earlier French presidents, de Gaulle and Pompidou, both travelled to "
        "Britain in 1972."
    )
    travellers = {e.names[0] for e in article_events(nlp, text, date(2024, 3, 1))}
    assert "Margaret Thatcher" not in travellers
    assert "François Mitterrand" not in travellers


def test_the_preparers_of_a_summit_do_not_meet(nlp):
    text = (
        "The chancellor's aides Karl Brenner and Lisa Vogt in preparation for the "
        "summit had drafted a list of demands."
    )
    assert [e for e in article_events(nlp, text, date(2024, 3, 1))] == []


def test_the_one_being_prepared_for_a_meeting_takes_part(nlp):
    text = (
        "Officials Maria Lindqvist and Tom Becker have been preparing Biden for "
        "the meeting with Xi Jinping in San Francisco."
    )
    found = summary(nlp, text, date(2023, 11, 10))
    assert [f[:3] for f in found] == [
        ("meeting", "planned", ("Joe Biden", "Xi Jinping"))
    ]


def test_becoming_the_first_to_visit_is_dated_by_the_becoming(nlp):
    text = "In 1959 Khrushchev became the first Soviet leader to visit America."
    assert summary(nlp, text) == [
        ("visit", "occurred", ("Nikita Khrushchev",), "USA", "1959")
    ]


def test_early_talk_of_a_summit_later_held_is_that_summit(nlp):
    text = (
        "After Obama took office in January 2009, only weeks passed before the "
        "first mentions were made of a possible summit between Obama and Medvedev. "
        "The summit was held in Moscow in July 2009 between Obama and Medvedev."
    )
    assert summary(nlp, text) == [
        ("meeting", "occurred", ("Barack Obama", "Dmitry Medvedev"), "RUS", "2009-07")
    ]


def test_talk_of_a_second_summit_stays_another_event(nlp):
    text = (
        "The summit was held in Moscow in July 2009 between Obama and Medvedev. "
        "In 2010 the first mentions were made of a possible second summit between "
        "Obama and Medvedev."
    )
    statuses = sorted(e[1] for e in summary(nlp, text) if e[0] == "meeting")
    assert statuses == ["hypothetical", "occurred"]


def test_a_surname_tagged_as_a_company_is_the_person_the_page_names(nlp):
    text = (
        "Ford and the Soviets\n\nPresident Gerald Ford spoke to reporters on Monday. "
        "After talks with his aides, Ford traveled to Vladivostok to meet with "
        "General Secretary Leonid Brezhnev."
    )
    assert [f[:4] for f in summary(nlp, text)] == [
        ("meeting", "occurred", ("Gerald Ford", "Leonid Brezhnev"), "RUS")
    ]


def _meeting_at(city: str, country: str):
    return built_event(
        "meeting", ["Gerald Ford", "Leonid Brezhnev"], country=country, city=city
    )


@pytest.mark.parametrize(
    ("published", "city", "expected"),
    [
        (date(2024, 1, 1), "Vladivostok", "1974-11"),  # a history page: the summit
        (date(1974, 11, 25), "Vladivostok", None),  # the day's news: maybe another
        (date(2024, 1, 1), "Moscow", None),  # elsewhere: not the summit
    ],
)
def test_an_undated_meeting_at_a_history_pages_venue_takes_its_date(
    published, city, expected
):
    from summitwatch.kb.loader import load_kb
    from summitwatch.nlp.frame import Frame, fill_from_frame

    kb = load_kb()
    frame = Frame(
        place=kb.place("Vladivostok"), date="1974-11", gathering=True,
        published=published,
    )  # fmt: skip
    event = _meeting_at(city, "RUS")
    fill_from_frame([event], frame)
    assert event.date == expected


def test_a_caption_above_the_lede_gives_the_frame_no_publication_date(nlp):
    from summitwatch.kb.loader import load_kb
    from summitwatch.nlp.extract import build_index
    from summitwatch.nlp.frame import find_frame

    text = (
        "Tashkent Declaration talks\n\n"
        "Prime Minister Shastri and President Ayub Khan during the meeting in "
        "Tashkent.\n\n"
        "The Tashkent talks were a 1966 summit meeting, held after the war, between "
        "Indian Prime Minister Lal Bahadur Shastri and Pakistani President Ayub Khan."
    )
    frame = find_frame(build_index(nlp(text), load_kb(), date(2006, 6, 1)))
    assert frame.date in (None, "1966")  # not the page's own date, 2006-06-01


def test_their_first_summit_was_there_is_the_pairs_meeting(nlp):
    text = (
        "Kohl and Mitterrand spoke by telephone on Tuesday. Their first summit "
        "was in Bonn in 1983."
    )
    found = summary(nlp, text, date(1990, 3, 1))
    assert ("meeting", "occurred", ("François Mitterrand", "Helmut Kohl"), "DEU",
            "1983") in found  # fmt: skip


def test_their_talks_are_what_two_sides_do_not_a_meeting_of_the_last_two(nlp):
    text = (
        "Kohl and Mitterrand spoke by telephone on Tuesday. Their talks were about "
        "trade."
    )
    assert [e for e in summary(nlp, text, date(1990, 3, 1)) if e[0] == "meeting"] == []
