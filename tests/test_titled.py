"""A title and a surname name the holder of that office on the event's date
(issue #10): historical namesakes, never a namesake in another office."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events
from summitwatch.kb.people import TOP_ROLES
from summitwatch.nlp.titled import titled_holder


def _on(year: int, month: int = 6, day: int = 15) -> tuple[date, date]:
    return date(year, month, day), date(year, month, day)


@pytest.mark.parametrize(
    ("surname", "title", "days", "expected"),
    [
        ("Johnson", "President", _on(1866), "andrew-johnson"),
        ("Johnson", "President", _on(1966), "lyndon-b-johnson"),
        ("Johnson", "Prime Minister", _on(2020), "boris-johnson"),
        ("Bush", "President", _on(1990), "george-h-w-bush"),
        ("Bush", "President", _on(2005), "george-w-bush"),
        ("Roosevelt", "President", _on(1905), "theodore-roosevelt"),
        ("Roosevelt", "President", _on(1940), "franklin-d-roosevelt"),
        ("Kim", "Prime Minister", _on(1999), "kim-jong-pil"),
        ("Kim", "Prime Minister", _on(2011), "kim-hwang-sik"),
        ("Park", "President", _on(1974), "park-chung-hee"),
        ("Park", "President", _on(2014), "park-geun-hye"),
        ("Zhou", "Premier", _on(1972), "zhou-enlai"),
        ("Schmidt", "Chancellor", _on(1975), "helmut-schmidt"),
        ("Franco", "Generalissimo", _on(1975), "francisco-franco"),
        ("Brezhnev", "General Secretary", _on(1974), "leonid-brezhnev"),
    ],
)
def test_a_title_and_surname_name_the_holder_of_the_day(
    kb, surname, title, days, expected
):
    person = titled_holder(kb, surname, title, days, None)
    assert person is not None and person.id == expected


@pytest.mark.parametrize(
    ("surname", "title", "days"),
    [
        ("Johnson", "President", _on(2024)),  # Mike Johnson is the Speaker
        ("Park", "President", _on(2023)),  # Park Jin is the Foreign Minister
        ("Johnson", "President", _on(1955)),  # LBJ was a senator
        ("Franco", "President", _on(2005)),  # Federico Franco: from 2012
    ],
)
def test_nobody_holds_the_title_that_day(kb, surname, title, days):
    assert titled_holder(kb, surname, title, days, None) is None


def test_a_title_that_is_no_leaders_picks_nobody_here(kb):
    assert titled_holder(kb, "Kino", "Padre", _on(1974), None) is None
    assert titled_holder(kb, "Johnson", "Speaker", _on(2024), None) is None


def test_the_country_given_breaks_a_tie_of_offices(kb):
    # 1999: Kim Dae-jung (President, South Korea), Kim Jong-il (leader, North)
    south = titled_holder(kb, "Kim", "President", _on(1999), "KOR")
    assert south is not None and south.id == "kim-dae-jung"


# -- through the pipeline: the sentence's date, not the publication's


def _names(nlp, text: str, published: date) -> list[str]:
    found = article_events(nlp, text, published)
    return sorted({n for e in found for n in e.names})


@pytest.mark.model
def test_the_sentence_date_decides_not_the_publication(nlp):
    text = "In 1966, President Johnson met Prime Minister Indira Gandhi in Washington."
    names = _names(nlp, text, date(2024, 1, 1))
    assert "Lyndon B. Johnson" in names and "Mike Johnson" not in names


@pytest.mark.model
def test_a_speaker_is_not_president(nlp):
    text = "President Johnson met President Zelensky in Washington."
    assert "Mike Johnson" not in _names(nlp, text, date(2024, 3, 1))


@pytest.mark.model
def test_an_earlier_year_in_the_paragraph_dates_a_later_sentence(nlp):
    text = (
        "The talks of 1972 were the first of their kind. "
        "Prime Minister Tanaka met Premier Zhou in Beijing."
    )
    names = _names(nlp, text, date(2024, 1, 1))
    assert "Zhou Enlai" in names and "Zhou Yongkang" not in names


@pytest.mark.model
def test_prime_minister_kim_in_two_years(nlp):
    one = _names(
        nlp,
        "In 1999, Prime Minister Kim met Prime Minister Obuchi in Tokyo.",
        date(2024, 1, 1),
    )
    two = _names(
        nlp,
        "In 2011, Prime Minister Kim met Prime Minister Noda in Seoul.",
        date(2024, 1, 1),
    )
    assert "Kim Jong-pil" in one and "Kim Hwang-sik" in two


@pytest.mark.model
def test_the_dead_at_their_tomb_are_met_by_nobody(nlp):
    text = (
        "Jimmy Carter\n\nCountry Locale Remarks Date\n"
        "Mexico Mexico City, Magdalena de Kino Met with President Lopez Portillo "
        "and laid a wreath at the tomb of Padre Eusebio Kino. February 14–16, 1979\n"
        "Vietnam Hanoi Met with General Secretary Le Duan and laid a wreath at the "
        "mausoleum of President Ho Chi Minh. May 2–3, 1979\n"
    )
    names = _names(nlp, text, date(2024, 1, 1))
    assert "Jimmy Carter" in names
    assert "Padre Eusebio Kino" not in names and "Ho Chi Minh" not in names


@pytest.mark.model
def test_undated_a_past_holder_of_the_title_not_a_namesake_in_office(nlp):
    # published in 2010: Akie Abe (a spouse since 1987) holds no Prime Minister's
    # office; Shinzo Abe held it before and after
    text = "Fuji TV said Prime Minister Abe will meet President Obama in Tokyo."
    names = _names(nlp, text, date(2010, 8, 2))
    assert "Shinzo Abe" in names and "Akie Abe" not in names


def test_a_rank_in_a_trip_list_counts_for_any_leader_of_the_day(kb):
    # 'Met with Marshal Tito': a rank is no office; in a row it still names the
    # leader of the day (Teburoro Tito led Kiribati 1994-2003)
    tito = titled_holder(kb, "Tito", "Marshal", _on(1970), None, otherwise=TOP_ROLES)
    assert tito is not None and tito.id == "josip-broz-tito"
    assert titled_holder(kb, "Tito", "Marshal", _on(1970), None) is None


def test_a_title_fits_an_office_held_then_and_named_alike(kb):
    """One test of 'an office whose title shares a word with the title', held
    during the days (here) or of a leader's roles (`titled_holder`, `ever`)."""
    from summitwatch.nlp.titled import holds_title_then

    mbs = kb.person("mohammed-bin-salman")
    assert holds_title_then(mbs, "Crown Prince", _on(2020))
    assert not holds_title_then(mbs, "Prime Minister", _on(2020))  # from 2022
    assert holds_title_then(mbs, "Prime Minister", _on(2023))
