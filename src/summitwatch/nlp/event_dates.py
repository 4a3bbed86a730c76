"""When an event happened: the date governed by a trigger, a leader's term as a
year's hint, and the dates of the whole document resolved once."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.models import Participant
from summitwatch.nlp.announced import (
    bare_weekday,
    is_to_be,
    prelude_date,
    present_schedule,
)
from summitwatch.nlp.clause_subjects import governing_verb, where_clause
from summitwatch.nlp.dates import (
    MONTHS,
    WEEKDAYS,
    YEAR,
    dates_agree,
    foreign_date,
    known_by_year,
    parse_iso,
    resolve_date,
    shared_precision,
)
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text, inside
from summitwatch.nlp.entities import ents_within
from summitwatch.nlp.image_names import flag_year_spans
from summitwatch.nlp.later_event import after_its_clause
from summitwatch.nlp.lexicon import event_words, future_auxiliaries, lexicon, word_set
from summitwatch.nlp.person_clause import persons_past_clauses
from summitwatch.nlp.status import describes, wh_clause
from summitwatch.nlp.time_clause import (
    ahead_in_time_clause,
    infinitive_ahead,
    other_time,
)
from summitwatch.nlp.years_after import distance_dated

_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), 1
    )
}


def date_for(index: DocIndex, trigger: Token, agents: list[Participant]) -> str | None:
    """The date nearest the trigger: in its own phrases first, then in the sentence."""
    verb = governing_verb(trigger)
    if dated := distance_dated(index, trigger):  # "three years after X visited"
        return dated
    aside = _relative_clauses(trigger)  # 'Lula, who will chair the G20 next year'
    aside |= persons_past_clauses(trigger)  # 'Sharif, who was there in 1999'
    own = (_own_phrase_or_clause(trigger) | _own_clause(verb)) - aside
    own |= _taking_place(verb)
    sent = trigger.sent
    candidates = [
        (i, d)
        for i, d in index.date_at.items()
        if sent.start <= i < sent.end and i not in aside
    ]
    if not candidates:
        return _clock_day(index, trigger, own)
    # a relative clause on a place happens when the clause that names it does
    if not any(c[0] in own for c in candidates) and where_clause(verb):
        main = governing_verb(verb.head)  # 'On November 10, he will arrive in
        if main.i != verb.i:  # Paris, where he will join President Trump'
            found = date_for(index, main, agents)
            if found:
                return found
    candidates = [c for c in candidates if c[0] in own or abs(c[0] - trigger.i) <= 10]
    candidates = [
        c
        for c in candidates
        if not foreign_date(c[1][0], trigger)
        and not _report_date(c[1][0], trigger)
        and not prelude_date(c[1][0])  # 'in the lead-up to a March 2023 Summit'
        and not _describes_a_noun(c[1][0], trigger)
        and not of_another_time(c[1][0].root, trigger)
    ]
    phrase = _own_phrase(trigger)  # 'his own visit to Japan in March': not May
    candidates.sort(
        key=lambda c: (c[0] not in phrase, c[0] not in own, abs(c[0] - trigger.i))
    )
    for i, (span, value) in candidates:
        if value:
            return value
        found = _term_year(index, span, agents)
        if found:
            return found
        if i in own and _DECADE.search(span.text):
            return None  # 'our meetings … in the early 1990s': not 'this year'
    return None


_DECADE = re.compile(r"\b\d{3}0'?s\b")  # a decade is the event's own time, no date


def _own_phrase_or_clause(trigger: Token) -> set[int]:
    """A noun trigger's whole phrase ('his visit to Japan in 2022'). A verb's
    subtree without the clauses below it that tell another act: 'will travel to
    Kenya where she plans to meet President Kibaki … to emphasize her support for
    … elections in 2013' (real 176) is no meeting in 2013. A clause of a meeting
    or a trip stays: 'traveled to Moscow … to meet Putin in the summer of 2001'
    (the seed) is a trip of 2001."""
    if trigger.pos_ not in ("VERB", "AUX"):
        return {t.i for t in trigger.subtree}
    words = event_words()
    other = {
        t.i
        for clause in trigger.subtree
        if clause.i != trigger.i
        and clause.dep_ in _CLAUSES
        and clause.pos_ in ("VERB", "AUX")
        and clause.lemma_.lower() not in words
        for t in clause.subtree
    }
    return {t.i for t in trigger.subtree} - other


_CLAUSES = ("advcl", "relcl", "acl", "ccomp", "xcomp", "conj")


def _describes_a_noun(span: Span, trigger: Token) -> bool:
    """'will also visit South Sudan, Africa's newest nation following its break with
    Sudan last year', 'to advance the Partnership announced … in July': a date in a
    participle that describes another noun (not a place, person or event word) is
    that noun's story, not the trip's."""
    words = event_words()
    for above in span.root.ancestors:
        if above.i == trigger.i or above.lemma_.lower() in words:
            return False  # '… issued on occasion of his visit to Japan in 2022'
        noun = above.head
        if (
            above.dep_ in ("acl", "prep")
            and above.tag_ in ("VBG", "VBN")  # not 'an opportunity to make a trip'
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.i != trigger.i
            and noun.lemma_.lower() not in words
            and noun.ent_type_ not in ("GPE", "LOC", "PERSON", "FAC")
            and not any(t.lemma_.lower() in words for t in above.subtree)
        ):  # '… issued on occasion of his visit to Japan in November': the visit's
            return True
    return False


def _relative_clauses(trigger: Token) -> set[int]:
    """Relative clauses below a noun trigger on another noun: 'a meeting with Lula
    of Brazil, which will hold the G20 presidency next year, on the 3rd' — next year
    is the presidency's ('the meeting, which will be held next year' is not)."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return set()
    return {
        t.i
        for c in trigger.subtree
        if c.dep_ == "relcl" and wh_clause(c) and not describes(c, trigger)
        for t in c.subtree
    }


