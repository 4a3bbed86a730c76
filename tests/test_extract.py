"""The full extractor on short texts in many phrasings, and on the seed article."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import SEED
from summitwatch.ingest import read_article
from summitwatch.models import Article
from summitwatch.process import extract_many, process

pytestmark = pytest.mark.model
PUBLISHED = date(2019, 4, 25)  # a Thursday


def events_of(nlp, kb, text, published=PUBLISHED):
    article = Article(text=text, published=published, language="en")
    return [
        (e.type, e.status, sorted(e.names), e.location.country, e.date)
        for e in process(article, nlp, kb)
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "South Korean President Moon Jae-in held talks with North Korean leader "
            "Kim Jong-un in Pyongyang on Tuesday.",
            (
                "meeting",
                "occurred",
                ["Kim Jong-un", "Moon Jae-in"],
                "PRK",
                "2019-04-23",
            ),
        ),
        (
            "Chinese President Xi Jinping hosted Russian President Vladimir Putin at "
            "the Great Hall of the People on Monday.",
            (
                "meeting",
                "occurred",
                ["Vladimir Putin", "Xi Jinping"],
                "CHN",
                "2019-04-22",
            ),
        ),
        (
            "Japanese Prime Minister Shinzo Abe arrived in Washington on Friday.",
            ("visit", "occurred", ["Shinzo Abe"], "USA", "2019-04-19"),
        ),
        (
            "Indian Prime Minister Narendra Modi will travel to Tokyo next month.",
            ("visit", "planned", ["Narendra Modi"], "JPN", "2019-05"),
        ),
        (
            "Russian President Vladimir Putin is expected to visit Ankara in spring.",
            ("visit", "planned", ["Vladimir Putin"], "TUR", "2019"),
        ),
        (
            "Xi Jinping could visit Pyongyang later this year, diplomats say.",
            ("visit", "hypothetical", ["Xi Jinping"], "PRK", "2019"),
        ),
        (
            "Kim Jong-un has yet to visit Seoul.",
            ("visit", "not_occurred", ["Kim Jong-un"], "KOR", None),
        ),
        (
            "Both governments denied reports that Shinzo Abe and Kim Jong-un met "
            "secretly in Mongolia last year.",
            ("meeting", "unconfirmed", ["Kim Jong-un", "Shinzo Abe"], "MNG", "2018"),
        ),
    ],
)
def test_phrasings(nlp, kb, text, expected):
    found = events_of(nlp, kb, text)
    assert found[0][:4] == expected[:4]
    if expected[4] is not None:
        assert found[0][4] == expected[4]


def test_postponed_summit_did_not_occur(nlp, kb):
    found = events_of(
        nlp,
        kb,
        "The summit between Donald Trump and Kim Jong-un in Singapore was postponed.",
    )
    assert found[0][:4] == (
        "meeting",
        "not_occurred",
        ["Donald Trump", "Kim Jong-un"],
        "SGP",
    )


def test_declined_invitation_stays_extended_and_the_trip_did_not_occur(nlp, kb):
    found = events_of(
        nlp,
        kb,
        "South Korean President Park Geun-hye declined an "
        "invitation from Vladimir Putin to attend the parade in Moscow.",
    )
    assert [f[:3] for f in found] == [
        ("invitation", "occurred", ["Park Geun-hye", "Vladimir Putin"]),
        ("visit", "not_occurred", ["Park Geun-hye"]),
    ]


def test_met_several_is_pairwise(nlp, kb):
    found = events_of(
        nlp,
        kb,
        "German Chancellor Angela Merkel met French President "
        "Emmanuel Macron and Italian Prime Minister Mario Draghi in Berlin.",
    )
    assert sorted(f[2] for f in found) == [
        ["Angela Merkel", "Emmanuel Macron"],
        ["Angela Merkel", "Mario Draghi"],
    ]


def test_train_arrival_then_meeting_is_one_meeting_by_rail(nlp, kb):
    article = Article(
        text="Kim Jong-un arrived in Vladivostok by armoured train on "
        "Wednesday and met Vladimir Putin on Thursday.",
        published=PUBLISHED,
        language="en",
    )
    [event] = process(article, nlp, kb)
    assert (event.type, event.travel_mode, event.location.city) == (
        "meeting",
        "rail",
        "Vladivostok",
    )


def test_people_carry_country_and_office(nlp, kb):
    article = Article(
        text="Vladimir Putin met Kim Jong-un in Vladivostok.",
        published=PUBLISHED,
        language="en",
    )
    [event] = process(article, nlp, kb)
    putin = next(p for p in event.participants if p.name == "Vladimir Putin")
    assert (putin.person_id, putin.country) == ("vladimir-putin", "RUS")
    assert putin.office and "President" in putin.office


def test_seed_key_events(nlp, kb):
    events = process(read_article(SEED), nlp, kb)
    found = {
        (
            e.type,
            e.status,
            tuple(e.names if e.type != "meeting" else sorted(e.names)),
            e.location.city,
            (e.date or "")[:4],
        )
        for e in events
    }
    assert (
        "invitation",
        "occurred",
        ("Vladimir Putin", "Kim Jong-un"),
        "Moscow",
        "2015",
    ) in found
    assert ("visit", "not_occurred", ("Kim Jong-il",), "Moscow", "2005") in found
    assert (
        "meeting",
        "occurred",
        ("Kim Jong-il", "Vladimir Putin"),
        "Vladivostok",
        "2002",
    ) in found
    assert (
        "meeting",
        "unconfirmed",
        ("Jiang Zemin", "Kim Jong-il"),
        "Yangzhou",
        "2011",
    ) in found
    for event in events:
        assert event.evidence and SEED.read_text().find(event.evidence[:40]) >= 0
        assert event.source == str(SEED)


def test_seed_group_meeting_at_victory_day(nlp, kb):
    events = process(read_article(SEED), nlp, kb)
    groups = [e for e in events if len(e.participants) >= 4]
    assert [(e.location.city, e.date) for e in groups] == [("Moscow", "2005")]


def test_furniture_and_non_english_give_no_events(nlp, kb):
    assert (
        process(
            Article(
                text="Leave a Reply. Share this: Twitter, Facebook.", language="en"
            ),
            nlp,
            kb,
        )
        == []
    )
    german = Article(text="Putin traf Kim in Wladiwostok.", language="other")
    assert process(german, nlp, kb) == []


def test_extract_many_matches_one_by_one(nlp, kb):
    texts = [
        "Vladimir Putin met Kim Jong-un in Vladivostok.",
        "Xi Jinping will visit Pyongyang next month.",
    ]
    articles = [Article(text=t, published=PUBLISHED, language="en") for t in texts]
    batched = [events for _, events in extract_many(articles, nlp)]
    assert batched == [process(a, nlp, kb) for a in articles]


def test_long_articles_are_read_in_sections(nlp, kb, monkeypatch):
    import summitwatch.process as processing

    assert processing.SECTION_CHARS < nlp.max_length
    paragraph = (
        "Vladimir Putin met Kim Jong-un in Vladivostok. " + "Trade came up. " * 20
    )
    text = "\n\n".join([paragraph] * 6)
    monkeypatch.setattr(processing, "SECTION_CHARS", 500)
    assert len(processing.sections(text)) >= 4
    events = process(Article(text=text, published=PUBLISHED, language="en"), nlp, kb)
    assert {(e.type, e.location.city) for e in events} == {("meeting", "Vladivostok")}
    assert all(
        text[e.start_char : e.end_char].startswith("Vladimir Putin") for e in events
    )
