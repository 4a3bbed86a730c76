"""Shared summits ahead as competing risks for a pair's *first* meeting.

Walking through the horizon, before each shared edition ahead the pair may meet
elsewhere at its own recent rate of meetings away from shared summits; at the
edition it meets with the chance it met at that series' earlier editions (higher
when one side hosts it: the host holds bilaterals with the leaders who come). The
first meeting is at a summit when nothing came before it, so an early summit at
which the pair usually meets leads and a summit late in the horizon rarely does.
Until the pair's usual interval since its last meeting has run, a meeting elsewhere
is less likely (sixth venue round): a summit that comes before the next meeting is
due is where the pair meets next more often than one that comes after.
The venue model (`venue.py`) spreads the "elsewhere" share over its cities.
"""

from __future__ import annotations

import math
import statistics

from summitwatch.forecast.calendar import (
    NEVER,
    Edition,
    Shared,
    at_edition,
    shared_editions,
)
from summitwatch.forecast.dates import month_index, month_start
from summitwatch.forecast.pairs import Pair, View
from summitwatch.forecast.record import Item

DAYS_PER_MONTH = 30.44
HALF_LIFE = 24.0  # months: recency weight of the pair's meetings away from summits
RATE_PRIOR = 12.0  # months of exposure at every dyad's rate added to the pair's
EDITION_HALF_LIFE = 4.0  # years: recency weight of the pair's earlier editions
EDITION_PRIOR = 2.0  # pseudo-editions at the next level up (pair, then series)
HOST_PRIOR = 0.5  # added to each cell of the hosted-or-not × met-or-not table
USUAL_MIN = 4  # intervals a pair needs for its usual one to count (chosen on 1998-2004)


def first_meeting_shares(
    view: View, pair: Pair, first: int, horizon: int
) -> tuple[float, list[tuple[Edition, float]]]:
    """(share of the first meeting away from shared summits, [(edition, share)])
    over the months `first` .. `first + horizon - 1`; (1.0, []) with none ahead."""
    shared = shared_editions(view, *pair.countries)
    ahead = [
        x for x in shared
        if first <= x.edition.month < first + horizon and x.edition.off_from == NEVER
        and x.edition.start > view.day
    ]  # fmt: skip
    if not ahead:
        return 1.0, []
    rate = _other_rate(view, pair, shared)
    due = _due(view, pair)
    slow = before_due(view) if due is not None else 1.0
    stop = (month_start(first + horizon) - view.day).days / DAYS_PER_MONTH
    alive, t0, other, at = 1.0, 0.0, 0.0, []
    for x in ahead:
        t = (x.edition.start - view.day).days / DAYS_PER_MONTH
        stay = math.exp(-_hazard(rate, slow, due, t0, t))
        other += alive * (1 - stay)
        alive *= stay
        p = p_edition(view, pair, shared, x)
        at.append(alive * p)
        alive *= 1 - p
        t0 = t
    other += alive * (1 - math.exp(-_hazard(rate, slow, due, t0, stop)))
    total = other + sum(at)
    if total <= 0:
        return 1.0, []
    shares = [(x.edition, w / total) for x, w in zip(ahead, at, strict=True)]
    return other / total, shares


def _hazard(rate: float, slow: float, due: float | None, t0: float, t1: float) -> float:
    """The rate of meetings elsewhere integrated from t0 to t1 (months from the
    view's day), times `slow` before the pair's next meeting is `due`."""
    if t1 <= t0:
        return 0.0
    if due is None:
        return rate * (t1 - t0)
    cut = min(max(due, t0), t1)
    return rate * (slow * (cut - t0) + (t1 - cut))


def _usual(months: list[int]) -> float | None:
    """The median interval between distinct meeting months (sorted), None with
    fewer than `USUAL_MIN` intervals."""
    gaps = [b - a for a, b in zip(months, months[1:], strict=False) if b > a]
    return statistics.median(gaps) if len(gaps) >= USUAL_MIN else None


def _due(view: View, pair: Pair) -> float | None:
    """Months from the view's day until the pair's usual interval since its last
    meeting has run (negative when overdue); None without a usual interval."""
    months = sorted({m.month for m in view.pair_meetings(pair)})
    usual = _usual(months)
    if usual is None:
        return None
    now = month_index(view.day)
    into = (view.day - month_start(now)).days / DAYS_PER_MONTH
    return months[-1] + usual - now - into


