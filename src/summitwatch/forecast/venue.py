"""Where would they meet? A Dirichlet-smoothed distribution over cities.

P(city) = P(group) · P(city | group) · travel weight, renormalised. Groups are the
first side's capital / elsewhere in it / the second side's capital / elsewhere in it
/ a third country. Group shares come from the pair's own meetings, shrunk towards
every pair's; whose turn it is to host tilts them; a leader who has only travelled
by rail, road or sea makes far venues unlikely. Cities are the ones the record names
(plus the capitals), never a fixed list.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from summitwatch.forecast import places
from summitwatch.forecast.calendar import shared_editions
from summitwatch.forecast.features import ablated
from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.record import Item
from summitwatch.forecast.venue_summits import at_shared, first_meeting_shares

GROUPS = ("a_capital", "a_other", "b_capital", "b_other", "third")
SHRINK = 10.0  # pseudo-meetings at the all-pairs group shares (chosen on 1998-2004)
LEADER_WEIGHT = 0.5  # a city where one side met someone else counts half
SIGNAL_WEIGHT = 2.0  # an invitation or plan naming a city counts twice
RESIDUAL = 1.0  # pseudo-count for "a city the record has not named"
SURFACE_KM = 2000.0  # e-folding distance for leaders who travel only by land or sea
SURFACE_MODES = {"rail", "road", "sea"}


@dataclass
class CityChance:
    city: str | None  # None: another city of that group
    country: str | None
    group: str
    p: float


@dataclass
class VenueForecast:
    cities: list[CityChance]
    groups: dict[str, float]
    turn: str | None  # the country whose turn it is to host, if the record says
    last_host: Item | None
    surface_only: dict[str, list[str]] = field(default_factory=dict)
    # the longer-serving leader's country when the current leaders have not met
    # (then the newcomer's visit, not the turn, tilts the host)
    senior: str | None = None

    def top(self, k: int) -> list[str]:
        named = [c.city for c in self.cities if c.city]
        return named[:k]

    def top_country(self) -> str | None:
        """The most likely host country (its cities' chances summed)."""
        by_country: dict[str, float] = defaultdict(float)
        for c in self.cities:
            if c.country:
                by_country[c.country] += c.p
        return max(by_country, key=by_country.__getitem__) if by_country else None


def group_of(pair: Pair, city: str | None, country: str | None, view: View) -> str:
    for prefix, side in (("a", pair.a), ("b", pair.b)):
        if country and country == side.country:
            cap = view.book.capital(country)
            is_cap = city and cap and places.fold(city) == places.fold(cap.city)
            return f"{prefix}_capital" if is_cap else f"{prefix}_other"
    return "third"


def _global_shares(view: View) -> dict[str, float]:
    """Group shares over every dyad's meetings, symmetric in the two sides."""
    if "venue_shares" not in view.memo:
        view.memo["venue_shares"] = _count_shares(view)
    return view.memo["venue_shares"]


def _count_shares(view: View) -> dict[str, float]:
    """Counted as the pair's own shares are: away from shared summits, which come in
    as competing risks (counting them here too put them in the "third" group twice)."""
    counts = Counter({"capital": 1.0, "other": 1.0, "third": 1.0})
    for m in _visits(view):
        home = m.country in m.countries
        if not home:
            counts["third"] += 1
            continue
        cap = view.book.capital(m.country) if m.country else None
        is_cap = cap and m.city and places.fold(m.city) == places.fold(cap.city)
        counts["capital" if is_cap else "other"] += 1
    total = sum(counts.values())
    half = {k: v / total / 2 for k, v in counts.items()}
    return {
        "a_capital": half["capital"], "a_other": half["other"],
        "b_capital": half["capital"], "b_other": half["other"],
        "third": 2 * half["third"],
    }  # fmt: skip


def _visits(view: View) -> list[Item]:
    """Every dyad's meetings away from the shared summits of its two countries."""
    if "visits" not in view.memo:
        view.memo["visits"] = [
            m for m in view.meetings[-2000:]
            if len(m.countries) != 2
            or not at_shared(m, shared_editions(view, *sorted(m.countries)))
        ]  # fmt: skip
    return view.memo["visits"]


def _alternation(view: View) -> float:
    """P(the next home meeting is in the other country), over every dyad."""
    if "alternation" not in view.memo:
        view.memo["alternation"] = _count_alternation(view)
    return view.memo["alternation"]


def _count_alternation(view: View) -> float:
    last: dict[frozenset[str], str] = {}
    same = alt = 0
    for m in view.meetings[-2000:]:
        if len(m.countries) != 2 or m.country not in m.countries:
            continue
        dyad = frozenset(m.countries)
        if dyad in last:
            alt += last[dyad] != m.country
            same += last[dyad] == m.country
        last[dyad] = m.country
    return (alt + 1) / (alt + same + 2)


def _senior(view: View, pair: Pair, meetings: list[Item]) -> str | None:
    """When the two sides' current leaders have not visited each other yet (in
    `meetings`, the pair's meetings away from shared summits): the country of the
    one seen in the record first (the longer-serving), else None. The newcomer
    usually pays the first visit, also after the two met on a summit's sidelines
    (Hu Jintao and Bush at Evian in 2003, then Washington)."""
    leaders = [_leader_side(view, side) for side in (pair.a, pair.b)]
    if any(leader is None for leader in leaders):
        return None
    a, b = leaders
    if any(
        any(a.has(p) for p in m.people) and any(b.has(p) for p in m.people)
        for m in meetings
    ):
        return None
    never = 10**6
    since = [
        view.first_seen(side).get(leader.code, (None, never))[1]
        for side, leader in zip((pair.a, pair.b), leaders, strict=True)
    ]
    if since[0] == since[1]:
        return None
    return pair.a.country if since[0] < since[1] else pair.b.country


def _newcomer_share(view: View) -> float:
    """P(the longer-serving leader hosts | two leaders' first meeting is in one of
    their countries), over every dyad's meetings the view knows (Laplace)."""
    if "newcomer" not in view.memo:
        first: dict[str, int] = {}
        met: set[frozenset[str]] = set()
        older = newer = 0
        for m in view.meetings:
            for p in m.people:
                first.setdefault(p.key, m.month)
            people = [p for p in m.people if p.country in m.countries]
            keys = frozenset(p.key for p in people)
            if len(m.countries) == 2 and len(keys) == 2 and keys not in met:
                host = [first[p.key] for p in people if p.country == m.country]
                guest = [first[p.key] for p in people if p.country != m.country]
                if len(host) == 1 and len(guest) == 1:
                    older += host[0] < guest[0]
                    newer += host[0] > guest[0]
            if len(keys) == 2:
                met.add(keys)
        view.memo["newcomer"] = (older + 1) / (older + newer + 2)
    return view.memo["newcomer"]


def _host_tilt(
    view: View, turn: str | None, senior: str | None
) -> tuple[str | None, float]:
    """(the likelier host, P(it hosts | a home meeting)). Whose turn it is gives
    the all-dyads alternation share; at two leaders' first meeting the newcomer
    travels to the longer-serving one (`senior`). When both apply they are two
    cues, so their odds multiply: agreeing, they make the host surer than either
    (origins 1998-2004, first meetings at home: where the two agreed, 70 of 82
    right; apart, the newcomer 27 and the turn 24 of 51); pulling apart, the
    newcomer rule still leads, less surely."""
    if senior is None:
        return turn, _alternation(view) if turn else 0.5
    q = _newcomer_share(view)
    if turn is None:
        return senior, q
    t = _alternation(view)
    odds = q / (1 - q) * (t / (1 - t)) ** (1 if turn == senior else -1)
    return senior, odds / (1 + odds)


def _last_home(pair: Pair, meetings: list[Item]) -> Item | None:
    homes = [m for m in meetings if m.country and m.country in pair.countries]
    return homes[-1] if homes else None


def venue_forecast(
    view: View, pair: Pair, meetings: list[Item], signals: list[Item],
    *, months: tuple[int, int] | None = None,
) -> VenueForecast:  # fmt: skip
    """The venue distribution for a pair, from what the view knows; with `months`
    (first month, horizon) the shared summits held then are candidates too."""
    alpha = {g: SHRINK * s for g, s in _global_shares(view).items()}
    cities: dict[str, Counter] = defaultdict(Counter)
    summits = months is not None and "calendar" not in ablated()
    shared = shared_editions(view, *pair.countries) if summits else []
    for m, weight in _weighted_venues(view, pair, meetings, signals):
        if m.kind == "meeting" and at_shared(m, shared):
            continue  # where they meet away from shared summits; those come below
        group = group_of(pair, m.city, m.country, view)
        alpha[group] += weight if weight >= 1 else 0
        if m.city and not group.endswith("capital"):
            cities[group][(m.city, m.country)] += weight
    # whose turn it is follows visits: a summit one side hosted (APEC Shanghai,
    # G8 Sea Island) is not a visit the other side owes back
    last = _last_home(pair, [m for m in meetings if not at_shared(m, shared)])
    turn = None
    if last is not None:
        turn = pair.b.country if last.country == pair.a.country else pair.a.country
    senior = _senior(view, pair, [m for m in meetings if not at_shared(m, shared)])
    host, q = _host_tilt(view, turn, senior)
    if host is not None:
        for g in GROUPS[:4]:
            side = pair.a if g.startswith("a") else pair.b
            alpha[g] *= 2 * q if side.country == host else 2 * (1 - q)
    chances = _chances(view, pair, alpha, cities)
    surface = _surface_leaders(view, pair)
    homes = [
        side.country for side in (pair.a, pair.b)
        if side.country and (_leader_name(view, side) in surface)
    ]  # fmt: skip
    if months is not None and "calendar" not in ablated():
        chances = _with_summits(view, pair, chances, *months)
    chances = _constrain(view, _merge(view, chances), homes)
    groups = {g: sum(c.p for c in chances if c.group == g) for g in GROUPS}
    return VenueForecast(chances, groups, turn, last, surface, senior)


def _with_summits(
    view: View, pair: Pair, chances: list[CityChance], first: int, horizon: int
) -> list[CityChance]:
    """Mix in the shared summits ahead as competing risks for the *first* meeting
    (`venue_summits`): the cities away from summits share "elsewhere first", each
    edition's city gets "here first"."""
    other, editions = first_meeting_shares(view, pair, first, horizon)
    if not editions:
        return chances
    out = [CityChance(c.city, c.country, c.group, c.p * other) for c in chances]
    for e, share in editions:
        group = group_of(pair, e.city, e.country, view)
        out.append(CityChance(e.city, e.country, group, share))
    return out


def _merge(view: View, chances: list[CityChance]) -> list[CityChance]:
    """One entry per city under the KB's name (a summit city may already be a
    candidate; the record may spell a city two ways)."""
    merged: dict[tuple, CityChance] = {}
    for c in chances:
        city = view.book.city_name(c.city, c.country) if c.city else None
        key = (places.fold(city), c.country) if city else (None, c.country, c.group)
        if key in merged:
            merged[key].p += c.p
        else:
            merged[key] = CityChance(city, c.country, c.group, c.p)
    return list(merged.values())


def _weighted_venues(view: View, pair: Pair, meetings: list[Item], signals: list[Item]):
    for m in meetings:
        yield m, 1.0
    for s in signals:
        if s.kind in ("invitation", "planned", "proposed") and s.country:
            yield s, SIGNAL_WEIGHT
    ids = {m.event_id for m in meetings}
    for side in (pair.a, pair.b):
        leader = _leader_side(view, side)
        if leader is None:
            continue
        for m in view.trips(leader) + _hosted(view, leader):
            if m.event_id not in ids and m.kind == "meeting":
                yield m, LEADER_WEIGHT


def _hosted(view: View, side: Side) -> list[Item]:
    return [
        m for m in view.meetings[-2000:]
        if m.country == side.country and any(side.has(p) for p in m.people)
    ]  # fmt: skip


def _leader_side(view: View, side: Side) -> Side | None:
    if side.kind == "person":
        return side
    name = view.current_leader(side)
    return Side("person", places.fold(name), name, side.country) if name else None


def _chances(view: View, pair: Pair, alpha: dict, cities: dict) -> list[CityChance]:
    total = sum(alpha.values())
    out = []
    for prefix, side in (("a", pair.a), ("b", pair.b)):
        cap = view.book.capital(side.country) if side.country else None
        group = f"{prefix}_capital"
        out.append(
            CityChance(
                cap.city if cap else None, side.country, group, alpha[group] / total
            )
        )
    for group in ("a_other", "b_other", "third"):
        country = {"a_other": pair.a.country, "b_other": pair.b.country}.get(group)
        counts = cities.get(group, Counter())
        mass = sum(counts.values()) + RESIDUAL * (2 if group == "third" else 1)
        share = alpha[group] / total
        for (city, where), n in counts.items():
            out.append(CityChance(city, where, group, share * n / mass))
        residual = RESIDUAL * (2 if group == "third" else 1)
        out.append(CityChance(None, country, group, share * residual / mass))
    return out


def _surface_leaders(view: View, pair: Pair) -> dict[str, list[str]]:
    """Leader → modes, for leaders whose known trips abroad were all overland/sea."""
    out = {}
    for side in (pair.a, pair.b):
        leader = _leader_side(view, side)
        if leader is None:
            continue
        modes = Counter(t.travel_mode for t in view.trips(leader) if t.travel_mode)
        if modes and set(modes) <= SURFACE_MODES:
            out[leader.label] = sorted(modes)
    return out


def _leader_name(view: View, side: Side) -> str | None:
    leader = _leader_side(view, side)
    return leader.label if leader else None


def _constrain(
    view: View, chances: list[CityChance], countries: list[str]
) -> list[CityChance]:
    """Down-weight venues far from a surface-only leader's capital, then renormalise."""
    homes = [(c, cap) for c in countries if (cap := view.book.capital(c)) is not None]
    for chance in chances:
        for country, cap in homes:
            if chance.country == country:
                continue
            chance.p *= _surface_weight(view, chance, cap)
    total = sum(c.p for c in chances) or 1.0
    for chance in chances:
        chance.p /= total
    return sorted(chances, key=lambda c: -c.p)


def _surface_weight(view: View, chance: CityChance, home: places.Place) -> float:
    if chance.city is None or chance.country is None:
        return math.exp(-1.5)  # somewhere unnamed abroad: assume a long trip
    km = places.distance_km(home, view.book.locate(chance.city, chance.country))
    if km is None:
        cap = view.book.capital(chance.country)
        km = places.distance_km(home, cap) if cap else None
    return math.exp(-(km if km is not None else 3000.0) / SURFACE_KM)
