"""Pair-month features, computed from a `View` only (so nothing after as-of leaks in).

A row describes a pair at the start of month `t`, knowing every meeting dated before
`t` and every signal published before `t`; its label is "they met during month t".
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, field

import numpy as np

from summitwatch.forecast import places
from summitwatch.forecast.calendar import shared_editions
from summitwatch.forecast.dates import month_index
from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.record import Item

OFFSET = "local_rate"  # column 0: fixed at coefficient 1, the model learns departures
FEATURES = (
    "log_months_since",  # log(1 + months since the last meeting), capped: the lull
    "ever_met",
    "leaders_met",  # the leaders in office now have met each other before
    "log_activity",  # log(½ + meetings with anyone in 2 years), the less active side
    "annual",  # met 11-13 months ago: yearly summits (APEC, G20) come round again
    "log_meetings_12m",  # log(1 + meetings in the past 12 months)
    "log_trend",  # log(meetings/year over 5 years ÷ meetings/year over the record)
    "new_leader",  # a side has a new leader (past 12 months) and they met in 5 years
    "summit",  # log(1 + summits both countries belong to held this month)
    "summit_met",  # ... of a series at whose previous edition the pair met
    "summit_attended",  # ... whose previous edition both leaders attended
    "world",  # log(everyone's meeting rate in 6 months ÷ everyone's long-run rate)
    "invitation",  # an open invitation between the sides
    "planned",  # a planned meeting or visit
    "proposed",  # a hypothetical / proposed meeting
    "envoy",  # an official of one side visited the other in the past 6 months
)
COLUMNS = (OFFSET, *FEATURES)
# each column's place in the design matrix, so that the matrix is filled by name
_AT = {name: i for i, name in enumerate(COLUMNS)}
# Feature groups, for the ablation table in docs/forecasting.md: a development knob,
# `SUMMITWATCH_FORECAST_ABLATE=calendar,recency` sets a group's columns to zero (the
# calendar group also drops the summit venues; recency has no column: it turns the
# offset's local level back into the pair's long-run rate).
GROUPS = {
    "lull": ("log_months_since", "annual"),
    "acquaintance": ("ever_met", "leaders_met", "new_leader"),
    "activity": ("log_activity",),
    "trend": ("log_meetings_12m", "log_trend"),
    "calendar": ("summit", "summit_met", "summit_attended"),
    "recency": (),  # the offset's local level (δ = DISCOUNT instead of 1)
    "world": ("world",),
}
SIGNALS = ("invitation", "planned", "proposed", "envoy")
LIFETIME = {"invitation": 12, "planned": 6, "proposed": 12, "envoy": 6}
MAX_MONTHS = 6  # only the short lull after a meeting; the base rate carries the rest
NEW_LEADER_MONTHS = 12
ACTIVE_MONTHS = 24
SPAN = 12  # months: the least exposure a rate is computed over
# The offset's discount per month: 0.99 (a half-life of 69 months) had the least log
# loss and Brier on the backtest's origins 1998-2004 among 0.97, 0.98, 0.985, 0.99,
# 0.995 and 1 (the long-run rate). See docs/forecasting.md, fourth round.
DISCOUNT = 0.99
CENTRE_MONTHS = 24  # the summit columns are centred on their mean over these
WORLD_MONTHS = 6  # the "mood" of the record: everyone's meetings in these months
# the summit columns by name, in the order `_summit_columns` counts them (all, the
# pair met at the previous edition, both attended it): the matrix is filled by these
# names, never by the order of the ablation group
_SUMMIT_ROWS = ("summit", "summit_met", "summit_attended")


@dataclass
class PairHistory:
    """Everything the features of one pair need, as plain month numbers (every
    array sorted: `features` and `calibrate.truncate` search them)."""

    meetings: np.ndarray  # sorted meeting months (with repeats)
    clock: int  # month from which "never met" is counted
    new_leaders: np.ndarray  # months in which a leader of either side took office
    signals: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # (from, to, first met) month triples: two office-holders' shared tenure and
    # the month they first met; "leaders met" holds at t inside one, after that month
    acquainted: list[tuple[int, int, int]] = field(default_factory=list)
    # each side's meeting months with anyone (country, or the person): a side that holds
    # no summits at all is unlikely to start with this partner
    activity: tuple[np.ndarray, ...] = ()
    # shared summit editions: (month, month known off, series, pair met there, both
    # leaders seen there, month it ended); what happened there is known from `known`
    summits: list[tuple[int, int, str, bool, bool, int]] = field(default_factory=list)
    # months of every meeting the view knows (one per meeting)
    world: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    known: int = 10**6  # month whose start the history stands at (for the calendar)


def pair_history(
    view: View, pair: Pair, *, meetings: list[int] | None = None
) -> PairHistory:
    """Collect a pair's meetings, signals and leader changes from the view."""
    if meetings is None:
        meetings = [m.month for m in view.pair_meetings(pair)]
    months = np.sort(np.asarray(meetings, dtype=np.int64))
    start = view.start_month if view.start_month is not None else month_index(view.day)
    leaders = _new_leader_months(view, pair, start)
    clock = start
    if pair.a.kind == "person" or pair.b.kind == "person":
        clock = max([start, *(_person_start(view, s) for s in (pair.a, pair.b))])
    spans = _signal_spans(view, pair, months)
    empty = np.zeros(0, dtype=np.int64)
    activity = tuple(view.activity.get(side.code, empty) for side in (pair.a, pair.b))
    summits = [
        (e.month, e.off_from, e.series, s.met, s.attended, month_index(e.end))
        for s in shared_editions(view, *pair.countries)
        for e in (s.edition,)
    ]
    return PairHistory(
        months, clock, leaders, spans, _acquainted(view, pair, months), activity,
        summits, world_months(view), month_index(view.day) + 1,
    )  # fmt: skip


