"""Leaders' activity lists and summit-meeting releases (issue #10, helper s5-lists):
subjectless diary lines, date-first guest lines, photo captions, the page's owner,
the two leaders' meeting on a visit, 'mutual visits', an office's seat, a readout's
'The President' named further on. Hand-written texts, through the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date):
    return sorted(
        (
            (e.type, sorted(e.names), e.location.city, e.location.country, e.date)
            for e in article_events(nlp, text, published)
        ),
        key=str,
    )


def test_line_opening_past_verb_is_tagged_a_verb(nlp):
    doc = nlp("Chancellor Merkel was busy.\n\nMet with President Macri in Berlin.\n")
    met = next(t for t in doc if t.text == "Met")
    assert (met.tag_, met.pos_, met.lemma_) == ("VBD", "VERB", "meet")


DIARY = "\n\n".join(
    [
        "Chancellor Angela Merkel continues her active diplomacy. She welcomed many "
        "guests this autumn. In October, she met with President Mauricio Macri in "
        "Germany.",
        "Met with H.E. Mr. Mauricio Macri, President of the Argentine Republic, at "
        "the German Chancellor's Office. (October 2016)",
        "Attended a dinner in Hamburg to mark the friendship between the two "
        "peoples, with H.E. Mr. Justin Trudeau, Prime Minister of Canada. "
        "(October 2016)",
        "Attended the G20 Summit and met with attending leaders, in the People's "
        "Republic of China. (September 2016)\n",
    ]
)


def test_diary_lines_are_the_owners_meetings_and_visits(nlp):
    got = summary(nlp, DIARY, date(2017, 1, 1))
    macri = ("meeting", ["Angela Merkel", "Mauricio Macri"], None, "DEU", "2016-10")
    assert macri in got
    assert (
        "meeting",
        ["Angela Merkel", "Justin Trudeau"],
        "Hamburg",
        "DEU",
        "2016-10",
    ) in got
    assert ("visit", ["Angela Merkel"], None, "CHN", "2016-09") in got
    assert not any(t == "visit" and names == ["Mauricio Macri"] for t, names, *_ in got)
    assert len(got) == 3  # the lead's 'In October, she met …' is the listed meeting


def test_a_bare_line_without_an_owner_is_nobodys(nlp):
    text = "Met with H.E. Mr. Mauricio Macri, President of Argentina. (October 2016)\n"
    assert summary(nlp, text, date(2017, 1, 1)) == []


GUESTS = "\n\n".join(
    [
        "News of Prime Minister Fumio Kishida's meetings with foreign dignitaries",
        "May 3  Mr. Justin Trudeau, Prime Minister of Canada. At the meeting, both "
        "leaders agreed to deepen their cooperation on energy.",
        "May 9  H.E. Mr. Emmanuel Macron, President of the French Republic. The "
        "leaders discussed trade and the situation in Ukraine.\n",
    ]
)


def test_date_first_guest_lines_are_the_owners_meetings(nlp):
    got = summary(nlp, GUESTS, date(2023, 6, 1))
    assert got == [
        ("meeting", ["Emmanuel Macron", "Fumio Kishida"], None, None, "2023-05-09"),
        ("meeting", ["Fumio Kishida", "Justin Trudeau"], None, None, "2023-05-03"),
    ]


CAPTIONS = "\n\n".join(
    [
        "Moments of Prime Minister Kishida",
        "With President Emmanuel Macron of France (January 2023).",
        "Talking in the garden with Prime Minister Giorgia Meloni and her "
        "delegation (January 2023).\n",
    ]
)


def test_photo_captions_are_the_owners_meetings(nlp):
    got = summary(nlp, CAPTIONS, date(2023, 3, 1))
    names = [n for _, n, *_ in got]
    assert ["Emmanuel Macron", "Fumio Kishida"] in names
    assert ["Fumio Kishida", "Giorgia Meloni"] in names
    assert all(d == "2023-01" for *_, d in got)


def test_what_the_two_leaders_agreed_during_a_visit_is_their_meeting_there(nlp):
    text = (
        "Prime Minister Abe held a meeting with Prime Minister Modi in Vladivostok. "
        "Prime Minister Abe recalled that the two leaders had agreed on a new "
        "partnership during Prime Minister Modi's visit to Japan in November last year."
    )
    got = summary(nlp, text, date(2017, 9, 7))
    assert ("meeting", ["Narendra Modi", "Shinzo Abe"], None, "JPN", "2016-11") in got
    assert not any(t == "visit" for t, *_ in got)


def test_mutual_visits_between_the_two_countries_are_no_trip(nlp):
    from summitwatch.nlp.occasions import generic_visits

    doc = nlp(
        "The two leaders welcomed the continuation of high-level dialogues and "
        "mutual visits between the two countries this year, and Prime Minister "
        "Kishida recalled his visits to Seoul and the reciprocal visits of officials."
    )
    flags = [generic_visits(t) for t in doc if t.lower_ == "visits"]
    assert flags == [True, False, True]


def test_an_office_seat_is_in_its_holders_country(nlp):
    text = (
        "Prime Minister Kishida hosted a summit meeting with President Yoon Suk Yeol "
        "at the Prime Minister's Office."
    )
    got = summary(nlp, text, date(2023, 3, 16))
    assert got[0][:4] == ("meeting", ["Fumio Kishida", "Yoon Suk-yeol"], None, "JPN")


def test_the_prime_minister_after_talks_with_another_is_the_pages_own(nlp):
    text = (
        "On May 20, Prime Minister Kishida held talks with Mr. Rishi Sunak, Prime "
        "Minister of the United Kingdom. Afterwards, the Prime Minister held a "
        "meeting with President Lula of Brazil."
    )
    got = summary(nlp, text, date(2023, 5, 21))
    names = [n for _, n, *_ in got]
    assert ["Fumio Kishida", "Luiz Inácio Lula da Silva"] in names
    assert not any("Rishi Sunak" in n and len(n) == 2 and "Luiz" in n[0] for n in names)


def test_each_with_its_own_talks_is_one_meeting_each(nlp):
    text = (
        "On May 20, Prime Minister Kishida, who is visiting Apulia to attend the G7 "
        "Summit, attended Session 2 on Energy, held informal talks with the Hon. "
        "Emmanuel Macron, President of France, informal talks with Dr. Olaf Scholz, "
        "Chancellor of Germany, and a conversation with President Joe Biden."
    )
    got = summary(nlp, text, date(2023, 5, 21))
    assert sorted(n for _, n, *_ in got) == [
        ["Emmanuel Macron", "Fumio Kishida"],
        ["Fumio Kishida", "Joe Biden"],
        ["Fumio Kishida", "Olaf Scholz"],
    ]


def test_a_readouts_president_is_the_one_named_further_on(nlp):
    text = (
        "The President met today in Toronto with Prime Minister Harper to discuss "
        "trade. President Obama and Prime Minister Harper agreed to continue "
        "their close cooperation."
    )
    got = summary(nlp, text, date(2010, 6, 26))
    assert ("meeting", ["Barack Obama", "Stephen Harper"], "Toronto", "CAN") in [
        g[:4] for g in got
    ]


def test_a_president_welcoming_a_president_stays_unnamed(nlp):
    text = (
        "The President appreciated the opportunity to welcome President Lula to "
        "the White House. The two Presidents discussed energy."
    )
    got = summary(nlp, text, date(2010, 6, 26))
    assert not any(t == "meeting" for t, *_ in got)


def test_a_schedules_own_ministers_are_no_diplomatic_meeting(nlp):
    text = "\n\n".join(
        [
            "Prime Minister Shinzo Abe spent the morning at his private residence.",
            "Met with Finance Minister Taro Aso and Vice Minister Kazuho Tanaka.",
            "Met with President Joko Widodo of Indonesia at the Prime Minister's "
            "Office.\n",
        ]
    )
    got = summary(nlp, text, date(2015, 11, 10))
    assert [n for _, n, *_ in got] == [["Joko Widodo", "Shinzo Abe"]]
