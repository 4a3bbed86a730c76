"""Gatherings told without a meeting verb between named people (issue #10, helper
s5-gather): leaders who sign or agree together, a body of unnamed leaders that met
and the leaders then named at work there, a leader nobody invited, and archive
notes published decades after the visit they narrate. Hand-written sentences
through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _events(nlp, text: str, published: date):
    return [
        (e.type, e.status, set(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


def test_signers_in_a_by_phrase_met_where_they_signed(nlp):
    found = _events(
        nlp,
        "The water-sharing treaty was signed in Dhaka by Prime Minister Narendra "
        "Modi of India and Prime Minister Sheikh Hasina of Bangladesh on March 3, "
        "2023.",
        date(2023, 5, 1),
    )
    assert found == [
        (
            "meeting",
            "occurred",
            {"Narendra Modi", "Sheikh Hasina"},
            "Dhaka",
            "BGD",
            "2023-03-03",
        )
    ]


def test_leaders_who_sign_together_met(nlp):
    found = _events(
        nlp,
        "President Ronald Reagan and General Secretary Mikhail Gorbachev signed the "
        "treaty in Washington on December 8, 1987.",
        date(1988, 1, 1),
    )
    assert found == [
        (
            "meeting",
            "occurred",
            {"Ronald Reagan", "Mikhail Gorbachev"},
            "Washington",
            "USA",
            "1987-12-08",
        )
    ]


def test_ministers_of_one_government_signing_is_no_meeting(nlp):
    found = _events(
        nlp,
        "Foreign Minister Sergey Lavrov and Defence Minister Sergei Shoigu signed the "
        "decree in Moscow on March 3, 2023.",
        date(2023, 5, 1),
    )
    assert [e for e in found if e[0] == "meeting"] == []


def test_leaders_agreeing_at_a_place_met_there_in_the_year_of_the_when_clause(nlp):
    found = _events(
        nlp,
        "The talks were the most productive since 1974, when President Gerald Ford "
        "and General Secretary Leonid Brezhnev agreed on a framework for arms "
        "limits at Vladivostok.",
        date(2010, 1, 1),
    )
    assert found == [
        (
            "meeting",
            "occurred",
            {"Gerald Ford", "Leonid Brezhnev"},
            "Vladivostok",
            "RUS",
            "1974",
        )
    ]


def test_agreeing_without_a_place_is_no_meeting(nlp):
    found = _events(
        nlp, "Vladimir Putin and Xi Jinping agreed on new gas prices.", date(2023, 5, 1)
    )
    assert found == []


def test_a_leader_nobody_invited_does_not_come(nlp):
    found = _events(
        nlp,
        "The Eastern Partnership summit was held in Prague on May 7, 2009. "
        "Belarusian President Alexander Lukashenko was not invited to the summit.",
        date(2009, 5, 8),
    )
    assert found == [
        (
            "visit",
            "not_occurred",
            {"Alexander Lukashenko"},
            "Prague",
            "CZE",
            "2009-05-07",
        )
    ]


def test_leaders_named_at_work_after_an_unnamed_body_met_are_one_meeting(nlp):
    found = _events(
        nlp,
        "Leaders of twenty African countries met on Saturday in Addis Ababa. "
        "Ethiopian Prime Minister Abiy Ahmed opened the summit. Kenyan President "
        "William Ruto said the talks had been useful.",
        date(2024, 2, 20),
    )
    assert found == [
        (
            "meeting",
            "occurred",
            {"Abiy Ahmed", "William Ruto"},
            "Addis Ababa",
            "ETH",
            "2024-02-17",
        )
    ]


def test_one_leader_named_after_an_unnamed_body_is_no_meeting(nlp):
    found = _events(
        nlp,
        "Leaders of twenty African countries met on Saturday in Addis Ababa. "
        "Kenyan President William Ruto said the talks had been useful.",
        date(2024, 2, 20),
    )
    assert [e for e in found if e[0] == "meeting"] == []


def test_an_archive_note_dates_its_visit_by_the_years_it_writes(nlp):
    found = _events(
        nlp,
        "Chancellor Adenauer met with President Eisenhower at the White House on "
        "May 28. (Department of State Bulletin, June 17, 1957, page 955)",
        date(1990, 1, 1),  # published decades later, known only by its year
    )
    assert found == [
        (
            "meeting",
            "occurred",
            {"Konrad Adenauer", "Dwight D. Eisenhower"},
            "Washington",
            "USA",
            "1957-05-28",
        )
    ]


def test_the_hosts_a_guest_met_with_did_not_meet_each_other(nlp):
    found = _events(
        nlp,
        "Prime Minister Harold Wilson arrived in Washington on December 7, 1964. "
        "During his stay in Washington, Wilson, with his aides, met with President "
        "Johnson and Secretary Rusk.",
        date(1990, 1, 1),
    )
    meetings = sorted(sorted(e[2]) for e in found if e[0] == "meeting")
    assert meetings == [
        ["Dean Rusk", "Harold Wilson"],
        ["Harold Wilson", "Lyndon B. Johnson"],
    ]


def test_an_aide_the_kb_lacks_who_accompanies_a_leader_is_no_counterpart(nlp):
    found = _events(
        nlp,
        "After meeting with Chancellor Konrad Adenauer in Bonn on August 26, 1959, "
        "President Dwight D. Eisenhower, accompanied by Deputy Secretary of Defense "
        "Thomas Gates, arrived in London.",
        date(1990, 1, 1),
    )
    meetings = [sorted(e[2]) for e in found if e[0] == "meeting"]
    assert meetings == [["Dwight D. Eisenhower", "Konrad Adenauer"]]


def test_a_luncheon_attended_by_a_list_is_one_meeting_of_the_table(nlp):
    found = _events(
        nlp,
        "President Dwight D. Eisenhower met Prime Minister Harold Macmillan on March "
        "23, 1957. At noon the President gave a luncheon in the Prime Minister's honor "
        "which was attended by Secretary Dulles and Foreign Secretary Lloyd.",
        date(1990, 1, 1),
    )
    assert [e[2] for e in found if e[0] == "meeting"] == [
        {"Dwight D. Eisenhower", "Harold Macmillan"},
        {
            "Dwight D. Eisenhower",
            "Harold Macmillan",
            "John Foster Dulles",
            "Selwyn Lloyd",
        },
    ]
    assert [e for e in found if e[0] == "visit"] == []