def world_months(view: View) -> np.ndarray:
    """Months of every meeting the view knows (one per meeting)."""
    if "world" not in view.memo:
        view.memo["world"] = np.asarray([m.month for m in view.meetings], np.int64)
    return view.memo["world"]


def _acquainted(view: View, pair: Pair, months: np.ndarray) -> list:
    """When the two sides' office-holders had met; the pair's record without a KB."""
    far = 10**6
    if months.size and (pair.a.kind == "person" or pair.b.kind == "person"):
        return [(-far, far, int(months[0]))]
    tenures = [_tenures(view, side) for side in (pair.a, pair.b)]
    if not tenures[0] or not tenures[1]:
        return [(-far, far, int(months[0]))] if months.size else []
    out = []
    for name_a, lo_a, hi_a in tenures[0]:
        for name_b, lo_b, hi_b in tenures[1]:
            first = view.first_met.get(
                frozenset((places.fold(name_a), places.fold(name_b)))
            )
            if first is not None and max(lo_a, lo_b) <= min(hi_a, hi_b):
                out.append((max(lo_a, lo_b), min(hi_a, hi_b), first))
    return out


def _tenures(view: View, side: Side) -> list[tuple[str, int, int]]:
    """Top offices as known on the view's day: the KB knows who came later and when
    each term ended, the view may not (a term still running then is open-ended)."""
    far = 10**6
    rows = view.book.tenures(side.country) if side.country else []
    return [
        (name, month_index(start), month_index(end) if end and end <= view.day else far)
        for name, start, end in rows
        if start <= view.day
    ]


def _person_start(view: View, side: Side) -> int:
    if side.kind != "person":
        return 0
    took = view.book.took_office(side.label)
    if took is not None:
        return month_index(took)
    seen = view.first_seen(side).get(side.code)
    return seen[1] if seen else month_index(view.day)


def _new_leader_months(view: View, pair: Pair, start: int) -> np.ndarray:
    months = []
    for side in (pair.a, pair.b):  # leaders who took office by the view's day
        if side.kind == "country":
            months += [
                month_index(s)
                for _, s, _ in view.book.tenures(side.code)
                if s <= view.day
            ]
    if months:  # the KB knows when each leader took office
        return np.asarray(sorted(months), dtype=np.int64)
    for side in (pair.a, pair.b):
        for name, first in view.first_seen(side).values():
            took = view.book.took_office(name)
            took = took if took is None or took <= view.day else None
            month = month_index(took) if took else first
            if month >= start + NEW_LEADER_MONTHS or took is not None:
                months.append(month)
    return np.asarray(sorted(months), dtype=np.int64)


def _signal_spans(view: View, pair: Pair, meetings: np.ndarray) -> dict:
    """Months (inclusive spans) during which each kind of signal was open."""
    items = view.signals(pair)
    closers = [i.known_month for i in items if i.kind in ("cancelled", "withdrawn")]
    spans: dict[str, list[tuple[int, int]]] = {k: [] for k in SIGNALS}
    for item in items:
        if item.kind in LIFETIME:
            spans[item.kind].append(_span(item, meetings, closers))
    for item in view.envoy_visits(pair):
        spans["envoy"].append((item.known_month + 1, item.month + LIFETIME["envoy"]))
    return spans