def _clock_day(index: DocIndex, trigger: Token, own: set[int]) -> str | None:
    """'from 2:30 p.m., Japan time, … held a summit meeting' with no date: a time
    of day in a report dated to the day is that day (Kantei press conferences, MOFA
    readouts)."""
    published = index.published
    if published is None or published.day == 1:  # a month or year only
        return None
    for ent in ents_within(trigger.sent):
        near = ent.start in own or abs(ent.start - trigger.i) <= 10
        if ent.label_ == "TIME" and near and any(t.like_num for t in ent):
            return published.isoformat()
    return None


def _own_phrase(trigger: Token) -> set[int]:
    """A noun trigger's own phrase without its conjuncts: in 'since Kishida's visit
    to Korea in May and his own visit to Japan in March', each visit has its month.
    A verb has no phrase of its own here: its clause decides."""
    if trigger.pos_ not in ("NOUN", "PROPN"):
        return set()
    skip = {t.i for c in trigger.children if c.dep_ == "conj" for t in c.subtree}
    return {t.i for t in trigger.subtree} - skip


def _taking_place(verb: Token) -> set[int]:
    """'The Malta Summit consisted of a meeting between Bush and Gorbachev, taking
    place between December 2-3 1989': a participle clause saying when the event took
    place is the event's time, wherever the parser hung it. Only a bare participle
    ('taking place', 'held'): a clause with its own subject tells something else."""
    out: set[int] = set()
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ not in ("VBG", "VBN"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
            continue
        lemma = clause.lemma_.lower()
        takes_place = lemma == "take" and any(
            c.dep_ == "dobj" and c.lower_ == "place" for c in clause.children
        )
        if takes_place or (lemma in ("hold", "convene") and clause.tag_ == "VBN"):
            out |= {t.i for t in clause.subtree}
    return out


def _own_clause(verb: Token) -> set[int]:
    """The verb's clause without the clauses below it: 'is visiting Vladivostok to
    review preparations for a conference to be held next year' — next year is the
    conference's."""
    skip = {
        t.i
        for c in verb.subtree
        if c.dep_ in ("relcl", "advcl") and c.i != verb.i
        for t in c.subtree
    }
    return {t.i for t in verb.subtree} - skip


def _coordinated_clauses(token: Token, trigger: Token) -> tuple[Token, Token] | None:
    """The verbs of the trigger's clause and of `token`'s, when the two are clauses
    coordinated with each other ('visited X …, and met Y …'); else None. Both
    `of_another_time` and `dated_apart` compare such a pair."""
    verb = governing_verb(trigger)
    other = governing_verb(token)
    if other.i == verb.i or other not in verb.conjuncts:
        return None
    return verb, other


def of_another_time(token: Token, trigger: Token) -> bool:
    """`token` lies in a clause coordinated with the trigger's and told in the other
    time, one done and one ahead (`time_clause.other_time`): 'Campbell visited
    Mongolia earlier this month, and future visits are planned by Biden' — the
    month dates the done visit only (real 600)."""
    clauses = _coordinated_clauses(token, trigger)
    return clauses is not None and other_time(*clauses)


def dated_in_another_time(index: DocIndex, trigger: Token) -> bool:
    """The trigger's sentence dates a clause of the other time (`of_another_time`):
    the event has a time the text withholds, and the report's own date is not it
    ('earlier this month' tells the done visit, not the planned ones)."""
    sent = trigger.sent
    return any(
        of_another_time(span.root, trigger)
        for i, (span, _) in index.date_at.items()
        if sent.start <= i < sent.end
    )


def dated_apart(index: DocIndex, token: Token, trigger: Token) -> bool:
    """`token` lies in a clause coordinated with the trigger's, and each clause has
    a date of its own, not the same: 'Last month, we received X in Moscow, and
    today, we had talks with Y' (real 661) — Moscow is last month's, the talks are
    today's. A clause without a time of its own shares its conjunct's ('arrived in
    Tokyo on Monday and met Abe'), so it is not apart."""
    clauses = _coordinated_clauses(token, trigger)
    if clauses is None:
        return False
    verb, other = clauses
    mine, theirs = _conjunct_dates(index, verb), _conjunct_dates(index, other)
    return (
        bool(mine and theirs)
        and not any(dates_agree(a, b) for a in mine for b in theirs)
        # '2004 … visited Washington and met Bush in July 2004': one time
        and not _in_the_stay(other, verb, mine, theirs)
    )


def _in_the_stay(trip: Token, verb: Token, mine: set[str], theirs: set[str]) -> bool:
    """`trip`'s clause tells an arrival or a visit, and `verb`'s clause is the
    traveller's (no subject of its own, or a pronoun) at or after its time: 'arrived
    in Vladivostok on Wednesday and met Putin on Thursday' — the stay the arrival
    starts holds the traveller's talks, so they are where it is. An act of another
    kind ('received X in Moscow last month, and today had talks with Y') starts no
    stay, and another subject's clause tells another occasion ('Jiang visited
    Crawford in 2002, but the last visit was Hu's in 2011', own 016)."""
    if trip.lemma_.lower() not in word_set("presence.json", "under_way_lemmas"):
        return False
    if any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON" for c in verb.children
    ):
        return False
    return any(a[: len(b)] >= b[: len(a)] for a in mine for b in theirs)


