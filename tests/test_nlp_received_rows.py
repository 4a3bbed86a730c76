"""Visit lists under year headings and lists of visits a head of state received
(issue #10, class 6; real 231, 234, 235). Every table here is made up for the test:
people the KB knows, dates that fit their offices."""

from __future__ import annotations

from datetime import date

import pytest

from summitwatch.ingest.clean import clean_text, drop_furniture

pytest.importorskip("spacy")
from conftest import article_events  # noqa: E402


def _got(nlp, text: str, published=date(2024, 1, 1)) -> set[tuple]:
    return {
        (e.type, e.status, tuple(e.names), e.location.city, e.location.country, e.date)
        for e in article_events(nlp, text, published)
    }


def test_a_header_repeated_over_rows_without_a_year_is_kept():
    lines = [
        "2019",
        "Country Areas visited Date(s) Details",
        "Kenya Nairobi March 2–4 Official visit.",
        "2020",
        "Country Areas visited Date(s) Details",
        "Ghana Accra 14 May State visit.",
    ]
    assert drop_furniture(lines) == lines
    # a long repeated line that is no header stays dropped
    prose = "The President has made many trips abroad since taking office in 2017."
    assert drop_furniture([prose, "Kenya", prose]) == [prose, "Kenya"]


def test_state_visits_received_by_a_monarch_are_meetings_in_his_country(nlp):
    text = (
        "List of state visits received by Charles III\n\n"
        "Since 2022 the King has received a number of state visits.\n\n"
        "| | Date | Country | Regime | Guests |\n"
        "| 1 | 5–7 March 2023 | | Republic | President Cyril Ramaphosa |\n"
        "| 2 | 10–12 October 2023 | | Republic | President Emmanuel Macron "
        "Mme Brigitte Macron |\n"
        "| 3 | 2–4 May 2024 | | Monarchy | Emperor Naruhito Empress Masako |\n"
        "| 4 | 8–9 March 2026 | | Republic | President Bola Tinubu |\n"
    )
    got = _got(nlp, text, date(2025, 6, 1))
    assert got == {
        (
            "meeting",
            "occurred",
            ("Charles III", "Cyril Ramaphosa"),
            None,
            "GBR",
            "2023-03",
        ),
        (
            "meeting",
            "occurred",
            ("Charles III", "Emmanuel Macron"),
            None,
            "GBR",
            "2023-10",
        ),
        ("meeting", "occurred", ("Charles III", "Naruhito"), None, "GBR", "2024-05"),
        ("meeting", "planned", ("Charles III", "Bola Tinubu"), None, "GBR", "2026-03"),
    }


def test_trips_made_by_a_monarch_stay_his_own_trips(nlp):
    """The same rows under a 'made by' title are the monarch's trips abroad."""
    text = (
        "List of state visits made by Charles III\n\n"
        "| | Date | Country | Cities visited | Details |\n"
        "| 1 | 5–7 March 2023 | Kenya | Nairobi | State visit. |\n"
        "| 2 | 10–12 October 2023 | France | Paris | State visit. |\n"
        "| 3 | 2–4 May 2024 | Japan | Tokyo | State visit. |\n"
    )
    got = {(e[0], e[2], e[4]) for e in _got(nlp, text)}
    assert got == {
        ("visit", ("Charles III",), "KEN"),
        ("visit", ("Charles III",), "FRA"),
        ("visit", ("Charles III",), "JPN"),
    }


def test_glued_place_and_date_cells_split_into_rows(nlp):
    """'3 FranceParis26–27 JulyMacron …': a glued table's place cell runs into its
    date cell; each numbered row is its own trip."""
    text = (
        "List of international trips made by Olaf Scholz\n\n"
        "2023\n\n"
        "CountryLocationDateDetails\n"
        "1 KenyaNairobi4–5 MayScholz held talks with President William Ruto.\n"
        "2 GhanaAccra14 MayScholz attended a business forum.\n"
        "3 FranceParis26–27 JulyScholz was greeted by President Emmanuel Macron.\n"
    )
    got = {(e[0], e[2], e[3]) for e in _got(nlp, clean_text(text)[2])}
    assert ("meeting", ("Olaf Scholz", "William Ruto"), "Nairobi") in got
    assert ("visit", ("Olaf Scholz",), "Accra") in got
    assert ("meeting", ("Olaf Scholz", "Emmanuel Macron"), "Paris") in got
    assert not any(e[1] == ("Olaf Scholz", "Emmanuel Macron") and e[2] != "Paris"
                   for e in got)  # fmt: skip


def test_compatriots_after_a_bare_with_travel_along(nlp):
    """'attended the final, with Prince William, …': the traveller's own party,
    no one he met; a foreign leader after 'with' stays met."""
    text = (
        "List of international trips made by Rishi Sunak\n\n"
        "Country | Areas visited | Date(s) | Details |\n"
        "---|---|---|---|\n"
        "Germany | Berlin | 14 July 2023 | Sunak attended the final, with Prince "
        "William and Prince George, watching the match. |\n"
        "France | Paris | 20 July 2023 | Sunak watched the match with President "
        "Emmanuel Macron. |\n"
        "Italy | Rome | 2 August 2023 | Sunak attended a conference. |\n"
    )
    got = _got(nlp, text)
    names = {n for e in got for n in e[2]}
    assert "Emmanuel Macron" in names
    assert not any("William" in n or "George" in n for n in names)
    assert ("visit", "occurred", ("Rishi Sunak",), "Berlin", "DEU", "2023-07-14") in got


def test_a_date_cell_across_two_months_keeps_its_year_and_titled_monarchs(nlp):
    """'28 June – 1 July 1954', '27 June and 6 July 1959': the year both ends share,
    not the first day read against the publication date; the Host cell's 'King
    Haakon VII' is met."""
    text = (
        "List of state visits made by Elizabeth II\n\n"
        "Date Country Cities visited Host\n"
        "28 June – 1 July 1955  Norway Oslo King Haakon VII\n"
        "27 June and 6 July 1956  Sweden Stockholm King Gustaf VI Adolf\n"
        "21–23 May 1957  Denmark Copenhagen King Frederick IX\n"
    )
    got = _got(nlp, text, date(2016, 10, 1))
    assert (
        "meeting",
        "occurred",
        ("Elizabeth II", "Haakon VII"),
        "Oslo",
        "NOR",
        "1955",
    ) in got
    assert (
        "meeting",
        "occurred",
        ("Elizabeth II", "Gustaf VI Adolf"),
        "Stockholm",
        "SWE",
        "1956",
    ) in got
    assert (
        "meeting",
        "occurred",
        ("Elizabeth II", "Frederik IX"),
        "Copenhagen",
        "DNK",
        "1957-05",
    ) in got
