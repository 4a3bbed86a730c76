"""A leader's bare surname the NER took for a small town or a company, with no
office word before it (FRUS telegrams drop titles): the one person leading a
country on the document's date, not a venue (nlp/titled_surnames.leader_surnames).
Paraphrased from real 763 ('Tito reception for Menderes', Menderes a Turkish town)
and 764 ('Moro visit April 20–21', Moro a town in Sindh; 'visit of Wilson')."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

pytestmark = [pytest.mark.model]


def summary(nlp, text: str, published: date):
    return [
        (e.type, sorted(e.names), e.location.city, e.location.country)
        for e in article_events(nlp, text, published)
    ]


def test_a_leaders_surname_is_no_town_on_his_date(nlp) -> None:
    # before: a visit of Tito to the Turkish town of Menderes
    text = "During Tito reception for Menderes yesterday the Marshal asked to see me."
    got = summary(nlp, text, date(1956, 5, 10))
    assert all(g[2] != "Menderes" and g[3] != "TUR" for g in got)
    text = "Tito gave a reception for Menderes last night."
    got = summary(nlp, text, date(1956, 5, 10))
    assert [g[1] for g in got] == [["Adnan Menderes", "Josip Broz Tito"]]


def test_the_surname_of_nobody_leading_then_stays_the_town(nlp) -> None:
    # Menderes was no longer in office in 1965: the town is the town
    text = "Tito gave a reception in Menderes last night."
    got = summary(nlp, text, date(1965, 5, 10))
    assert not any("Adnan Menderes" in g[1] for g in got)


def test_a_town_after_a_preposition_of_place_stays_a_town(nlp) -> None:
    # 2011: Santos led Colombia
    text = "President Obama will travel to Santos next month."
    got = summary(nlp, text, date(2011, 2, 1))
    assert got and got[0][2] == "Santos"


def test_a_surname_tagged_as_a_company_is_the_leader(nlp, kb) -> None:
    from summitwatch.nlp.mention_index import build_index

    doc = nlp("The President does not intend to delay the visit of Wilson on April 15.")
    index = build_index(doc, kb, date(1965, 4, 1))
    assert [m.participant.name for m in index.persons] == ["Harold Wilson"]
