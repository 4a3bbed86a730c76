"""Who is meant (issue #10): a bare title ('The Secretary', 'the prime minister')
refers back to the latest person named who holds it; hand-written sentences through
the full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events
from summitwatch.models import Participant
from summitwatch.nlp.speakers import holds_title

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date):
    return [
        (e.type, e.status, sorted(e.names), e.location.city, e.location.country)
        for e in article_events(nlp, text, published)
    ]


def test_the_secretary_is_the_secretary_named_before(nlp):
    text = (
        "Secretary of State Antony Blinken arrived in Nairobi on Monday to meet "
        "President William Ruto. The Secretary traveled to Lagos on Tuesday. He met "
        "with President Bola Tinubu to discuss security."
    )
    found = summary(nlp, text, date(2023, 8, 30))
    assert ("meeting", "occurred", ["Antony Blinken", "Bola Tinubu"], "Lagos",
            "NGA") in found  # fmt: skip


def test_lower_case_titles_are_the_two_leaders_named(nlp):
    text = (
        "Prime Minister Narendra Modi arrived in Washington on Monday and met "
        "President Donald Trump at the White House. On Tuesday the prime minister "
        "played golf with the president at Camp David."
    )
    found = summary(nlp, text, date(2019, 6, 30))
    assert sum(f[2] == ["Donald Trump", "Narendra Modi"] for f in found) == 2


def test_a_title_used_before_any_holder_is_named_stays_unresolved(nlp):
    text = (
        "The President welcomed President Emmanuel Macron to the White House on "
        "Monday. The President looks forward to meeting Chancellor Angela Merkel "
        "next week."
    )
    found = summary(nlp, text, date(2019, 6, 30))
    assert all("Angela Merkel" not in f[2] for f in found)


def test_the_vice_president_under_an_office_line_is_the_one_named(nlp):
    """A release issued by the 'Office of the Vice President' names the office on
    its header line; the title there is no mention of an unnamed holder, and 'the
    Vice President' further on is the Vice President the text names."""
    text = (
        "Office of the Vice President\n\n"
        "Vice President Mike Pence will travel to Chile and Peru next week. In "
        "Santiago, the Vice President will meet with President Sebastián Piñera."
    )
    found = summary(nlp, text, date(2018, 4, 6))
    assert ("meeting", "planned", ["Mike Pence", "Sebastián Piñera"], "Santiago",
            "CHL") in found  # fmt: skip


def test_a_title_in_a_quotation_is_the_speakers_own(nlp):
    text = (
        "Egyptian President Hosni Mubarak stayed away from the summit in Khartoum. "
        '"It does not matter if the president himself is to come," the minister '
        "said."
    )
    found = summary(nlp, text, date(2006, 3, 28))
    assert ("visit", "planned") not in [f[:2] for f in found]


def test_a_pronoun_keeps_the_subject_of_the_report_not_the_last_name(nlp):
    text = (
        "President Donald Trump will travel to Japan next week for the G20 summit in "
        "Osaka. Spokeswoman Sarah Sanders said he will also hold bilateral meetings, "
        "including with Indian Prime Minister Narendra Modi. She said he is to fly on "
        "to Seoul on June 30."
    )
    found = article_events(nlp, text, date(2019, 6, 20))
    seoul = [e for e in found if e.location.city == "Seoul"]
    assert [(e.type, e.names, e.date) for e in seoul] == [
        ("visit", ["Donald Trump"], "2019-06-30")
    ]
    assert all("Sarah Sanders" not in e.names for e in found)


def test_a_hard_wrapped_line_of_prose_goes_on_in_the_next(nlp):
    text = (
        "The White House says President Donald Trump will travel to Japan next week "
        "for a summit of the Group of Twenty\nnations in Osaka. Spokeswoman Sarah "
        "Sanders said the president plans to attend working sessions and will also\n"
        "hold bilateral meetings, including with Indian Prime Minister\n"
        "Narendra Modi.\n"
    )
    found = summary(nlp, text, date(2019, 6, 20))
    assert ("meeting", "planned", ["Donald Trump", "Narendra Modi"], "Osaka",
            "JPN") in found  # fmt: skip


# -- face to face: gestures, meals and photo captions


