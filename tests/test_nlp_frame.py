"""The document-level reading of issue #10: the article's own event (frame), who
attended it, trip lists and tables, status against the publication date, and dates
that belong to the event. Small hand-written texts, each a construction seen in
several real articles."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text, unglue_cells
from summitwatch.models import Article
from summitwatch.nlp.dates import latest_published, resolve_date
from summitwatch.process import process


def read(nlp, kb, text: str, published: date) -> set[tuple]:
    body = clean_text(text)[2]
    events = process(Article(text=body, published=published), nlp, kb)
    return {
        (e.type, e.status, tuple(sorted(e.names)), e.location.city, e.location.country,
         (e.date or "")[:7])
        for e in events
    }  # fmt: skip


# ---- no model: dates, publication bounds, table cells ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("October 10–13, 1977", "1977-10"),  # a range keeps the shared precision
        ("March 31–April 1, 2016", "2016"),  # months apart: the year they share
        ("8 December – 9 December 2007", "2007-12"),
        ("15 to 17 November 2013", "2013-11"),
    ],
)
def test_ranges_keep_the_precision_both_ends_share(text, expected):
    assert resolve_date(text, date(2022, 12, 5)) == expected


def test_a_year_only_publication_date_stands_for_the_whole_year():
    assert latest_published(date(2021, 1, 1)) == "2021-12-31"
    assert latest_published(date(2012, 7, 1)) == "2012-07-01"
    assert latest_published(date(2015, 2, 23)) == "2015-02-23"


def test_glued_table_cells_are_split():
    row = "Prime Minister BalewaMet with President Eisenhower.October 8, 1960"
    # a dated row's visitor cell is cut from its remarks as a cell ('; '), not as
    # words of one sentence (session 10, tables11)
    assert unglue_cells(row) == (
        "Prime Minister Balewa; Met with President Eisenhower. October 8, 1960"
    )
    assert unglue_cells("McDonald and MetLife") == "McDonald and MetLife"


def test_a_dated_sentence_is_no_byline():
    text = (
        "2007 Africa-EU Summit\n"
        "The Africa-EU Summit, which was held on 8 December – 9 December 2007 in "
        "Lisbon\n, Portugal\n, was the second summit.\n"
    )
    assert "held on 8 December" in clean_text(text)[2]


# ---- the pipeline: frame, attendance, tables, dates ----


@pytest.mark.model
def test_infobox_frame_places_the_summit_and_its_attendance(nlp, kb):
    text = (
        "Eighth East Asia Summit\n\n"
        "Country:Brunei\nCities:Bandar Seri Begawan\nDate:October 9–10, 2013\n\n"
        "The heads of state of eighteen countries took part in the summit.\n\n"
        "Russian President Vladimir Putin did not attend and was represented by "
        "Foreign Minister Sergei Lavrov.\n"
    )
    found = read(nlp, kb, text, date(2013, 10, 1))
    assert (
        "visit", "not_occurred", ("Vladimir Putin",), "Bandar Seri Begawan", "BRN",
        "2013-10",
    ) in found  # fmt: skip
    assert any(
        e[0] == "visit" and e[1] == "occurred" and "Lavrov" in e[2][0] and e[4] == "BRN"
        for e in found
    )


@pytest.mark.model
def test_lede_frame_and_people_who_stayed_away(nlp, kb):
    text = (
        "The Arab League summit was held in Khartoum, Sudan on March 28, 2006.\n\n"
        "The no-shows include Egypt's Hosni Mubarak.\n"
    )
    found = read(nlp, kb, text, date(2006, 3, 29))
    assert (
        "visit",
        "not_occurred",
        ("Hosni Mubarak",),
        "Khartoum",
        "SDN",
        "2006-03",
    ) in found


@pytest.mark.model
def test_taking_part_remotely_is_no_trip_and_attending_is_one(nlp, kb):
    text = (
        "The 47th G7 summit was held from 11 to 13 June 2021 in Cornwall, England.\n"
        "Antonio Guterres also attended the summit, whilst Narendra Modi, the Indian "
        "Prime Minister, participated remotely.\n"
    )
    found = {
        (e[1], e[2]) for e in read(nlp, kb, text, date(2021, 1, 1)) if e[4] == "GBR"
    }
    assert ("not_occurred", ("Narendra Modi",)) in found
    assert ("occurred", ("Narendra Modi",)) not in found


@pytest.mark.model
def test_dateline_places_a_readout(nlp, kb):
    text = (
        "Meeting with Crown Prince of Saudi Arabia Mohammad bin Salman\n\n"
        "June 14, 2018, The Kremlin, Moscow\n\n"
        "Vladimir Putin met with Crown Prince of Saudi Arabia Mohammad bin Salman.\n"
    )
    found = read(nlp, kb, text, date(2018, 6, 14))
    assert any(e[0] == "meeting" and e[3] == "Moscow" and e[4] == "RUS" for e in found)


@pytest.mark.model
def test_visit_list_rows_are_one_trip_each(nlp, kb):
    text = (
        "Visits By Foreign Leaders of Nigeria\n\n"
        "President Olusegun ObasanjoWorking visit.May 10–12, 2001\n"
        "President Goodluck JonathanMet with President Obama at the UN General "
        "Assembly in New York City.September 23, 2013\n"
        "President Goodluck JonathanWorking visit.June 8, 2011\n"
    )
    found = read(nlp, kb, text, date(2022, 12, 1))
    assert (
        "visit",
        "occurred",
        ("Olusegun Obasanjo",),
        None,
        "USA",
        "2001-05",
    ) in found
    assert (
        "visit",
        "occurred",
        ("Goodluck Jonathan",),
        None,
        "USA",
        "2011-06",
    ) in found
    assert any(e[0] == "meeting" and "Barack Obama" in e[2] for e in found)


@pytest.mark.model
def test_a_marked_up_trip_table_reads_its_cells(nlp, kb):
    text = (
        "List of international trips made by Imran Khan\n"
        "Country | Area visited | Date (s) | Purpose (s) | Details |\n"
        "---|---|---|---|---|\n"
        "United Arab Emirates | Abu Dhabi | 19 September 2018 | State visit | - |\n"
        "Malaysia | Kuala Lumpur | 20 November 2018 | Official visit | Talks. |\n"
    )
    found = read(nlp, kb, text, date(2022, 4, 1))
    assert (
        "visit",
        "occurred",
        ("Imran Khan",),
        "Abu Dhabi",
        "ARE",
        "2018-09",
    ) in found
    assert (
        "visit",
        "occurred",
        ("Imran Khan",),
        "Kuala Lumpur",
        "MYS",
        "2018-11",
    ) in found


@pytest.mark.model
def test_an_attendance_list_is_one_gathering(nlp, kb):
    text = (
        "The 2022 SCO summit was held on 15 and 16 September 2022 in Samarkand, "
        "Uzbekistan.\n\n== Leaders in attendance ==\n"
        "- – President of China Xi Jinping\n"
        "- – Prime Minister of India Narendra Modi\n"
        "- – President of Russia Vladimir Putin\n"
    )
    found = read(nlp, kb, text, date(2022, 9, 20))
    groups = [e for e in found if e[0] == "meeting" and len(e[2]) == 3]
    assert groups and groups[0][3:5] == ("Samarkand", "UZB")


@pytest.mark.model
def test_a_date_of_something_else_does_not_date_the_meeting(nlp, kb):
    text = (
        "Vladimir Putin met Xi Jinping in Beijing, their first meeting since the end "
        "of the 1994 agreement.\n"
    )
    found = read(nlp, kb, text, date(2019, 6, 5))
    assert all(e[5] != "1994" for e in found)


@pytest.mark.model
def test_a_title_with_two_cities_names_no_venue(nlp, kb):
    text = (
        "Moscow vs. Vladivostok: Prospects for a Russia-North Korea Summit\n\n"
        "Kim Jong-un may visit Russia next year.\n"
    )
    found = read(nlp, kb, text, date(2015, 2, 23))
    assert all(e[3] != "Moscow" for e in found)


@pytest.mark.model
def test_the_summit_calendar_places_a_summit_the_text_only_names(nlp, kb):
    text = (
        "Eighth East Asia Summit Explained\n\n"
        "Russian President Vladimir Putin did not attend and was represented by "
        "Foreign Minister Sergei Lavrov.\n"
    )
    found = read(nlp, kb, text, date(2013, 10, 1))
    assert (
        "visit", "not_occurred", ("Vladimir Putin",), "Bandar Seri Begawan", "BRN",
        "2013-10",
    ) in found  # fmt: skip


@pytest.mark.model
def test_a_dated_report_does_not_take_a_summit_a_month_away(nlp, kb):
    text = (
        "Prime Minister Hun Sen met with his Thai counterpart, Abhisit Vejjajiva, at "
        "the sideline of the US-ASEAN Summit.\n"
    )
    found = read(nlp, kb, text, date(2010, 9, 27))
    assert all(e[4] != "VNM" for e in found)


@pytest.mark.model
def test_a_meeting_called_off_in_the_same_or_next_sentence_did_not_occur(nlp, kb):
    text = (
        "Xi Jinping would meet Lee Hsien Loong in Beijing on Monday, but that meeting "
        "did not happen.\n\n"
        "Vladimir Putin was to meet Shinzo Abe in Tokyo on Tuesday. Those talks were "
        "called off.\n"
    )
    found = {(e[1], e[2]) for e in read(nlp, kb, text, date(2012, 9, 11))}
    assert ("not_occurred", ("Lee Hsien Loong", "Xi Jinping")) in found
    assert ("not_occurred", ("Shinzo Abe", "Vladimir Putin")) in found


@pytest.mark.model
def test_the_simple_past_reports_an_event_done_in_a_month_dated_page(nlp, kb):
    text = (
        "On November 6, Shinzo Abe held a summit meeting with Donald Trump in Tokyo.\n"
    )
    found = {(e[0], e[1]) for e in read(nlp, kb, text, date(2017, 11, 1))}
    assert ("meeting", "occurred") in found
    text = "On November 26, Shinzo Abe will hold a summit meeting with Donald Trump.\n"
    found = {(e[0], e[1]) for e in read(nlp, kb, text, date(2017, 11, 1))}
    assert ("meeting", "planned") in found


@pytest.mark.model
def test_a_summit_between_countries_is_one_meeting_of_their_named_leaders(nlp, kb):
    text = (
        "2005 Sharm El Sheikh Summit\n\n"
        "The Sharm El Sheikh Summit of 2005 was a diplomatic meeting between Egypt, "
        "Israel and the Palestinian National Authority. It was held in Sharm El "
        "Sheikh on 8 February 2005.\n\n"
        "Hosni Mubarak, Ariel Sharon and Mahmoud Abbas spoke to the press.\n"
    )
    found = read(nlp, kb, text, date(2005, 2, 8))
    meetings = [e for e in found if e[0] == "meeting"]
    assert any({"Hosni Mubarak", "Ariel Sharon"} <= set(e[2]) for e in meetings)
    assert all(e[4] == "EGY" for e in meetings)


@pytest.mark.model
def test_infobox_participants_are_one_gathering_that_takes_in_the_lede_pair(nlp, kb):
    text = (
        "2018 Russia–United States Summit\n"
        "- Date: 16 July 2018\n- Cities: Helsinki\n"
        "- Participants: Donald Trump, Mike Pompeo, Vladimir Putin, Sergey Lavrov\n\n"
        "The 2018 Russia–United States Summit was a summit meeting between Donald "
        "Trump and Vladimir Putin on 16 July 2018, in Helsinki, Finland.\n"
    )
    meetings = [e for e in read(nlp, kb, text, date(2018, 7, 1)) if e[0] == "meeting"]
    assert len(meetings) == 1
    kind, status, people, city, country, when = meetings[0]
    assert (status, len(people), city, when) == ("occurred", 4, "Helsinki", "2018-07")


@pytest.mark.model
def test_a_title_itinerary_gives_a_visit_to_each_country(nlp, kb):
    text = (
        "Travel to Kenya, Nigeria, Bangladesh and China, August 22-September 5, 2016\n"
        "\nSecretary of State John Kerry traveled to Nairobi, Kenya, on August 22.\n"
    )
    found = {(e[2], e[4], e[5][:4]) for e in read(nlp, kb, text, date(2016, 9, 8))}
    for country in ("KEN", "NGA", "BGD", "CHN"):
        assert (("John Kerry",), country, "2016") in found


@pytest.mark.model
def test_a_year_of_something_else_sets_no_year_for_later_dates(nlp, kb):
    text = (
        "Helsinki was the location for the signing of the Helsinki Accords in 1975. "
        "John Bolton met with Vladimir Putin in Moscow on 27 June.\n"
    )
    found = read(nlp, kb, text, date(2018, 7, 10))
    assert any(e[0] == "meeting" and e[5] == "2018-06" for e in found)


@pytest.mark.model
def test_absence_from_another_gathering_named_in_the_sentence_goes_there(nlp, kb):
    text = (
        "The APEC summit was held in Nusa Dua, Indonesia on October 7, 2013.\n"
        "The cancellation also keeps Barack Obama away from meetings with leaders at "
        "the East Asia summit in Brunei.\n"
    )
    found = {(e[1], e[2], e[4]) for e in read(nlp, kb, text, date(2013, 10, 4))}
    assert ("not_occurred", ("Barack Obama",), "BRN") in found
    assert ("not_occurred", ("Barack Obama",), "IDN") not in found


@pytest.mark.model
def test_is_attending_is_under_way_and_is_sending_before_the_summit_is_planned(nlp, kb):
    text = (
        "A two-day summit has opened in Qingdao, China.\n"
        "Peskov, speaking in Qingdao, where Vladimir Putin is attending the summit, "
        "said there was no agreement.\n"
    )
    found = {(e[1], e[2]) for e in read(nlp, kb, text, date(2018, 6, 9))}
    assert ("occurred", ("Vladimir Putin",)) in found
    text = (
        "The EU-AU summit will be held in Lisbon on December 8, 2007.\n"
        "Gordon Brown is boycotting the summit, instead sending Angela Merkel to "
        "represent Britain.\n"
    )
    found = {(e[1], e[2]) for e in read(nlp, kb, text, date(2007, 12, 6))}
    assert ("not_occurred", ("Gordon Brown",)) in found
    assert ("planned", ("Angela Merkel",)) in found


@pytest.mark.model
def test_a_statement_heading_adds_no_visit_besides_the_body_event(nlp, kb):
    text = (
        "Office of the Press Secretary\n\n"
        "Statement by the Press Secretary on the Visit of Chancellor Angela Merkel to "
        "the White House\n\n"
        "President Obama looks forward to welcoming Chancellor Angela Merkel of "
        "Germany to the White House on Friday, June 26.\n"
    )
    found = read(nlp, kb, text, date(2009, 6, 18))
    assert not any(e[0] == "visit" for e in found)
    assert any(e[0] == "meeting" and e[1] == "planned" for e in found)


@pytest.mark.model
def test_a_press_office_header_places_the_briefing(nlp, kb):
    text = (
        "THE WHITE HOUSE\n\nOffice of the Press Secretary\n(Toronto, Canada)\n\n"
        "PRESS BRIEFING\n\nJune 19, 1988\n\nToronto, Canada\n\n"
        "MR. FITZWATER: The President met with Prime Minister Mulroney for brief "
        "bilateral discussions. President Reagan congratulated the Prime Minister.\n"
    )
    found = read(nlp, kb, text, date(1988, 6, 19))
    assert ("meeting", "occurred", ("Brian Mulroney", "Ronald Reagan"), "Toronto",
            "CAN", "1988-06") in found  # fmt: skip


@pytest.mark.model
def test_a_transcript_venue_line_above_its_clock_time_places_the_remarks(nlp, kb):
    text = (
        "Office of the Press Secretary\nMay 4, 2005\n\n"
        "President Bush Welcomes President Kufuor of Ghana\nThe Oval Office\n\n"
        "11:02 A.M. EDT\n\n"
        "PRESIDENT BUSH: Mr. President, welcome. We have just had a good discussion "
        "about trade and health.\n"
    )
    found = read(nlp, kb, text, date(2005, 5, 4))
    assert ("meeting", "occurred", ("George W. Bush", "John Kufuor"), "Washington",
            "USA", "2005-05") in found  # fmt: skip


@pytest.mark.model
def test_the_issuers_line_is_not_the_venue_and_a_region_line_is_read(nlp, kb):
    text = (
        "The White House\nOffice of the Press Secretary\n\n"
        "Remarks by President Obama and Prime Minister Cameron\n\n"
        "Lancaster House\nLondon, England\n\n3:10 P.M. BST\n\n"
        "PRIME MINISTER CAMERON: Good afternoon. It is a pleasure to welcome "
        "President Obama again, and we have had good talks today.\n"
    )
    found = read(nlp, kb, text, date(2011, 5, 25))
    meetings = [e for e in found if e[0] == "meeting"]
    assert meetings and all(e[3:5] == ("London", "GBR") for e in meetings)


@pytest.mark.model
def test_this_meeting_in_its_own_transcript_is_not_a_second_planned_one(nlp, kb):
    text = (
        "Beginning of meeting with Prime Minister of Turkey Recep Tayyip Erdogan\n\n"
        "November 22, 2013, St Petersburg\n\n"
        "President of Russia Vladimir Putin: Mr Prime Minister, I am very pleased to "
        "welcome you to St Petersburg. I think that you and I will certainly do "
        "nothing to hinder this development at our meeting today.\n"
    )
    found = read(nlp, kb, text, date(2013, 11, 22))
    meetings = [e for e in found if e[0] == "meeting"]
    assert [e[1] for e in meetings] == ["occurred"]


@pytest.mark.model
def test_a_readout_heading_meeting_is_the_body_meeting_with_more_people(nlp, kb):
    text = (
        "Readout of National Security Advisor Jake Sullivan's Meeting with President "
        "Alejandro Giammattei of Guatemala\n\n"
        "National Security Advisor Jake Sullivan and Secretary of State Antony Blinken "
        "met with President Alejandro Giammattei on December 8 in Washington.\n"
    )
    found = read(nlp, kb, text, date(2021, 12, 9))
    meetings = [e[2] for e in found if e[0] == "meeting"]
    assert len(meetings) == 1 and len(meetings[0]) == 3, found


@pytest.mark.model
def test_an_invitation_thanked_for_at_the_meeting_is_placed_there(nlp, kb):
    text = (
        "President of Russia Vladimir Putin: Mr President, I am happy to welcome you "
        "to Moscow.\n\n"
        "President of Italy Sergio Mattarella: Mr President, thank you for this warm "
        "welcome, and most importantly, thank you for the invitation.\n"
    )
    found = read(nlp, kb, text, date(2017, 4, 11))
    invitations = [e for e in found if e[0] == "invitation"]
    assert invitations and all(
        e[3:] == ("Moscow", "RUS", "2017-04") for e in invitations
    )


@pytest.mark.model
def test_a_recalled_visit_keeps_the_country_but_not_the_frame_day(nlp, kb):
    text = (
        "Meeting with Crown Prince of Saudi Arabia Mohammad bin Salman\n\n"
        "June 14, 2018, The Kremlin, Moscow\n\n"
        "Vladimir Putin met with Crown Prince of Saudi Arabia Mohammad bin Salman.\n\n"
        "President of Russia Vladimir Putin: Your Highness, we fondly recall the visit "
        "of King Salman of Saudi Arabia.\n"
    )
    found = read(nlp, kb, text, date(2018, 6, 14))
    visits = [e for e in found if e[0] == "visit"]
    assert visits and all(e[3:] == (None, "RUS", "") for e in visits), found


@pytest.mark.model
def test_the_calendar_names_the_city_of_a_lede_placed_only_in_a_country(nlp, kb):
    text = (
        "On June 27, Prime Minister Shinzo Abe held a summit meeting with Prime "
        "Minister Narendra Modi of India, who is visiting Japan to attend the G20 "
        "Osaka Summit.\n"
    )
    found = read(nlp, kb, text, date(2019, 6, 27))
    assert ("meeting", "occurred", ("Narendra Modi", "Shinzo Abe"), "Osaka", "JPN",
            "2019-06") in found, found  # fmt: skip


# ---- a briefing's table of contents is not its lede (helper gov13) ----


def test_an_agenda_of_headings_is_found_and_numbered_sentences_are_not():
    from summitwatch.nlp.agenda import agenda_spans

    agenda = (
        "Press Briefing 4 March 2005\n"
        "1. Outline of the bilateral meeting between Japan and Chile\n"
        "2. Outline of the bilateral meeting between Japan and Peru\n"
        "3. Question concerning the next summit\n"
        "1. Outline of the bilateral meeting between Japan and Chile\n"
    )
    spans = agenda_spans(agenda)
    assert len(spans) == 1
    assert agenda[spans[0][0] : spans[0][1]].strip().endswith("next summit")
    points = (
        "1. The two leaders welcomed the progress of the talks.\n"
        "2. They agreed to meet again.\n"
        "3. They discussed the region.\n"
    )
    assert agenda_spans(points) == []


def test_a_briefings_place_is_read_past_its_agenda(nlp, kb):
    """A MOFA press briefing (real 474): nine numbered topics, then the sentence
    saying where the day's meetings were held; the meeting told later takes it."""
    topics = "\n".join(
        f"{n}. Question concerning topic number {n} of the day" for n in range(1, 10)
    )
    text = (
        "Press Briefing 4 March 2005\n\n" + topics + "\n\n"
        "Press Secretary Taro Suzuki: Good evening. Thank you for waiting. "
        "I will outline the bilateral meetings that were held today in Osaka. "
        "Prime Minister Junichiro Koizumi met with President Ricardo Lagos of Chile "
        "for about 30 minutes this afternoon.\n"
    )
    got = read(nlp, kb, text, date(2005, 3, 4))
    assert ("meeting", "occurred", ("Junichiro Koizumi", "Ricardo Lagos"), "Osaka",
            "JPN", "2005-03") in got  # fmt: skip


