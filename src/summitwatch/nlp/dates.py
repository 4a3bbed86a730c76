"""Date expressions → ISO prefixes at the precision the text gives.

Relative expressions resolve against the article's publication date. Common shapes are
parsed here directly (cheap, and precision-aware); the rest goes to dateparser.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
MONTHS |= {m.lower(): i for i, m in enumerate(calendar.month_abbr) if m}
MONTHS["sept"] = 9
WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
YEAR = re.compile(rf"\b{_YEAR}\b")  # a year on its own: '1913', '2019'
_MONTH_ALONE = re.compile(rf"\b{_MONTH}\b")  # 'in May', any month named
_SHAPES = [
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_YEAR}-(?P<month>\d{{2}})-{_DAY}\b"),
    re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\b"),
    YEAR,
    _MONTH_ALONE,
]
# a word that names a day relative to the publication ('Tuesday', 'tomorrow'), and
# a weekday alone: one alternation each, built once
_DAY_WORDS = ("yesterday", "today", "tomorrow", "tonight", *WEEKDAYS)
_DAY_WORD = re.compile(r"\b(?:" + "|".join(_DAY_WORDS) + r")\b")
_WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
_SHIFT = {"last": -1, "past": -1, "previous": -1, "this": 0, "current": 0,
          "next": 1, "coming": 1}  # fmt: skip
_RELATIVE = re.compile(
    r"\b(?P<rel>last|past|previous|this|current|next|coming)\s+(?P<unit>year|month|week)\b"
)
_RANGE = re.compile(r"(?<=\d)\s*(?:–|-|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\b(?!-)")
_M = _MONTH.replace("?P<month>", "?:")
# '- 2:50-3:55pm', ', 9:35 a.m. - 12:00 noon': the hours of a day, not a range of days
# (memoranda of conversation: 'Monday, February 21, 1972 - 2:50-3:55pm')
_CLOCK = r"\d{1,2}(?::\d{2}|\s*[ap]\.?\s?m\.?)(?:\s*[ap]\.?\s?m\.?|\s*noon)?"
_HOURS = re.compile(rf"[\s,]*(?:[-–]\s*)?{_CLOCK}(?:\s*(?:[-–]|to)\s*{_CLOCK})?")
_CROSS_RANGE = re.compile(  # 'March 31–April 1, 2016', '8 December – 9 December 2007'
    rf"\b(?:(?P<a>{_M})\s+\d{{1,2}}\s*(?:–|-|to)\s*(?P<b>{_M})\s+\d{{1,2}}"
    rf"|\d{{1,2}}\s+(?P<c>{_M})\s*(?:–|-|to)\s*\d{{1,2}}\s+(?P<d>{_M})),?\s+{_YEAR}"
)
_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve".split()
    )
}
_NUMBERS |= {"a": 1, "an": 1, "a few": 2, "few": 2, "several": 3, "a dozen": 12}
_NUMBERS |= {
    w: i
    for i, w in enumerate(
        "thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 13
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate(
        "twenty thirty forty fifty sixty seventy eighty ninety".split(), 2
    )
}
_COUNT = (  # 'Forty-four years ago', 'twenty years ago', 'a dozen years ago'
    r"(?:(?:" + "|".join(_TENS) + r")(?:[- ](?:one|two|three|four|five|six|seven"
    r"|eight|nine))?|a few|a dozen|a|an|several|few|\d+|"
    + "|".join(sorted(_NUMBERS, key=len, reverse=True))
    + ")"
)
_AGO = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?P<unit>years?|months?)\s+"
    r"(?P<dir>ago|prior|earlier|before|later)\b"
)


_SPAN = re.compile(rf"\b(?P<n>{_COUNT})\s+(?P<unit>years?|months?)\s*$")


def counted_span(text: str) -> tuple[int, str] | None:
    """'nearly three years' → (3, 'year'), 'a month' → (1, 'month'): a length of
    time, for a clause dated by how long after or before another it came."""
    match = _SPAN.search(text.lower())
    if match is None:
        return None
    return _count(match["n"]), match["unit"].rstrip("s")


def _count(words: str) -> int:
    """'forty-four' → 44, 'twelve' → 12, '3' → 3, 'several' → 3."""
    if words.isdigit():
        return int(words)
    parts = re.split(r"[- ]", words)
    if parts[0] in _TENS:
        return _TENS[parts[0]] + (_NUMBERS.get(parts[1], 0) if len(parts) > 1 else 0)
    return _NUMBERS.get(words, 1)


def _month_shift(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def known_by_year(published: date | None) -> bool:
    """A publication date known only to the year: a header '2021' arrives as 1
    January, so neither its month nor its day is the text's own."""
    return published is not None and (published.month, published.day) == (1, 1)


