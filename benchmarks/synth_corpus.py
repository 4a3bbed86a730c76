"""Synthetic news corpus for the benchmarks: template articles and their events.

Articles are written from the knowledge base (leaders with their countries, summit
cities) in many phrasings; each comes with the SCHEMA.md records a perfect extractor
would return. The same seed gives the same corpus, so runs can be compared.

    python benchmarks/synth_corpus.py corpus.jsonl --articles 10000 --gold gold.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

MONTHS = ("January February March April May June July August September October "
          "November December").split()  # fmt: skip
# Summit venues; their countries come from the KB, so only the names live here.
VENUES = (
    "Vladivostok", "Moscow", "Beijing", "Pyongyang", "Seoul", "Tokyo", "Singapore",
    "Hanoi", "Washington", "Shanghai", "Osaka", "Busan", "Khabarovsk", "Dandong",
    "Sochi", "Hiroshima",
)  # fmt: skip
FILLER = (
    "Trade between the two countries has grown slowly over the past decade.",
    "Analysts in the region were divided over what the talks could achieve.",
    "The economy has struggled with sanctions, a weak currency and poor harvests.",
    "Officials gave few details about the agenda, citing security concerns.",
    "State media carried long reports on cooperation in energy and transport.",
    "Observers noted that the border region has seen new investment this year.",
    "The foreign ministry said relations were at their best level in years.",
    "Critics argued that the diplomacy was mostly for domestic audiences.",
    "Preparations were overseen by senior aides who had travelled ahead.",
    "The talks covered railways, fisheries, labour exports and tourism.",
    "Markets barely reacted to the news, which had been widely expected.",
    "A joint statement was not issued, and neither side held a press conference.",
)


@dataclass(frozen=True)
class Leader:
    name: str
    country: str


@dataclass(frozen=True)
class Venue:
    city: str
    country: str


@dataclass
class SynthArticle:
    """One JSONL corpus line (`record`) and its expected SCHEMA.md events."""

    record: dict
    expected: list[dict]


def kb_cast() -> tuple[list[Leader], list[Venue]]:
    """Leaders (people who held a top office) and summit venues, from the KB."""
    from summitwatch.kb import load_kb

    kb = load_kb()
    leaders = [
        Leader(p.name, p.country)
        for p in kb.people
        if p.country and p.first_top_office() is not None
    ]
    venues = []
    for name in VENUES:
        place = kb.place(name)
        if place is not None and place.country:
            venues.append(Venue(place.venue_city or name, place.country))
    return sorted(set(leaders), key=lambda x: x.name), venues


def _event(type_, status, people, venue, when, **extra) -> dict:
    return {
        "type": type_,
        "status": status,
        "participants": [p.name for p in people],
        "location": {"city": venue.city, "country": venue.country},
        "date": when,
        "travel_mode": extra.get("travel_mode"),
        "evidence": extra["evidence"],
    }


def _day(d: date) -> tuple[str, str]:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}", d.isoformat()


def _month(d: date) -> tuple[str, str]:
    return f"{MONTHS[d.month - 1]} {d.year}", d.isoformat()[:7]


# Each phrasing: (a, b, venue, past day, future day) -> (sentence, expected events).
Phrasing = Callable[[Leader, Leader, Venue, date, date], tuple[str, list[dict]]]


def held_talks(a, b, v, past, _future):
    text, iso = _day(past)
    s = f"{a.name} held talks with {b.name} in {v.city} on {text}."
    return s, [_event("meeting", "occurred", [a, b], v, iso, evidence=s)]


def hosted(a, b, v, past, _future):
    text, iso = _day(past)
    s = f"On {text}, {a.name} hosted {b.name} for a summit in {v.city}."
    return s, [_event("meeting", "occurred", [a, b], v, iso, evidence=s)]


def arrived(a, _b, v, past, _future):
    text, iso = _day(past)
    mode, how = random.Random(a.name + v.city).choice(
        [("rail", "by armoured train"), ("air", "by plane"), (None, "")]
    )
    s = f"{a.name} arrived in {v.city} {how} on {text} for an official visit."
    s = s.replace("  ", " ")
    return s, [_event("visit", "occurred", [a], v, iso, travel_mode=mode, evidence=s)]


def will_travel(a, _b, v, _past, future):
    text, iso = _month(future)
    s = f"{a.name} will travel to {v.city} in {text}, officials announced."
    return s, [_event("visit", "planned", [a], v, iso, evidence=s)]


def expected_to_meet(a, b, v, _past, future):
    text, iso = _month(future)
    s = f"{a.name} is expected to meet {b.name} in {v.city} in {text}."
    return s, [_event("meeting", "planned", [a, b], v, iso, evidence=s)]


def postponed(a, b, v, _past, future):
    text, iso = _day(future)
    s = (
        f"A summit between {a.name} and {b.name} in {v.city}, scheduled for "
        f"{text}, has been postponed indefinitely."
    )
    return s, [_event("meeting", "not_occurred", [a, b], v, iso, evidence=s)]


def declined(a, b, v, past, _future):
    _, iso = _month(past)
    text = f"{MONTHS[past.month - 1]} {past.year}"
    s = f"In {text}, {b.name} declined an invitation from {a.name} to visit {v.city}."
    return s, [
        _event("invitation", "occurred", [a, b], v, iso, evidence=s),
        _event("visit", "not_occurred", [b], v, iso, evidence=s),
    ]


def denied(a, b, v, past, _future):
    text, iso = _month(past)
    s = (
        f"Officials denied reports that {a.name} and {b.name} had met secretly "
        f"in {v.city} in {text}."
    )
    return s, [_event("meeting", "unconfirmed", [a, b], v, iso, evidence=s)]


def invited(a, b, v, past, _future):
    text, iso = _day(past)
    s = f"On {text}, {a.name} invited {b.name} to visit {v.city}."
    return s, [_event("invitation", "occurred", [a, b], v, iso, evidence=s)]


def could_meet(a, b, v, _past, _future):
    s = f"Analysts said {a.name} and {b.name} could meet in {v.city} next year."
    return s, [_event("meeting", "hypothetical", [a, b], v, None, evidence=s)]


PHRASINGS: tuple[Phrasing, ...] = (
    held_talks, hosted, arrived, will_travel, expected_to_meet, postponed, declined,
    denied, invited, could_meet,
)  # fmt: skip


def generate(
    count: int,
    *,
    seed: int = 0,
    leaders: list[Leader] | None = None,
    venues: list[Venue] | None = None,
) -> Iterator[SynthArticle]:
    """`count` articles, one at a time (never a list), deterministic for `seed`."""
    if leaders is None or venues is None:
        kb_leaders, kb_venues = kb_cast()
        leaders, venues = leaders or kb_leaders, venues or kb_venues
    if len({x.country for x in leaders}) < 2 or not venues:
        raise ValueError("need leaders of two countries and a venue (is the KB empty?)")
    rng = random.Random(seed)
    for number in range(count):
        yield _article(rng, number, leaders, venues)


def _article(rng, number, leaders, venues) -> SynthArticle:
    published = date(2000, 1, 1) + timedelta(days=rng.randrange(9000))
    sentences: list[str] = []
    expected: list[dict] = []
    for _ in range(rng.randint(1, 3)):
        a = rng.choice(leaders)
        b = rng.choice([x for x in leaders if x.country != a.country])
        past = published - timedelta(days=rng.randint(20, 300))
        future = published + timedelta(days=rng.randint(40, 300))
        phrasing = rng.choice(PHRASINGS)
        venue = rng.choice(_venues_for(phrasing, a, b, venues))
        sentence, events = phrasing(a, b, venue, past, future)
        sentences += [sentence, *rng.sample(FILLER, rng.randint(2, 5))]
        expected += events
    paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    record = {
        "text": "\n\n".join(paragraphs),
        "url": f"https://synth.example/{number:07d}",
        "published": published.isoformat(),
    }
    return SynthArticle(record, expected)


def _venues_for(phrasing: Phrasing, a: Leader, b: Leader, venues: list[Venue]):
    """Plausible venues: abroad for a trip, the inviter's country for an invitation."""
    if phrasing in (arrived, will_travel):
        wanted = [v for v in venues if v.country != a.country]
    elif phrasing in (declined, invited):
        wanted = [v for v in venues if v.country == a.country]
    else:
        wanted = [v for v in venues if v.country in (a.country, b.country)]
    return wanted or venues


def write_corpus(
    path: str | Path, count: int, *, seed: int = 0, gold: str | Path | None = None
) -> Path:
    """Stream `count` articles to a JSONL file (their events to `gold`, a line each)."""
    path = Path(path)
    with open(path, "w", encoding="utf-8") as out:
        gold_out = open(gold, "w", encoding="utf-8") if gold else None
        try:
            for item in generate(count, seed=seed):
                out.write(json.dumps(item.record) + "\n")
                if gold_out:
                    gold_out.write(json.dumps(item.expected) + "\n")
        finally:
            if gold_out:
                gold_out.close()
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="JSONL corpus to write")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--gold", help="also write each article's expected events")
    args = parser.parse_args()
    write_corpus(args.out, args.articles, seed=args.seed, gold=args.gold)
    print(f"wrote {args.articles} articles to {args.out}")


if __name__ == "__main__":
    main()
