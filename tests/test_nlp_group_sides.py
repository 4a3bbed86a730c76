"""Who is at a meeting, told around it (SCHEMA.md rules 2 and 16), on small
hand-written texts: delegations listed by side after the meeting, a relative 'who
met with A, B and C' whose name the NER left untagged, a caption listing people at
a conference, and a page whose links lost their spaces."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date) -> list[list[str]]:
    return sorted(
        sorted(e.names)
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    )


def test_delegations_listed_by_side_join_the_meeting(nlp):
    text = (
        "On Tuesday, May 3, Mr. Fumio Kishida, Prime Minister of Japan, held a meeting "
        "with H.E. Mr. Joko Widodo, President of the Republic of Indonesia, at the "
        "Prime Minister's Office for about an hour. (Attending on the Indonesian side "
        "were Ms. Retno Marsudi, Minister for Foreign Affairs, among others. Attending "
        "on the Japanese side were Mr. Yoshimasa Hayashi, Minister for Foreign "
        "Affairs, and Mr. Seiji Kihara, Deputy Chief Cabinet Secretary, among "
        "others.)\n"
    )
    found = meetings(nlp, text, date(2022, 5, 4))
    group = sorted(
        ["Fumio Kishida", "Joko Widodo", "Retno Marsudi", "Yoshimasa Hayashi"]
        + ["Seiji Kihara"]
    )
    assert found == [group]


def test_a_side_represented_at_the_talks_is_no_meeting_of_its_own(nlp):
    text = (
        "Vladimir Putin held talks with President of Turkey Recep Tayyip Erdogan in "
        "Sochi.\nThe Russian side was represented at the talks by Foreign Minister "
        "Sergei Lavrov, Defence Minister Sergei Shoigu and Presidential Aide Yury "
        "Ushakov.\nThe two presidents discussed grain exports.\n"
    )
    found = meetings(nlp, text, date(2021, 9, 30))
    assert len(found) == 1
    assert {"Vladimir Putin", "Sergey Lavrov", "Sergei Shoigu"} <= set(found[0])


def test_who_met_with_several_after_an_untagged_name_is_pairs_with_that_name(nlp):
    text = (
        "Thai Prime Minister Prayut Chan-o-cha arrived in Vientiane for a two-day "
        "visit Monday.\nCrowds pressed around the airport early Monday morning to "
        "greet Prayut, who met with President Thongloun Sisoulith, Prime Minister "
        "Sonexay Siphandone and National Assembly President Saysomphone Phomvihane "
        "later in the day.\n"
    )
    found = meetings(nlp, text, date(2023, 3, 6))
    hosts = ["Saysomphone Phomvihane", "Sonexay Siphandone", "Thongloun Sisoulith"]
    assert hosts not in found
    assert ["Prayut Chan-o-cha", "Thongloun Sisoulith"] in found


def test_people_listed_at_a_conference_in_a_caption_met_there(nlp):
    text = (
        "Tehran Conference\n"
        "Joseph Stalin, Franklin D. Roosevelt and Winston Churchill at the Tehran "
        "Conference, which was held between November 28 and December 1, 1943.\n"
    )
    found = meetings(nlp, text, date(2020, 1, 1))
    assert found == [["Franklin D. Roosevelt", "Joseph Stalin", "Winston Churchill"]]


def test_a_flattened_infobox_with_glued_keys_lists_the_participants(nlp):
    text = (
        "Geneva Summit (1985)\n"
        "Host countrySwitzerland\n"
        "CitiesGeneva\n"
        "ParticipantsRonald Reagan\n"
        "(President of the United States)\n"
        "Mikhail Gorbachev\n"
        "(General Secretary of the Communist Party of the Soviet Union)\n"
        "The summit in theSwiss city focused on theArms race and on theCold War.\n"
    )
    found = article_events(nlp, text, date(2020, 1, 1))
    met = [e for e in found if e.type == "meeting"]
    assert [sorted(e.names) for e in met] == [["Mikhail Gorbachev", "Ronald Reagan"]]
    assert met[0].location.country == "CHE"


def test_words_glued_to_links_are_cut_apart_with_offsets_kept(nlp):
    text = (
        "TheGeneva Summit was a meeting inGeneva in 1985 betweenPresident of "
        "theUnited StatesRonald Reagan and General SecretaryMikhail Gorbachev.\n"
    )
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert "Reagan" in words and "Gorbachev" in words and "inGeneva" not in words
    assert ["Mikhail Gorbachev", "Ronald Reagan"] in meetings(
        nlp, text, date(2020, 1, 1)
    )


def test_a_year_run_into_the_next_cell_is_cut_on_any_page(nlp):
    """'… 12 June 2019Trudeau met …': a flattened row's date cell glued to its
    details cell gives the year and the word, text unchanged."""
    text = "Canada Ottawa 12 June 2019Trudeau met the delegation. In 1990s style.\n"
    doc = nlp(text)
    assert doc.text == text
    words = [t.text for t in doc]
    assert "2019" in words and "Trudeau" in words and "2019Trudeau" not in words
    assert "1990s" in words  # a decade is no glued year


def test_a_page_without_glued_links_keeps_its_words(nlp):
    doc = nlp("President Ramsay MacDonald met the McCain delegation in PyeongChang.\n")
    assert "MacDonald" in [t.text for t in doc] and "PyeongChang" in [
        t.text for t in doc
    ]


def test_people_in_attendance_on_a_summit_page_are_its_meeting(nlp):
    text = (
        "Nassau Conference\n"
        "The Nassau Conference was a meeting in the Bahamas in December 1962 of "
        "leaders "
        "of two Western powers. Discussions focused on nuclear weapons.\n"
        "Also in attendance were US President John F. Kennedy and British Prime "
        "Minister Harold Macmillan.\n"
    )
    found = meetings(nlp, text, date(2020, 1, 1))
    assert found == [["Harold Macmillan", "John F. Kennedy"]]


def test_people_in_attendance_join_the_meeting_just_told(nlp):
    text = (
        "Egyptian President Hosni Mubarak hosted a summit in Sharm El Sheikh on "
        "8 February 2005 with Israeli Prime Minister Ariel Sharon.\n"
        "Also in attendance were King Abdullah II of Jordan and Palestinian President "
        "Mahmoud Abbas.\n"
    )
    found = meetings(nlp, text, date(2005, 2, 9))
    assert [
        "Abdullah II of Jordan",
        "Ariel Sharon",
        "Hosni Mubarak",
        "Mahmoud Abbas",
    ] in found


def test_the_last_of_a_long_with_list_cut_off_by_the_parser_is_met_too(nlp):
    text = (
        "Nepalese Prime Minister Pushpa Kamal Dahal arrived in New Delhi for a "
        "three-day visit on Wednesday.\nHundreds of people lined the road from the "
        "airport to greet Dahal, who met with President Droupadi Murmu, Vice President "
        "Jagdeep Dhankhar and Prime Minister Narendra Modi later in the day.\n"
    )
    found = meetings(nlp, text, date(2023, 6, 1))
    assert ["Narendra Modi", "Pushpa Kamal Dahal"] in found
    assert ["Droupadi Murmu", "Pushpa Kamal Dahal"] in found
