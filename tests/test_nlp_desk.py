"""A trip a FRUS document names no destination for is to where the document was
written, read from its head's sender (session 14, helper frus18; real 764, 765,
761): 'Telegram From the Department of State …' is written in Washington; an
embassy's telegram is no desk (nlp/desk.py). The desk is no
'home' for titles: the document's unnamed 'the President' stays unnamed (rule 3).
Paraphrased telegrams through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def visits(nlp, text: str, published: date):
    return sorted(
        (e.names[0], e.location.country)
        for e in article_events(nlp, text, published)
        if e.type == "visit"
    )


def test_a_guests_visit_in_a_department_telegram_is_to_the_united_states(nlp):
    text = (
        "41. Telegram From the Department of State to the Embassy in Italy\n\n"
        "1203. The Moro visit on April 20 is confirmed."
    )
    assert ("Aldo Moro", "USA") in visits(nlp, text, date(1965, 4, 2))


def test_a_posts_telegram_is_no_desk(nlp):
    """An embassy tells of trips both ways and quotes the President's letters
    ('my projected visit', to Japan, from Manila: held-out 4 011)."""
    text = (
        "12. Telegram From the Embassy in Yugoslavia to the Department of State\n\n"
        "880. Foreign Secretary said the Nasser visit would end on Friday."
    )
    assert not any(
        v[0] == "Gamal Abdel Nasser" for v in visits(nlp, text, date(1956, 7, 2))
    )


def test_without_a_head_the_trip_has_no_destination(nlp):
    text = "1203. The Moro visit on April 20 is confirmed."
    assert not any(v[0] == "Aldo Moro" for v in visits(nlp, text, date(1965, 4, 2)))


def test_the_desk_names_no_president(nlp):
    text = (
        "41. Telegram From the Department of State to the Embassy in Italy\n\n"
        "1203. The President will receive Moro on April 20."
    )
    events = article_events(nlp, text, date(1965, 4, 2))
    assert not any("Lyndon B. Johnson" in e.names for e in events)


def test_the_desk_beats_the_place_of_the_sentence_before(nlp):
    """'sending Harriman to Pakistan … visit of Wilson on April 15' (real 764): the
    guest's trip is to the desk's country, not to the frame's Pakistan."""
    text = (
        "41. Telegram From the Department of State to the Embassy in Italy\n\n"
        "1203. Talk today was of sending Harriman to Pakistan to see Ayub. "
        "The visit of Wilson on April 15 is confirmed."
    )
    got = visits(nlp, text, date(1965, 4, 2))
    assert ("Harold Wilson", "USA") in got and ("Harold Wilson", "PAK") not in got


@pytest.mark.parametrize(
    "head",
    [
        "Letter From President Sukarno to President Kennedy",
        "Letter From President Nasser to President Eisenhower",
    ],
)
def test_a_foreign_presidents_letter_is_no_washington_desk(head):
    """'From President' opens a foreign president's letter too (review18)."""
    from summitwatch.nlp.desk import desk_country

    assert (
        desk_country(head + "\n\nJakarta, May 3, 1961.\n\nDear Mr. President:") is None
    )


def test_a_department_telegram_head_is_the_washington_desk():
    from summitwatch.nlp.desk import desk_country

    head = "Telegram From the Department of State to the Embassy in Indonesia"
    assert desk_country(head + "\n\nWashington, May 3, 1961.") == "USA"