def _conjunct_dates(index: DocIndex, verb: Token) -> set[str]:
    """The dates of a verb's own clause, without its conjunct clauses."""
    return {
        value
        for t in without_conjuncts(verb)
        if (found := index.date_at.get(t.i)) and (value := found[1])
    }


def without_conjuncts(verb: Token) -> list[Token]:
    """The verb's clause without the clauses coordinated under it ('received X in
    Moscow last month, and today we had talks': the first verb's words stop at
    'and'): where `dated_apart` looks for each clause's own time and place."""
    skip = {t.i for c in verb.conjuncts if c.head.i == verb.i for t in c.subtree}
    return [t for t in verb.subtree if t.i not in skip]


def later_stop_date(when: str | None) -> str | None:
    """'begins an eight-nation trip to France, Japan, … on July 6': the day is the
    first stop's; a later stop of the list is only known to be in that month."""
    return when[:7] if when and len(when) == 10 else when


_MODIFIER = ("nummod", "compound", "amod", "poss")


def paragraph_year(
    dates: dict[int, tuple[Span, str]], start: int, end: int
) -> str | None:
    """The year the paragraph last named between tokens `start` and `end`, as the
    time it is about ('signed in Lahore on February 21, 1999. … travelled to
    Lahore'), passing over years that date a noun's own event ('after the 1998
    nuclear tests') or a starting point ('since 2015')."""
    found = None
    for i, (span, value) in sorted(dates.items()):
        if not (start <= i < end and value and YEAR.search(span.text)):
            continue
        root = span.root
        own = root.dep_ in _MODIFIER and root.head.pos_ in ("NOUN", "PROPN")
        since = span.start > 0 and span.doc[span.start - 1].lower_ == "since"
        if not (own or since):
            found = value[:4]
    return found


