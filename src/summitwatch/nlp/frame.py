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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.ingest.date_text import ARCHIVE_CLOCK
from summitwatch.kb.places import Place
from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.agenda import agenda_spans
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.dates import (
    dates_agree,
    foreign_date,
    known_by_year,
    latest_published,
    parse_iso,
    reported_as_past,
    resolve_date,
)
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text, inside, span_text
from summitwatch.nlp.guessed import speaker_past
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import location_of
from summitwatch.nlp.page_furniture import furniture
from summitwatch.nlp.person_clause import in_persons_past_clause
from summitwatch.nlp.release_header import release_header
from summitwatch.nlp.status import trip_clause
from summitwatch.nlp.told import told_event
from summitwatch.nlp.topics import topic_place

LEDE_SENTENCES = 8  # the frame is stated near the top or not at all
NEWS_LEDE = 2  # an undated gathering in the first sentences is the day's news
_WELCOME = frozenset({"welcome"})  # cue-index word sets (`cue_tokens`)
_BETWEEN = frozenset({"between"})
_KEY_LINE = re.compile(
    r"^[ \t]*[-*•]?[ \t]*(?P<key>[A-Za-z][A-Za-z ]{1,24}?)[ \t]*:"
    r"[ \t]*(?P<value>\S.*)$",
    re.MULTILINE,
)
_DATELINE = re.compile(
    r"^[ \t]*(?P<date>[A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})"
    rf"(?:,|{ARCHIVE_CLOCK}|[ \t]*\n[ \t]*\d{{1,2}}:\d{{2}}[ \t]*\n)"
    r"[ \t]*(?P<place>[^\n]{2,60})$",
    re.MULTILINE,
)  # the Kremlin's clock time may stand between: 'April 29, 2003 - 00:00 - Novo-
# Ogaryovo Residence' (its archive), 'May 17, 2017' / '14:40' / 'Sochi' (its page)
_GLUED_KEY = re.compile(
    r"^[ \t]*(?P<key>Date|Dates|Cities|City|Venues?|Host country|Country|Location)"
    r"(?P<value>[A-Z0-9][^\n]*)$",
    re.MULTILINE,
)  # infoboxes flattened without the colon: 'DateApril 10–11, 2015'
_SPACED_KEY = re.compile(
    r"^[ \t]*(?P<key>Signed|Location|Location signed)[ \t]+(?P<value>[A-Z0-9][^\n:]*)$",
    re.MULTILINE,
)  # a treaty infobox flattened with a space: 'Signed 21 December 1991',
# 'Location Alma-Ata, Kazakhstan' (Kiwix copies)
_NAME_LINE_CHARS = 60  # a line holding one person (and a flag or an office)
_PLACE_LINE = re.compile(r"^[ \t]*(?P<place>[A-Z][^\n,]{2,40})(?:,[^\n]{2,40})?$",
                         re.MULTILINE)  # fmt: skip
_TOP_LINES = 40


def _top_lines(index: DocIndex, count: int) -> str:
    """The text of the document's first `count` lines (three readers look only at the
    top of a page); the lines are split once per document."""
    if "text_lines" not in index.memo:
        index.memo["text_lines"] = doc_text(index.doc).split("\n")
    return "\n".join(index.memo["text_lines"][:count])  # type: ignore[index]


_LINE_END_DATE = re.compile(r"\b[A-Z][a-z]+\.? \d{1,2}(?:\s*[–-]\s*\d{1,2})?, \d{4}$")


@dataclass
class Frame:
    """Where and when the article's own event took place, and who was listed there."""

    place: Place | None = None
    date: str | None = None
    participants: list[Participant] = field(default_factory=list)
    gathering: bool = False  # a summit or meeting, not just the place of the news
    published: date | None = None
    called_off: bool = False  # the calendar has the edition cancelled or postponed
    told_as_past: bool = False  # the lede reports it in the past ('was held')
    first_day: date | None = None  # the calendar's opening day, when known
    recalled: list[tuple[int, int]] = field(default_factory=list)  # 'we recall …'
    memorandum: bool = False  # a memorandum of conversation: its head lists who met
    clocked: bool = False  # the venue of a transcript's header, above its clock time

    def list_participants(self, people: list[Participant]) -> None:
        """Add the people a list of the page names (an infobox, 'in attendance
        were …') to the frame's participants, each once."""
        self.participants += [p for p in people if p not in self.participants]

    def under_way(self) -> bool:
        """Has the gathering opened by the publication day ('Putin is attending')?
        An undated one in a report dated to the day is the day's news."""
        if self.published is None:
            return False
        if self.date is None:
            return self.published.day != 1
        day = self.first_day or (parse_iso(self.date) if len(self.date) == 10 else None)
        return bool(day and self.published >= day)

    parties: list[str] = field(default_factory=list)  # 'a summit between Egypt, …'
    evidence: Span | None = None  # the sentence that states the frame

    @property
    def location(self) -> Location:
        p = self.place
        if p is None:
            return Location()
        return location_of(p)

    @property
    def status(self) -> str:
        """'planned' while the gathering is still ahead of the publication date."""
        if self.called_off:
            return "not_occurred"
        if self.told_as_past or not self.date or not self.published:
            return "occurred"
        bound = latest_published(self.published)[: len(self.date)]
        return "planned" if self.date > bound else "occurred"

    def compatible(self, when: str | None) -> bool:
        """Could an event dated `when` be this frame's event?"""
        return dates_agree(when, self.date)


