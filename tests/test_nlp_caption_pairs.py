"""Photo captions that only name people together, a place and a date (session 11,
helper prop12: events no reader proposed; `captions._pictured_together`), and one
city named two ways by a caption and a table row (`kb.names.one_city`).
Hand-written lines."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import indexed, meeting_pairs
from summitwatch.models import Location, Participant
from summitwatch.nlp.trips.same import places_agree

DAY = date(2020, 1, 10)


@pytest.mark.model
@pytest.mark.parametrize(
    ("line", "pair"),
    [
        (
            "Abe with Russian President Vladimir Putin in Sochi, May 2016",
            ("Shinzo Abe", "Vladimir Putin"),
        ),
        (
            "Chancellor Angela Merkel and President Barack Obama in Elmau, June 2015.",
            ("Angela Merkel", "Barack Obama"),
        ),
    ],
)
def test_a_dated_caption_of_two_leaders_is_their_meeting(nlp, line, pair):
    assert tuple(sorted(pair)) in meeting_pairs(nlp, line + "\n", DAY)


@pytest.mark.model
def test_the_list_owner_opens_the_caption_by_surname(nlp):
    """'May' is a month to the parser: the list's owner by surname."""
    text = (
        "List of international prime ministerial trips made by Theresa May\n\n"
        "May with Russian President Vladimir Putin in Hangzhou, China, "
        "4 September 2016\n"
    )
    assert ("Theresa May", "Vladimir Putin") in meeting_pairs(nlp, text, DAY)


@pytest.mark.model
@pytest.mark.parametrize(
    "line",
    [
        # one country: a leader and his wife pictured are no meeting
        "President Barack Obama and first lady Michelle Obama in Honolulu, "
        "December 2014",
        # no date: no caption of an occasion
        "Chancellor Angela Merkel and President Barack Obama in Elmau",
    ],
)
def test_captions_that_show_no_meeting(nlp, line):
    assert meeting_pairs(nlp, line + "\n", DAY) == []


@pytest.mark.model
def test_an_undated_caption_sentence_with_a_place_is_their_meeting(nlp):
    """A relations article's photo caption (real 633): a sentence of its own, a
    full stop and a line break after it, that says where but not when."""
    text = (
        "The two countries opened embassies in 1992.\n\n"
        "Argentine President Mauricio Macri and Chilean President Michelle "
        "Bachelet in Chile.\n\n"
        "Trade grew over the next decade.\n"
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Mauricio Macri", "Michelle Bachelet") in pairs


@pytest.mark.model
def test_a_bracketed_title_beside_a_pictured_name_is_no_one_else(nlp):
    """A relations article's caption (real 653): 'A and B, with C (U.S. Secretary of
    Commerce) at …': the title in brackets describes C, all three were there."""
    text = (
        "The two countries signed a trade accord in 2006.\n\n"
        "Afghan President Hamid Karzai and Tajik President Emomali Rahmonov, with "
        "Carlos M. Gutierrez (U.S. Secretary of Commerce) at the opening of the "
        "Panj bridge in 2007.\n"
    )
    trio = ("Carlos Gutierrez", "Emomali Rahmon", "Hamid Karzai")
    assert trio in meeting_pairs(nlp, text, DAY)


def test_one_city_named_with_and_without_its_last_words():
    usa = "USA"
    assert places_agree(Location("New York", usa), Location("New York City", usa))
    assert places_agree(Location("Washington, D.C.", usa), Location("Washington", usa))
    assert not places_agree(Location("York", "GBR"), Location("New York", "GBR"))
    assert not places_agree(Location("Paris", "FRA"), Location("Lyon", "FRA"))


@pytest.mark.model
def test_a_surname_is_the_kbs_not_the_last_word(nlp, kb):
    """`DocIndex.surname_of`, how a caption names its page owner and a table row
    its counterparts: 'Moon' of Moon Jae-in, the last word of someone unknown."""
    _, index = indexed(nlp, kb, "Moon with Trump.", DAY)
    assert index.surname_of(Participant("Moon Jae-in", "moon-jae-in")) == "Moon"
    assert index.surname_of(Participant("Jan Novak")) == "Novak"