def _yearless_year(month: int, day: int | None, published: date, tense: str) -> int:
    """The year of a yearless date: 'last June' and past-tense dates fall before the
    publication, 'next June' and future ones after it, others nearest to it."""

    def when(year: int) -> date:
        return date(year, month, min(day or 1, 28))

    if tense == "past":  # a header '2021' or '2007-12' stands for the whole period
        bound = published
        if known_by_year(published):
            bound = date(published.year, 12, 31)
        elif published.day == 1:
            bound = date(published.year, published.month, 28)
        return published.year if when(published.year) <= bound else published.year - 1
    if tense == "future":  # 'May 30' in a note of 29 May is the next day, not a year on
        last = calendar.monthrange(published.year, month)[1]
        ahead = date(published.year, month, min(day or 1, last))
        return published.year if ahead >= published else published.year + 1
    options = [published.year - 1, published.year, published.year + 1]
    return min(options, key=lambda y: abs((when(y) - published).days))


def _from_shapes(
    text: str, published: date | None, year_hint: int | None = None, tense: str = ""
) -> str | None:
    for shape in _SHAPES:
        match = shape.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month_text = parts.get("month")
        month = None
        if month_text:
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
        year = int(parts["year"]) if parts.get("year") else None
        if year is None and month and year_hint:
            year = year_hint
        elif year is None and month and published:
            day = parts.get("day")
            year = _yearless_year(month, int(day or 1), published, tense)
        if year is None:
            return None
        if month and parts.get("day") and 1 <= int(parts["day"]) <= 31:
            return f"{year:04d}-{month:02d}-{int(parts['day']):02d}"
        return f"{year:04d}-{month:02d}" if month else f"{year:04d}"
    return None


def _relative(text: str, published: date, *, future: bool) -> str | None:
    if match := _RELATIVE.search(text):
        shift, unit = _SHIFT[match["rel"]], match["unit"]
        if unit == "year":
            return f"{published.year + shift:04d}"
        if unit == "month":
            return "{:04d}-{:02d}".format(*_month_shift(published, shift))
        return (
            published.strftime("%Y-%m")
            if shift == 0
            else (
                "{:04d}-{:02d}".format(
                    *_month_shift(published + timedelta(weeks=shift), 0)
                )
            )
        )
    if match := _AGO.search(text):
        count = _count(match["n"])
        sign = 1 if match["dir"] == "later" else -1
        if match["unit"].startswith("year"):
            return str(published.year + sign * count)
        return f"{_month_shift(published, sign * count)[0]:04d}"
    if re.search(r"\b(early|late|mid)[- ]?(this|next|last) year", text):
        return str(
            published.year + (1 if "next" in text else -1 if "last" in text else 0)
        )
    if _period(published) and _DAY_WORD.search(text):
        return _period(published)  # 'Tuesday' in a page dated only '2011'
    for word, offset in (
        ("yesterday", -1),
        ("today", 0),
        ("tomorrow", 1),
        ("tonight", 0),
    ):
        if word in text:
            return (published + timedelta(days=offset)).isoformat()
    for name, weekday in WEEKDAYS.items():
        if name in text:
            delta = (
                (weekday - published.weekday()) % 7
                if future
                else -((published.weekday() - weekday) % 7)
            )
            return (published + timedelta(days=delta)).isoformat()
    return None


def _period(published: date) -> str | None:
    """A publication date known only to the year ('2011' → 1 January) or month
    ('2013-10' → the 1st): the period a day named relative to it falls in."""
    if known_by_year(published):
        return str(published.year)
    return published.strftime("%Y-%m") if published.day == 1 else None