def _patterns() -> dict:
    return load_patterns("frame.json")


@cache
def _people_line() -> re.Pattern[str]:
    """A people key flattened with a space or glued, one person a line after it:
    'Participants Gamal Abdel Nasser' / '(President of Egypt)' / 'Jawaharlal Nehru'
    … (frame.json `people_line_keys`), compiled once."""
    keys = "|".join(map(re.escape, _patterns()["people_line_keys"]))
    return re.compile(
        rf"^[ \t]*(?P<key>{keys})[ \t]*(?P<value>[A-Z][^\n:|]*)$", re.MULTILINE
    )


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


def place_in_value(index: DocIndex, value: str) -> Place | None:
    """The most precise place an infobox or header value names ('Okeanskaya
    Sanatorium, Vladivostok'; 'Chairman Mao's Residence, Peking')."""
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
    top = _top_lines(index, _TOP_LINES)
    matches = [*_KEY_LINE.finditer(top), *_GLUED_KEY.finditer(top)]
    matches += _SPACED_KEY.finditer(top)
    for match in matches:
        key, value = match["key"].strip().lower(), match["value"].strip()
        if _labelled_people_key(key, pats["infobox_people_keys"]):
            end = _list_end(index, top, match.end("value"), _signatory_line)
            listed = _people_between(index, match.start("key"), end)
            frame.list_participants(listed)
        elif key in pats["infobox_place_keys"]:
            frame.place = _better_place(frame.place, place_in_value(index, value))
            frame.gathering = True
        elif key in pats["infobox_date_keys"]:
            frame.date = frame.date or resolve_date(value, frame.published)
            frame.gathering = True
        elif key in pats["infobox_people_keys"]:
            listed = _people_between(index, match.start("value"), match.end("value"))
            frame.list_participants(listed)
    for match in _people_line().finditer(top):
        end = _list_end(index, top, match.end("value"), _name_line)
        listed = _people_between(index, match.start("value"), end)
        if len(listed) >= 2:
            frame.list_participants(listed)


def _list_end(
    index: DocIndex, top: str, end: int, of_list: Callable[[DocIndex, str, int], bool]
) -> int:
    """Where an infobox list that goes on over the lines after `end` ends: past
    each line `of_list` takes (given the line and where it starts in `top`), up
    to the first it does not."""
    for line in top[end:].split("\n")[1:]:
        if not of_list(index, line, end + 1):
            break
        end += len(line) + 1
    return end


def _name_line(index: DocIndex, line: str, start: int) -> bool:
    """A line of a people key's list: one person ('Jawaharlal Nehru', 'Flag of the
    United States.svg John F. Kennedy') or that person's office in brackets
    ('(Prime Minister of India)')."""
    stripped = line.strip()
    if not stripped or ":" in line or len(stripped) > _NAME_LINE_CHARS:
        return False
    if stripped.startswith("(") and stripped.endswith(")"):
        return True
    return len(_people_between(index, start, start + len(line))) == 1


def _labelled_people_key(key: str, people_keys: list[str]) -> bool:
    """'signatories russian sfsr' of 'Signatories Russian SFSR: Boris Yeltsin': a
    flattened infobox runs the people key into the first signatory's country label."""
    first, _, rest = key.partition(" ")
    return bool(rest) and key not in people_keys and first in people_keys


def _signatory_line(index: DocIndex, line: str, start: int) -> bool:
    """A line of a signatory list: 'Ukraine: Leonid Kravchuk', one signatory
    labelled with a country the KB knows."""
    label, colon, _ = line.partition(":")
    place = index.kb.place(label.strip()) if colon else None
    return place is not None and place.kind == "country"