def _span(item: Item, meetings: np.ndarray, closers: list[int]) -> tuple[int, int]:
    """Open from the month after publication until its date, a meeting or a cancel."""
    lo = item.known_month + 1
    hi = item.known_month + LIFETIME[item.kind]
    if item.dated and item.end > item.known:  # a date still ahead: open until then
        hi = month_index(item.end)
    after = meetings[meetings >= item.known_month]
    if after.size:
        hi = min(hi, int(after[0]))
    later = [c for c in closers if c >= item.known_month]
    return lo, min([hi, *later])


def open_signals(view: View, pair: Pair, month: int) -> list[Item]:
    """The signal items open at the start of `month` (for the reasons list)."""
    history = pair_history(view, pair)
    items = [i for i in view.signals(pair) if i.kind in LIFETIME]
    out = []
    for item in items:
        lo, hi = _span(item, history.meetings, _closers(view, pair))
        if lo <= month <= hi:
            out.append(item)
    for item in view.envoy_visits(pair):
        if item.known_month + 1 <= month <= item.month + LIFETIME["envoy"]:
            out.append(item)
    return out


def _closers(view: View, pair: Pair) -> list[int]:
    return [
        i.known_month
        for i in view.signals(pair)
        if i.kind in ("cancelled", "withdrawn")
    ]


def _distinct(values: np.ndarray) -> np.ndarray:
    """`np.unique` without importing numpy.ma (why: docs/forecasting.md, Speed)."""
    a = np.sort(np.asarray(values))
    return a[np.concatenate(([True], a[1:] != a[:-1]))] if a.size else a


def matrix(history: PairHistory, months: np.ndarray) -> np.ndarray:
    """Rows (one per month in `months`) for one pair: the offset, then FEATURES.

    Called for every pair of every fit (about 7,000 times in a first `prospects`
    on a large record), so each search of the meeting months is made once and the
    columns are written straight into the matrix.
    """
    t = np.asarray(months, dtype=np.int64)
    met = _distinct(history.meetings)  # months with a meeting, as the label counts
    before = np.searchsorted(met, t, side="left")

    def within(back: int) -> np.ndarray:  # `_n(met, t, back)`, `before` reused
        return before - np.searchsorted(met, t - back)

    last = np.concatenate([[t.min() - MAX_MONTHS], met])[before]
    since = np.clip(t - last, 0, MAX_MONTHS)
    annual = within(13) - within(10)  # months t-13 .. t-11
    five_years = within(60)
    # half a meeting added (Jeffreys) keeps the log finite for pairs that never met
    rate_5y = (five_years + 0.5) / (np.clip(t - history.clock, 12, 60) / 12.0)
    rate_all = (before + 0.5) / (np.maximum(t - history.clock, SPAN) / 12.0)
    delta = 1.0 if "recency" in ablated() else DISCOUNT
    new = _n(history.new_leaders, t, NEW_LEADER_MONTHS) > 0
    recent = five_years > 0  # a new leader's round of visits goes to partners
    active = [_n(np.asarray(side), t, ACTIVE_MONTHS) for side in history.activity]
    least = np.minimum(*active) if len(active) == 2 else np.zeros(t.shape)
    x = np.empty((t.size, len(COLUMNS)))
    x[:, _AT[OFFSET]] = np.log(local_rate(met, t, history.clock, delta))
    x[:, _AT["log_months_since"]] = np.log1p(since)
    x[:, _AT["ever_met"]] = before > 0
    x[:, _AT["leaders_met"]] = _acquainted_at(history.acquainted, t)
    x[:, _AT["log_activity"]] = np.log(least + 0.5)
    x[:, _AT["annual"]] = annual > 0
    x[:, _AT["log_meetings_12m"]] = np.log1p(within(12))
    x[:, _AT["log_trend"]] = np.log(rate_5y / rate_all)
    x[:, _AT["new_leader"]] = new & recent
    for name, column in _summit_columns(history.summits, history.known, t).items():
        x[:, _AT[name]] = column
    x[:, _AT["world"]] = _world(history.world, t, history.clock)
    for kind in SIGNALS:
        x[:, _AT[kind]] = _open_at(history.signals.get(kind, []), t)
    for group in ablated():
        for name in GROUPS[group]:
            x[:, _AT[name]] = 0.0
    return x


def ablated() -> tuple[str, ...]:
    """Feature groups switched off for an ablation run (none normally)."""
    value = os.environ.get("SUMMITWATCH_FORECAST_ABLATE", "")
    return tuple(g for g in value.replace(" ", "").split(",") if g in GROUPS)