@lru_cache(maxsize=4096)
def _dateparser(text: str, published: date | None) -> str | None:
    import datetime as dt

    from dateparser import parse

    settings = {"PREFER_DATES_FROM": "current_period", "REQUIRE_PARTS": ["year"]}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(published, dt.time())
    parsed = parse(text, languages=["en"], settings=settings)  # type: ignore[arg-type]
    return parsed.date().isoformat()[:4] if parsed else None


def resolve_date(
    text: str,
    published: date | None,
    *,
    future: bool = False,
    past: bool = False,
    year_hint: int | None = None,
) -> str | None:
    """'the summer of 2001' → '2001'; 'last month' → '2015-01'; 'May 9' →
    '2015-05-09'.
    """
    lowered = text.lower().strip()
    tense = (
        "future"
        if future or lowered.startswith("next ")
        else "past"
        if past or lowered.startswith("last ")
        else ""
    )
    if re.search(r"\d{4}'?s\b", lowered):  # a decade is no date
        return None
    if iso := re.search(r"\b\d{4}-\d{2}-\d{2}\b", lowered):
        return iso.group(0)
    if NUMERIC_DATE.fullmatch(lowered) and (cell := numeric_date(lowered, published)):
        return cell  # '11/25/63', a US archive's date cell
    if cross := _CROSS_RANGE.search(lowered):  # months apart: the year they share
        first, second = (
            (cross["a"], cross["b"]) if cross["a"] else (cross["c"], cross["d"])
        )
        a, b = (f"{cross['year']}-{MONTHS[m.rstrip('.')]:02d}" for m in (first, second))
        return shared_precision(a, b)
    lowered = _HOURS.sub("", lowered) if ":" in lowered else lowered
    if _RANGE.search(lowered):  # "18–20 September 2018": the precision both ends share
        lowered = _RANGE.sub("", lowered)
        found = _from_shapes(lowered, published, year_hint, tense)
        return found[:7] if found else None
    if re.search(r"\b(spring|summer|autumn|fall|winter)\b", lowered):
        year = re.search(_YEAR, lowered)
        if year:
            return year["year"]
        if published is not None:  # seasons are year precision (SCHEMA.md rule 6)
            shift = 1 if "next" in lowered else -1 if "last" in lowered else 0
            return str(published.year + shift)
    if (day := _DAY_ALONE.fullmatch(lowered)) and published is not None:
        return _day_of_month(int(day["day"]), published, tense)
    year_hint = _relative_year(lowered, published) or year_hint
    found = _from_shapes(lowered, published, year_hint, tense)
    if found:
        return _weekday_year(lowered, found)
    if published is not None:
        found = _relative(lowered, published, future=future)
        if found:
            return found
    if re.search(r"\d{4}", lowered):
        return _dateparser(lowered, published)
    return None


_DAY_ALONE = re.compile(r"(?:on\s+)?the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)")


def _day_of_month(day: int, published: date, tense: str) -> str | None:
    """'on the 5th' in a report of the 9th: a day of the publication's month, or of
    the month before (a past clause) or after (a future one) when that day is past."""
    if not 1 <= day <= 31 or _period(published):
        return None
    shift = 0
    if tense == "past" and day > published.day:
        shift = -1
    elif tense == "future" and day < published.day:
        shift = 1
    year, month = _month_shift(published, shift)
    if day > calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _relative_year(text: str, published: date | None) -> int | None:
    """'in January of this year', 'March last year': a month's year said relative to
    the publication, which no tense of the clause overrides."""
    match = next((m for m in _RELATIVE.finditer(text) if m["unit"] == "year"), None)
    if published is None or match is None or not _MONTH_ALONE.search(text):
        return None
    return published.year + _SHIFT[match["rel"]]


def _weekday_year(text: str, found: str) -> str:
    """'Thursday, November 10th' without a year: the year, next to the one guessed,
    in which that day is a Thursday (a past verb had pulled it a year back)."""
    named = sorted({WEEKDAYS[day] for day in _WEEKDAY.findall(text)})
    if len(named) != 1 or len(found) != 10 or re.search(r"\b\d{4}\b", text):
        return found
    guess = parse_iso(found)
    if guess is None or guess.weekday() == named[0]:
        return found
    for shift in (1, -1):
        try:
            other = guess.replace(year=guess.year + shift)
        except ValueError:  # 29 February
            continue
        if other.weekday() == named[0]:
            return other.isoformat()
    return found


