"""What the analyst subscribes to: feeds (with a polling interval) and pairs.

add_feed(store, "https://example.org/rss.xml", every="30m")
add_pair(store, "RUS", "PRK")   # or two people: "Vladimir Putin", "Kim Jong-un"
add_person(store, "Kim Jong-un")  # one person (or country) alone
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from summitwatch.errors import BadArgument, UnknownPerson
from summitwatch.ingest import is_url
from summitwatch.store.watching import FeedView, PairView
from summitwatch.watch.alerts import baseline
from summitwatch.watch.service import utcnow

_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$")
_UNIT = {"": 60, "s": 1, "m": 60, "h": 3600, "d": 86400}
MIN_EVERY = 60  # seconds: polling a news feed more often is impolite


def parse_every(text: str) -> int:
    """'30m' → 1800 seconds; '2h', '1d', '90s'; a bare number is minutes."""
    match = _EVERY.match(text)
    if not match:
        raise BadArgument(f"--every: {text!r} is not an interval like 30m, 2h or 1d")
    seconds = int(match[1]) * _UNIT[match[2]]
    if seconds < MIN_EVERY:
        raise BadArgument(f"--every: {text!r} is under a minute; poll less often")
    return seconds


def add_feed(store: Any, url: str, *, every: str = "30m") -> FeedView:
    """Watch a feed or news sitemap at an http(s) URL."""
    if not is_url(url):
        raise BadArgument(f"{url!r} is not an http(s) URL")
    return store.add_feed(url.strip(), every=parse_every(every), now=utcnow())


def add_pair(store: Any, a: str, b: str, *, as_of: date | None = None) -> PairView:
    """Watch two sides (ISO3 country codes or people the KB or record knows). The
    pair's events and forecast as they stand now are the baseline: only later
    changes raise alerts."""
    sides = [_side(store, side) for side in (a, b)]
    if sides[0].casefold() == sides[1].casefold():
        raise BadArgument(f"pair: both sides are {sides[0]!r}")
    pair, new = store.add_pair(*sides, now=utcnow())
    if new:
        baseline(store, pair, now=utcnow(), as_of=as_of or date.today())
    return next(p for p in store.pairs() if p.id == pair.id)


def add_person(store: Any, side: str) -> PairView:
    """Follow one person (or country) alone: every new open event and status change
    of theirs raises an alert (there is no pair forecast to move)."""
    found = _side(store, side)
    pair, new = store.add_pair(found, "", now=utcnow())
    if new:
        baseline(store, pair, now=utcnow(), as_of=date.today())
    return next(p for p in store.pairs() if p.id == pair.id)


def _side(store: Any, text: str) -> str:
    """The side as given, once the record or the KB knows it (or an ISO3 code)."""
    import pycountry

    text = text.strip()
    if len(text) == 3 and pycountry.countries.get(alpha_3=text.upper()):
        return text.upper()
    try:
        store.who_met(text)  # resolves people the record knows
        return text
    except UnknownPerson:
        pass
    from summitwatch.store.resolve import kb_people_named

    if kb_people_named(text):
        return text
    raise UnknownPerson(text)