def before_due(view: View) -> float:
    """Every dyad's rate of meetings away from shared summits in the months before
    its usual interval since its last meeting has run, over its rate in all months
    (of the years in which it met; each count + 1). About 0.6 as of 1998-2004:
    a visit seldom follows soon after the last meeting."""
    if "before_due" not in view.memo:
        hits, exposure = [1.0, 1.0], [1.0, 1.0]  # [before due, any month]
        now = month_index(view.day)
        for dyad, met in view.dyad_months.items():
            months = sorted(set(met))
            usual = _usual(months)
            if usual is None:
                continue
            at = {
                x.edition.month for x in shared_editions(view, *sorted(dyad)) if x.met
            }
            years, seen = {k // 12 for k in months}, set(months)
            last = months[0]
            for k in range(months[0] + 1, now + 1):
                if k // 12 in years:
                    hit = k in seen and k not in at
                    for i in (0, 1) if k - last < usual else (1,):
                        exposure[i] += 1
                        hits[i] += hit
                if k in seen:
                    last = k
        view.memo["before_due"] = (hits[0] / exposure[0]) / (hits[1] / exposure[1])
    return view.memo["before_due"]


def at_shared(m: Item, shared: list[Shared]) -> bool:
    """The meeting was held at a shared edition at which the pair met."""
    return any(x.met and at_edition(m, x.edition) for x in shared)


def _other_rate(view: View, pair: Pair, shared: list[Shared]) -> float:
    """Meetings per month away from shared summits, in the calendar years in which
    the pair met at all (the venue forecast is conditional on a meeting), recency-
    weighted (half-life `HALF_LIFE` months) and shrunk towards every dyad's rate
    (`RATE_PRIOR` months of exposure)."""
    now = month_index(view.day)
    meetings = view.pair_meetings(pair)
    hits = sum(
        0.5 ** ((now - m.month) / HALF_LIFE)
        for m in meetings if not at_shared(m, shared)
    )  # fmt: skip
    years = {m.month // 12 for m in meetings}
    start = view.start_month if view.start_month is not None else now
    exposure = sum(
        0.5 ** ((now - k) / HALF_LIFE) for k in range(start, now) if k // 12 in years
    )
    g = _global_other_rate(view)
    return (hits + RATE_PRIOR * g) / (exposure + RATE_PRIOR)


def _global_other_rate(view: View) -> float:
    """Every dyad's meetings away from shared summits per month of the years in
    which it met."""
    if "other_rate" not in view.memo:
        hits = months = 0
        for dyad, met in view.dyad_months.items():
            a, b = sorted(dyad)
            at = sum(x.met for x in shared_editions(view, a, b))
            hits += max(len(met) - at, 0)
            months += 12 * len({k // 12 for k in met})
        view.memo["other_rate"] = (hits + 1) / (months + 12)
    return view.memo["other_rate"]


def p_edition(view: View, pair: Pair, shared: list[Shared], x: Shared) -> float:
    """P(the pair meets at edition x | it is held): the pair's record at the
    series' earlier editions (recent ones count more), shrunk towards its record at
    every shared series, shrunk towards every dyad's record at this series; its
    odds times `host_odds` when one side of the pair hosts the edition."""
    series = x.edition.series
    past = [y for y in shared if y.edition.end < view.day]
    g = _series_rate(view, series)
    met_all = n_all = 0.0
    met_s = n_s = 0.0
    last = past[-1].edition.start if past else view.day
    for y in past:
        w = 0.5 ** ((last - y.edition.start).days / 365.25 / EDITION_HALF_LIFE)
        met_all += w * y.met
        n_all += w
        if y.edition.series == series:
            met_s += w * y.met
            n_s += w
    p_pair = (met_all + EDITION_PRIOR * g) / (n_all + EDITION_PRIOR)
    p = (met_s + EDITION_PRIOR * p_pair) / (n_s + EDITION_PRIOR)
    if x.edition.country not in pair.countries:
        return p
    odds = p / (1 - p) * host_odds(view)
    return odds / (1 + odds)


def host_odds(view: View) -> float:
    """How much likelier a pair meets at a shared edition one of them hosts than at
    one held elsewhere (odds ratio over every dyad's past editions, each cell + ½).
    A host receives each visiting leader: 13 of 18 hosted editions against 36 of
    109 elsewhere in the record to 2004, so about 2.8 as of 2004 (1.4 as of 1998)."""
    if "host_odds" not in view.memo:
        cells = {(h, m): HOST_PRIOR for h in (True, False) for m in (True, False)}
        for dyad in view.dyad_months:
            for y in shared_editions(view, *sorted(dyad)):
                if y.edition.end < view.day:
                    cells[(y.edition.country in dyad, y.met)] += 1
        home = cells[(True, True)] / cells[(True, False)]
        away = cells[(False, True)] / cells[(False, False)]
        view.memo["host_odds"] = home / away
    return view.memo["host_odds"]


def _series_rate(view: View, series: str) -> float:
    key = ("series_rate", series)
    if key not in view.memo:
        met = n = 0
        for dyad in view.dyad_months:
            a, b = sorted(dyad)
            for y in shared_editions(view, a, b):
                if y.edition.series == series and y.edition.end < view.day:
                    met += y.met
                    n += 1
        view.memo[key] = (met + 0.5) / (n + 2)
    return view.memo[key]