def _from_dateline(index: DocIndex, frame: Frame) -> None:
    """'May 16, 2013, Sochi', 'June 14, 2018, The Kremlin, Moscow', and with the
    Kremlin's clock time between date and place (`_DATELINE`; real 661, 662)."""
    top = _top_lines(index, 6)
    match = _DATELINE.search(top)
    if not match:
        _from_place_line(index, frame, top)
        return
    frame.date = frame.date or resolve_date(match["date"], frame.published)
    parts = [p.strip() for p in match["place"].split(",")]
    for n, part in enumerate(reversed(parts)):
        place = index.kb.place(part)
        if place is not None and place.kind == "country":  # 'Caracas, Venezuela':
            city = _city_before(index, parts[: len(parts) - n - 1], place.country)
            place = city or place  # the city, in that country
        if place is not None:
            frame.place = frame.place or place
            return


def _city_before(index: DocIndex, parts: list[str], country: str) -> Place | None:
    """The city a dateline names before its country ('Caracas' of 'Caracas,
    Venezuela'), looked up in that country."""
    for part in reversed(parts):
        place = index.kb.place(part, country=country)
        if place is not None and place.kind in ("city", "site"):
            return place
    return None


def _from_place_line(index: DocIndex, frame: Frame, top: str) -> None:
    """A transcript's place line above its date line: 'Seoul, Republic of Korea' /
    'November 11, 2010 – 3:47 P.M. KST'."""
    lines = [*top.split("\n"), ""]
    for n, line in enumerate(lines[:5]):
        match = _PLACE_LINE.match(line)
        if not match:
            continue
        place = index.kb.place(match["place"].strip())
        if place is None or place.kind not in ("city", "site"):
            continue
        rest = line.strip()[len(match["place"].strip()) :].strip(" ,")
        nxt = lines[n + 1].strip()
        dated = re.match(r"[A-Z][a-z]+\.? \d{1,2}, \d{4}\b", nxt)
        country = index.kb.place(rest) if rest else None
        if dated or (country is not None and country.country == place.country):
            frame.place = frame.place or place
            if dated:
                frame.date = frame.date or resolve_date(dated.group(0), frame.published)
            return


_HEADER_LINES = 16


def _from_release_header(index: DocIndex, frame: Frame) -> None:
    """A press office's header, its date and place on lines of their own ('Office of
    the Press Secretary / (Toronto, Canada) / … / June 19, 1988'): where and when the
    briefing was given, so where its 'The President met with …' took place. A
    transcript's header may give only its clock time ('10:30 A.M. EST') and name the
    venue alone on its line ('The Oval Office', 'South Lawn', '10 Downing Street /
    London, England')."""
    if frame.place is not None:
        return
    found = release_header(index, _top_lines(index, _HEADER_LINES))
    if found is None:
        return
    frame.place, frame.clocked, day = found
    if day is not None:
        frame.date = frame.date or resolve_date(day, frame.published)


def _is_frame_sentence(sent: Span) -> bool:
    """The lede sentence that states the gathering: a summit noun or 'was held'."""
    pats = _patterns()
    nouns = word_set("frame.json", "gathering_nouns")
    return any(
        (
            (t.lemma_.lower() in nouns and t.pos_ in ("NOUN", "PROPN"))
            or (t.lemma_.lower() in pats["holding_lemmas"] and t.pos_ == "VERB")
        )
        and not _in_past_relative_clause(t)
        for t in sent
    )


def _in_past_relative_clause(token: Token) -> bool:
    """'… released from prison in Panama, where he was convicted of a plot to kill
    Fidel Castro at a summit held there in 2000' (real 110): a gathering inside a
    relative clause told in the past is background, not the article's own event
    ('Qingdao, where Putin is attending a regional summit' is the event, dev 045)."""
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return token.tag_ in ("VBD", "VBN")
        token = token.head
    return False


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
        if token.dep_ == "dobj":  # 'who was visiting Hangzhou, China for the G20'
            return token.head.lemma_.lower() == "visit"
        if token.dep_ not in ("appos", "conj", "compound", "npadvmod"):
            return False
        token = token.head
    return False


def _in_brackets(sent: Span, i: int) -> bool:
    """'(the first having been held in Cairo in 2000)': an aside, not the frame."""
    before = sent.doc[sent.start : i].text
    return before.count("(") > before.count(")")


def sentence_place(index: DocIndex, sent: Span) -> Place | None:
    found: Place | None = None
    for i in range(sent.start, sent.end):
        mention = index.place_at.get(i)
        if mention is None or not mention.place.country or _in_brackets(sent, i):
            continue
        span = index.doc[mention.start : mention.end]
        if _in_anothers_clause(span.root) or in_persons_past_clause(span.root):
            continue  # 'Sharif, who was last at the White House': his own trip
        if _locative(span.root) and not topic_place(span.root):
            found = _better_place(found, mention.place)
    return found


