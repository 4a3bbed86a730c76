"""people_office_classes.jsonl: whole classes of office holders (session 11, helper
res12): foreign ministers of 1945–1990, governors-general, China's vice premiers,
Russia's deputy prime ministers and ministers, ambassadors between the United States,
China and Japan, deputy prime ministers of Vietnam and Cambodia, Pakistan's army
chiefs. Each test names someone of a class, by title and surname or in full, in a
hand-written sentence; each fails without the file, but the vice premier Deng (a
guard: the office added to a person already held must not unseat him)."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import resolved

pytestmark = [pytest.mark.model]


@pytest.mark.parametrize(
    ("text", "name", "year", "expected"),
    [
        ("In 1965, Foreign Minister Shiina visited Seoul.", "Shiina", 1965,
         "Etsusaburō Shiina"),
        ("In 1980, Governor General Schreyer received the Queen.", "Schreyer", 1980,
         "Edward Schreyer"),
        ("In 2019, Vice Premier Liu He met the trade representative.", "Liu He",
         2019, "Liu He"),
        ("In 2019, Deputy Prime Minister Kozak visited Minsk.", "Kozak", 2019,
         "Dmitry Kozak"),
        ("In 2011, Ambassador Uichiro Niwa met the Chinese vice president.",
         "Uichiro Niwa", 2011, "Uichiro Niwa"),
        ("In 2015, General Raheel Sharif met the Chinese president.",
         "Raheel Sharif", 2015, "Raheel Sharif"),
        ("In 1958, Foreign Minister Couve de Murville met Foreign Minister von "
         "Brentano in Bonn.", "von Brentano", 1958, "Heinrich von Brentano"),
    ],
)  # fmt: skip
def test_a_holder_of_a_class_added_is_known(nlp, kb, text, name, year, expected):
    assert resolved(nlp, kb, text, name, date(year, 12, 1)) == expected


def test_a_vice_premier_by_title_and_surname_is_the_holder_of_that_day(nlp, kb):
    text = "In March 1979, Vice Premier Deng met the Japanese prime minister."
    assert resolved(nlp, kb, text, "Deng", date(1979, 3, 20)) == "Deng Xiaoping"


def test_a_surname_with_one_bearer_before_keeps_its_person(kb):
    # 'Morrison' alone was Scott Morrison; Herbert Morrison's surname is his whole
    # name, so the lone surname still resolves as it did
    assert kb.resolve_person("Morrison").name == "Scott Morrison"
    assert kb.people_named("Herbert Morrison")[0].offices[0].title == (
        "Foreign Secretary"
    )


def test_a_governor_general_holds_the_office_from_his_swearing_in(kb):
    # Casey was appointed in 1965 but sworn in only on 22 September; an
    # administrator served from De L'Isle's departure in May
    casey = kb.person("richard-casey-baron-casey")
    office = next(o for o in casey.offices if o.title == "Governor-General")
    assert not office.held_on(date(1965, 8, 17))
    assert office.held_on(date(1965, 9, 22))
