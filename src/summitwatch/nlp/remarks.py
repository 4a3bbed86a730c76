"""The guest a release heading of joint remarks names (issue #10, transcripts):
"Remarks by the President and Prime Minister Tony Blair in Photo Opportunity / On
the Grounds of Camp David". The remarks were given together at the place the
heading (or the line under it) names, on the release's day; with the host an
unnamed title (SCHEMA.md rule 3), that is the guest's visit there.
"""

from __future__ import annotations

from spacy.tokens import Span

from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.told import told_event

_CUES = load_patterns("remarks.json")


def _heading(sent: Span) -> bool:
    if sent.start >= _CUES["heading_tokens"]:
        return False  # only the release's first lines
    text = span_text(sent).strip().lower()
    return any(text.startswith(s) for s in _CUES["heading_starts"])


def _people(index: DocIndex, sent: Span) -> list[Participant]:
    return [p for _, p in index.people_in(sent.start, sent.end)]


def _place(index: DocIndex, sent: Span) -> PlaceMention | None:
    """The first place of the heading, or of the line under it ('On the Grounds of
    Camp David')."""
    spans = [sent]
    doc = sent.doc
    if sent.end < len(doc):
        below = doc[sent.end].sent
        if below.text.strip().lower().split(" ")[0] in _CUES["place_line_starts"]:
            spans.append(below)
    for span in spans:
        for i in range(span.start, span.end):
            mention = index.place_at.get(i)
            if mention is not None and i == mention.start and mention.place.country:
                return mention
    return None


def remarks_visits(index: DocIndex, sent: Span) -> list[Event]:
    """The one named guest of a joint-remarks heading: a visit to its place."""
    if index.published is None or not _heading(sent):
        return []
    people = _people(index, sent)
    place = _place(index, sent)
    if len(people) != 1 or place is None:
        return []  # two named: the meeting readers see it; none: nothing to say
    who, p = people[0], place.place
    if who.country == p.country:
        return []
    region = p.name if p.kind == "region" else None
    where = Location(p.venue_city, p.country, region, p.lat, p.lon)
    return [told_event("visit", [who], where, index.published.isoformat(), sent)]
