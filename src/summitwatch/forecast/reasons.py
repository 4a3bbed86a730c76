"""The evidence behind a forecast, as short sentences with their dates and sources."""

from __future__ import annotations

from dataclasses import dataclass

from summitwatch.forecast.calendar import NEVER, shared_editions
from summitwatch.forecast.dates import month_index, month_label
from summitwatch.forecast.features import PairHistory
from summitwatch.forecast.pairs import Pair, Side, View
from summitwatch.forecast.record import Item
from summitwatch.forecast.venue import VenueForecast

KIND_WORDS = {
    "invitation": "open invitation",
    "planned": "planned",
    "proposed": "proposed",
    "visit": "envoy trip",
}


@dataclass(frozen=True)
class Reason:
    kind: str  # last_meeting | frequency | turn | invitation | planned | proposed |
    # envoy | summit | leaders | new_leader | travel
    text: str
    date: str | None = None
    source: str | None = None
    evidence: str | None = None


def reasons_for(
    view: View, pair: Pair, meetings: list[Item], signals: list[Item],
    venue: VenueForecast, history: PairHistory, spans: tuple[int, int],
    months: tuple[int, int] | None = None,
) -> list[Reason]:  # fmt: skip
    """Every reason, most telling first: history, turn, signals, summits ahead (with
    `months`: first month, horizon), leaders, travel."""
    out = [_last_meeting(meetings), _frequency(view, meetings, spans, history.clock)]
    if venue.senior is not None:
        out.append(Reason(
            "turn", "Their leaders in office have not visited each other yet; "
            f"the newcomer usually pays the first visit: {venue.senior} would host",
        ))  # fmt: skip
    elif venue.last_host is not None and venue.turn:
        host = venue.last_host
        out.append(Reason(
            "turn", f"{host.country} hosted the last visit "
            f"({host.city or host.country}, {host.when()}): "
            f"{venue.turn}'s turn to host",
            host.when(), host.source,
        ))  # fmt: skip
    out += [_signal(item) for item in signals]
    if months is not None:
        out += _summits(view, pair, *months)
    out += _leaders(view, pair, history)
    out += _travel(view, pair, venue)
    return out


def _last_meeting(meetings: list[Item]) -> Reason:
    if not meetings:
        return Reason("last_meeting", "No meeting between them in the record")
    m = meetings[-1]
    where = f"{m.city}, {m.country}" if m.city else (m.country or "an unknown place")
    names = " and ".join(p.name for p in m.people)
    return Reason("last_meeting", f"Last met {m.when()} in {where} ({names})",
                  m.when(), m.source, m.evidence or None)  # fmt: skip


def _frequency(
    view: View, meetings: list[Item], spans: tuple[int, int], clock: int
) -> Reason:
    """Counts since the pair's clock (the record's start, or both people in view)."""
    now = month_index(view.day)
    recent = sum(1 for m in meetings if m.month > now - 60)
    since = month_label(clock)
    text = f"{len(meetings)} meetings since {since}, {recent} in the past five years"
    if spans[1]:
        text += f"; met in {spans[0]} of {spans[1]} past 12-month spans"
    return Reason("frequency", text)


def _signal(item: Item) -> Reason:
    names = [p.name for p in item.people]
    place = ", ".join(x for x in (item.city, item.country) if x) or "no place given"
    when = item.when() if item.dated else "no date given"
    if item.kind == "invitation" and len(names) >= 2:
        text = f"Open invitation: {names[0]} invited {names[1]} to {place} ({when})"
    elif item.kind == "visit":
        text = f"Envoy trip: {names[0]} visited {place} ({when})"
    else:
        word = KIND_WORDS.get(item.kind, item.kind).capitalize()
        text = f"{word} {item.event_type}: {' and '.join(names)} in {place} ({when})"
    text += f", reported {item.known.isoformat()}"
    kind = "envoy" if item.kind == "visit" else item.kind
    return Reason(kind, text, item.when() if item.dated else None, item.source,
                  item.evidence or None)  # fmt: skip


def _summits(view: View, pair: Pair, first: int, horizon: int) -> list[Reason]:
    """Summits both countries belong to in the horizon, as the view knows them."""
    out = []
    last: dict[str, bool] = {}
    for shared in shared_editions(view, *pair.countries):
        e = shared.edition
        if first <= e.month < first + horizon:
            when = e.start.isoformat()
            if e.off_from != NEVER:
                text = f"{e.name} ({when}) will not be held in person ({e.status})"
            else:
                met = last.get(e.series)
                text = f"Both belong to {e.series}: {e.name}, {e.city or e.country}, "
                text += when + {True: "; they met at its previous edition",
                                False: "; they did not meet at its previous edition",
                                None: ""}[met]  # fmt: skip
            out.append(Reason("summit", text, when))
        elif e.end < view.day and e.off_from == NEVER:
            last[e.series] = shared.met
    return out


def _leaders(view: View, pair: Pair, history: PairHistory) -> list[Reason]:
    names = [
        view.current_leader(side) or f"{side.label}'s leader"
        for side in (pair.a, pair.b)
    ]
    t = month_index(view.day) + 1
    met = any(max(lo, first + 1) <= t <= hi for lo, hi, first in history.acquainted)
    verb = "have met before" if met else "have not met each other"
    out = [Reason("leaders", f"{names[0]} and {names[1]} {verb}")]
    for side in (pair.a, pair.b):
        if side.kind == "person" and view.book.is_leader(side.label, view.day) is False:
            text = f"{side.label} holds no top office on {view.day} (KB)"
            out.append(Reason("leaders", text))
    for month in history.new_leaders:
        if t - 12 <= month < t:
            out.append(
                Reason(
                    "new_leader", f"A new leader took office {month_label(int(month))}"
                )
            )
    return out


def _travel(view: View, pair: Pair, venue: VenueForecast) -> list[Reason]:
    out = []
    for side in (pair.a, pair.b):
        name = side.label if side.kind == "person" else view.current_leader(side)
        if not name:
            continue
        if name in venue.surface_only:
            modes = "/".join(venue.surface_only[name])
            out.append(Reason("travel", f"{name} has travelled abroad only by {modes}: "
                                        "far venues are less likely"))  # fmt: skip
            continue
        trips = view.trips(Side("person", _fold(name), name, side.country))
        modes = sorted({t.travel_mode for t in trips if t.travel_mode})
        text = (f"{name}: {len(trips)} trips abroad in the record"
                + (f" ({', '.join(modes)})" if modes else ""))  # fmt: skip
        out.append(Reason("travel", text))
    return out


def _fold(name: str) -> str:
    from summitwatch.forecast.places import fold

    return fold(name)
