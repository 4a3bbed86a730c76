"""Attributes of events found (helper attr8): status, place and date decided by the
general components, on small hand-written texts."""

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


def test_a_meeting_that_is_the_purpose_of_a_stop_ahead_is_planned(nlp):
    text = (
        "Secretary of State John Kerry is leaving Washington for a trip to the "
        "region. He will meet separately with Prime Minister Benjamin Netanyahu in "
        "Jerusalem.\n\nKerry goes first to Amman to meet King Abdullah II of Jordan "
        "and other officials."
    )
    found = _found(nlp, text, date(2014, 3, 20))
    amman = [e for e in found if "Abdullah II of Jordan" in e[2]]
    assert amman and all(e[1] == "planned" for e in amman), found


def test_a_welcome_on_the_guests_trip_ahead_is_planned(nlp):
    text = (
        "President Barack Obama will travel to South Africa next week, the White "
        "House said on Monday.\n\nIn Pretoria, President Jacob Zuma formally "
        "welcomes Obama at the Union Buildings."
    )
    found = _found(nlp, text, date(2013, 6, 17))
    welcome = [e for e in found if "Jacob Zuma" in e[2]]
    assert welcome and all(e[1] == "planned" for e in welcome), found


def test_a_report_dated_to_the_day_dates_its_unplaced_news(nlp):
    # the talks come after the lede and no place frames the page: still the
    # report of its day, as a transcript or a readout is
    text = (
        "The two governments have worked closely on energy and on the security of "
        "shipping lanes for many years, officials of both ministries said.\n\n"
        "Trade between the two countries has grown steadily over the past decade, "
        "according to figures released by the customs agencies of both sides.\n\n"
        "Several agreements on research and education are expected to be signed "
        "by the ministers of both countries.\n\n"
        "Prime Minister Shinzo Abe held a summit meeting with President Sauli "
        "Niinisto of Finland. The two leaders exchanged views on trade."
    )
    found = _found(nlp, text, date(2016, 3, 10))
    meeting = [e for e in found if e[0] == "meeting"]
    assert meeting and all((e[4] or "")[:4] == "2016" for e in meeting), found


def test_a_month_header_lends_its_month_to_the_news_its_lede_places(nlp):
    text = (
        "A regional security committee met in Gaborone, Botswana, late on Friday "
        "to take up the crisis in the region.\n\n"
        "The members of the committee had been expected to agree on a plan for "
        "new elections and for the return of refugees.\n\n"
        "Diplomats said the talks would resume after the end of the rainy season "
        "and the harvest.\n\n"
        "A second session was cancelled after President Armando Guebuza of "
        "Mozambique failed to arrive in Gaborone."
    )
    found = _found(nlp, text, date(2010, 11, 1))  # a header '2010-11'
    trip = [e for e in found if e[2] == ["Armando Guebuza"]]
    assert trip and trip[0][4] == "2010-11", found


def test_an_invitation_thanked_for_takes_its_meetings_day_not_the_reports_year(nlp):
    text = (
        "WASHINGTON - President Barack Obama welcomed Prime Minister Nawaz Sharif "
        "to the Oval Office on Thursday.\n\n"
        "Economists said the two economies were increasingly linked, and that "
        "energy would be a central subject of any future agreement.\n\n"
        "Analysts in both capitals expected no breakthrough on the border "
        "dispute, which has lasted for decades.\n\n"
        "Sharif thanked the President for inviting him to Washington once again."
    )
    found = _found(nlp, text, date(2015, 10, 23))
    invitation = [e for e in found if e[0] == "invitation"]
    assert invitation and invitation[0][4] == "2015-10-22", found


def test_a_date_in_the_purpose_clause_is_not_the_meetings(nlp):
    text = (
        "Secretary Hillary Clinton will travel to Nigeria next week, where she "
        "plans to meet President Goodluck Jonathan and other officials to stress "
        "American support for fair and peaceful national elections in 2015."
    )
    found = _found(nlp, text, date(2012, 7, 30))
    meeting = [e for e in found if e[0] == "meeting"]
    assert meeting and all((e[4] or "")[:4] != "2015" for e in meeting), found


def test_an_essay_that_names_its_history_lends_no_year_to_what_it_recalls(nlp):
    text = (
        "Relations between the two neighbours have gone through many phases since "
        "the treaty of 2000, the crisis of 2002 and the talks of 2005.\n\n"
        "The famine of the 1990s and the floods of 2010 changed the border trade, "
        "analysts say, and the sanctions of 2013 changed it again.\n\n"
        "Few observers expect a change of course before the anniversary next "
        "year, when a parade is planned in the capital.\n\n"
        "Kim Jong-il made his first foreign visit as leader to China, where he was "
        "received with great ceremony."
    )
    found = _found(nlp, text, date(2015, 2, 23))
    visit = [e for e in found if e[0] == "visit" and e[2] == ["Kim Jong-il"]]
    assert visit and all(e[4] is None for e in visit), found


def test_a_meeting_that_is_the_trips_purpose_dates_the_trip(nlp):
    text = (
        "Kim Jong-il traveled to Moscow by train to meet President Vladimir Putin "
        "in the summer of 2001, but only after Putin first visited Pyongyang for a "
        "brief summit in 2000."
    )
    found = _found(nlp, text, date(2015, 2, 23))
    moscow = [e for e in found if e[3] == "RUS"]
    assert moscow and all((e[4] or "")[:4] == "2001" for e in moscow), found
