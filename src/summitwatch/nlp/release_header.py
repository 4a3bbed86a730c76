"""The header of a press office's release or transcript, read for where and when it
was given: its date and place on lines of their own ('Office of the Press Secretary /
(Toronto, Canada) / … / June 19, 1988'), or a transcript's clock time ('10:30 A.M.
EST') under a venue line ('The Oval Office', '10 Downing Street / London, England').
The frame (`frame._from_release_header`) places the briefing's 'The President met
with …' there. Moved out of frame.py, which passed 1,000 lines (session 12, helper
review14); the reading is unchanged. Issuer lines: `frame.json: issuer_lines`."""

from __future__ import annotations

import re

from summitwatch.kb.places import Place
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns

_DATE_LINE = re.compile(
    r"^[ \t]*(?:For Immediate Release[ \t]+)?(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4})"
    r"[ \t]*$",
    re.MULTILINE,
)
_TIME_LINE = re.compile(
    r"^[ \t]*\d{1,2}:\d{2}[ \t]*[AP]\.?[ \t]?M\.?(?:[ \t]+\(?[A-Za-z]{2,5}\)?)?[ \t]*$",
    re.MULTILINE,
)  # a transcript's clock time: '10:30 A.M. EST', '10:58 A.M. (Local)'
_CITY_COUNTRY_LINE = re.compile(
    r"^[ \t]*\(?(?P<city>[A-Z][^\n,()]{2,40}), "
    r"(?P<country>[A-Z][^\n,()]{2,40})\)?[ \t]*$",
    re.MULTILINE,
)


def release_header(index: DocIndex, top: str) -> tuple[Place, bool, str | None] | None:
    """(place, clocked, date text) of the header in the page's `top` lines: the
    place of a city-and-country line, or, under a clock time, a venue line; clocked
    when a clock time was found. None when the header places nothing."""
    dated = _DATE_LINE.search(top)
    timed = _TIME_LINE.search(top)
    if dated is None and timed is None:
        return None
    place = _city_country_line(index, top, loose=timed is not None)
    if place is None and timed is not None:
        place = _venue_line(index, top[: timed.start()])
    if place is None:
        return None
    return place, timed is not None, dated["date"] if dated is not None else None


def _city_country_line(index: DocIndex, top: str, loose: bool) -> Place | None:
    """'Toronto, Canada' on a line of its own; under a transcript's clock time also a
    city and its region ('London, England')."""
    for match in _CITY_COUNTRY_LINE.finditer(top):
        city = index.kb.place(match["city"].strip())
        country = index.kb.place(match["country"].strip())
        if city is None or country is None or city.kind not in ("city", "site"):
            continue
        kinds = ("country", "region") if loose else ("country",)
        if country.kind in kinds and country.country == city.country:
            return city
    return None


def _venue_line(index: DocIndex, head: str) -> Place | None:
    """A line that is only a venue the KB knows ('The Oval Office'), above the clock
    time; the issuer's line ('The White House / Office of the Press Secretary') is
    who speaks, not where."""
    issuers = tuple(load_patterns("frame.json")["issuer_lines"])
    lines = [line.strip() for line in head.split("\n") if line.strip()]
    for n, line in enumerate(lines):
        nxt = lines[n + 1].lower() if n + 1 < len(lines) else ""
        if nxt.startswith(issuers):
            continue
        place = index.kb.place(line.removeprefix("The ").removeprefix("the "))
        if place is not None and place.kind == "site":
            return place
    return None