_REPORTED = ("ccomp", "xcomp")


def _report_date(span: Span, trigger: Token) -> bool:
    """'Lavrov said at a press conference Tuesday that he had no information about a
    meeting': the date is the report's; the event is in what was reported."""
    verb = span.root.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.lemma_.lower() not in lexicon().status["reporting_verbs"]:
        return False
    reported = [c for c in verb.children if c.dep_ in _REPORTED]
    return any(
        c.left_edge.i <= trigger.i <= c.right_edge.i
        and not c.left_edge.i <= span.start <= c.right_edge.i
        for c in reported
    )


def _term_year(index: DocIndex, span: Span, agents: list[Participant]) -> str | None:
    """'in his sixth year as leader' → the KB's term start + 5."""
    match = re.search(
        r"(\w+) year (?:as|in office)",
        span.text.lower() + " " + span.doc[span.end : span.end + 3].text.lower(),
    )
    if not match or match[1] not in _ORDINALS or not agents:
        return None
    person = index.kb.person(agents[0].person_id or "")
    office = person.first_top_office() if person else None
    if office is None or office.start is None:
        return None
    return str(office.start.year + _ORDINALS[match[1]] - 1)


def _bare_years(doc: Doc) -> list[Span]:
    """Years the NER left out ('the leader's 2011 zig-zag rail journey')."""
    return [
        doc[t.i : t.i + 1]
        for t in doc
        if t.like_num
        and re.fullmatch(r"(19[5-9]\d|20[0-4]\d)", t.text)
        and t.ent_type_ in ("", "QUANTITY", "CARDINAL")
    ]


def _document_number(span: Span) -> bool:
    """'Telegram 1970 to Cairo', 'In telegram 2038 to Mexico City': a FRUS
    document's number after its kind (`speakers.json: document_kinds`) is no year
    (real 490, 493)."""
    doc = span.doc
    return (
        span.start > 0
        and doc[span.start - 1].lower_ in word_set("speakers.json", "document_kinds")
        and bool(YEAR.fullmatch(span.text.strip()))
    )


def _days(doc: Doc) -> list[Span]:
    """'on the 5th' that the NER took for an ordinal (Japanese government releases
    date the month's events so): 'the 5th' as a date, not 'the 5th floor'."""
    return [
        doc[e.start - 1 : e.end]
        for e in doc.ents
        if e.label_ == "ORDINAL"
        and re.fullmatch(r"\d{1,2}(st|nd|rd|th)", e.text)
        and e.start >= 2
        and doc[e.start - 1].lower_ == "the"
        and doc[e.start - 2].lower_ == "on"
        and (e.end == len(doc) or doc[e.end].pos_ not in ("NOUN", "PROPN"))
    ]


