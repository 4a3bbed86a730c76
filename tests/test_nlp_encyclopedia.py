"""Encyclopedia pages on accords and summits (issue #10, helper s5-fresh3): treaty
infoboxes flattened by mirrors. Small hand-written texts, each a construction seen on
several real pages (tests/data/real 133, heldout2 016, real 020)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event
from summitwatch.kb.places import Place
from summitwatch.models import Participant
from summitwatch.nlp.frame import Frame, fold_into_listed

pytestmark = [pytest.mark.model]


def _meetings(events) -> list:
    return [e for e in events if e.type == "meeting"]


def test_a_flattened_treaty_infobox_lists_its_signatories_by_country(nlp):
    # Kiwix copies run key and value together with a space and give one
    # 'Country: Name' line per signatory after the 'Signatories' key.
    text = (
        "Minsk Charter\n\n"
        "Type Treaty on a customs union\n"
        "Signed 14 March 1996\n"
        "Location Minsk, Belarus\n"
        "Signatories Russia: Boris Yeltsin\n"
        "Belarus: Alexander Lukashenko\n"
        " Kazakhstan: Nursultan Nazarbayev\n\n"
        "The Minsk Charter founded a customs union of three former Soviet republics."
    )
    [meeting] = _meetings(article_events(nlp, text, date(2018, 1, 1)))
    assert set(meeting.names) == {
        "Boris Yeltsin",
        "Alexander Lukashenko",
        "Nursultan Nazarbayev",
    }
    assert meeting.location.country == "BLR"
    assert meeting.date == "1996-03-14"


def test_a_location_signed_key_places_the_signing(nlp):
    text = (
        "Dushanbe Accord\n\n"
        "- Type: Peace treaty\n"
        "- Location Signed: Dushanbe, Tajikistan\n"
        "- Signatories: Emomali Rahmon, Islam Karimov\n\n"
        "The Dushanbe Accord settled a dispute over water between two neighbours."
    )
    [meeting] = _meetings(article_events(nlp, text, date(2018, 1, 1)))
    assert set(meeting.names) == {"Emomali Rahmon", "Islam Karimov"}
    assert meeting.location.country == "TJK"


def test_an_undated_signatory_list_takes_the_date_of_the_sentence_naming_them(nlp):
    # The infobox lists the signatories and the place, the prose dates the signing.
    text = (
        "Andes Water Pact\n\n"
        "- Type: Water treaty\n"
        "- Location Signed: La Paz, Bolivia\n"
        "- Signatories: Evo Morales, Michelle Bachelet, Alan García\n\n"
        "The pact shared the rivers of the high plateau among three neighbours. It was "
        "signed by President Evo Morales, President Michelle Bachelet and President "
        "Alan García on March 3, 2008."
    )
    [meeting] = _meetings(article_events(nlp, text, date(2018, 1, 1)))
    assert meeting.location.country == "BOL"
    assert meeting.date == "2008-03-03"


def test_a_recalled_precedent_does_not_date_the_pages_own_meeting(nlp):
    # The sentence before tells another man's earlier trip: the meeting that
    # follows, with no date of its own, is the summit the page is about.
    text = (
        "The three-day Ankara Summit was held in Ankara from 10 to 12 May 2004. "
        "The last Iranian leader to visit Turkey was Akbar Hashemi Rafsanjani in "
        "October 1996. The meeting between Recep Tayyip Erdoğan and Mohammad "
        "Khatami was hailed as a new start for the two neighbours."
    )
    events = article_events(nlp, text, date(2018, 1, 1))
    [meeting] = [e for e in _meetings(events) if "Mohammad Khatami" in e.names]
    assert meeting.date == "2004-05"


def test_a_princes_given_name_is_not_a_namesakes_surname(nlp):
    # State-visit pages name the consort by style and given name: not the Prime
    # Minister whose surname the given name happens to be.
    text = (
        "Prince Philip travelled to Japan in May 1975. Prince Sihanouk met President "
        "Richard Nixon in Washington in 1970."
    )
    events = article_events(nlp, text, date(2018, 1, 1))
    [visit] = [e for e in events if e.type == "visit"]
    # his Wikipedia title (SCHEMA rule 19), as the KB knows him since #9
    assert visit.names == ["Prince Philip, Duke of Edinburgh"]
    assert visit.location.country == "JPN"
    [meeting] = _meetings(events)
    assert set(meeting.names) == {"Norodom Sihanouk", "Richard Nixon"}


def test_the_prose_retelling_of_a_listed_signing_is_that_signing():
    # The infobox lists five signatories; the prose names them again, one cut short
    # by the NER: one gathering, not two.
    five = ["Ana Uno", "Ben Dos", "Cid Tres", "Dan Cuatro Cinco", "Eva Seis"]
    frame = Frame(place=Place("Guatemala City", "city", "GTM"), date="1987-08-07")
    frame.participants = [Participant(n, None, None) for n in five]
    listed = built_event("meeting", five, country="GTM", when="1987-08-07")
    retold = built_event(
        "meeting", [*five[:3], "Dan Cuatro", five[4]], country="GTM", when="1987-08-07"
    )
    other = built_event("meeting", ["Ana Uno", "Zoe Otra"], country="GTM")
    kept = fold_into_listed([listed, retold, other], frame)
    assert kept == [listed, other]
