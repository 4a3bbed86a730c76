"""How a name written otherwise than the KB writes it is resolved:
initials before a surname, namesakes told apart on the sentence's own date, a
misspelt name dated by its sentence, a name the NER cut before its last word, a
surname with its particle, and a country that belongs to the item before.

The resolver is given the span of the name itself, so the tests do not depend on
where the small model's NER happens to cut; the last two go through the pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import article_events, resolved
from summitwatch.nlp.mentions import name_initials, surname_alone

pytestmark = [pytest.mark.model]


def test_initials_are_read_as_letters():
    assert name_initials(["P."]) == ["p"]
    assert name_initials(["Ts."]) == ["ts"]
    assert name_initials(["A.", "B."]) == ["a", "b"]
    assert name_initials(["A.B."]) == ["a", "b"]
    assert name_initials(["Punsalmaagiin"]) == []


def test_an_initial_and_a_surname_are_the_person_whose_given_name_it_begins(nlp, kb):
    text = "1992 President P. Ochirbat received the Japanese Prime Minister."
    got = resolved(nlp, kb, text, "P. Ochirbat", date(2011, 1, 1))
    assert got == "Punsalmaagiin Ochirbat"


def test_an_initial_tells_namesakes_of_one_surname_apart(nlp, kb):
    text = "2005 L. Bush visited a school in Ulaanbaatar with the Secretary."
    assert resolved(nlp, kb, text, "L. Bush", date(2011, 1, 1)) == "Laura Bush"


def test_two_initials_must_both_agree(nlp, kb):
    text = "In 2001 Prime Minister A. B. Vajpayee received the guests in Delhi."
    got = resolved(nlp, kb, text, "A. B. Vajpayee", date(2019, 1, 1))
    assert got == "Atal Bihari Vajpayee"


@pytest.mark.parametrize(
    ("year", "expected"), [(2006, "George W. Bush"), (1990, "George H. W. Bush")]
)
def test_a_namesake_is_the_one_in_office_in_the_year_the_line_tells(
    nlp, kb, year, expected
):
    text = f"{year} George Bush welcomed the Mongolian President in Washington."
    assert resolved(nlp, kb, text, "George Bush", date(2011, 1, 1)) == expected


def test_a_misspelt_official_is_the_holder_in_the_year_the_line_tells(nlp, kb):
    text = "2005 Secretary of State Condoleeza Rice visited Ulaanbaatar."
    got = resolved(nlp, kb, text, "Condoleeza Rice", date(2011, 1, 1))
    assert got == "Condoleezza Rice"


def test_a_surname_with_its_particle_is_a_surname(nlp, kb):
    assert surname_alone("de Gaulle") and surname_alone("von der Leyen")
    assert not surname_alone("Charles de Gaulle")
    text = "On 4 July 1961 President de Gaulle received the Chancellor in Paris."
    assert resolved(nlp, kb, text, "de Gaulle", date(1993, 1, 1)) == "Charles de Gaulle"


def test_the_country_of_the_item_before_a_comma_is_not_the_next_names(nlp, kb):
    text = (
        "On 3 May 1981 the Emperor received President Suharto of Indonesia, "
        "Prime Minister Malcom Fraser of Australia and others."
    )
    got = resolved(nlp, kb, text, "Malcom Fraser", date(2019, 1, 1))
    assert got == "Malcolm Fraser"


def test_a_name_cut_before_its_last_word_is_read_whole(nlp):
    text = (
        "Prime Minister Keizo Obuchi met President Joseph Ejercito Estrada of "
        "the Philippines in Manila on 10 May 1999."
    )
    got = [(e.type, sorted(e.names)) for e in article_events(nlp, text, None)]
    assert ("meeting", ["Joseph Estrada", "Keizo Obuchi"]) in got


def test_a_misspelt_given_name_before_a_known_surname_needs_no_title(nlp, kb):
    text = "The last such visit was made when Mr. Junichero Koizumi went there."
    got = resolved(nlp, kb, text, "Junichero Koizumi", date(2015, 1, 1))
    assert got == "Junichiro Koizumi"


def test_a_given_name_unlike_the_namesakes_stays_unknown(nlp, kb):
    text = "The last such visit was made when Mr. Hiroshi Koizumi went there."
    assert resolved(nlp, kb, text, "Hiroshi Koizumi", date(2015, 1, 1)) is None


def test_a_date_when_no_namesake_held_office_leaves_the_publication_date(nlp, kb):
    text = "George Bush, born in 1946, welcomed the Mongolian President."
    got = resolved(nlp, kb, text, "George Bush", date(2005, 6, 1))
    assert got == "George W. Bush"