# A month/day/year date cell of a US archive: "11/25/63", "1/14-15/64".
NUMERIC_DATE = re.compile(r"(\d{1,2})/(\d{1,2})(?:-(\d{1,2}))?/((?:\d\d)?\d\d)\b")


def numeric_date(text: str, published: date | None) -> str | None:
    """'11/25/63' → '1963-11-25', '1/14-15/64' → '1964-01': a month/day/year date
    cell (US archives); a two-digit year is the latest of its century not after
    the publication."""
    found = NUMERIC_DATE.match(text.strip())
    if found is None:
        return None
    month, day, to, year = found.groups()
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return None
    if len(year) == 2:
        now = (published or date.today()).year
        full = now // 100 * 100 + int(year)
        year = str(full - 100 if full > now else full)
    if to:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def shared_precision(a: str | None, b: str | None) -> str | None:
    """The ISO prefix two dates share at a whole component: day, month or year."""
    if not a or not b:
        return a or b
    for size in (10, 7, 4):
        if len(a) >= size and len(b) >= size and a[:size] == b[:size]:
            return a[:size]
    return None


def dates_agree(a: str | None, b: str | None) -> bool:
    """Two dates that may be one: either unknown, or one a prefix of the other
    ('2015-06' and '2015-06-12')."""
    return not a or not b or a.startswith(b) or b.startswith(a)


def parse_iso(value: str | None) -> date | None:
    """An ISO prefix ('2001', '2001-08') → the first day it covers."""
    if not value:
        return None
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        return date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def lent_by_publication(published: date | None, *, past: bool = False) -> str | None:
    """The date an undated event of a news lede takes from its publication, at the
    precision the header gives: a month header '2009-11' lends '2009-11', not the
    1st. A header known only to the year lends its year to what the lede tells in
    the present or future ('I welcome you to Moscow' in a transcript dated '2005'),
    but nothing to what it tells in the past: an encyclopedia page dated '2017'
    telling of a 1962 treaty is no report of that year."""
    if published is None:
        return None
    if known_by_year(published):
        return None if past else str(published.year)
    return published.strftime("%Y-%m") if published.day == 1 else published.isoformat()


def latest_published(published: date) -> str:
    """The last day a publication date may stand for: a header '2021' arrives as 1
    January, and an event later that year is not therefore still ahead. (A month
    header is left as its first day: announcements are published at the start of
    the trips they announce.)"""
    if known_by_year(published):
        return f"{published.year:04d}-12-31"
    return published.isoformat()


def foreign_date(span, trigger) -> bool:  # (Span, Token) -> bool; spaCy kept lazy
    """A date in the event's sentence that dates something else (issue #10, class 9):
    'since the end of the Chinese Civil War in 1949', 'the 1994 agreement', 'the 2016
    U.S. elections', 'since she took office in 2019'."""
    from summitwatch.nlp.time_clause import since_phrase

    head = _head_unless_since(span)
    if head is None or since_phrase(span.root, trigger):  # 'since the summit
        return True  # last year': that summit's date, another clause's (real 665)
    below = span.root  # a clause under 'since': 'since announcing … last December'
    for above in span.root.ancestors:
        if above.i == trigger.i:
            break
        if above.lower_ == "since" and below.pos_ in ("VERB", "AUX"):
            return True
        if _since_not_a_trip(above):  # 'since he came to office in 2012'
            return True
        below = above
    if head.i == trigger.i or span.start <= head.i < span.end:
        return False
    if head.pos_ in ("VERB", "AUX"):
        if _first_to(head, trigger):
            return False
        return _dates_a_state_word(head) and head != trigger.head
    if head.pos_ in ("NOUN", "PROPN"):
        if _frames_trigger(head, trigger):
            return False  # 'the meeting … during the Double Tenth Agreement in 1945'
        return _dates_a_state_word(head) or _anothers_trip(span, head, trigger)
    return False