def _in_anothers_clause(token: Token) -> bool:
    """'hopefully this will provide some repayment for the wonderful visit that I
    had in Israel this spring': a place in the relative clause that tells a trip
    (`status.trip_clause`) is that trip's, an earlier occasion, not the frame."""
    for above in token.ancestors:
        if above.pos_ in ("NOUN", "PROPN") and above.lemma_.lower() in word_set(
            "frame.json", "gathering_nouns"
        ):
            return False  # 'the opening of a summit in December in Lisbon'
        if above.dep_ == "relcl":
            told = trip_clause(above.head)
            return told is not None and told.i == above.i
    return False


def sentence_date(index: DocIndex, sent: Span) -> str | None:
    for i in range(sent.start, sent.end):
        span, value = index.date_at.get(i, (None, ""))
        if (
            value
            and not _in_brackets(sent, i)
            and not foreign_date(span, sent.root)
            and not in_persons_past_clause(span.root)  # 'who was there in 1999'
        ):
            return value
    return None


def _parties(index: DocIndex, sent: Span) -> list[str]:
    """The countries a summit is 'between' ('between Egypt, Israel, Jordan, and the
    Palestinian National Authority'): parties, never the venue (class 8)."""
    found: list[str] = []
    for token in with_lower(sent, _BETWEEN):
        if token.lower_ == "between":
            named = index.countries_in(token.subtree)
            found += [code for code in named if code not in found]
    return found


def named_leader(index: DocIndex, code: str, on: date | None) -> Participant | None:
    """The first person the article names who led `code` (state or government) on
    the day."""
    for mention in index.persons:
        who = mention.participant
        if who.country == code and index.leads_country_on(who, on, titled=False):
            return who
    return None


def party_leaders(index: DocIndex, frame: Frame) -> Event | None:
    """A summit between countries whose leaders the article names: one meeting of
    those leaders at the frame (rule 2), since countries are not people (rule 14)."""
    if len(frame.parties) < 2 or frame.place is None or frame.evidence is None:
        return None
    on = parse_iso(frame.date) or index.published
    named = [p for code in frame.parties if (p := named_leader(index, code, on))]
    if len(named) < 2 or len(named) < len(frame.parties) - 1:
        return None
    return frame_event(frame, named, frame.evidence)


def _in_table(sent: Span) -> bool:
    """A row of a list or table is one trip among many, not the page's event."""
    doc, start, end = sent.doc, sent.start, sent.end
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
    line = doc[start:end].text.strip()
    return "|" in line or bool(_LINE_END_DATE.search(line))


def _from_lede(index: DocIndex, frame: Frame) -> None:
    """The first lede sentence naming a gathering with its venue (and maybe date).
    A briefing's opening table of contents is not the lede (`agenda`)."""
    agenda = agenda_spans(doc_text(index.doc))
    body = (
        s
        for s in index.doc.sents
        if len(s) > 5
        and not _KEY_LINE.match(s.text)
        and not inside(agenda, s.start_char, s.start_char + 1)
    )
    for n, sent in enumerate(body):
        if n >= LEDE_SENTENCES:
            return
        if not _is_frame_sentence(sent) or _in_table(sent) or _caption(sent):
            continue
        if furniture(sent):  # 'FILE - X speaks during his inauguration …'
            continue
        if sent.root.lemma_.lower() in _patterns()["recalling_lemmas"]:
            continue  # 'I remember our meetings in Hamburg': an earlier occasion
        if _speaker_recalls(index, sent):
            continue  # 'we met in January 2020 at events in Israel': another occasion
        if not frame.parties and len(parties := _parties(index, sent)) >= 2:
            frame.parties, frame.evidence = parties, sent
        place = sentence_place(index, sent) or (
            _named_venue(index, sent) if n == 0 else None
        )
        if place is None:
            continue
        if frame.place is None or (
            frame.place.kind == "country" and place.country == frame.place.country
        ):
            frame.place = _better_place(frame.place, place)
        elif frame.place.country != place.country:
            continue
        frame.date = _more_precise(frame.date, sentence_date(index, sent))
        frame.told_as_past = reported_as_past(sent.root)
        if frame.date is None and n < NEWS_LEDE and index.published:
            frame.date = index.published.isoformat()  # 'has convened in Khartoum'
        frame.gathering = True
        return


