"""The legs of a trip that are not visits of their own (issue #10, SCHEMA.md rule 1):
the journey home, a country a list names and a later sentence details, the day a
traveller leaves a place he is already reported in."""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.models import REALISED, Event
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns

_PATTERNS = load_patterns("presence.json")


def return_leg(trigger: Token) -> bool:
    """'is to leave for Japan on July 5, returning to Washington on July 9', 'flew to
    Beijing and returned to Pyongyang': a return after an outbound leg of the same
    sentence is the journey home, not a visit (whoever the traveller resolved to)."""
    if trigger.lemma_.lower() != "return" or trigger.pos_ != "VERB":
        return False
    if trigger.dep_ not in ("advcl", "conj"):
        return False
    return trigger.head.lemma_.lower() in _PATTERNS["outbound_lemmas"]


_LISTED = 3  # stops of one sentence that make a list of a trip's countries


def fold_listed_stops(events: list[Event]) -> list[Event]:
    """'begins an eight-nation trip to France, Japan, Mongolia, Vietnam, …' and then
    'will then travel to Ulaanbaatar, Mongolia, where she will meet President
    Elbegdorj': the list's Mongolia stop is the trip the later sentence details,
    so it gives way to that event (rule 1: one event per trip), which takes the
    trip's month when it has no date of its own."""
    by_sentence: dict[tuple, list[Event]] = {}
    for e in events:
        if e.type == "visit" and e.location.country and not e.location.city:
            key = (e.start_char, e.names[0], e.status)
            by_sentence.setdefault(key, []).append(e)
    listed = [e for grp in by_sentence.values() if len(grp) >= _LISTED for e in grp]
    dropped: list[int] = []
    for stop in listed:
        details = _details(stop, events)
        for event in details:
            event.date = event.date or (stop.date or "")[:7] or None
        if details:
            dropped.append(id(stop))
    return [e for e in events if id(e) not in dropped]


def _details(stop: Event, events: list[Event]) -> list[Event]:
    return [o for o in events if o is not stop and _same_stay(stop, o)]


def _same_stay(stop: Event, other: Event) -> bool:
    """Another sentence's event of the same traveller in the same country, of the
    same kind of status and not dated to another year: the same trip."""
    years = {(d or "")[:4] for d in (stop.date, other.date) if d}
    return (
        other.start_char != stop.start_char
        and stop.names[0] in other.names
        and other.location.country == stop.location.country
        and (other.status in REALISED) == (stop.status in REALISED)
        and len(years) <= 1
    )


def departures(index: DocIndex, sent: Span) -> list[str]:
    """Countries the sentence has someone leave ('Bashir left South Africa on
    Monday', 'departed Vladivostok by train'): the end of a stay, not a trip."""
    out: list[str] = []
    leaving = load_patterns("presence.json")["leaving_lemmas"]
    for verb in sent:
        if verb.lemma_.lower() not in leaving or verb.pos_ != "VERB":
            continue
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                    for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        for obj in objects:
            mention = index.place_at.get(obj.i)
            if mention is not None and mention.place.country:
                out.append(mention.place.country)
    return out


def fold_departures(events: list[Event], left: list[tuple[Span, str]]) -> list[Event]:
    """A visit read from 'X left South Africa on Monday' is the end of the stay
    another sentence reports (rule 1: one event per trip): it gives way to that
    one, whose date is the stay's."""
    out = list(events)
    for sent, country in left:
        for e in events:
            if (
                e.type == "visit"
                and e.location.country == country
                and e.start_char is not None
                and sent.start_char <= e.start_char < sent.end_char
                and _stayed(e, events)
            ):
                out = [o for o in out if o is not e]
    return out


def _stayed(departure: Event, events: list[Event]) -> bool:
    return any(o is not departure and _same_stay(departure, o) for o in events)