def _summit_columns(summits: list, known: int, t: np.ndarray) -> dict[str, np.ndarray]:
    """Shared summits held in month t: all, those where the pair met at the series'
    previous edition, those both leaders attended last time (log 1 + count), each
    minus its mean over the `CENTRE_MONTHS` before t.

    Centred, the columns move meetings between months within the pair's own rate
    (the offset) rather than lowering every month of a pair that has no summits.
    The previous edition is the series' latest one held in person and over before
    the month `known`: editions still ahead have no record yet.
    """
    lo, hi = int(t.min()) - CENTRE_MONTHS, int(t.max())
    held = np.zeros((3, hi - lo + 1))
    last: dict[str, tuple[bool, bool]] = {}
    for month, off_from, series, met, attended, end in summits:
        if lo <= month <= hi and month < off_from:  # not yet known to be off
            before = last.get(series, (False, False))
            held[:, month - lo] += [1.0, before[0], before[1]]
        if end < known and off_from > known:
            last[series] = (met, attended)
    held = np.log1p(held)
    cum = np.concatenate([np.zeros((3, 1)), np.cumsum(held, axis=1)], axis=1)
    i = t - lo
    trailing = (cum[:, i] - cum[:, i - CENTRE_MONTHS]) / CENTRE_MONTHS
    return dict(zip(_SUMMIT_ROWS, held[:, i] - trailing, strict=True))


def local_rate(met: np.ndarray, t: np.ndarray, clock: int, delta: float) -> np.ndarray:
    """The pair's monthly rate at t as a local level (a random walk on its log).

    A Poisson/Gamma discount filter over the months before t: each month the
    posterior Gamma(a, b) of the rate is discounted (a, b ← δa, δb: the same mean,
    less certainty, since the rate may have moved), then updated with the month
    (a += 1 if the pair met, b += 1). Its mean a/b weighs a month k months ago by
    δ^k. Half a meeting spread like the exposure keeps it above zero; at δ = 1 it
    is the pair's long-run rate, (months met + ½) / months. So pairs that stop or
    start meeting move their own baseline, and the slopes stay departures from it.
    """
    months = np.maximum(t - clock, SPAN)
    age = t[:, None] - 1 - met[None, :]  # months ago, for meetings before t
    if delta >= 1.0:
        hits = (age >= 0).sum(axis=1).astype(float)
        return (hits + 0.5) / months
    # delta ** age looked up (index 0 for meetings not before t) rather than
    # raised per cell: the same numbers, from NumPy's same `power`
    hits = _decay_powers(delta, int(age.max(initial=0)) + 1)[np.clip(age + 1, 0, None)]
    hits = hits.sum(axis=1)
    exposure = (1 - delta**months) / (1 - delta)
    return (hits + 0.5 * exposure / months) / exposure


@functools.cache
def _decay_table(delta: float, size: int) -> np.ndarray:
    table = np.concatenate([[0.0], delta ** np.arange(size)])
    table.flags.writeable = False
    return table


def _decay_powers(delta: float, size: int) -> np.ndarray:
    """[0, delta**0, delta**1, ...] for at least `size` ages (grown by doubling)."""
    return _decay_table(delta, max(1024, 1 << (size - 1).bit_length()))


def _world(world: np.ndarray, t: np.ndarray, clock: int) -> np.ndarray:
    """log(everyone's meetings per month lately ÷ over the record before t)."""
    if world.size == 0:
        return np.zeros(t.shape)
    lately = (_n(world, t, WORLD_MONTHS) + 0.5) / WORLD_MONTHS
    longrun = (np.searchsorted(world, t) + 0.5) / np.maximum(t - clock, SPAN)
    return np.log(lately / longrun)


def _n(met: np.ndarray, t: np.ndarray, back: int) -> np.ndarray:
    """How many of the sorted months `met` fall in the `back` months before t."""
    return np.searchsorted(met, t, side="left") - np.searchsorted(met, t - back)


def _acquainted_at(triples: list[tuple[int, int, int]], t: np.ndarray) -> np.ndarray:
    out = np.zeros(t.shape, dtype=bool)
    for lo, hi, first in triples:
        out |= (t >= max(lo, first + 1)) & (t <= hi)
    return out


def _open_at(spans: list[tuple[int, int]], t: np.ndarray) -> np.ndarray:
    out = np.zeros(t.shape, dtype=bool)
    for lo, hi in spans:
        out |= (t >= lo) & (t <= hi)
    return out


def labels(history: PairHistory, months: np.ndarray) -> np.ndarray:
    """1 where the pair met during the month."""
    return np.isin(np.asarray(months, dtype=np.int64), history.meetings).astype(int)
