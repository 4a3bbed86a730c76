"""The document frame: the one gathering or meeting an article is about, with its venue,
dates and status, read once per document (issue #10, class 1).

Encyclopedia pages state their summit once — in an infobox ("Cities:", "Date:") or in
the lede ("The Eighth East Asia Summit was held in Bandar Seri Begawan on October
9–10, 2013") — and readouts open with a dateline ("May 16, 2013, Sochi"). Later
sentences only say "the summit", "attended", "did not attend": those events take the
frame's venue and date (`fill_from_frame`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Span, Token

from summitwatch.kb.places import Place
from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.arguments import DocIndex
from summitwatch.nlp.dates import latest_published, resolve_date
from summitwatch.nlp.lexicon import load_patterns

LEDE_SENTENCES = 8  # the frame is stated near the top or not at all
NEWS_LEDE = 2  # an undated gathering in the first sentences is the day's news
_KEY_LINE = re.compile(
    r"^[ \t]*[-*•]?[ \t]*(?P<key>[A-Za-z][A-Za-z ]{1,24}?)[ \t]*:"
    r"[ \t]*(?P<value>\S.*)$",
    re.MULTILINE,
)
_DATELINE = re.compile(
    r"^[ \t]*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
    r",[ \t]*(?P<place>[^\n]{2,60})$",
    re.MULTILINE,
)
_GLUED_KEY = re.compile(
    r"^[ \t]*(?P<key>Date|Dates|Cities|City|Venues?|Host country|Country|Location)"
    r"(?P<value>[A-Z0-9][^\n]*)$",
    re.MULTILINE,
)  # infoboxes flattened without the colon: 'DateApril 10–11, 2015'
_PLACE_LINE = re.compile(r"^[ \t]*(?P<place>[A-Z][^\n,]{2,40})(?:,[^\n]{2,40})?$",
                         re.MULTILINE)  # fmt: skip
_TOP_LINES = 40


@dataclass
class Frame:
    """Where and when the article's own event took place, and who was listed there."""

    place: Place | None = None
    date: str | None = None
    participants: list[Participant] = field(default_factory=list)
    gathering: bool = False  # a summit or meeting, not just the place of the news
    published: date | None = None

    @property
    def location(self) -> Location:
        p = self.place
        if p is None:
            return Location()
        region = p.name if p.kind == "region" else None
        return Location(p.venue_city, p.country, region, p.lat, p.lon)

    @property
    def status(self) -> str:
        """'planned' while the gathering is still ahead of the publication date."""
        if not self.date or not self.published:
            return "occurred"
        bound = latest_published(self.published)[: len(self.date)]
        return "planned" if self.date > bound else "occurred"

    def compatible(self, when: str | None) -> bool:
        """Could an event dated `when` be this frame's event?"""
        if not when or not self.date:
            return True
        return when.startswith(self.date) or self.date.startswith(when)


def _patterns() -> dict:
    return load_patterns("frame.json")


