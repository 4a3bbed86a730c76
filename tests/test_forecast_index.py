"""The record index: facts computed once per record, cut at each view's day, must be
what the view would compute from a record holding only what was known that day."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.people import PeopleBook
from summitwatch.forecast.record import Person, Record
from summitwatch.models import Event, Location, Mention, Participant

LEADERS = {"AAA": "Ann", "BBB": "Bob", "CCC": "Cy"}


def event(day: str, *people: tuple[str, str | None], published: str | None = None,
          type_: str = "meeting", where: str = "AAA") -> Event:  # fmt: skip
    return Event(
        type=type_, status="occurred",
        participants=[Participant(name, country=code) for name, code in people],
        location=Location(city=f"City {where}", country=where), date=day,
        published=published or day,
    )  # fmt: skip


def mentions() -> list[Mention]:
    """Leaders of AAA, BBB, CCC meeting yearly; without a KB a person counts as a
    leader once seen meeting a foreigner, which for Min (AAA) and Nob (no country)
    the record shows only from 2003 and 2005, long after their first meetings."""
    events = []
    for year in range(1996, 2010):
        events += [
            event(f"{year}-05-10", ("Ann", "AAA"), ("Bob", "BBB")),
            event(f"{year}-09-10", ("Bob", "BBB"), ("Cy", "CCC"), where="BBB"),
        ]
    events += [
        event("2001-03-01", ("Min", "AAA"), ("Nob", None)),  # no foreigner met
        event("2001-04-01", ("Min", "AAA"), ("Ann", "AAA")),
        event(
            "2002-06-01",
            ("Nob", None),
            ("Ann", "AAA"),
            ("Bob", "BBB"),
            published="2003-02-01",
        ),  # fmt: skip
        event("2002-07-01", ("Min", "AAA"), ("Cy", "CCC"), published="2005-01-15"),
        event("2004-02-01", ("Ann", "AAA"), ("Cy", "CCC"), published="2006-03-01"),
        event(
            "2004-08-01",
            ("Ann", "AAA"),
            ("Bob", "BBB"),
            published="2004-07-01",
            type_="invitation",
        ),  # fmt: skip
        event("2005-03-01", ("Envoy", "BBB"), where="CCC", type_="visit"),
    ]
    return [Mention(f"m{i}", e) for i, e in enumerate(events)]


def known_by(day: date) -> list[Mention]:
    return [m for m in mentions() if date.fromisoformat(m.event.published) <= day]


def facts(view: View) -> dict:
    pairs = [Pair(Side("country", a, a, a), Side("country", b, b, b))
             for a, b in (("AAA", "BBB"), ("AAA", "CCC"), ("BBB", "CCC"))]  # fmt: skip
    named = (("Ann", "AAA"), ("Min", "AAA"), ("Nob", None), ("Cy", "CCC"))
    people = [Person(name.lower(), name, code) for name, code in named]
    return {
        "meetings": [m.event_id for m in view.meetings],
        "dyads": {tuple(sorted(d)): months for d, months in view.dyad_months.items()},
        "activity": {k: v.tolist() for k, v in view.activity.items()},
        "first_seen": {c: view.first_seen(Side("country", c, c, c)) for c in LEADERS},
        "leaders": [view.is_leader(p) for p in people],
        "signals": [[i.event_id for i in view.signals(p)] for p in pairs],
        "envoys": [[i.event_id for i in view.envoy_visits(p)] for p in pairs],
        "world": view.start_month,
    }


@pytest.mark.parametrize(
    "day",
    ["2001-06-30", "2003-01-31", "2003-02-01", "2004-12-31", "2005-01-15",
     "2006-02-28", "2006-03-01", "2009-06-30"],
)  # fmt: skip
def test_a_view_cut_from_the_index_sees_only_what_was_known_that_day(day):
    book = PeopleBook()
    cut = date.fromisoformat(day)
    full = Record.from_mentions(mentions(), country_of=book.country_of)
    then = Record.from_mentions(known_by(cut), country_of=book.country_of)
    assert len(then.items) < len(full.items)
    assert facts(View(full, cut, book)) == facts(View(then, cut, book))


def test_leaders_seen_abroad_later_count_from_that_day_only():
    book = PeopleBook()
    record = Record.from_mentions(mentions(), country_of=book.country_of)
    before, after = (
        View(record, date(2004, 12, 31), book),
        View(record, date(2005, 1, 15), book),
    )
    # Min and Nob met in 2001; the meeting counts for their activity once both
    # are leaders: Nob from 2003, Min from 2005
    assert 2001 * 12 + 2 not in before.activity.get("min", np.zeros(0)).tolist()
    assert (2001 * 12 + 2) in after.activity["min"].tolist()
    assert "min" not in before.first_seen(Side("country", "AAA", "AAA", "AAA"))
    assert after.first_seen(Side("country", "AAA", "AAA", "AAA"))["min"] == (
        "Min",
        2001 * 12 + 2,
    )


def test_the_index_is_built_once_per_record_and_book():
    book, other = PeopleBook(), PeopleBook()
    record = Record.from_mentions(mentions(), country_of=book.country_of)
    first = View(record, date(2003, 12, 31), book).index
    assert View(record, date(2008, 12, 31), book).index is first
    assert View(record, date(2008, 12, 31), other).index is not first