def _weekday_times(doc: Doc) -> list[Span]:
    """'met later Wednesday', 'Late Saturday morning', 'Friday night': a day the NER
    tagged TIME (held-out3 012, dev 045, project real 025, held-out2 019) still
    dates the clause."""
    return [
        e
        for e in doc.ents
        if e.label_ == "TIME" and any(t.lower_ in WEEKDAYS for t in e)
    ]


_PAST_AUX = {"had", "did", "was", "were"}  # a present perfect may frame a future


def _clause_tense(span: Span) -> str:
    """'future' when the verb the date belongs to is future ('will meet on Friday') or
    the date says so ('next week'); 'past' when that verb is past ('since he visited
    the Philippines in January', 'my last visit … back in February'), so a yearless
    month falls before the publication, not in the nearest year; else ''. A past verb
    in another clause of the sentence does not count."""
    if any(t.lower_ in ("next", "upcoming", "coming") for t in span):
        return "future"
    if _later_event(span) is not None:
        return "future"  # 'ahead of a visit by Mr. Bush on Sunday'
    token = span.root
    if token.head.lower_ == "in" and token.head.head.lower_ == "back":
        return "past"  # 'back in February'
    through_noun = False  # 'an invitation he received to an event in April'
    for _ in range(4):
        if token.head is token:
            break
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            aux = {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}
            if token.dep_ == "xcomp" and "to" in aux and not aux - {"to"}:
                if is_to_be(token.head) or infinitive_ahead(token):
                    return "future"  # 'Abbas and Sharon are to meet Tuesday', 'Merkel
                    # is scheduled to visit Kyiv on Sunday' (a weekday ahead)
                return ""  # 'We agreed to hold a summit on February 10': its own time
            if aux & future_auxiliaries("wo"):  # and won't
                return "future"
            if (
                (token.tag_ == "VBD" or aux & _PAST_AUX)
                and not through_noun
                and token.dep_ != "relcl"  # 'an invitation he received … in April'
            ):
                return "past"
            if held_participle(token):
                return "past"  # 'the Japan-EU Summit held in Tokyo in May'
            if token.tag_ in ("VBD", "VBN") or aux & _PAST_AUX:
                return ""
            if ahead_in_time_clause(token):  # 'will discuss … when they meet'
                return "future"
            if present_schedule(token) and bare_weekday(span):
                return "future"  # 'Rice travels to Kenya on Monday'
            if token.tag_ in ("VBZ", "VBP"):  # a present clause: the reporting
                return _present_tense(token)  # verb above ('said') sets nothing
        elif token.pos_ in ("NOUN", "PROPN") and token.dep_ != "pobj":
            through_noun = True  # the date dates that noun's event, not the verb's
    return "future" if any(t.lower_ in ("will", "upcoming") for t in span.sent) else ""


def _later_event(span: Span) -> Token | None:
    """The trip or meeting noun a bare weekday dates, when the clause above comes
    before it ('ahead of a visit by Mr. Bush on Sunday'): `later_event`."""
    if not bare_weekday(span):
        return None
    token = span.root
    for _ in range(4):
        if after_its_clause(token):
            return token
        if token.head is token:
            return None
        token = token.head
    return None


def _clause_day(out: dict[int, tuple[Span, str]], span: Span) -> date | None:
    """The day of the clause a later trip's weekday follows ('Protests took place
    Thursday …, ahead of a visit by Mr. Bush on Sunday': the Sunday after that
    Thursday, not after the report), when the sentence names one before the trip."""
    noun = _later_event(span)
    if noun is None:
        return None
    days = [
        value
        for start, (_, value) in sorted(out.items())
        if span.sent.start <= start < noun.i and len(value) == 10
    ]
    return parse_iso(days[-1]) if days else None


