"""The multilateral summit calendar as the forecaster sees it on a given day.

Read through `summitwatch.kb` only (`summits_between`, `members`). Most meetings of
the great powers happen on the sidelines of summits both belong to, so for a pair
and a month the model asks: is a summit both countries belong to held that month,
did the pair meet at that series' previous edition, and did both leaders attend it?
(The previous edition is looked up in `features`, so that a history cut at an
earlier origin cannot see editions the view saw later.)

No look-ahead: an edition scheduled ahead is known at any date (the calendar is
set years in advance), except one convened at short notice or rescheduled, which
exists only from its `scheduled` day (the extraordinary G20 on COVID-19 of March
2020 was on no calendar in 2019); an edition cancelled, postponed or moved online
counts as off only from the month after its `announced` date (its start date when
the calendar has none). Likewise a member on the view's day still belongs to the
editions ahead (a suspension is known from its date), and a member due to join by
an edition belongs to it. Whether the pair met at an edition comes from the view's
meetings, so editions after the view's day have no record yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from summitwatch.forecast.dates import month_index
from summitwatch.forecast.pairs import View
from summitwatch.forecast.record import Item

if TYPE_CHECKING:  # the KB's record type, for hints only: no import at run time
    from summitwatch.kb import KnowledgeBase
    from summitwatch.kb.summits import Summit

OFF = ("cancelled", "postponed", "virtual")
NEVER = 10**6
SLACK = timedelta(days=1)  # sideline talks may fall a day before or after
SPAN = (date(1900, 1, 1), date(2100, 12, 31))


@dataclass(frozen=True)
class Edition:
    """A dated summit edition of a series with fixed members."""

    id: str
    series: str
    name: str
    month: int
    start: date
    end: date
    city: str | None
    country: str
    off_from: int  # month from which the view knows it will not be held in person
    status: str = "held"  # as the KB has it now; only `off_from` may be used


@dataclass(frozen=True)
class Shared:
    """An edition both sides belong to, and what the view saw there."""

    edition: Edition
    met: bool  # the pair met at this edition (False while it is ahead of the view)
    attended: bool  # both sides' leaders were seen at it


def editions(view: View) -> list[Edition]:
    """Every dated edition of a membership series, as known on the view's day."""
    if "editions" not in view.memo:
        view.memo["editions"] = _editions(view)
    return view.memo["editions"]


def _editions(view: View) -> list[Edition]:
    kb = view.book.kb
    if kb is None or not hasattr(kb, "summits_between"):
        return []
    out = []
    summits = [
        s
        for s in kb.summits_between(*SPAN)
        if s.start is not None and (s.scheduled is None or s.scheduled <= view.day)
    ]
    later = [
        s for s in summits if s.status in OFF and (s.announced or s.start) > view.day
    ]
    for s in summits:
        if _replaces(s, later):
            continue
        off = NEVER
        if s.status in OFF:
            told = s.announced or s.start
            off = month_index(told) + 1 if told <= view.day else NEVER
        out.append(Edition(
            s.id, s.series, s.name, month_index(s.start), s.start,
            s.end or s.start, s.city, s.country, off, s.status,
        ))  # fmt: skip
    return out


def _replaces(summit: Summit, later: list[Summit]) -> bool:
    """A held edition on the dates of one called off only after the view's day
    (`later`) did not exist yet on that day: the G7 in Brussels that took the
    place of the G8 in Sochi in 2014."""
    return summit.status not in OFF and any(
        other.series == summit.series
        and other.start <= (summit.end or summit.start)
        and summit.start <= (other.end or other.start)
        for other in later
    )


# per KB object, held weakly: a key on id(kb) could answer for a later KB that
# happened to reuse a collected one's id
_MEMBERS: WeakKeyDictionary[KnowledgeBase, dict[tuple[str, int], frozenset[str]]] = (
    WeakKeyDictionary()
)


def _members(view: View, series: str, day: date) -> frozenset[str]:
    """Members in the year of `day` (an edition's start), as of 1 July: who the
    edition was for. The same for every view, so remembered per KB for the process.

    Not `_members_now`, which is membership on the view's day: for an edition ahead
    of the view the two differ (a suspension or accession in between), and the
    edition counts for both sets of members (`_editions_by_country`).
    """
    kb = view.book.kb
    known = _MEMBERS.setdefault(kb, {})
    key = (series, day.year)
    if key not in known:
        known[key] = frozenset(kb.members(series, date(day.year, 7, 1)))
    return known[key]


def _members_now(view: View, series: str) -> frozenset[str]:
    """Members on the view's day, remembered per view; read only for editions
    ahead of it. A member then is expected to stay (Russia in the G8 before its
    suspension of 2014-03-24), while members due to join by the edition (from
    `_members`, the edition's year) count as the calendar's other plans do."""
    key = ("members", series)
    if key not in view.memo:
        view.memo[key] = frozenset(view.book.kb.members(series, view.day))
    return view.memo[key]


def _editions_by_country(view: View) -> dict[str, list[str]]:
    """Ids of the editions each country belongs to, once per view: every pair's
    `shared_editions` reads it instead of testing each edition's members."""
    if "editions_by_country" not in view.memo:
        found: dict[str, list[str]] = {}
        for e in editions(view):
            members = _members(view, e.series, e.start)
            if e.start > view.day:  # a suspension ahead is news only once it happens
                members = members | _members_now(view, e.series)
            for code in members:
                found.setdefault(code, []).append(e.id)
        view.memo["editions_by_country"] = found
    return view.memo["editions_by_country"]


def at_edition(item: Item, edition: Edition) -> bool:
    """A meeting held where and when the edition was."""
    return (
        item.start <= edition.end + SLACK
        and edition.start - SLACK <= item.end
        and item.country == edition.country
    )


def _seen(view: View, edition: Edition) -> set[str]:
    """Countries whose leaders the view shows meeting anyone at the edition."""
    key = ("seen", edition.id)
    if key not in view.memo:
        view.memo[key] = {
            p.country
            for m in _meetings_near(view, edition)
            if at_edition(m, edition)
            for p in m.people
            if p.country and view.is_leader(p, m.start)
        }
    return view.memo[key]


def _meetings_near(view: View, edition: Edition) -> list[Item]:
    by_month = view.memo.get("meetings_by_month")
    if by_month is None:
        by_month = {}
        for m in view.meetings:
            by_month.setdefault(m.month, []).append(m)
        view.memo["meetings_by_month"] = by_month
    return [m for k in (-1, 0, 1) for m in by_month.get(edition.month + k, [])]


def shared_editions(view: View, a: str | None, b: str | None) -> list[Shared]:
    """Editions both countries belong to, by date, with who was seen at each."""
    if not a or not b or a == b:
        return []
    key = ("shared", frozenset((a, b)))
    if key not in view.memo:
        out = []
        by_country = _editions_by_country(view)
        both = set(by_country.get(a, ())) & set(by_country.get(b, ()))
        for e in (e for e in editions(view) if e.id in both):
            seen = _seen(view, e) if e.start <= view.day else set()
            attended = a in seen and b in seen
            out.append(Shared(e, attended and _pair_met_at(view, a, b, e), attended))
        view.memo[key] = out
    return view.memo[key]


def _pair_met_at(view: View, a: str, b: str, edition: Edition) -> bool:
    return any(
        at_edition(m, edition) and {a, b} <= m.countries
        for m in _meetings_near(view, edition)
    )