def _speaker_recalls(index: DocIndex, sent: Span) -> bool:
    """A speaker tells an earlier occasion: the sentence's verb is in the past with
    'I' or 'we' its subject, and the date it gives is of another month than the
    page's ('To the best of my knowledge, we met in January 2020 at events in
    Israel' on a 2022 transcript, real 660). A transcript's own meeting is the one
    before the speaker, so such a sentence does not frame the page. An author's
    account of the day's news keeps it ('On Monday, November 21, I met President
    Putin in my office', real 252; 'meetings that took place in the course of
    today', held-out6 019), as does a sentence with no date."""
    if not speaker_past(sent.root):
        return False
    told = sentence_date(index, sent)
    published = index.published.isoformat()[:7] if index.published else None
    return told is not None and published is not None and told[:7] != published


def _named_venue(index: DocIndex, sent: Span) -> Place | None:
    """'The Malta Summit consisted of a meeting between Bush and Gorbachev', 'The
    Helsinki Summit was a meeting…': an encyclopedia lede whose subject is the
    gathering named by its one venue. Two places on the name are its parties
    ('the Russia–United States summit'), not a venue."""
    nouns = word_set("frame.json", "gathering_nouns")
    subject = next(
        (t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and t.head == sent.root),
        None,
    )
    if subject is None or subject.lemma_.lower() not in nouns:
        return None
    named = {
        m.place
        for c in subject.children
        if c.dep_ == "compound" and c.i < subject.i
        and (m := index.place_at.get(c.i)) is not None
    }  # fmt: skip
    return named.pop() if len(named) == 1 else None


