"""A meeting whose place is not its own is held at the home stop the text gives
(helper place8, `plans.place_at_host_stop`): hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _found(nlp, text: str, published: date) -> list[tuple]:
    return [
        (e.type, e.status, sorted(e.names), e.location.country, e.date)
        for e in article_events(nlp, text, published)
    ]


def _with(found: list[tuple], name: str) -> list[tuple]:
    return [e for e in found if e[0] == "meeting" and name in e[2]]


def test_each_host_of_one_sentence_receives_the_guest_at_home(nlp):
    text = (
        "Secretary of State John Kerry traveled to Jerusalem and Ramallah on April "
        "7, 2013.\n\nDuring his trip, he met with President Mahmoud Abbas and Prime "
        "Minister Benjamin Netanyahu."
    )
    found = _found(nlp, text, date(2013, 4, 8))
    abbas = _with(found, "Mahmoud Abbas")
    assert abbas and all(e[3] == "PSE" for e in abbas), found
    netanyahu = _with(found, "Benjamin Netanyahu")
    assert netanyahu and all(e[3] == "ISR" for e in netanyahu), found


def test_a_place_lent_by_the_last_stop_gives_way_to_the_hosts_stop(nlp):
    text = (
        "Secretary of State Hillary Clinton visited Chile on March 2, 2010, and "
        "traveled to Brazil on March 3, 2010.\n\nIn Santiago she held talks with "
        "President Michelle Bachelet.\n\nOn March 3, she also met President Luiz "
        "Inácio Lula da Silva."
    )
    found = _found(nlp, text, date(2010, 3, 4))
    lula = _with(found, "Luiz Inácio Lula da Silva")
    assert lula and all(e[3] == "BRA" for e in lula), found
    bachelet = _with(found, "Michelle Bachelet")
    assert bachelet and all(e[3] == "CHL" for e in bachelet), found


def test_a_place_the_meetings_own_sentence_names_stays(nlp):
    text = (
        "President Barack Obama visited Germany on June 18, 2013.\n\nIn June 2013 "
        "Obama met Chancellor Angela Merkel at the G8 summit in Northern Ireland."
    )
    found = _found(nlp, text, date(2013, 6, 20))
    met = _with(found, "Angela Merkel")
    assert met and all(e[3] == "GBR" for e in met), found


def test_a_meeting_whose_date_came_with_a_lent_place_takes_the_hosts_stop(nlp):
    text = (
        "Secretary of State Condoleezza Rice will travel to Ghana on Monday, May 12, "
        "2008, and to Senegal on Thursday, May 15, 2008.\n\nIn Dakar she will meet "
        "President Abdoulaye Wade.\n\nRice will also meet President John Kufuor to "
        "discuss trade."
    )
    found = _found(nlp, text, date(2008, 5, 10))
    kufuor = _with(found, "John Kufuor")
    assert kufuor and all(e[3] == "GHA" for e in kufuor), found
    wade = _with(found, "Abdoulaye Wade")
    assert wade and all(e[3] == "SEN" for e in wade), found
