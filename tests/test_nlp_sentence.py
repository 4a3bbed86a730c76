"""Sentence-level rules (issue #10) on small hand-written sentences, through the full
pipeline: nominal and implicit events, invitations, speakers, venue versus
nationality, and people beyond the KB."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from conftest import article_events
from summitwatch.nlp.mentions import name_variants, plausible_name

pytestmark = [pytest.mark.model]


def events(nlp, text: str, published: date = date(2016, 8, 28)):
    return article_events(nlp, text, published)


def summary(nlp, text: str, published: date = date(2016, 8, 28)):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country)
        for e in events(nlp, text, published)
    ]


# -- class 10: people beyond the KB, names as written


def test_name_variants_drop_middle_then_trailing_words():
    assert name_variants("Yoweri Kaguta Museveni")[0] == "Yoweri Museveni"
    assert "Mohammad bin Salman" in name_variants("Mohammad bin Salman Al Saud")
    assert name_variants("Xi Jinping") == []


def test_fragments_are_not_names():
    assert not plausible_name("Custodian of")
    assert not plausible_name("Abdel Fattah El-")
    assert plausible_name("Omar al-Bashir")


def test_hyphenated_names_keep_their_hyphen(nlp):
    found = events(nlp, "Abdel-Aziz Ould Tekeme arrived in Nairobi on Monday.")
    assert found and all(" - " not in n for e in found for n in e.names)
    assert "Abdel-Aziz Ould Tekeme" in found[0].names


def test_an_official_with_an_office_is_a_participant(nlp):
    found = events(
        nlp,
        "The President of Ghana, John Dramani Oteng, met Finance Minister "
        "Nirmala Sitharaman in New Delhi on Monday.",
    )
    assert len(found) == 1 and found[0].type == "meeting"
    by_name = {p.name: p for p in found[0].participants}
    sitharaman = by_name["Nirmala Sitharaman"]
    assert sitharaman.office == "Finance Minister"
    assert sitharaman.country is None  # the venue is not her country
    assert by_name["John Dramani Oteng"].country == "GHA"


def test_an_apposition_gives_office_and_country(nlp):
    found = events(
        nlp,
        "Kenyan Foreign Minister Amina Wanjiru met Jonas Halvorsen Dahl, Foreign "
        "Minister of Norway, in Oslo.",
    )
    people = {p.name: p.country for e in found for p in e.participants}
    assert people == {"Amina Wanjiru": "KEN", "Jonas Halvorsen Dahl": "NOR"}


def test_a_name_cut_in_two_by_the_ner_is_one_person(nlp):
    found = events(
        nlp,
        "Vladimir Putin met with Crown Prince and Defence Minister of Saudi Arabia "
        "Mohammad bin Salman Al Saud in Moscow.",
    )
    assert [sorted(e.names) for e in found] == [
        ["Mohammed bin Salman", "Vladimir Putin"]
    ]


# -- class 8: venue, not nationality


def test_a_country_pair_names_the_sides_not_the_venue(nlp):
    found = summary(
        nlp,
        "The 2018 Eritrea–Ethiopia summit was a bilateral summit that took place "
        "in Asmara between Eritrean President Isaias Afwerki and Ethiopian Prime "
        "Minister Abiy Ahmed.",
        date(2018, 7, 10),
    )
    assert [(c, k) for *_, c, k in found] == [("Asmara", "ERI")]


def test_a_leaders_country_in_his_title_is_not_the_venue(nlp):
    found = summary(
        nlp,
        "On August 28, Prime Minister Shinzo Abe held a Japan-Uganda Summit Meeting "
        "with Yoweri Museveni, President of the Republic of Uganda.",
    )
    assert all(country != "UGA" for *_, country in found)


def test_sentences_do_not_start_mid_clause():
    nlp = spacy.blank("en")
    from summitwatch.nlp.components import paragraph_boundaries

    doc = paragraph_boundaries(nlp("He is attending the Meeting (ASEM 11) Summit."))
    assert not any(t.is_sent_start for t in doc[1:])


# -- class 5: speakers and letters


def test_a_labelled_turn_makes_i_the_speaker_and_you_the_other(nlp):
    text = (
        "President of Russia Vladimir Putin: Mr President, I am very pleased to "
        "welcome you to Russia.\n\n"
        "President of South Africa Jacob Zuma: Thank you, Mr President.\n"
    )
    found = summary(nlp, text, date(2013, 5, 16))
    assert ("meeting", "occurred", ["Jacob Zuma", "Vladimir Putin"]) in [
        f[:3] for f in found
    ]
    assert found[0][4] == "RUS"


def test_upper_case_labels_and_an_implicit_subject(nlp):
    text = (
        "PRESIDENT OBAMA: It is wonderful to welcome Prime Minister Sharif to the "
        "White House.\n\n"
        "PRIME MINISTER SHARIF: Thank you, Mr. President.\n"
    )
    found = summary(nlp, text, date(2015, 10, 22))
    assert [f[:3] for f in found] == [
        ("meeting", "occurred", ["Barack Obama", "Nawaz Sharif"])
    ]


def test_a_polite_welcome_is_performed_not_wished(nlp):
    text = (
        "Vladimir Putin: Mr Chairman, I would like to welcome you to Russia.\n\n"
        "Kim Jong-un: Thank you for coming such a long way to Vladivostok to meet "
        "me.\n"
    )
    found = summary(nlp, text, date(2019, 4, 25))
    assert {f[1] for f in found} == {"occurred"}
    assert all(f[2] == ["Kim Jong-un", "Vladimir Putin"] for f in found)


def test_no_label_no_speaker(nlp):
    assert summary(nlp, "I am pleased to welcome you to Tokyo.") == []


# -- class 4: the life of an invitation


def _invitations(nlp, text, published=date(2015, 10, 22)):
    return [e.names[:2] for e in events(nlp, text, published) if e.type == "invitation"]


def test_thanked_for_inviting_me(nlp):
    text = (
        "PRESIDENT OBAMA: Welcome, Mr. Prime Minister.\n\n"
        "PRIME MINISTER SHARIF: Thank you, Mr. President, for inviting me to "
        "Washington once again.\n"
    )
    assert _invitations(nlp, text) == [["Barack Obama", "Nawaz Sharif"]]


def test_thank_you_for_the_invitation(nlp):
    text = (
        "President of Russia Vladimir Putin: I am happy to welcome you to Moscow.\n"
        "President of Italy Sergio Mattarella: Mr President, thank you for the "
        "invitation.\n"
    )
    assert _invitations(nlp, text, date(2017, 4, 11)) == [
        ["Vladimir Putin", "Sergio Mattarella"]
    ]


def test_at_someones_invitation_the_subject_is_invited(nlp):
    text = "Mr Erdogan is in Russia on a working visit at Mr Putin's invitation."
    assert _invitations(nlp, text, date(2013, 11, 22)) == [
        ["Vladimir Putin", "Recep Tayyip Erdoğan"]
    ]


def test_one_invitation_per_invitee(nlp):
    text = (
        "President Clinton announced his invitation to Barak and Arafat on July 5, "
        "2000, to come to Camp David."
    )
    assert sorted(_invitations(nlp, text, date(2000, 7, 25))) == [
        ["Bill Clinton", "Ehud Barak"],
        ["Bill Clinton", "Yasser Arafat"],
    ]


def test_a_letter_from_someone_inviting(nlp):
    text = (
        "Kim Yo-jong handed over a personal letter from Kim Jong-un inviting Moon "
        "Jae-in to visit Pyongyang."
    )
    assert _invitations(nlp, text, date(2018, 2, 11)) == [
        ["Kim Jong-un", "Moon Jae-in"]
    ]


# -- class 2: nominal events


def test_a_meeting_between_two_is_theirs_alone(nlp):
    text = (
        "Sergei Lavrov said he had no information about a meeting between "
        "Dmitry Medvedev and Kim Jong-il."
    )
    assert [sorted(e.names) for e in events(nlp, text, date(2011, 1, 5))] == [
        ["Dmitry Medvedev", "Kim Jong-il"]
    ]


def test_a_generic_negation_is_no_event(nlp):
    text = (
        "Kim Jong-il has not met a Russian leader since a meeting with Vladimir "
        "Putin in 2002."
    )
    found = summary(nlp, text, date(2011, 1, 5))
    assert [f[:3] for f in found] == [
        ("meeting", "occurred", ["Kim Jong-il", "Vladimir Putin"])
    ]


def test_a_telephone_talk_is_no_meeting(nlp):
    text = (
        "On August 9, Prime Minister Fumio Kishida held a summit telephone talk "
        "with Kassym-Jomart Tokayev, President of Kazakhstan."
    )
    assert summary(nlp, text, date(2024, 8, 9)) == []


def test_looking_forward_to_a_visit_is_not_the_speakers_trip(nlp):
    text = (
        "President of Russia Vladimir Putin: We are looking forward to the visit "
        "of the King of Saudi Arabia.\n\n"
        "Mohammad bin Salman: Thank you.\n"
    )
    assert all(
        "Vladimir Putin" not in e.names[:1]
        for e in events(nlp, text, date(2017, 5, 30))
        if e.type == "visit"
    )


def test_an_announced_state_visit_stays_a_visit(nlp):
    text = (
        "Prime Minister Shinzo Abe met President Donald Trump in Washington. "
        "Trump will make a state visit to Japan in May."
    )
    found = summary(nlp, text, date(2019, 4, 27))
    assert ("visit", "planned", ["Donald Trump"], None, "JPN") in found


def test_discussions_with_a_leader_are_a_meeting(nlp):
    text = "In Beijing, President Obama held discussions with President Hu Jintao."
    found = summary(nlp, text, date(2009, 11, 17))
    assert [f[:3] for f in found] == [
        ("meeting", "occurred", ["Barack Obama", "Hu Jintao"])
    ]


def test_a_fronted_possessive_refers_to_the_subject(nlp):
    text = (
        "South African President Thabo Mbeki met Robert Mugabe in Harare.\n\n"
        "By Delia Robertson\n\n"
        "Following his meeting with Mr. Mugabe, the South African president "
        "repeated his assurances."
    )
    pairs = {tuple(sorted(e.names)) for e in events(nlp, text, date(2008, 7, 30))}
    assert pairs == {("Robert Mugabe", "Thabo Mbeki")}


def test_the_visiting_secretary_made_a_visit(nlp):
    text = (
        "Xi Jinping held talks with visiting U.S. Secretary of State Hillary "
        "Clinton in Beijing on Wednesday."
    )
    found = summary(nlp, text, date(2012, 9, 7))
    assert ("meeting", "occurred", ["Hillary Clinton", "Xi Jinping"]) in [
        f[:3] for f in found
    ]


def test_a_given_name_and_surname_pick_the_namesake_in_office(nlp):
    found = events(
        nlp,
        "U.S. President George Bush will travel to Japan next month.",
        date(2008, 6, 24),
    )
    assert [e.names for e in found] == [["George W. Bush"]]


def test_a_word_swept_into_a_name_is_dropped(nlp):
    text = (
        "Prime Minister Abubakar Tafawa Balewa visited Washington.\n"
        "Prime Minister Balewa Met with President Eisenhower in Washington."
    )
    names = {n for e in events(nlp, text, date(1960, 10, 8)) for n in e.names}
    assert "Balewa Met" not in names


def test_a_pronoun_in_a_that_clause_is_the_governing_subject(nlp):
    text = (
        "President Obama called Prime Minister Najib of Malaysia to inform him that "
        "he will not be able to go forward with his planned travel to Malaysia."
    )
    found = summary(nlp, text, date(2013, 10, 2))
    assert [f[:3] for f in found] == [("visit", "not_occurred", ["Barack Obama"])]


def test_a_delegation_leader_and_its_members_travel(nlp):
    text = (
        "The President conveyed to the Prime Minister that Secretary of State John "
        "Kerry would lead a U.S. delegation to Kuala Lumpur, including Secretary of "
        "Commerce Penny Pritzker."
    )
    found = summary(nlp, text, date(2013, 10, 2))
    assert {(f[0], f[1], f[2][0], f[4]) for f in found} == {
        ("visit", "planned", "John Kerry", "MYS"),
        ("visit", "planned", "Penny Pritzker", "MYS"),
    }


def test_would_under_if_stays_hypothetical(nlp):
    text = "Officials said Kim would visit Moscow if the talks went well."
    found = summary(nlp, text, date(2015, 3, 1))
    assert [f[1] for f in found] == ["hypothetical"]


def test_the_two_leaders_are_leaders_not_their_spokesman(nlp):
    text = (
        "Kremlin spokesman Dmitry Peskov said Donald Trump and Vladimir Putin could "
        "meet. Peskov said Saturday the two leaders had held talks in March in "
        "Vienna."
    )
    found = summary(nlp, text, date(2018, 6, 9))
    assert all(f[2] == ["Donald Trump", "Vladimir Putin"] for f in found)
    assert ("meeting", "occurred") in {f[:2] for f in found}


def test_talking_about_meeting_is_a_prospect_without_the_talks_date(nlp):
    text = (
        "Dmitry Peskov said Donald Trump and Vladimir Putin had talked in March "
        "about meeting, and Vienna was mentioned as a possible location."
    )
    found = [e for e in events(nlp, text, date(2018, 6, 9)) if e.type == "meeting"]
    assert [(e.status, e.date) for e in found] == [("hypothetical", None)]


def test_a_where_clause_hangs_on_the_venue(nlp):
    text = (
        "The delegates gathered in Hanoi, where Kim Jong-un met Donald Trump a week "
        "after talks with officials in Beijing."
    )
    found = summary(nlp, text, date(2019, 2, 28))
    assert [(f[0], f[3]) for f in found if f[0] == "meeting"] == [("meeting", "Hanoi")]


def test_a_letter_handed_over_in_person_is_no_remote_contact(nlp):
    text = (
        "Moon Jae-in received Kim Yo-jong at the Blue House in Seoul on Feb. 10, when "
        "she handed over a personal letter from her brother."
    )
    found = summary(nlp, text, date(2018, 2, 11))
    assert ("meeting", "occurred", ["Kim Yo-jong", "Moon Jae-in"]) in [
        f[:3] for f in found
    ]


def test_a_lone_speaker_addresses_the_guest_of_the_heading(nlp):
    text = (
        "Beginning of the Meeting with U.S. President George W. Bush\n\n"
        "President Vladimir Putin: Dear Mr President!\n\n"
        "Allow me to warmly welcome you to St Petersburg.\n"
    )
    found = summary(nlp, text, date(2006, 7, 15))
    assert [f[:3] for f in found] == [
        ("meeting", "occurred", ["George W. Bush", "Vladimir Putin"])
    ]


def test_welcomed_to_a_place_by_an_unnamed_host_is_a_visit(nlp):
    text = (
        "THE PRESIDENT: Good afternoon. I want to formally welcome Prime Minister "
        "John Major to the White House.\n"
    )
    found = summary(nlp, text, date(1993, 2, 24))
    assert [(f[0], f[2], f[4]) for f in found] == [("visit", ["John Major"], "USA")]


def test_the_president_of_a_white_house_readout_when_named(nlp):
    text = (
        "Office of the Press Secretary\n\n"
        "The President met with Prime Minister Brian Mulroney in Toronto. President "
        "Ronald Reagan thanked him for the welcome."
    )
    found = summary(nlp, text, date(1988, 6, 19))
    assert ("meeting", "occurred", ["Brian Mulroney", "Ronald Reagan"]) in [
        f[:3] for f in found
    ]


def test_the_president_unnamed_is_nobody(nlp):
    text = "Office of the Press Secretary\n\nThe President met with Brian Mulroney."
    assert summary(nlp, text, date(1988, 6, 19)) == []


def test_the_invitees_country_is_not_the_inviter(nlp):
    text = (
        "Remarks by the minister prompted speculation that Zimbabwe's President "
        "Robert Mugabe might not get an invitation to the summit in Lisbon."
    )
    found = events(nlp, text, date(2007, 6, 19))
    assert all(e.names[0] != "Zimbabwe" for e in found if e.type == "invitation")
    assert all(e.status == "hypothetical" for e in found)


def test_also_in_the_meeting_were_joins_the_last_meeting(nlp):
    text = (
        "Prime Minister Shinzo Abe met President Donald Trump in Tokyo on Monday. "
        "Also in the meeting were Foreign Minister Taro Kono and Secretary of State "
        "Rex Tillerson."
    )
    found = [e for e in events(nlp, text, date(2017, 11, 7)) if e.type == "meeting"]
    assert [sorted(e.names) for e in found] == [
        ["Donald Trump", "Rex Tillerson", "Shinzo Abe", "Taro Kono"]
    ]


def test_public_papers_labels_end_in_a_full_stop(nlp):
    text = (
        "Remarks Prior to Discussions With President Vladimir V. Putin of Russia\n"
        "President Putin. Distinguished Mr. President, we are happy to welcome you "
        "in the capital of Russia, in the Kremlin of Moscow.\n"
        "President Bush. Thank you very much, Mr. President.\n"
    )
    found = summary(nlp, text, date(2002, 5, 24))
    assert ("meeting", "occurred", ["George W. Bush", "Vladimir Putin"]) in [
        f[:3] for f in found
    ]


def test_a_seat_of_government_named_in_a_speech_is_not_the_publisher():
    from summitwatch.nlp.speakers import home_country

    assert home_country("THE WHITE HOUSE\nOffice of the Press Secretary\n") == "USA"
    speech = "Putin: welcome.\n" * 12 + "We met in the Kremlin of Moscow.\n"
    assert home_country(speech) is None


def test_bare_titles_of_a_readout_are_its_president_and_the_guest(nlp):
    text = (
        "Office of the Press Secretary\n\n"
        "Late Saturday morning, President Obama returned Indian Prime Minister Singh's "
        "phone call. The President also underscored his concern for the attack on the "
        "Indian Embassy in Kabul, and said that he looked forward to receiving the "
        "Prime Minister in Washington later this year.\n"
    )
    found = summary(nlp, text, date(2009, 10, 11))
    assert ("meeting", "planned", ["Barack Obama", "Manmohan Singh"], "Washington",
            "USA") in found  # fmt: skip


def test_bare_titles_outside_a_readout_are_the_holders_named_before(nlp):
    text = (
        "President Obama returned Indian Prime Minister Singh's phone call. The "
        "President said that he looked forward to receiving the Prime Minister in "
        "Washington later this year.\n"
    )
    found = summary(nlp, text, date(2009, 10, 11))
    assert ("meeting", "planned", ["Barack Obama", "Manmohan Singh"], "Washington",
            "USA") in found  # fmt: skip


def test_the_president_elect_of_a_readout_is_the_winner_named(nlp):
    text = (
        "Statement by the Press Secretary\n\n"
        "President Barack Obama casts his ballot in Chicago at the White House.\n\n"
        "From the White House residence, the President phoned Donald Trump to "
        "congratulate him on his victory early this morning.\n\n"
        "The President invited the President-elect to meet with him at the White "
        "House on Thursday, November 10th.\n"
    )
    found = summary(nlp, text, date(2016, 11, 9))
    assert ("invitation", "occurred", ["Barack Obama", "Donald Trump"], "Washington",
            "USA") in found  # fmt: skip


def test_guests_of_an_unnamed_office_holder_make_visits(nlp):
    text = (
        "Also on March 17, the Vice President will meet with First Minister Peter "
        "Robinson and deputy First Minister Martin McGuinness of Northern Ireland at "
        "the White House.\n"
    )
    found = summary(nlp, text, date(2015, 3, 10))
    assert sorted(f[:3] for f in found) == [
        ("visit", "planned", ["Martin McGuinness"]),
        ("visit", "planned", ["Peter Robinson"]),
    ]


def test_the_prime_minister_of_a_downing_street_readout_is_its_own(nlp):
    text = (
        "10 Downing Street\n\n"
        "The Prime Minister met President Emmanuel Macron of France in London "
        "today.\n\n"
        "Prime Minister Theresa May said the talks were useful.\n"
    )
    found = summary(nlp, text, date(2018, 1, 18))
    assert ("meeting", "occurred", ["Emmanuel Macron", "Theresa May"]) in [
        f[:3] for f in found
    ]