def test_another_trips_own_date_does_not_date_the_trigger(nlp):
    """'established by last year's successful visit of President Jiang …, Prime
    Minister Obuchi's visit will further develop …' (held-out6 008): 'last year' is
    Jiang's visit's, not Obuchi's; 'the talks during last year's visit' keep it."""
    from summitwatch.nlp.dates import foreign_date

    doc = nlp(
        "We hope that, based upon the partnership established by last year's "
        "successful visit of President Jiang Zemin to Japan, Prime Minister Keizo "
        "Obuchi's visit will further develop the relationship."
    )
    words = [t.text for t in doc]
    last = words.index("last")
    obuchi_visit = [t for t in doc if t.text == "visit"][1]
    assert foreign_date(doc[last : last + 2], obuchi_visit)
    jiang_visit = [t for t in doc if t.text == "visit"][0]
    assert not foreign_date(doc[last : last + 2], jiang_visit)


@pytest.mark.model
@pytest.mark.parametrize(
    "dateline",
    [
        "March 3, 2004 - 00:00 - Novo-Ogaryovo Residence",  # the Kremlin archive's
        "March 3, 2004\n15:20\nSochi",  # the Kremlin page's date / clock / place lines
    ],
)
def test_a_dateline_with_the_kremlins_clock_time_places_and_dates_the_talks(
    nlp, kb, dateline
):
    # session 13, gov16 (real 661, 662): the clock time between date and place hid
    # both from the dateline reader
    text = (
        "President Vladimir Putin had talks with Prime Minister Tony Blair\n\n"
        f"{dateline}\n\n"
        "President Putin and Prime Minister Blair had talks on Iraq.\n"
    )
    found = read(nlp, kb, text, date(2004, 3, 3))
    meetings = [e for e in found if e[0] == "meeting"]
    city = dateline.rsplit("\n", 1)[-1].rsplit("- ", 1)[-1].split(" ")[0]
    assert [(e[3] or "")[:4] for e in meetings] == [city[:4]]
    assert [e[5] for e in meetings] == ["2004-03"]