def _anothers_trip(span, noun, trigger) -> bool:  # (Span, Token, Token) -> bool
    """'established by last year's successful visit of President Jiang to Japan,
    Prime Minister Obuchi's visit will further develop …' (held-out6 008): a date
    that is another trip noun's own ('last year's visit') dates that trip, not the
    trigger, when neither phrase holds the other ('the talks during last year's
    visit' is framed by it). Only a trip its phrase gives to someone: 'Saturday's
    visit was Koizumi's hour-long meeting with X' tells the meeting's day."""
    from summitwatch.nlp.lexicon import event_words

    if span.root.dep_ not in ("poss", "npadvmod", "compound"):
        return False
    if noun.lemma_.lower() not in event_words():
        return False
    if noun in trigger.subtree or trigger in noun.subtree:
        return False
    return any(  # someone's trip ('of President Jiang'), not the day's ('Saturday's
        t.ent_type_ == "PERSON" and not (span.start <= t.i < span.end)  # visit was
        for t in noun.subtree  # Koizumi's meeting with X', own 012)
    )


def dates_a_state(span) -> bool:  # (Span) -> bool; spaCy kept lazy
    """A date of a sentence that dates a founding, a term or a start rather than a
    meeting or a trip: 'Relations between our countries were established back in
    1885' (Kremlin), 'since 2015', 'the 1994 agreement'. Such a sentence lends no
    time to the next one's talks ('During the talks, Mr Macri and I …')."""
    head = _head_unless_since(span)
    if head is None:
        return True
    if span.start <= head.i < span.end:
        return False
    return head.pos_ in ("VERB", "AUX", "NOUN", "PROPN") and _dates_a_state_word(head)


def _head_unless_since(span):  # (Span) -> Token | None; spaCy kept lazy
    """The word a date hangs on, above its prepositions; None for a date under
    'since' ('since 2015', 'ever since the 1994 agreement'), which starts a period
    and so dates no meeting or trip. Shared by `foreign_date` and `dates_a_state`."""
    doc = span.doc
    if span.start and doc[span.start - 1].lower_ == "since":
        return None
    head = span.root.head
    while head.dep_ == "prep" and head.head is not head:
        if head.lower_ == "since":
            return None
        head = head.head
    return head


def _dates_a_state_word(head) -> bool:  # (Token) -> bool; spaCy kept lazy
    """The verb or noun a date hangs on names a founding, a term or a start
    ('established', 'agreement', 'elections'), by frame.json's word lists. A verb
    is matched by its lemma, a noun by its lemma or as written."""
    from summitwatch.nlp.lexicon import word_set

    if head.pos_ in ("VERB", "AUX"):
        return head.lemma_.lower() in word_set("frame.json", "foreign_date_verbs")
    words = word_set("frame.json", "foreign_date_nouns")
    return head.lemma_.lower() in words or head.lower_ in words


def _since_not_a_trip(verb) -> bool:  # (Token) -> bool
    """A 'since' clause that tells no trip ('since he came to office in 2012'): its
    date starts a period; one that tells a trip ('since Hu travelled to Pyongyang
    in October 2005') dates that trip, and the sentence reader reads it."""
    from summitwatch.nlp.goal_verbs import abstract_goal
    from summitwatch.nlp.lexicon import event_words
    from summitwatch.nlp.time_clause import since_clause

    if not since_clause(verb):
        return False
    return verb.lemma_.lower() not in event_words() or abstract_goal(verb)


def _frames_trigger(noun, trigger) -> bool:  # (Token, Token) -> bool
    """The noun is the object of a 'during' hung on the trigger: its date is the
    trigger's."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "during":
        return False
    return trigger in list(prep.ancestors)[:3]


def reported_as_past(trigger) -> bool:  # (Token) -> bool
    """'On November 6, Abe held a working lunch' in a page dated '2017-11': the simple
    past reports it done, though its day is after the month's first (issue #10,
    class 7). 'was to meet', 'would meet' are not reports."""
    verb = trigger
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.tag_ != "VBD":
        return False
    return not any(
        c.dep_ in ("aux", "xcomp") and c.lower_ in ("would", "to")
        for c in verb.children
    ) and not any(c.dep_ == "xcomp" for c in verb.children if c.tag_ == "VB")


def _first_to(verb, trigger) -> bool:  # (Token, Token) -> bool
    """'In 1972 Nixon became the first American president to visit China': the
    date of becoming the first to do it is the date of doing it."""
    attr = trigger.head if trigger.dep_ in ("acl", "relcl") else None
    return (
        attr is not None
        and attr.dep_ == "attr"
        and attr.head.i == verb.i
        and any(c.lower_ in ("first", "last", "only") for c in attr.children)
    )