@pytest.mark.parametrize(
    "sentence",
    [
        "Prime Minister Shinzo Abe and President Donald Trump shook hands in Florida "
        "on Saturday.",
        "Prime Minister Shinzo Abe dined with President Donald Trump in Florida on "
        "Saturday.",
        "Prime Minister Shinzo Abe had a meal with President Donald Trump in Florida "
        "on Saturday.",
        "Prime Minister Shinzo Abe exchanged greetings with President Donald Trump in "
        "Florida on Saturday.",
    ],
)
def test_a_gesture_or_a_meal_together_is_a_meeting(nlp, sentence):
    found = summary(nlp, sentence, date(2017, 2, 12))
    assert [f[:3] for f in found] == [
        ("meeting", "occurred", ["Donald Trump", "Shinzo Abe"])
    ]


@pytest.mark.parametrize(
    "caption, names",
    [
        (
            "Kenya's Prime Minister Raila Odinga (l), Ghana's President John Mahama, "
            "center, and Ivory Coast President Alassane Ouattara (r) pose for "
            "photographers at the presidential palace in Abidjan, Jan 5, 2015",
            ["Alassane Ouattara", "John Mahama", "Raila Odinga"],
        ),
        (
            "French President Francois Hollande, left, greets Japanese Prime Minister "
            "Shinzo Abe at the Elysee Palace in Paris, May 1, 2016",
            ["François Hollande", "Shinzo Abe"],
        ),
        (
            "French President Francois Hollande greets Japanese Prime Minister Shinzo "
            "Abe at the Elysee Palace in Paris, May 1, 2016",
            ["François Hollande", "Shinzo Abe"],
        ),
    ],
)
def test_a_photo_caption_of_leaders_together_is_a_meeting(nlp, caption, names):
    found = article_events(nlp, caption, date(2016, 5, 2))
    meetings = [e for e in found if e.type == "meeting"]
    assert [sorted(e.names) for e in meetings] == [names]
    assert meetings[0].status == "occurred"


def test_a_date_inside_a_since_clause_dates_something_else(nlp):
    text = (
        "President Obama has met and shaken hands with Cuban leader Raul Castro for "
        "the first time since announcing his intention last December to restore "
        "relations. The brief encounter happened Friday at the Summit of the "
        "Americas in Panama."
    )
    found = article_events(nlp, text, date(2015, 4, 11))
    assert [(e.type, e.date) for e in found] == [("meeting", "2015-04-10")]


def test_a_relation_named_once_a_title_and_an_approach_in_a_recalled_story(nlp):
    """'my grandfather' named once in apposition, 'King Saud' decades before the
    report, 'the King' tagged as a person, 'approached' face to face, a 'when'
    clause's visit as the scene, and a meeting elsewhere in the frame's country
    that does not erase one abroad."""
    text = (
        "Prime Minister Shinzo Abe welcomed President Emmanuel Macron in Tokyo on "
        "Monday. My grandfather, Nobusuke Kishi, made efforts to deepen the ties "
        "between Japan and Saudi Arabia. When he visited Saudi Arabia in 1958, he "
        "directly approached King Saud about visiting Japan. When the King visited "
        "Japan in 1960, he had a meal with my grandfather at a villa in Kyoto."
    )
    found = article_events(nlp, text, date(2019, 5, 20))
    kishi = [
        (e.location.city, e.location.country, e.date)
        for e in found
        if e.type == "meeting"
        and set(e.names) == {"Nobusuke Kishi", "Saud of Saudi Arabia"}
    ]
    assert sorted(kishi, key=lambda k: k[2]) == [
        (None, "SAU", "1958"),
        ("Kyoto", "JPN", "1960"),
    ]


def test_a_name_inside_the_name_of_a_thing_is_nobody(nlp):
    text = (
        "Secretary Kerry met with participants of the Mandela Washington Fellows "
        "program in Nairobi. Then he met with Kim Jong Un in Pyongyang and laid a "
        "wreath at Kim Il Sung Square."
    )
    found = summary(nlp, text, date(2016, 8, 22))
    assert all(
        "Nelson Mandela" not in f[2] and "Kim Il-sung" not in f[2] for f in found
    )
    assert ("meeting", "occurred", ["John Kerry", "Kim Jong-un"]) in [
        f[:3] for f in found
    ]