@pytest.mark.model
def test_a_speakers_recalled_meeting_does_not_frame_the_transcript(nlp, kb):
    # session 13, gov16 (real 660): 'we met in … in Israel' in the lede of a
    # transcript framed the page, and the greeting of the day became that meeting
    text = (
        "Talks with President of Argentina Alberto Fernández\n\n"
        "President of Russia Vladimir Putin: Mr President, I am glad to see you.\n\n"
        "If I remember correctly, we met in January 2020 at a commemoration in "
        "Israel.\n"
    )
    found = read(nlp, kb, text, date(2022, 2, 3))
    meetings = {(e[4], e[5]) for e in found if e[0] == "meeting"}
    assert meetings == {(None, "2022-02"), ("ISR", "2020-01")}


@pytest.mark.model
def test_a_photos_alt_text_above_the_lede_does_not_place_the_page(nlp, kb):
    # session 13, gov16 (real 666): a run of 'Photograph of …' alt texts read as the
    # lede framed the page in the city a photo showed, and the dinner after the talks
    # became a second meeting there
    from summitwatch.nlp.frame import find_frame
    from summitwatch.nlp.mention_index import build_index

    text = (
        "Prime Minister Visits Uzbekistan\n\n"
        "Photograph of the leaders attending the welcome ceremony Photograph of the "
        "Japan-Uzbekistan Summit Meeting Photograph of the Prime Minister observing a "
        "square in Samarkand\n\n"
        "Prime Minister Junichiro Koizumi arrived in Tashkent on August 29, and then "
        "held talks with Mr. Islam Karimov, the President of Uzbekistan.\n"
    )
    frame = find_frame(build_index(nlp(text), kb, date(2006, 8, 30)))
    assert frame.place is not None and frame.place.name == "Tashkent"