def names_the_frame(trigger: Token, frame: Frame | None) -> bool:
    """'During the summit, Bush and Gorbachev would declare …' on a page about one
    summit: the bare definite gathering noun is the page's own event, whatever the
    sentence before it dated ('a meeting … in New York in December 1988')."""
    if frame is None or not frame.gathering or frame.date is None:
        return False
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in word_set(
        "frame.json", "gathering_nouns"
    ):
        return False
    kids = list(trigger.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    if all(c.dep_ in ("det", "punct") for c in kids):
        return trigger.head.lower_ in ("during", "at", "after", "before")
    return _the_meeting_between(trigger)


def _the_meeting_between(trigger: Token) -> bool:
    """'The meeting between Gorbachev and Zhao Ziyang was hailed …' with no date or
    place of its own, on a page about one summit: a meeting at that summit, not at
    the time of the precedent the sentence before recalled ('The last Soviet leader
    to visit China was Khrushchev in September 1959')."""
    return trigger.i == trigger.sent.start + 1 and all(
        c.dep_ in ("det", "punct", "appos")  # a name the parser hangs on the noun
        or (c.dep_ == "prep" and c.lower_ == "between")
        for c in trigger.children
    )


def _caption(sent: Span) -> bool:
    """'Soviet Premier Aleksei Kosygin and President Johnson during the meeting in
    Glassboro.': a photo caption without a verb, above an encyclopedia page's lede,
    names the venue but is no lede — and gives no publication date to the frame. So
    is a photo's alt text ('Photograph of the Prime Minister observing the Registan
    Square in Samarkand', `caption_openers`), whatever its verbs."""
    opening = sent.text.lstrip().lower()
    if opening.startswith(tuple(_patterns()["caption_openers"])):
        return True
    return not any(t.pos_ in ("VERB", "AUX") for t in sent)


WRAPPED_TITLE = 60  # characters: a first line this long that runs on is prose


def _from_title(index: DocIndex, frame: Frame) -> None:
    """A title naming its summit by the venue city: 'Agra Summit', '2005 Sharm El
    Sheikh Summit' (a country there is a party: '2018 Russia–United States Summit')."""
    title = next(iter(index.doc.sents), None)
    if title is None or "\n" not in doc_text(index.doc)[: title.end_char + 2]:
        return
    first_line = title.text.strip().split("\n")[0]
    if "\n" in title.text.strip() and len(first_line) >= WRAPPED_TITLE:
        return  # a first paragraph wrapped at a fixed width, not a title line
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


def summit_date(start: date | None, end: date | None, year: int) -> str:
    """An edition's days at the precision they share (SCHEMA.md rule 6)."""
    if start is None:
        return str(year)
    end = end or start
    if start == end:
        return start.isoformat()
    if (start.year, start.month) == (end.year, end.month):
        return start.isoformat()[:7]
    return str(start.year)


NEWS_DAYS = 7


def _news_of_the_day(summit, published: date | None) -> bool:
    """A report dated to the day is about a summit within a week of it; a page dated
    only by month or year (encyclopedias) may be about any edition it names."""
    if published is None or published.day == 1 or summit.start is None:
        return True
    return summit.distance(published) <= NEWS_DAYS


def _from_calendar(index: DocIndex, frame: Frame) -> None:
    """A summit the text names but does not place or date ('Eighth East Asia Summit',
    'the annual Arab League summit'): the KB's summit calendar knows where and when."""
    named = getattr(index.kb, "summit_named", None)
    placed = frame.place is not None and frame.place.kind != "country"
    if named is None or (placed and frame.date is not None):
        return  # a country alone: 'visiting Japan to attend the G20 Osaka Summit
    summit = None
    lede = [s for s in index.doc.sents if len(s) > 2][:4]
    for sent in [s for s in lede if _is_frame_sentence(s)][:2]:
        summit = named(span_text(sent), near=index.published)
        here = sentence_place(index, sent)
        if summit is not None and (here is None or here.country == summit.country):
            if _news_of_the_day(summit, index.published):
                break  # not 'in New York, on the sidelines of the ASEAN summit'
        summit = None
    if summit is None:
        return
    place = index.kb.place(summit.city, country=summit.country) if summit.city else None
    place = place or index.kb.places.countries.get(summit.country)
    if frame.place is None or (
        frame.place.kind == "country" and place and place.country == frame.place.country
    ):
        frame.place = place
    elif place is None or frame.place.country != place.country:
        return  # the text's venue is another: a different meeting
    if frame.date is None:  # else the lede's own meeting, there before it opens
        frame.date = summit_date(summit.start, summit.end, summit.year)
        frame.first_day = summit.start
    frame.gathering = True
    frame.called_off = summit.status in ("cancelled", "postponed")


def find_frame(index: DocIndex) -> Frame:
    """The article's own event, from its title, infobox, dateline and lede, in that
    order."""
    frame = Frame(published=index.published)
    _from_title(index, frame)
    _from_infobox(index, frame)
    _from_dateline(index, frame)
    _from_release_header(index, frame)
    _from_welcome(index, frame, spoken=True)  # before the trips a speaker recalls
    _from_lede(index, frame)
    _from_calendar(index, frame)
    _from_welcome(index, frame)
    frame.date = frame.date or _listed_date(index, frame)
    return frame


def _listed_date(index: DocIndex, frame: Frame) -> str | None:
    """An infobox that lists the signatories but no date: the signing is dated by
    the sentence that names most of them ('signed in Guatemala City by President A,
    President B … on August 7, 1987')."""
    listed = {p.name for p in frame.participants}
    if len(listed) < 2:
        return None
    for sent in index.doc.sents:
        named = {
            m.participant.name
            for m in index.mentions_in(sent.start, sent.end)
            if m.participant.name in listed
        }
        if len(named) < max(2, (len(listed) + 1) // 2):
            continue
        found = {v for _, v in index.dates_in(sent.start, sent.end)}
        if len(found) == 1:
            return found.pop()
    return None


def _from_welcome(index: DocIndex, frame: Frame, *, spoken: bool = False) -> None:
    """A transcript's welcome places it: 'it's a pleasure to welcome Prime Minister
    Netanyahu back to the Oval Office', 'Welcome to Moscow, to Russia', 'I am happy
    to welcome you to the Kremlin' — the remarks are given there, that day. A welcome
    `spoken` in the present ('It is a great pleasure to welcome the Finnish
    delegation to the Kremlin') places the remarks before the lede's places, which
    may be trips the speaker recalls ('I remember well my state visit to Finland');
    a welcome told ('whom he welcomed to the Oval Office in December 2010') or ahead
    ('looks forward to welcoming President Hu to Washington') does not."""
    if frame.place is not None or index.published is None:
        return
    for n, sent in enumerate(index.doc.sents):
        if n >= LEDE_SENTENCES:
            return
        for token in with_lemma(sent, _WELCOME):
            if token.pos_ not in ("VERB", "INTJ"):
                continue
            if spoken and not (token.pos_ == "INTJ" or token.tag_ in ("VB", "VBP")):
                continue
            heads = [token, *(c for c in token.children if c.dep_ == "advmod")]
            place = index.place_after(heads, "to", ("city", "site"))
            if place is not None:
                frame.place = place.place
                if index.published.day != 1:
                    frame.date = index.published.isoformat()
                return


def note_recalled(frame: Frame, sent: Span) -> None:
    """'we fondly recall the visit of King Salman': the sentence tells an earlier
    event, which takes the frame's country but not its city and date."""
    if sent.root.lemma_.lower() in _patterns()["recalling_lemmas"]:
        frame.recalled.append((sent.start_char, sent.end_char))


def recalled_event(event: Event, frame: Frame) -> bool:
    at = event.start_char
    return at is not None and any(a <= at < b for a, b in frame.recalled)


def fill_from_frame(events: list[Event], frame: Frame) -> None:
    """Events with no venue (or only the frame's country) that could be the frame's
    event take its venue and, if undated, its date."""
    if frame.place is None:
        return
    for event in events:
        if recalled_event(event, frame):  # an earlier event: the country, not the day
            if event.location.country is None and event.location.city is None:
                event.location = Location(country=frame.place.country)
            continue
        if not frame.compatible(event.date) or _other_time(event, frame):
            continue
        if _away_ahead(event, events, frame):
            continue
        loc = event.location
        if loc.country is None and loc.city is None:
            event.location = frame.location
            event.date = _more_precise(given_date(frame), event.date)
        elif (
            loc.country == frame.place.country
            and loc.city is None
            and frame.location.city
            and (
                (frame.date is None) == (event.date is None)  # one time, one place
                or _the_days_news(event, frame)
            )
        ):
            event.location = frame.location
            event.date = _more_precise(frame.date, event.date)
        elif _arrival_at_gathering(event, frame):
            event.location = frame.location  # its time is the report's to give
        elif _listed_at_venue(event, frame):
            event.date = frame.date


def _arrival_at_gathering(event: Event, frame: Frame) -> bool:
    """'Pacific Rim leaders are gathering in Lima, Peru for their annual economic
    summit … to coincide with his arrival in Peru' (real 601): an undated trip to
    the country of the summit the text is about goes to the summit's city. Only the
    place: the lede's day is not the trip's (it may have begun the day before). Not
    a trip only mused on ('doubts about whether he would travel to California',
    own 020): that is no arrival at the summit."""
    loc = event.location
    return (
        frame.gathering
        and event.type == "visit"
        and event.status in ("occurred", "planned")
        and event.date is None
        and loc.city is None
        and loc.country == frame.place.country
        and frame.location.city is not None
    )


def _the_days_news(event: Event, frame: Frame) -> bool:
    """An undated frame (a transcript's venue line under its clock time: '10 Downing
    Street / London, England / 5:00 P.M. BST') and an event of the publication day
    placed only by its country ('welcome President Obama again, on his fifth visit to
    the United Kingdom'): the day's event at the frame's venue. Only under a
    transcript's header: a readout's lede place is another trip's (dev 031: a
    cancelled visit to Malaysia keeps its country, not Kerry's Kuala Lumpur)."""
    return (
        frame.clocked
        and event.status == "occurred"
        and frame.date is None
        and frame.published is not None
        and event.date == frame.published.isoformat()
    )


def _away_ahead(event: Event, events: list[Event], frame: Frame) -> bool:
    """'President Biden will visit the Republic of Korea and Japan … In each country,
    President Biden will hold bilateral meetings with his counterparts' in a White
    House release: a placeless meeting ahead of someone whose trip ahead, at a time
    that may be the meeting's, goes to another country than the frame's is held on
    that trip (`plans.place_on_trip` places it), not at the release's own place."""
    if event.type != "meeting" or event.status != "planned":
        return False
    if event.location.country is not None or frame.place is None:
        return False
    return any(
        e.type == "visit"
        and e.status == "planned"
        and e.names[:1]
        and e.names[0] in event.names
        and e.location.country not in (None, frame.place.country)
        and dates_agree(e.date, event.date)
        for e in events
    )


def given_date(frame: Frame) -> str | None:
    """The frame's date as events may take it: not the 1 January a page known only by
    its year lent a gathering it tells in the past (an encyclopedia page dated '2024'
    on Modi's undated arrival in Kyoto, real 262); the frame keeps it to tell its
    event from others."""
    published = frame.published
    if (
        frame.told_as_past
        and published is not None
        and known_by_year(published)
        and frame.date == published.isoformat()
    ):
        return None
    return frame.date


def _listed_at_venue(event: Event, frame: Frame) -> bool:
    """'Ford traveled to Vladivostok to meet with Brezhnev' on the page of the
    Vladivostok summit: an undated meeting at the gathering's city (of the listed
    people, when the frame lists any) is the frame's event, on its date. Only on a
    page written in a later year (an encyclopedia's history): in the day's news an
    undated meeting there is another occasion ('the first summit', 'a third one')."""
    listed = {p.name for p in frame.participants}
    return (
        frame.gathering
        and frame.published is not None
        and frame.date is not None
        and frame.date[:4] < str(frame.published.year)
        and event.status == "occurred"
        and event.type == "meeting"
        and event.date is None
        and frame.date is not None
        and frame.place is not None
        and frame.place.kind == "city"
        and event.location.city == frame.place.name
        and (not listed or set(event.names) <= listed)
    )


def _other_time(event: Event, frame: Frame) -> bool:
    """An event ahead is not the gathering the lede tells as held: 'the meeting
    between Kim and Moon will take place' after 'held a historic first summit in
    April in Panmunjom' is not in Panmunjom in April."""
    return event.status == "planned" and frame.told_as_past


def drop_nationality_twins(
    events: list[Event], frame: Frame, headings: list[tuple[int, int]] = ()
) -> list[Event]:
    """'Remarks by President Obama and President Hu of China Before Bilateral
    Meeting': the meeting the frame places in Seoul is not also one in China. A
    meeting read from a heading whose country is only a participant's, twinned by
    the same people at the frame's venue, is dropped; a sentence of the body ('when
    we were in South Africa during the BRICS summit') states its place."""
    if frame.place is None:
        return events
    here = frame.place.country

    def twin_at_venue(e: Event) -> bool:
        return any(
            o is not e
            and o.type == e.type
            and set(o.names) == set(e.names)
            and o.location.country == here
            and o.location.city in (None, frame.place.city)  # not elsewhere there
            and frame.compatible(e.date and e.date[:7])  # a title dated on publication
            for o in events
        )

    return [
        e
        for e in events
        if not (
            e.location.country not in (None, here)
            and e.location.city is None  # a named city is stated, not guessed
            and e.location.country in {p.country for p in e.participants}
            and any(a <= (e.start_char or 0) < b for a, b in headings)
            and twin_at_venue(e)
        )
    ]


HEADING_SENTENCES = 8  # a statement's heading sits above its first paragraph


def _is_heading(sent: Span) -> bool:
    """A heading is a noun phrase ('Statement by the Press Secretary on the Visit of
    Chancellor Angela Merkel'): no finite verb."""
    return not any(
        t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm") for t in sent
    )


def drop_heading_visits(
    per_sentence: list[tuple[Span, list[Event]]],
) -> list[tuple[Span, list[Event]]]:
    """'Statement by the Press Secretary on the Visit of X' names the event the body
    reports ('President Obama will welcome X … on March 17'), with its own status and
    date: a visit of the heading's is dropped when a later sentence has X in an
    event (rule 1: one event, not a second one dated on publication). So is a
    heading's meeting ('Readout of … Sullivan's Meeting with President Giammattei')
    when the body reports it with more people ('… and his delegation')."""
    out = []
    for n, (sent, found) in enumerate(per_sentence):
        if n < HEADING_SENTENCES and found and _is_heading(sent):
            rest = [e for _, f in per_sentence[n + 1 :] for e in f]
            later = {name for e in rest for name in e.names}
            groups = [set(e.names) for e in rest if e.type == "meeting"]
            found = [
                e
                for e in found
                if not (e.type == "visit" and set(e.names) <= later)
                and not (e.type == "meeting" and any(set(e.names) < g for g in groups))
            ]
        out.append((sent, found))
    return out


def frame_event(
    frame: Frame,
    people: list[Participant],
    evidence: Span,
    *,
    kind: str = "meeting",
    status: str | None = None,
    confidence: float = 0.55,
) -> Event:
    """An event at the frame's venue and date (its status unless given), told by
    `evidence`: the one way the document level makes an event of the frame."""
    return told_event(
        kind,
        people,
        frame.location,
        frame.date,
        evidence,
        status=status or frame.status,
        confidence=confidence,
    )


def listed_meeting(frame: Frame, evidence: Span) -> Event | None:
    """The people an infobox lists for the summit ('Participants:', 'Negotiators:')
    were present at it together (SCHEMA.md rule 16)."""
    if len(frame.participants) < 2 or (frame.place is None and not frame.memorandum):
        return None
    return frame_event(frame, list(frame.participants), evidence)


def _listed_again(names: set[str], listed: set[str]) -> bool:
    """The prose telling the listed signing again, one name cut short by the NER
    ('José Napoleón' for the infobox's 'José Napoleón Duarte'): three or more of the
    listed people and at most one name the list lacks."""
    return names != listed and len(names & listed) >= 3 and len(names - listed) <= 1


def fold_into_listed(events: list[Event], frame: Frame) -> list[Event]:
    """'a summit meeting between Trump and Putin' on a page whose infobox lists
    Trump, Pompeo, Putin and Lavrov is that one listed gathering, not a second
    meeting (rule 1)."""
    listed = {p.name for p in frame.participants}
    if len(listed) < 2 or (frame.place is None and not frame.memorandum):
        return events
    here = frame.place.country if frame.place else None

    def listed_gathering(e: Event) -> bool:
        return (
            e.type == "meeting"
            and len(e.names) >= 2
            and (set(e.names) < listed or _listed_again(set(e.names), listed))
            and e.location.country in (None, here)
            and frame.compatible(e.date)
        )

    return [e for e in events if not listed_gathering(e)]
