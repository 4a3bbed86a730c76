"""Places from the occasion (helper occasion11, session 10): a meeting told only by
the gathering or ceremony it was held at takes that occasion's place — a summit's
edition from the KB calendar, someone's funeral or inauguration that person's country
(`nlp/occasion_places.py`). Hand-written texts."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def _meetings(nlp, text: str, published: date) -> list[tuple]:
    return [
        (sorted(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
        if e.type == "meeting"
    ]


def test_last_years_forum_places_and_dates_the_meeting(nlp):
    text = (
        "President Emmanuel Macron told Prime Minister Narendra Modi that he was glad "
        "to see him again after their talks at last year's Eastern Economic Forum."
    )
    found = _meetings(nlp, text, date(2020, 3, 2))
    assert any(m[2] == "RUS" and (m[3] or "").startswith("2019") for m in found), found


def test_a_summit_named_with_its_year_places_an_earlier_meeting(nlp):
    text = (
        "Canada and Indonesia agreed on Monday to deepen trade ties, officials said. "
        "Prime Minister Justin Trudeau first held talks with President Joko Widodo "
        "at the 2018 G20 summit."
    )
    found = _meetings(nlp, text, date(2024, 2, 1))
    assert any(m[2] == "ARG" and m[3] == "2018" for m in found), found


def test_a_funeral_places_the_meeting_in_the_country_of_the_deceased(nlp):
    text = (
        "On the occasion of the state funeral of former Prime Minister Shinzo Abe, "
        "Prime Minister Anthony Albanese held talks with President Joe Biden."
    )
    found = _meetings(nlp, text, date(2022, 9, 28))
    assert found and all(m[2] == "JPN" for m in found), found


def test_a_briefing_about_a_funeral_places_its_listed_meetings(nlp):
    text = (
        "Briefing on the talks held on the occasion of the funeral of former "
        "Prime Minister Shinzo Abe\n"
        "1. Prime Minister Fumio Kishida's meeting with Prime Minister Anthony "
        "Albanese of Australia\n"
        "2. Prime Minister Kishida's meeting with President Joe Biden of the United "
        "States\n"
        "Good afternoon. Several leaders who came to attend the funeral of former "
        "Prime Minister Abe met Prime Minister Kishida today.\n"
    )
    found = _meetings(nlp, text, date(2022, 9, 27))
    listed = [m for m in found if "Anthony Albanese" in m[0] or "Joe Biden" in m[0]]
    assert listed and all(m[2] == "JPN" for m in listed), found


def test_the_mention_index_keeps_the_dead_apart_with_their_country(nlp, kb):
    """The dead take part in nothing (not in `person_at`), but the index keeps them
    as their own kind, so a funeral is placed by the dead person's country."""
    from summitwatch.models import Article
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.process import doc_for

    text = (
        "Prime Minister Anthony Albanese attended the funeral of former Prime "
        "Minister Shinzo Abe."
    )
    published = date(2022, 9, 28)
    doc = nlp(doc_for(Article(text=text, published=published), nlp))
    index = build_index(doc, kb, published)
    abe = doc.char_span(text.index("Abe"), text.index("Abe") + 3).start
    assert abe not in index.person_at
    assert index.dead_at[abe].participant.country == "JPN"


def test_every_mourning_word_names_someones_occasion():
    """One list of mourning words: the dead the mention index leaves out and the
    funerals the occasion code places read the same words."""
    from summitwatch.nlp.lexicon import word_set

    mourning = word_set("mentions.json", "mourning_words")
    occasions = word_set("occasion_places.json", "person_occasions")
    assert mourning <= occasions
    assert word_set("triggers.json", "inauguration_nouns") <= occasions
