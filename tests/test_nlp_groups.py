"""Group meetings and who is in them (issue #10; SCHEMA.md rules 2, 3 and 16), on
small hand-written texts: participants tables, 'the leaders of A and B',
mediators and hosts, and a leader's own entourage."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, built_event

pytestmark = [pytest.mark.model]


def meetings(nlp, text: str, published: date) -> list[tuple]:
    found = article_events(nlp, text, published)
    return [
        (sorted(e.names), e.location.city, e.location.country)
        for e in found
        if e.type == "meeting"
    ]


def test_a_participants_table_is_one_group_at_the_summit(nlp):
    text = (
        "2019 Rome summit\n\n"
        "The 2019 Rome summit was held in Rome on 3 and 4 October 2019.\n\n"
        "The participants were the leaders of the member states:\n\n"
        "Country Leader Office\n"
        "France Emmanuel Macron President\n"
        "Germany Angela Merkel Chancellor\n"
        "Spain Pedro Sánchez Prime Minister\n"
        "Netherlands Mark Rutte Prime Minister\n\n"
        "Guests\n"
    )
    found = meetings(nlp, text, date(2019, 10, 1))
    group = ["Angela Merkel", "Emmanuel Macron", "Mark Rutte", "Pedro Sánchez"]
    assert (group, "Rome", "ITA") in found


def test_a_participants_table_with_citation_markers_is_one_group(nlp):
    """Encyclopedia tables glue footnote markers to the names ('Rutte[7]')."""
    text = (
        "2019 Rome summit\n\n"
        "The 2019 Rome summit was held in Rome on 3 and 4 October 2019.[1]\n\n"
        "The participants were the leaders of the member states:[2]\n\n"
        "Member Represented by Title\n"
        "France France Emmanuel Macron[3] President\n"
        "Germany Germany Angela Merkel[4] Chancellor\n"
        "Spain Spain Pedro Sánchez[4] Prime Minister\n"
        "Netherlands Netherlands Mark Rutte[5] Prime Minister\n\n"
        "Guests\n"
    )
    found = meetings(nlp, text, date(2019, 10, 1))
    group = ["Angela Merkel", "Emmanuel Macron", "Mark Rutte", "Pedro Sánchez"]
    assert (group, "Rome", "ITA") in found


def test_lines_of_one_name_without_a_participants_cue_are_no_group(nlp):
    text = (
        "2019 Rome summit\n\n"
        "The 2019 Rome summit was held in Rome on 3 and 4 October 2019.\n\n"
        "Further reading\n"
        "Emmanuel Macron biography\n"
        "Angela Merkel biography\n"
        "Mark Rutte biography\n"
    )
    found = meetings(nlp, text, date(2019, 10, 1))
    assert all(len(names) < 3 for names, _, _ in found)


def test_the_leaders_of_two_countries_are_the_leaders_the_text_names(nlp):
    text = (
        "The leaders of Armenia and Azerbaijan met in Brussels on Sunday. Armenian "
        "Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
        "discussed the border.\n"
    )
    found = meetings(nlp, text, date(2023, 5, 15))
    assert found == [(["Ilham Aliyev", "Nikol Pashinyan"], "Brussels", "BEL")]


def test_the_leaders_of_two_countries_are_not_the_venue(nlp):
    text = (
        "The leaders of Kyrgyzstan and Tajikistan met to discuss the border. Kyrgyz "
        "President Sadyr Japarov and Tajik President Emomali Rahmon signed a "
        "protocol.\n"
    )
    found = meetings(nlp, text, date(2022, 9, 16))
    pair = [m for m in found if m[0] == ["Emomali Rahmon", "Sadyr Japarov"]]
    assert pair and all(m[2] not in ("KGZ", "TJK") for m in pair)


def test_the_leaders_of_countries_the_text_never_names_are_nobody(nlp):
    text = "The leaders of Armenia and Azerbaijan met in Brussels on Sunday.\n"
    assert meetings(nlp, text, date(2023, 5, 15)) == []


def test_a_host_who_chaired_talks_between_two_leaders_is_in_them(nlp):
    text = (
        "In January 2021 Russian President Vladimir Putin chaired the talks in "
        "Moscow between Azerbaijani President Ilham Aliyev and Armenian Prime "
        "Minister Nikol Pashinyan.\n"
    )
    found = meetings(nlp, text, date(2021, 2, 1))
    trio = ["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"]
    assert (trio, "Moscow", "RUS") in found
    assert not [m for m in found if len(m[0]) == 2]


def test_the_host_of_a_meeting_between_two_leaders_is_in_it(nlp):
    text = (
        "Russian President Vladimir Putin hosted the talks, the third between "
        "Ilham Aliyev and Nikol Pashinyan this year, in Moscow.\n"
    )
    found = meetings(nlp, text, date(2021, 11, 27))
    assert (["Ilham Aliyev", "Nikol Pashinyan", "Vladimir Putin"], "Moscow", "RUS") in (
        found
    )
    assert not [m for m in found if len(m[0]) == 2]


def test_a_leaders_own_entourage_is_not_whom_he_met(nlp):
    text = (
        "Japanese Prime Minister Fumio Kishida, accompanied by Foreign Minister "
        "Yoshimasa Hayashi, held talks with Indian Prime Minister Narendra Modi in "
        "New Delhi on Monday.\n"
    )
    found = meetings(nlp, text, date(2023, 3, 21))
    assert [names for names, _, _ in found] == [["Fumio Kishida", "Narendra Modi"]]


def test_a_host_who_accompanies_the_guest_is_a_counterpart(nlp):
    text = (
        "Chinese President Xi Jinping, accompanied by North Korean leader Kim "
        "Jong-un, attended a banquet in Pyongyang on Thursday.\n"
    )
    found = meetings(nlp, text, date(2019, 6, 21))
    assert [m for m in found if m[0] == ["Kim Jong-un", "Xi Jinping"]]


def test_ministers_joining_their_leader_at_the_talks_are_no_meeting_of_their_own(
    nlp,
):
    text = (
        "Russian President Vladimir Putin held talks with Chinese President Xi "
        "Jinping in Beijing on Thursday.\n"
        "Xi was joined by Foreign Minister Wang Yi and Vice Premier Ding Xuexiang "
        "at the talks.\n"
    )
    found = meetings(nlp, text, date(2024, 5, 17))
    assert len(found) == 1 and {"Vladimir Putin", "Xi Jinping"} <= set(found[0][0])


def test_met_several_people_without_together_stays_pairwise(nlp):
    text = "Angela Merkel met Emmanuel Macron and Justin Trudeau in Berlin.\n"
    found = meetings(nlp, text, date(2019, 5, 10))
    assert sorted(names for names, _, _ in found) == [
        ["Angela Merkel", "Emmanuel Macron"],
        ["Angela Merkel", "Justin Trudeau"],
    ]


def test_a_photo_caption_the_tagger_misreads_is_one_meeting(nlp):
    caption = (
        "Nigeria's President Muhammadu Buhari (l) Kenya's President Uhuru Kenyatta, "
        "center, and Ghana's President Nana Akufo-Addo (r) pose for photographers "
        "at the State House in Nairobi, June 3, 2019"
    )
    found = meetings(nlp, caption + "\n", date(2019, 6, 4))
    trio = ["Muhammadu Buhari", "Nana Akufo-Addo", "Uhuru Kenyatta"]
    assert (trio, "Nairobi", "KEN") in found


def pairs_and_groups(nlp, text: str, published: date) -> list[list[str]]:
    return sorted(names for names, _, _ in meetings(nlp, text + "\n", published))


@pytest.mark.parametrize(
    "caption",
    [
        "Prime Minister Narendra Modi meets with, from left, President Cyril "
        "Ramaphosa, President Luiz Inácio Lula da Silva and President Xi Jinping in "
        "Johannesburg, August 23, 2023",
        "Prime Minister Narendra Modi meets with (L-R) President Cyril Ramaphosa, "
        "President Luiz Inácio Lula da Silva and President Xi Jinping in "
        "Johannesburg, August 23, 2023",
    ],
)
def test_a_caption_that_lines_people_up_is_one_meeting(nlp, caption):
    found = pairs_and_groups(nlp, caption, date(2023, 8, 24))
    four = ["Cyril Ramaphosa", "Luiz Inácio Lula da Silva", "Narendra Modi"]
    assert found == [sorted([*four, "Xi Jinping"])]


def test_posing_with_two_leaders_is_one_meeting(nlp):
    text = (
        "Prime Minister Anthony Albanese poses with President Joe Biden and Prime "
        "Minister Fumio Kishida in Hiroshima on May 20, 2023."
    )
    found = pairs_and_groups(nlp, text, date(2023, 5, 21))
    assert found == [["Anthony Albanese", "Fumio Kishida", "Joe Biden"]]


def test_a_host_with_two_guests_is_one_meeting(nlp):
    text = (
        "President Emmanuel Macron hosted Chancellor Olaf Scholz and Prime Minister "
        "Mario Draghi at the Elysee Palace on Friday."
    )
    found = pairs_and_groups(nlp, text, date(2022, 3, 12))
    assert found == [["Emmanuel Macron", "Mario Draghi", "Olaf Scholz"]]


def test_one_meeting_noun_with_several_guests_is_one_meeting(nlp):
    text = (
        "Scholz's meeting with President Emmanuel Macron, Prime Minister Mario Draghi "
        "and Prime Minister Pedro Sánchez took place in Brussels on Thursday."
    )
    found = pairs_and_groups(nlp, text, date(2022, 3, 12))
    assert found == [
        ["Emmanuel Macron", "Mario Draghi", "Olaf Scholz", "Pedro Sánchez"]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Friday, Emmanuel Macron met separately with Olaf Scholz and Mario Draghi "
        "at the summit in Rome, which forty leaders attended.",
        "At the summit in Rome attended by forty leaders, Emmanuel Macron held "
        "bilateral meetings with Olaf Scholz and Mario Draghi.",
        "On the sidelines of the summit in Rome, Emmanuel Macron met Olaf Scholz and "
        "Mario Draghi in turn.",
        "Emmanuel Macron met with Olaf Scholz and Mario Draghi in Rome before the "
        "group dinner.",
    ],
)
def test_meetings_one_by_one_stay_pairwise_even_at_a_gathering(nlp, text):
    found = pairs_and_groups(nlp, text, date(2021, 10, 31))
    assert found == [
        ["Emmanuel Macron", "Mario Draghi"],
        ["Emmanuel Macron", "Olaf Scholz"],
    ]


def test_a_trilateral_on_the_sidelines_is_one_meeting(nlp):
    text = (
        "Prime Minister Fumio Kishida held a trilateral meeting with President Joe "
        "Biden and President Yoon Suk-yeol on the sidelines of the summit in Madrid."
    )
    found = pairs_and_groups(nlp, text, date(2022, 6, 30))
    assert found == [["Fumio Kishida", "Joe Biden", "Yoon Suk-yeol"]]


def test_a_meeting_named_by_three_countries_is_one_meeting(nlp):
    text = (
        "Prime Minister Fumio Kishida held a Japan-U.S.-ROK Summit Meeting with "
        "President Joe Biden and President Yoon Suk-yeol in Madrid on June 29."
    )
    found = pairs_and_groups(nlp, text, date(2022, 6, 30))
    assert found == [["Fumio Kishida", "Joe Biden", "Yoon Suk-yeol"]]


def test_each_row_of_a_summit_table_with_participants_is_one_meeting(nlp):
    text = (
        "Baltic leaders' summits\n\n"
        "The summits are held every year in one of the three capitals.\n\n"
        "Summit | Host | Participants | City | Date\n"
        "---|---|---|---|---\n"
        "1st | Estonia | Kersti Kaljulaid | Raimonds Vējonis | Dalia Grybauskaitė | "
        "Tallinn | 12 May 2017\n"
        "2nd | Latvia | Kersti Kaljulaid | Raimonds Vējonis | Dalia Grybauskaitė | "
        "Riga | 14 June 2018\n"
    )
    found = meetings(nlp, text, date(2019, 1, 1))
    trio = ["Dalia Grybauskaitė", "Kersti Kaljulaid", "Raimonds Vējonis"]
    assert sorted(found) == [(trio, "Riga", "LVA"), (trio, "Tallinn", "EST")]


def test_a_trip_table_without_a_participants_header_keeps_its_trips(nlp):
    text = (
        "Trips of Kersti Kaljulaid\n\n"
        "Country | City | Date | Details\n"
        "---|---|---|---\n"
        "Latvia | Riga | 14 June 2018 | Met Raimonds Vējonis\n"
        "Lithuania | Vilnius | 2 July 2018 | Visited the parliament\n"
        "Finland | Helsinki | 3 August 2018 | State visit\n"
    )
    found = meetings(nlp, text, date(2019, 1, 1))
    assert all(len(names) == 2 for names, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Olaf Scholz met with Emmanuel Macron, Vladimir Putin and Volodymyr "
        "Zelensky in Berlin in the Normandy format.",
        "Olaf Scholz held a summit meeting in a working lunch format with Emmanuel "
        "Macron, Vladimir Putin and Volodymyr Zelensky in Berlin.",
    ],
)
def test_a_meeting_in_a_format_of_several_parties_is_one_meeting(nlp, text):
    found = pairs_and_groups(nlp, text, date(2021, 10, 31))
    four = ["Emmanuel Macron", "Olaf Scholz", "Vladimir Putin"]
    assert found == [sorted([*four, "Volodymyr Zelenskyy"])]


def _met(names: list[str], status: str = "occurred", when: str = "2017-09-21"):
    return built_event("meeting", names, status, when=when)


def test_a_pair_inside_the_same_sentences_group_is_folded_into_it():
    from summitwatch.nlp.groups import fold_pairs_into_group

    group = _met(["A", "B", "C"])
    found = fold_pairs_into_group([_met(["A", "B"]), group, _met(["A", "C"])])
    assert found == [group]


def test_a_pair_of_another_status_or_day_stays_beside_the_group():
    from summitwatch.nlp.groups import fold_pairs_into_group

    planned, earlier = _met(["A", "B"], "planned"), _met(["A", "C"], when="2017-09-20")
    found = fold_pairs_into_group([planned, _met(["A", "B", "C"]), earlier])
    assert planned in found and earlier in found


@pytest.mark.parametrize(
    "opening",
    [
        "President Emmanuel Macron welcomed the leaders of Estonia, Latvia and "
        "Lithuania at the Elysee Palace on Friday.",
        "President Emmanuel Macron met on Friday with three visiting Baltic heads of "
        "state.",
    ],
)
def test_the_guests_listed_after_a_host_of_unnamed_leaders_meet_the_host(nlp, opening):
    text = (
        f"{opening} The talks covered energy. Leaders at the meeting included "
        "President Kersti Kaljulaid, President Egils Levits and President Gitanas "
        "Nausėda."
    )
    found = pairs_and_groups(nlp, text, date(2021, 5, 15))
    four = ["Egils Levits", "Emmanuel Macron", "Gitanas Nausėda", "Kersti Kaljulaid"]
    assert found == [four]


def test_respectively_pairs_each_host_with_their_own_guest(nlp):
    text = (
        "Xi Jinping and Li Keqiang met with Rodrigo Duterte and Aung San Suu Kyi "
        "respectively in Beijing on Wednesday."
    )
    found = pairs_and_groups(nlp, text, date(2019, 4, 26))
    assert found == [
        ["Aung San Suu Kyi", "Li Keqiang"],
        ["Rodrigo Duterte", "Xi Jinping"],
    ]


def test_a_welcome_of_several_guests_is_one_meeting_only_at_a_place(nlp):
    apart = (
        "Xi Jinping welcomed Rodrigo Duterte, Uhuru Kenyatta and Joko Widodo on Friday."
    )
    placed = apart.replace(" on Friday", " to the Great Hall of the People on Friday")
    assert len(pairs_and_groups(nlp, apart, date(2019, 4, 27))) == 3
    assert len(pairs_and_groups(nlp, placed, date(2019, 4, 27))) == 1


def test_a_gathering_in_another_clause_does_not_make_the_meeting_a_group(nlp):
    text = (
        "Olaf Scholz arrived in Rome on Tuesday from Brussels, where he attended a "
        "summit on Monday, and met Mario Draghi and Sergio Mattarella that afternoon."
    )
    found = pairs_and_groups(nlp, text, date(2021, 10, 28))
    assert found == [
        ["Mario Draghi", "Olaf Scholz"],
        ["Olaf Scholz", "Sergio Mattarella"],
    ]


def test_a_trilateral_readout_with_family_names_in_capitals(nlp):
    text = (
        "On June 29, Mr. KISHIDA Fumio, Prime Minister of Japan, held a "
        "Japan-U.S.-ROK Summit Meeting in Madrid with the Honorable Joseph R. Biden, "
        "Jr., President of the United States, and H.E. YOON Suk Yeol, President of "
        "the Republic of Korea."
    )
    found = pairs_and_groups(nlp, text, date(2022, 6, 30))
    assert found == [["Fumio Kishida", "Joe Biden", "Yoon Suk-yeol"]]
