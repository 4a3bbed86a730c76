"""Decide which mentions tell of the same real event, and what that event looks like.

Pure functions over `Claim`s (one source's account: type, people, date interval,
place, status, publication date). The store feeds them rows; the tests feed them
hand-built claims. Rules: same type and people; date intervals overlap ("2001"
holds "2001-08-04", "2001-08" excludes "2001-09"); places agree (different cities
never merge; a missing city or a region defers to the country); an undated claim
merges only on a strong match (see `match_score`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta

from summitwatch.kb.names import fold as fold_name
from summitwatch.kb.names import one_city
from summitwatch.models import PartialDate

DEFINITIVE = ("occurred", "not_occurred")
TENTATIVE = ("planned", "hypothetical")
# Sources of the same day and confidence: the firmer word wins, whatever their order.
STATUS_WEIGHT = {
    "hypothetical": 0, "unconfirmed": 1, "planned": 2, "not_occurred": 3, "occurred": 4,
}  # fmt: skip
# Undated plans and speculation look at most this far ahead of their publication.
PLAN_HORIZON = timedelta(days=2 * 365)


@dataclass(frozen=True)
class Claim:
    """The facts of one mention that merging compares."""

    type: str
    people: frozenset[str]
    date: str | None = None
    date_lo: str | None = None  # explicit day bounds (ranges, merged events);
    date_hi: str | None = None  # else both come from `date`
    city: str | None = None
    country: str | None = None
    region: str | None = None
    status: str = "occurred"
    published: date | None = None
    confidence: float = 0.5
    lat: float | None = None
    lon: float | None = None
    travel_mode: str | None = None

    @property
    def interval(self) -> tuple[str, str] | None:
        """The days the date could mean, as ISO strings; None when undated."""
        if self.date_lo and self.date_hi:
            return self.date_lo, self.date_hi
        return date_bounds(self.date) if self.date else None


@dataclass
class Merged:
    """An event's best facts, computed from all its claims."""

    date: str | None
    date_lo: str | None
    date_hi: str | None
    city: str | None
    country: str | None
    region: str | None
    lat: float | None
    lon: float | None
    travel_mode: str | None
    status: str
    status_disputed: bool
    statuses: dict[str, int] = field(default_factory=dict)
    first_reported: date | None = None


def date_bounds(value: str) -> tuple[str, str]:
    """'2001' → ('2001-01-01', '2001-12-31'); '2001-02' → (…-01, …-28); ValueError
    for what is no date (`PartialDate` decides)."""
    first, last = PartialDate.parse(value).bounds()
    return first.isoformat(), last.isoformat()


def fold(name: str | None) -> str:
    """Compare names and cities like the scorer: lowercase letters only, no accents."""
    return fold_name(name or "")


