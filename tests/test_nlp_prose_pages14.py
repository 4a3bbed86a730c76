"""Fresh Wikipedia prose pages, third batch (session 14, helper wiki18): a town the
NER tags PERSON in a place's slot (`person_tagged_places`), a lead paragraph right
under an infobox table (`table_cells.wrapped_rows`), a relations page's dated
'High-level visits' bullets (`attendance_lists.attendance_list`) and a summit host
named only in a later section (`visit_reading._host_leader`). Hand-written lines."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events

PUBLISHED = date(2020, 1, 1)


def _rows(nlp, text: str) -> list[tuple]:
    return sorted(
        (e.type, tuple(sorted(e.names)), e.location.city, e.location.country)
        for e in article_events(nlp, text, PUBLISHED)
    )


@pytest.mark.model
def test_a_town_tagged_person_after_a_trip_verb_is_the_destination(nlp):
    text = (
        "In March 2018, Tongan Prime Minister Akilisi Pohiva visited Apia with a "
        "small delegation."
    )
    assert ("visit", ("ʻAkilisi Pōhiva",), "Apia", "WSM") in _rows(nlp, text)


@pytest.mark.model
def test_a_titled_town_name_stays_a_person(nlp, kb):
    from conftest import indexed

    doc, index = indexed(
        nlp,
        kb,
        "Ambassador Whitney met the President in London in May 1957.",
        PUBLISHED,
    )
    places = {m.text for m in index.place_at.values()}
    assert "Whitney" not in places


@pytest.mark.model
def test_the_lead_paragraph_under_an_infobox_is_prose_not_a_row(nlp):
    text = (
        "| Conference | |\n|---|---|\n| Host | Liberia |\n| Date | July 1959 |\n"
        "The conference was held in Monrovia in July 1959. President Tubman met "
        "Prime Minister Nkrumah there on 16 July 1959.\n"
    )
    rows = _rows(nlp, text)
    assert ("meeting", ("Kwame Nkrumah", "William Tubman"), "Monrovia", "LBR") in rows


@pytest.mark.model
def test_dated_visit_bullets_are_no_gathering(nlp):
    text = (
        "Chile–Peru relations\n\nHistory\n\nIn June 1975, Peru opened an embassy in "
        "Santiago. In 2015, the Chilean Senate held a week of Peruvian culture.\n\n"
        "Official visits from Chile to Peru\n\n"
        "  • President Michelle Bachelet (2015)\n"
        "  • President Sebastián Piñera (2019)\n"
        "  • President Gabriel Boric (2022)\n"
    )
    meetings = [r for r in _rows(nlp, text) if r[0] == "meeting"]
    assert meetings == []


@pytest.mark.model
def test_a_summit_host_named_only_in_another_years_section_was_not_met(nlp):
    text = (
        "In June 2016, Prime Minister Akilisi Pohiva visited Suva for a Pacific "
        "Islands Forum summit.\n\n"
        "In 2019, Fiji's President Jioji Konrote visited Tonga.\n"
    )
    rows = _rows(nlp, text)
    assert ("visit", ("ʻAkilisi Pōhiva",), "Suva", "FJI") in rows
    assert not any(r[0] == "meeting" for r in rows)