def _more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two dates when they agree, else the first."""
    if not a or not b:
        return a or b
    if b.startswith(a) and len(b) > len(a):
        return b
    return a


_RANK = {"site": 0, "city": 0, "region": 1, "country": 2}


def _better_place(a: Place | None, b: Place | None) -> Place | None:
    """A city (or named site) beats the region or country it is in; otherwise the
    first found."""
    if a is None or b is None:
        return a or b
    if _RANK[b.kind] < _RANK[a.kind] and b.country == a.country:
        return b
    return a


def _place_in_value(index: DocIndex, value: str) -> Place | None:
    found: Place | None = None
    for part in re.split(r"[,;/]| and ", value):
        part = part.strip(" .")
        place = index.kb.place(part) if part else None
        if place is not None and place.country:
            found = _better_place(found, place)
    return found


def _people_between(index: DocIndex, start: int, end: int) -> list[Participant]:
    out: list[Participant] = []
    for mention in index.persons:
        tok = index.doc[mention.start]
        if start <= tok.idx < end and mention.participant not in out:
            out.append(mention.participant)
    return out


def _from_infobox(index: DocIndex, frame: Frame) -> None:
    """'Cities: Colombo', 'Date: 15-16 September 2022', 'Participants: …'."""
    pats = _patterns()
    top = "\n".join(index.doc.text.split("\n")[:_TOP_LINES])
    matches = [*_KEY_LINE.finditer(top), *_GLUED_KEY.finditer(top)]
    for match in matches:
        key, value = match["key"].strip().lower(), match["value"].strip()
        if key in pats["infobox_place_keys"]:
            frame.place = _better_place(frame.place, _place_in_value(index, value))
            frame.gathering = True
        elif key in pats["infobox_date_keys"]:
            frame.date = frame.date or resolve_date(value, frame.published)
            frame.gathering = True
        elif key in pats["infobox_people_keys"]:
            frame.participants = _people_between(
                index, match.start("value"), match.end("value")
            )


def _from_dateline(index: DocIndex, frame: Frame) -> None:
    """'May 16, 2013, Sochi', 'June 14, 2018, The Kremlin, Moscow'."""
    top = "\n".join(index.doc.text.split("\n")[:6])
    match = _DATELINE.search(top)
    if not match:
        _from_place_line(index, frame, top)
        return
    frame.date = frame.date or resolve_date(match["date"], frame.published)
    parts = [p.strip() for p in match["place"].split(",")]
    for part in reversed(parts):
        place = index.kb.place(part)
        if place is not None:
            frame.place = frame.place or place
            return


def _from_place_line(index: DocIndex, frame: Frame, top: str) -> None:
    """A transcript's place line above its date line: 'Seoul, Republic of Korea' /
    'November 11, 2010 – 3:47 P.M. KST'."""
    lines = top.split("\n")
    for n, line in enumerate(lines[:-1]):
        match = _PLACE_LINE.match(line)
        nxt = lines[n + 1].strip()
        if not match or not re.match(r"[A-Z][a-z]+\.? \d{1,2}, \d{4}\b", nxt):
            continue
        place = index.kb.place(match["place"].strip())
        if place is not None and place.kind in ("city", "site"):
            frame.place = frame.place or place
            frame.date = frame.date or resolve_date(nxt[:20], frame.published)
            return


def _is_frame_sentence(sent: Span) -> bool:
    """The lede sentence that states the gathering: a summit noun or 'was held'."""
    pats = _patterns()
    nouns = set(pats["gathering_nouns"])
    return any(
        (t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN"))
        or (t.lemma_.lower() in pats["holding_lemmas"] and t.pos_ == "VERB")
        for t in sent
    )


_LOCATIVE = ("in", "at", "to")
_SETTLEMENT = {"city", "town", "capital", "village", "resort", "port"}


def _locative(token: Token) -> bool:
    """Is the place the object of 'in', 'at' or 'to' ('held in Colombo, Sri Lanka'),
    not a nationality ('Prime Minister of Japan', 'Japan's')?"""
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "of":
            token = token.head.head  # 'the Egyptian city of Sharm El Sheikh'
            if token.lemma_.lower() not in _SETTLEMENT:
                return False
            continue
        if token.dep_ == "pobj":
            return token.head.lower_ in _LOCATIVE
        if token.dep_ not in ("appos", "conj", "compound", "npadvmod"):
            return False
        token = token.head
    return False


def _sentence_place(index: DocIndex, sent: Span) -> Place | None:
    found: Place | None = None
    for i in range(sent.start, sent.end):
        mention = index.place_at.get(i)
        if mention is None or not mention.place.country:
            continue
        span = index.doc[mention.start : mention.end]
        if _locative(span.root):
            found = _better_place(found, mention.place)
    return found


def _sentence_date(index: DocIndex, sent: Span) -> str | None:
    for i in range(sent.start, sent.end):
        if i in index.date_at and index.date_at[i][1]:
            return index.date_at[i][1]
    return None


def _from_lede(index: DocIndex, frame: Frame) -> None:
    """The first lede sentence naming a gathering with its venue (and maybe date)."""
    body = (s for s in index.doc.sents if len(s) > 5 and not _KEY_LINE.match(s.text))
    for n, sent in enumerate(body):
        if n >= LEDE_SENTENCES:
            return
        if not _is_frame_sentence(sent):
            continue
        place = _sentence_place(index, sent)
        if place is None:
            continue
        if frame.place is None or (
            frame.place.kind == "country" and place.country == frame.place.country
        ):
            frame.place = _better_place(frame.place, place)
        elif frame.place.country != place.country:
            continue
        frame.date = _more_precise(frame.date, _sentence_date(index, sent))
        if frame.date is None and n < NEWS_LEDE and index.published:
            frame.date = index.published.isoformat()  # 'has convened in Khartoum'
        frame.gathering = True
        return


def _from_title(index: DocIndex, frame: Frame) -> None:
    """A title naming its summit by the venue city: 'Agra Summit', '2005 Sharm El
    Sheikh Summit' (a country there is a party: '2018 Russia–United States Summit')."""
    title = next(iter(index.doc.sents), None)
    if title is None or "\n" not in index.doc.text[: title.end_char + 2]:
        return
    if not _is_frame_sentence(title):
        return
    cities = {
        m.place
        for i in range(title.start, title.end)
        if (m := index.place_at.get(i)) is not None and m.place.kind in ("city", "site")
    }
    if len(cities) == 1:  # 'Moscow vs. Vladivostok: …' names no one venue
        frame.place = cities.pop()
        frame.gathering = True


def find_frame(index: DocIndex) -> Frame:
    """The article's own event, from its title, infobox, dateline and lede, in that
    order."""
    frame = Frame(published=index.published)
    _from_title(index, frame)
    _from_infobox(index, frame)
    _from_dateline(index, frame)
    _from_lede(index, frame)
    return frame


def fill_from_frame(events: list[Event], frame: Frame) -> None:
    """Events with no venue (or only the frame's country) that could be the frame's
    event take its venue and, if undated, its date."""
    if frame.place is None:
        return
    for event in events:
        if not frame.compatible(event.date):
            continue
        loc = event.location
        if loc.country is None and loc.city is None:
            event.location = frame.location
            event.date = _more_precise(frame.date, event.date) or frame.date
        elif (
            loc.country == frame.place.country
            and loc.city is None
            and frame.location.city
        ):
            event.location = frame.location
            event.date = _more_precise(frame.date, event.date)
