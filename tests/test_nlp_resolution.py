"""Name resolution as a component (session 10, benchmarks/resolution.py): initials
before a surname the NER took for an organisation or cut off, 'former' before a
title, and an alias of one person against the namesake who held the title's office
that day."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def people(nlp, text: str, published: date) -> list[list[str]]:
    return [sorted(e.names) for e in article_events(nlp, text, published)]


def test_initials_and_surname_tagged_as_an_organisation(nlp) -> None:
    text = "In August 1959, K. Adenauer arrived in Washington for talks."
    assert ["Konrad Adenauer"] in people(nlp, text, date(1959, 8, 30))


def test_an_initial_cut_off_the_name_tells_namesakes_apart(nlp) -> None:
    text = "On 2 April 2009, M. Obama met Queen Elizabeth II at Buckingham Palace."
    assert people(nlp, text, date(2009, 4, 3)) == [["Elizabeth II", "Michelle Obama"]]


def test_former_president_is_the_namesake_who_left_the_office(nlp) -> None:
    text = "In Tokyo in July 2002, Prime Minister Koizumi hosted former President Bush."
    got = people(nlp, text, date(2002, 7, 20))
    assert got == [["George H. W. Bush", "Junichiro Koizumi"]]


def test_former_chancellor_holding_no_office_is_still_read(nlp) -> None:
    text = "On 3 May 2005, former Chancellor Kohl met Pope Benedict XVI in Rome."
    got = people(nlp, text, date(2005, 5, 4))
    assert got == [["Helmut Kohl", "Pope Benedict XVI"]]


def test_an_alias_gives_way_to_the_namesake_in_office_that_day(nlp) -> None:
    text = "In May 1957, King Frederik met Prime Minister Macmillan in London."
    got = people(nlp, text, date(1957, 5, 30))
    assert got == [["Frederik IX", "Harold Macmillan"]]


def test_a_surname_alias_gives_way_to_the_president_of_the_day(nlp) -> None:
    text = "On 7 November 2005, President Torrijos met President Bush in Panama City."
    got = people(nlp, text, date(2005, 11, 8))
    assert got == [["George W. Bush", "Martín Torrijos"]]


def test_a_title_naming_a_role_picks_its_holder_among_namesakes(nlp) -> None:
    # Alfredo Moreno was Chile's foreign minister and Lenín Moreno Ecuador's vice
    # president that day (kb/data/people_vice_presidents.jsonl)
    text = (
        "On 3 August 2011, Foreign Minister Moreno met Secretary of State Hillary "
        "Clinton in Washington."
    )
    got = people(nlp, text, date(2011, 8, 4))
    assert got == [["Alfredo Moreno Charme", "Hillary Clinton"]]


def test_a_vice_president_of_the_class_added_is_known(nlp) -> None:
    text = "In March 2019, Vice President Bawumia met Prime Minister Modi in New Delhi."
    events = article_events(nlp, text, date(2019, 3, 20))
    ids = {p.person_id for e in events for p in e.participants}
    assert ids == {"mahamudu-bawumia", "narendra-modi"}


def test_a_site_tagged_as_a_person_is_no_person_mention(nlp) -> None:
    from summitwatch.kb import load_kb
    from summitwatch.models import Article
    from summitwatch.nlp.mention_index import build_index
    from summitwatch.process import doc_for

    text = (
        "On 1 November 2010, Secretary of State Hillary Clinton toured Angkor Wat, "
        "then flew to Kuala Lumpur."
    )
    with nlp.select_pipes(disable=["events"]):
        doc = nlp(doc_for(Article(text=text), nlp))
    index = build_index(doc, load_kb(), date(2010, 11, 2))
    assert [m.participant.name for m in index.persons] == ["Hillary Clinton"]


def test_a_crown_prince_by_given_name_is_the_crown_prince_of_the_day(nlp) -> None:
    text = (
        "On 20 March 2018, Crown Prince Mohammed met President Trump at the White "
        "House."
    )
    got = people(nlp, text, date(2018, 3, 21))
    assert got == [["Donald Trump", "Mohammed bin Salman"]]