def dates_compatible(a: tuple[str, str] | None, b: tuple[str, str] | None) -> bool:
    """Intervals overlap; an undated side is compatible (callers demand more then)."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def places_compatible(a: Claim, b: Claim) -> bool:
    """Countries agree when known; cities agree (`kb.names.one_city`: one name, or
    one the other's leading words) likewise."""
    if a.country and b.country and a.country != b.country:
        return False
    if a.city and b.city:
        return one_city(a.city, b.city)
    if a.region and b.region and not a.city and not b.city:
        return fold(a.region) == fold(b.region)
    return True


def same_city(a: Claim, b: Claim) -> bool:
    return bool(a.city and b.city and places_compatible(a, b))


def within_horizon(claim: Claim, event: Claim) -> bool:
    """An undated claim can only be about events its publication date allows."""
    if claim.published is None or event.interval is None:
        return True
    lo, hi = event.interval
    pub = claim.published.isoformat()
    if claim.status in TENTATIVE:
        return hi >= pub and lo <= (claim.published + PLAN_HORIZON).isoformat()
    if claim.status == "occurred":
        return lo <= pub
    return True


def match_score(
    claim: Claim, event: Claim, *, only_candidate: bool = True
) -> float | None:
    """How well `claim` fits `event` (higher is better); None: must not merge."""
    if claim.type != event.type or claim.people != event.people:
        return None
    if not dates_compatible(claim.interval, event.interval):
        return None
    if not places_compatible(claim, event):
        return None
    undated = claim.interval is None or event.interval is None
    if undated and not within_horizon(claim, event):
        return None
    strong = same_city(claim, event) or (
        only_candidate and bool(claim.country) and claim.country == event.country
    )
    if undated and not strong:
        return None
    score = 2.0 * same_city(claim, event) + (claim.country == event.country)
    if claim.interval and event.interval:
        score += 1.0 / (1 + _days(claim.interval) + _days(event.interval))
    return score


def _days(interval: tuple[str, str]) -> int:
    return (date.fromisoformat(interval[1]) - date.fromisoformat(interval[0])).days


def choose_event(claim: Claim, candidates: dict[int, Claim]) -> int | None:
    """The id of the best-fitting candidate event, or None for a new event."""
    only = len(candidates) == 1
    scored = [
        (score, -event_id, event_id)
        for event_id, event in candidates.items()
        if (score := match_score(claim, event, only_candidate=only)) is not None
    ]
    return max(scored)[2] if scored else None


def derive_status(claims: list[Claim]) -> tuple[str, bool, dict[str, int]]:
    """(status, disputed, counts): the latest definitive word wins, else the last plan.

    A later "occurred" settles earlier plans; sources that say both "occurred" and
    "not_occurred", or any "unconfirmed" claim, leave the event marked disputed.
    """
    counts = dict(Counter(c.status for c in claims))
    ordered = sorted(
        claims,
        key=lambda c: (c.published or date.min, c.confidence, STATUS_WEIGHT[c.status]),
    )
    definitive = [c.status for c in ordered if c.status in DEFINITIVE]
    tentative = [c.status for c in ordered if c.status in TENTATIVE]
    disputed = "unconfirmed" in counts or len(set(definitive)) > 1
    if definitive:
        return definitive[-1], disputed, counts
    if tentative:
        return tentative[-1], disputed, counts
    return "unconfirmed", disputed, counts


def best_date(claims: list[Claim]) -> tuple[str | None, tuple[str, str] | None]:
    """The most precise date any claim gives, and the narrowest interval they share."""
    dated = [c for c in claims if c.interval]
    if not dated:
        return None, None
    best = max(
        dated, key=lambda c: (len(c.date or ""), -_days(c.interval), c.confidence)
    )  # type: ignore[arg-type]
    lo = max(c.interval[0] for c in dated)  # type: ignore[index]
    hi = min(c.interval[1] for c in dated)  # type: ignore[index]
    if lo > hi:  # sources disagree beyond overlap: keep the best claim's interval
        lo, hi = best.interval  # type: ignore[misc]
    return best.date, (lo, hi)


def best_place(claims: list[Claim]) -> Claim:
    """The most specific place: the best-supported city, else a region or country."""

    def support(c: Claim) -> tuple[int, float, int, float]:
        votes = sum(1 for o in claims if o.city and fold(o.city) == fold(c.city))
        return (bool(c.city), votes * 1.0, bool(c.lat is not None), c.confidence)

    top = max(claims, key=support)
    country = top.country or next((c.country for c in claims if c.country), None)
    region = top.region or next((c.region for c in claims if c.region), None)
    lat, lon = top.lat, top.lon
    if lat is None and top.city:
        same = [
            c for c in claims if c.lat is not None and fold(c.city) == fold(top.city)
        ]
        lat, lon = (same[0].lat, same[0].lon) if same else (None, None)
    return Claim(
        type=top.type, people=top.people, city=top.city, country=country,
        region=region, lat=lat, lon=lon,
    )  # fmt: skip


def merge_claims(claims: list[Claim]) -> Merged:
    """The merged event's facts from all the claims attached to it (in a canonical
    order, so that ties never depend on which source came first)."""
    claims = sorted(claims, key=canonical)
    day, interval = best_date(claims)
    place = best_place(claims)
    status, disputed, counts = derive_status(claims)
    modes = Counter(c.travel_mode for c in claims if c.travel_mode)
    published = [c.published for c in claims if c.published]
    return Merged(
        date=day,
        date_lo=interval[0] if interval else None,
        date_hi=interval[1] if interval else None,
        city=place.city,
        country=place.country,
        region=place.region,
        lat=place.lat,
        lon=place.lon,
        travel_mode=modes.most_common(1)[0][0] if modes else None,
        status=status,
        status_disputed=disputed,
        statuses=counts,
        first_reported=min(published) if published else None,
    )


def event_claim(type_: str, people: frozenset[str], merged: Merged) -> Claim:
    """A merged event seen as one claim, to match new claims against."""
    return Claim(
        type=type_, people=people, date=merged.date, date_lo=merged.date_lo,
        date_hi=merged.date_hi, city=merged.city,
        country=merged.country, region=merged.region, status=merged.status,
    )  # fmt: skip


_FIELDS = fields(Claim)


def canonical(claim: Claim) -> tuple:
    """A total order on claims that depends on their content only: the most precise
    dates and places first, so they found the events the vaguer claims join."""
    interval = claim.interval
    precision = -(len(claim.date or "") if interval else -1)
    content = tuple(
        "" if (v := getattr(claim, f.name)) is None else str(v) for f in _FIELDS
    )
    return (precision, not claim.city, interval or ("9999", "9999"), content)


def cluster(claims: Sequence[tuple[Hashable, Claim]]) -> list[list[Hashable]]:
    """Group claims (keyed by e.g. mention id) into events, whatever order they come
    in: the same set of claims always gives the same groups, so the record does not
    depend on the order articles were ingested in."""
    ordered = sorted(claims, key=lambda item: canonical(item[1]))
    groups: list[tuple[list[Hashable], list[Claim]]] = []
    merged: dict[int, Claim] = {}
    for key, claim in ordered:
        chosen = choose_event(claim, merged)
        if chosen is None:
            chosen = len(groups)
            groups.append(([], []))
        keys, members = groups[chosen]
        keys.append(key)
        members.append(claim)
        merged[chosen] = event_claim(claim.type, claim.people, merge_claims(members))
    return [keys for keys, _ in groups]