def test_who_takes_part_in_someone_elses_meeting_is_in_it(nlp):
    text = (
        "Secretary Pompeo will travel to Paris on November 10. He will also take part "
        "in President Trump's meeting with French President Emmanuel Macron."
    )
    found = summary(nlp, text, date(2018, 11, 8))
    assert (
        "meeting",
        "planned",
        ["Donald Trump", "Emmanuel Macron", "Mike Pompeo"],
    ) in [f[:3] for f in found]


def test_a_line_that_says_who_speaks_opens_their_remarks(nlp):
    text = (
        "On May 27, Shinzo Abe, Prime Minister of Japan, held a summit meeting with "
        "Donald J. Trump, President of the United States of America, in Tokyo.\n\n"
        "In opening remarks, the Prime Minister said as follows:\n\n"
        "Yesterday, we enjoyed a round of golf in Mobara.\n"
    )
    found = summary(nlp, text, date(2019, 5, 27))
    assert ("meeting", "occurred", ["Donald Trump", "Shinzo Abe"], "Mobara",
            "JPN") in found  # fmt: skip


def test_the_visitors_trip_stands_when_the_meeting_on_it_falls_through(nlp):
    text = (
        "Vice President Xi Jinping was scheduled to hold talks with visiting Secretary "
        "of State Hillary Clinton in Beijing last Wednesday, but those meetings were "
        "canceled."
    )
    found = summary(nlp, text, date(2012, 9, 10))
    assert ("visit", "occurred", ["Hillary Clinton"], "Beijing", "CHN") in found
    assert ("meeting", "not_occurred") in [f[:2] for f in found]


def test_a_title_is_held_as_whole_words_not_after_a_lower_rank(kb):
    """'THE PRESIDENT' is not the Vice President, and 'Premier' is no 'Prime'."""

    def titled(office: str) -> Participant:
        return Participant(name="Someone Unknown", office=office)

    assert holds_title(kb, titled("President of Ghana"), "President", None)
    assert holds_title(kb, titled("Prime Minister"), "Prime Minister", None)
    assert not holds_title(kb, titled("Vice President"), "President", None)
    assert not holds_title(kb, titled("Deputy Prime Minister"), "Prime Minister", None)


@pytest.mark.parametrize(
    "caption, where",
    [
        (
            "Kenya's Prime Minister Raila Odinga (l), Ghana's President John Mahama, "
            "center, and Ivory Coast President Alassane Ouattara (r) pose for "
            "photographers at the presidential palace in Abidjan, Jan 5, 2015",
            ("Abidjan", "CIV", "2015-01-05"),
        ),
        (
            "French President Francois Hollande greets Japanese Prime Minister Shinzo "
            "Abe at the Elysee Palace in Paris, May 1, 2016",
            ("Paris", "FRA", "2016-05-01"),
        ),
    ],
)
def test_a_caption_meeting_is_placed_and_dated_by_the_caption(nlp, caption, where):
    """Every caption reader places and dates its meeting one way
    (`captions._meeting_at`): the place and date the caption gives."""
    [meeting] = [
        e for e in article_events(nlp, caption, date(2016, 5, 2)) if e.type == "meeting"
    ]
    assert (meeting.location.city, meeting.location.country, meeting.date) == where


@pytest.mark.parametrize(
    ("text", "traveller", "published"),
    [
        (
            "President Jimmy Carter held talks with President Anwar Sadat on Monday. "
            "The Egyptian President visited Washington in 1977.",
            "Anwar Sadat",
            date(1978, 3, 29),
        ),
        (
            "President Jimmy Carter held talks with Prime Minister Takeo Fukuda. "
            "The Japanese Prime Minister visited Washington in 1977.",
            "Takeo Fukuda",
            date(1978, 3, 29),
        ),
    ],
)
def test_a_capitalised_office_after_a_nationality_is_the_leader_named(
    nlp, text, traveller, published
):
    """Official texts capitalise the office ('the Venezuelan President', Public
    Papers); the parser tags it a proper noun, yet it is the same description as
    'the Egyptian president' and refers to the leader of that country named."""
    found = summary(nlp, text, published)
    assert ("visit", "occurred", [traveller], "Washington", "USA") in found


def test_a_capitalised_office_nobody_named_holds_stays_unresolved(nlp):
    text = (
        "President Jimmy Carter spoke on Monday. The Venezuelan President visited "
        "Washington in 1977."
    )
    assert summary(nlp, text, date(1978, 3, 29)) == []