def held_participle(verb: Token) -> bool:
    """A bare past participle of holding on a gathering ('the summit held in May'),
    not 'to be held in May' nor 'scheduled for May'."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        and verb.lemma_.lower() in lexicon().status["gathering_clause_lemmas"]
    )


_AHEAD_LEMMAS = {"be", "plan", "intend", "hope", "expect", "want", "aim"}


def _present_tense(verb: Token) -> str:
    """'she said he is to leave for Japan on July 5', 'he plans to travel on July 5':
    a present verb with an infinitive looks ahead; any other present clause is ''."""
    ahead = verb.lemma_.lower() in _AHEAD_LEMMAS and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children)
        for c in verb.children
    )
    return "future" if ahead else ""


def _names(ent: Span) -> bool:
    """A year inside a name ('at the 1994 Miami Summit', 'the March 1998 Summit of
    the Americas') dates that event only: 'Building on the February 26 State visit'
    later in the paragraph is not of 1994."""
    root = ent.root
    return root.dep_ in ("nummod", "compound") and root.head.pos_ == "PROPN"


def _heading_year(ent: Span, text: str) -> bool:
    """A year alone on its line: a section heading of a list ('2019', then rows
    '21–22 August | Berlin | …' without years). `text` is the doc's text."""
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    return bool(YEAR.fullmatch(line)) and line == ent.text.strip()


_RANGE_GAP = re.compile(r"^\s*(?:to|until|till|through|and|[-–—])?\s*$")


def _range_end_year(ent: Span, following: list[Span]) -> int | None:
    """'from January 29 to February 4, 1979' cut in two by the NER (or by a lost
    dash: 'January 29   February 4, 1979'): the end's year, which the start shares."""
    if not following or YEAR.search(ent.text):
        return None
    end = following[0]
    gap = ent.doc[ent.end : end.start].text
    year = YEAR.search(end.text)
    if year and end.start - ent.end <= 2 and _RANGE_GAP.match(gap):
        return int(year.group(0))
    return None


def _yearless_range(ent: Span, following: list[Span]) -> bool:
    """'will travel to Beijing September 28 – October 1': two month-and-day dates
    joined by a dash, neither with a year, are the two ends of one range."""
    if not following or YEAR.search(ent.text) or YEAR.search(following[0].text):
        return False
    end = following[0]
    gap = ent.doc[ent.end : end.start].text
    months = [s for s in (ent, end) if any(t.lower_.rstrip(".") in MONTHS for t in s)]
    return (
        end.start - ent.end <= 2
        and bool(_RANGE_GAP.match(gap))
        and gap.strip() != ""
        and len(months) == 2
    )


def _resolved_like(end: Span, start: Span, published: date | None) -> str | None:
    """The end of a range resolved in the tense of its start's clause."""
    tense = _clause_tense(start)
    return resolve_date(
        end.text, published, future=tense == "future", past=tense == "past"
    )


def _told_years(spans: list[Span], published: date | None) -> list[tuple[int, int]]:
    """(token, year) of each date with its year written, for a text published long
    after them and known only by its year: an archive's editorial note of 1993 on
    'June 9' of 1958 says 1958 only in a citation, and the publication's year would
    date the whole visit 35 years late. Empty otherwise (news: the day's year).

    The other filler for such pages, `_years_from_the_text`, never acts with this
    one: it fills only dates read with no year in focus, and these years put one in
    focus for every date. They stay two steps because they answer two cases: every
    year written long before the page (take the nearest one, before resolving) and
    a page of this year or the last (take the year the text gives the same month,
    after resolving)."""
    if published is None or not known_by_year(published):
        return []
    years = [
        (span.start, int(m.group(0)))
        for span in spans
        if (m := YEAR.search(span.text)) and not _names(span)
    ]
    if not years or any(year >= published.year - 1 for _, year in years):
        return []
    return years


def _year_near(years: list[tuple[int, int]], i: int) -> int:
    """The year written last before token `i`, else the first one after it."""
    before = [year for at, year in years if at < i]
    return before[-1] if before else years[0][1]


def resolve_doc_dates(doc: Doc, published: date | None) -> dict[int, tuple[Span, str]]:
    """Resolve every DATE entity. A date without a year ('on 26 March') takes the year
    the paragraph is talking about, if it named one, else the publication's."""
    out = {}
    year_in_focus: int | None = None
    last_end = 0
    text = doc_text(doc)
    flags = flag_year_spans(text)  # 'Flag of The Gambia (1889-1965).svg'
    spans = sorted(
        [
            s
            for s in [e for e in doc.ents if e.label_ == "DATE"]
            + _bare_years(doc)
            + _days(doc)
            + _weekday_times(doc)
            if not inside(flags, s.start_char, s.end_char)
        ],
        key=lambda s: s.start,
    )
    spans = [s for s in spans if not _document_number(s)]
    section_year: int | None = None
    yearless: list[int] = []  # months read without a year, none in focus
    told_years = _told_years(spans, published)
    for n, ent in enumerate(spans):
        between = ""  # the text since the last date, cut from the doc's text
        if last_end < ent.start:
            between = text[doc[last_end].idx : ent.start_char]
        if "\n" in between:
            year_in_focus = section_year  # a new paragraph: the section's year, if any
        if year_in_focus is None and told_years:
            year_in_focus = _year_near(told_years, ent.start)
        last_end = ent.end
        if _heading_year(ent, text):  # a list's section heading '2019' dates its rows
            section_year = year_in_focus = int(ent.text.strip())
            out[ent.start] = (ent, ent.text.strip())
            continue
        tense = _clause_tense(ent)
        explicit = YEAR.search(ent.text)
        relative = re.search(r"\b(last|next|this|coming|past)\b", ent.text.lower())
        value = resolve_date(
            ent.text,
            _clause_day(out, ent) or published,
            future=tense == "future",
            past=tense == "past",
            year_hint=None if relative else year_in_focus,
        )
        if ent.start in out:  # the end of a range already read with its start
            if explicit and not foreign_date(ent, ent.root):
                year_in_focus = int(explicit.group(0))
            continue
        if not relative and _range_end_year(ent, spans[n + 1 : n + 2]):
            end = spans[n + 1]  # one range, at the precision both ends share
            value = resolve_date(f"{ent.text} – {end.text}", published) or value
            out[end.start] = (end, value or "")
        elif not relative and _yearless_range(ent, spans[n + 1 : n + 2]):
            end = spans[n + 1]  # 'September 28 – October 1': one trip, one date
            value = shared_precision(value, _resolved_like(end, ent, published))
            out[end.start] = (end, value or "")
        if explicit and value and not foreign_date(ent, ent.root) and not _names(ent):
            # 'the signing of the Helsinki Accords in 1975' sets no year for later
            year_in_focus = int(value[:4])
        out[ent.start] = (ent, value or "")
        if value and not explicit and not relative and year_in_focus is None:
            yearless.append(ent.start)
    _years_from_the_text(out, yearless, published)
    return out


def _years_from_the_text(
    out: dict[int, tuple[Span, str]], yearless: list[int], published: date | None
) -> None:
    """A page known only by its year ('published: 2020') cannot tell whether 'In
    November' is this year's or last: the month as the text dates it elsewhere
    ('… (November 2019)', a diary's line under its lead) gives the year, when only
    one year is given for that month and it is the publication's or the one before.
    (`_told_years` covers pages whose every year is older.)"""
    if published is None or not known_by_year(published) or not yearless:
        return
    years: dict[str, set[str]] = {}
    for i, (ent, value) in out.items():
        if i not in yearless and len(value) >= 7 and YEAR.search(ent.text):
            years.setdefault(value[5:7], set()).add(value[:4])
    for i in yearless:
        ent, value = out[i]
        given = years.get(value[5:7], set()) if len(value) >= 7 else set()
        if len(given) == 1:
            year = next(iter(given))
            if published.year - 1 <= int(year) <= published.year:
                out[i] = (ent, year + value[4:])
