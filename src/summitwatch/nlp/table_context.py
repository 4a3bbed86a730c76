"""What a table row leaves to its surroundings (issue #10, class 6).

Flattened tables ("# Country Location Date Details", then one line per trip) keep
their rows' context outside the rows: the column header says where the rows start,
a section heading gives the year the rows omit ("2019", then "21–22 August") or the
traveller the rows never name ("Lal Bahadur Shastri (1964–1966)"), and a visit
list's row opens with the visitor's title and name ("King Faisal Saudi Arabia State
visit. …") that the NER often misses or cuts when the KB does not know the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from summitwatch.ingest.date_text import MONTH
from summitwatch.kb.people import TOP_ROLES
from summitwatch.models import Participant
from summitwatch.nlp.dates import YEAR
from summitwatch.nlp.definite_titles import titles, words_at
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns, phrase_in, word_set
from summitwatch.nlp.mentions import participant, spelt_like
from summitwatch.nlp.titled import titled_holder

# A date cell: '21–22 August', 'August 21', 'October 1964', with or without a year.
ROW_DATE = re.compile(
    rf"\b(?:\d{{1,2}}-{MONTH}-\d{{4}}"  # '9-Nov-1906'
    rf"|\d{{1,2}}\s*(?:[–-]\s*\d{{1,2}}\s*)?{MONTH}"
    rf"|{MONTH}\s+\d{{1,2}}\b|{MONTH}\s+\d{{4}}\b)"
)
_HEADING_YEAR = re.compile(  # '[edit]2021': as a person heading, a mirror's link
    r"^\s*(?:\[edit\]\s*)?(?:=+\s*)?(1[89]\d\d|20\d\d)\s*(?:=+)?\s*"
    r"(?:\[?edit\]?\s*)?$"
)  # '==1966==', '1959 edit': the mobile site prints the edit link after the heading
_HEADING_PERSON = re.compile(  # '[edit]': a mirror ran the link into the heading
    r"^\s*(?:\[edit\]\s*)?([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,4})\s*"
    r"\((?:1[89]|20)\d\d\s*[–-]\s*(?:(?:1[89]|20)?\d\d|present)?\)\s*$"
)
# A row that opens with its date cell: 'December 12-23, 1874 King Kalakaua Hawaii …'.
LEAD_DATE = re.compile(
    rf"(?:{MONTH}\s+\d{{1,2}}(?:\s*[–-]\s*(?:{MONTH}\s+)?\d{{1,2}})?,?\s+"
    rf"(?:1[89]|20)\d\d|\d{{1,2}}/\d{{1,2}}(?:-\d{{1,2}})?/(?:\d\d)?\d\d)\s+"
)  # 'December 12-23, 1874 ', '11/25-26/63 '

_NUMERAL = re.compile(r"[IVX]{1,5}")  # a regnal number: 'Pedro II'
_NUMBERED = re.compile(r"^\s*\d{1,3}\s+[A-Z]")
HEADING_WORDS = 10  # a longer line is prose, not a heading
MIN_KNOWN_COLUMNS = 4  # known column names beside one we lack
# Where a mirror ran two column names together ('PresidentDatesCountries',
# 'CountryAreas visitedDatesDetails'): a lower-case letter, then a capital.
_GLUED_CELLS = re.compile(r"(?<=[a-z)])(?=[A-Z])")  # 'Date(s)Purpose'


def header_words(text: str) -> list[str]:
    """A header line's words, lower-cased, with glued column names read apart
    ('CountryDate(s)Location(s)' → 'country', 'date(s)', 'location(s)'): the one
    reading of a header for every test of its columns."""
    return re.findall(r"[#\w()]+", _GLUED_CELLS.sub(" ", text).lower())


@dataclass
class Line:
    start: int  # character offsets in the doc text
    end: int
    text: str


def text_lines(text: str) -> list[Line]:
    """Every line of the text with its character offsets, blank ones included."""
    out, at = [], 0
    for raw in text.split("\n"):
        out.append(Line(at, at + len(raw), raw))
        at += len(raw) + 1
    return out


def is_header(text: str) -> bool:
    """'# Country Location Date Details', 'Visitor From Description Date': a
    table's column names, flattened onto one line."""
    words = word_set("tables.json", "column_words")
    found = header_words(text)
    unknown = [w for w in found if w not in words]
    if len(found) < 3 or len(unknown) > 1:
        return False
    return not unknown or _spelled_out(found)


def _spelled_out(found: list[str]) -> bool:
    """'President Dates Country Locations Purpose / highlights', 'nah. Country
    Locations Dates Details Image' (a mirror's 'No.'): one column name we lack
    among four or more we know is still a header when a date column and a place
    column are among them; prose has no such run of column names."""
    dated = word_set("tables.json", "date_columns")
    placed = word_set("tables.json", "place_columns")
    return (
        len(found) >= MIN_KNOWN_COLUMNS + 1
        and any(w in dated for w in found)
        and any(w in placed for w in found)
    )


def header_rows(text: str) -> list[Line]:
    """The rows under every column header, up to the next blank line. A row whose
    cells wrap onto several lines ('Nepal Kathmandu' / 'Mithila' / '23–25 April
    1965') ends at the line that holds its date."""
    rows: list[Line] = []
    lines = text_lines(text)
    i = 0
    numbered = False  # the table numbers its rows ('8  Oman Muscat 12–13 January')
    while i < len(lines):
        line = lines[i]
        if numbered and _NUMBERED.match(line.text) and ROW_DATE.search(line.text):
            rows.append(line)  # a later section's rows, its header dropped as a repeat
            i += 1
            continue
        if not is_header(line.text):
            i += 1
            continue
        if _places_after_date(line.text):
            found: list[Line] = []
            i = _date_led_rows(text, lines, i + 1, found)
            rows += found
            numbered = numbered or any(_NUMBERED.match(r.text) for r in found)
            continue
        i += 1
        pending: Line | None = None
        while i < len(lines) and lines[i].text.strip():
            line = lines[i]
            pending = Line(pending.start, line.end, "") if pending else line
            body = text[pending.start : pending.end]
            if ROW_DATE.search(body):
                rows.append(Line(pending.start, pending.end, body))
                numbered = numbered or bool(_NUMBERED.match(body))
                pending = None
            i += 1
    return rows


def _places_after_date(header: str) -> bool:
    """'President Dates Locations Notes': the date column comes before the places,
    so a row's cells wrap after its date ('… 1963 Bonn,' / 'Cologne,' / 'Met with
    …'), not before it as in '# Country Location Date Details'. Cells run
    together ('PresidentDatesCountriesLocationsKey details') are split as
    `is_header` splits them."""
    words = header_words(header)
    dated = [
        i for i, w in enumerate(words) if w in word_set("tables.json", "date_columns")
    ]
    placed = [
        i for i, w in enumerate(words) if w in word_set("tables.json", "place_columns")
    ]
    return bool(dated and placed) and dated[0] < placed[0]


def _date_led_rows(text: str, lines: list[Line], i: int, rows: list[Line]) -> int:
    """Rows whose date opens them (after the name in the first column, or alone in
    a row that continues the row span above): a line with a date starts a row, a
    line without one (a place cell or the notes, wrapped) goes on with it. Up to
    the next blank line; returns where the table ended."""
    current: Line | None = None
    while i < len(lines) and lines[i].text.strip():
        line = lines[i]
        if ROW_DATE.search(line.text) or current is None:
            if current is not None:
                rows.append(current)
            current = line
        else:
            current = Line(current.start, line.end, text[current.start : line.end])
        i += 1
    if current is not None and ROW_DATE.search(current.text):
        rows.append(current)
    return i


def _headings_before(text: str, at: int) -> Iterator[str]:
    """The short lines before character `at`, nearest first; read back from `at`
    only as far as the caller asks (a row's section heading is near it)."""
    end = at
    while True:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line.split()) <= HEADING_WORDS and not line.endswith("."):
            yield line
        if start == 0:
            return
        end = start - 1


def heading_year(text: str, at: int) -> str | None:
    """The year of the section a row sits in: the nearest heading that is a year."""
    for line in _headings_before(text, at):
        if found := _HEADING_YEAR.match(line):
            return found.group(1)
    return None


def with_year(date: str | None, row_text: str, year: str | None) -> str | None:
    """A row date read without a year ('21–22 August') takes its section's year,
    not the publication's."""
    if date is None or year is None or YEAR.search(_date_cell(row_text)):
        return date
    return year + date[4:]


def _date_cell(row_text: str) -> str:
    """A row's date cell, where a year the row gives its date would be; not a year
    of its notes ('attended the 2018 APEC Summit', 'Commonwealth Heads of
    Government Meeting 2015'): a marked-up row's cell that holds the date, else
    the date and the words of a date right after it ('November 14–16, 2015')."""
    cells = row_text.split("|")
    if len(cells) > 2:
        return next((c for c in cells if ROW_DATE.search(c)), row_text)
    found = ROW_DATE.search(row_text)
    if found is None:
        return row_text
    rest = _DATE_TAIL.match(row_text, found.end())
    return row_text[found.start() : rest.end() if rest else found.end()]


_DATE_TAIL = re.compile(  # the rest of a date: '–16, 2015', '–2 December 2018'
    rf"(?:\s*[–-]\s*(?:\d{{1,2}}(?!\d)\s*)?(?:{MONTH}\s*)?(?:\d{{1,2}}(?!\d))?)?"
    r",?\s*(?:(?:1[89]|20)\d\d\b)?"
)


def heading_person(index: DocIndex, at: int) -> Participant | None:
    """'Lal Bahadur Shastri (1964–1966)': the traveller of the rows below a heading
    that names one person with the years of an office."""
    for line in _headings_before(doc_text(index.doc), at):
        found = _HEADING_PERSON.match(line)
        if found:
            return named(index, found.group(1), None, None, None)
    return None


def named(
    index: DocIndex, name: str, title: str | None, country: str | None, when
) -> Participant:
    """A name read off a row: the KB's person when it knows the name (or a
    misspelling of it: 'President Olesegun Obsanjo'), else the name as written,
    with the row's title and country. A monarch named by one word, or by a name and
    a regnal number ('Pedro II'), takes the encyclopedia form 'Faisal of Saudi
    Arabia', 'Pedro II of Brazil' (SCHEMA.md rule 19)."""
    found = index.kb.people_named(name, on=when, country_hint=country)
    if found:
        return participant(found[0], when)
    named_ids = [m.participant.person_id for m in index.persons]
    person = spelt_like(
        index.kb,
        name,
        on=when,
        country=country,
        office=title,
        among=[i for i in named_ids if i],
    )
    if person is not None:
        return participant(person, when)
    royal = load_patterns("tables.json")["royal_titles"]
    regnal = len(name.split()) == 1 or bool(_NUMERAL.fullmatch(name.split()[-1]))
    if (
        title
        and title.lower() in royal
        and regnal
        and len(name.split()) <= 2
        and country
    ):
        info = index.kb.countries_info.get(country, {})
        short = (info.get("names") or [None])[0]
        place = index.kb.places.countries.get(country)
        short = short or (place.name if place else None)
        if short:
            name = f"{name} of {short}"
    return Participant(name, None, country, title)


def _title_at(row: Span, start: int) -> tuple[str, int] | None:
    """The visitor's title that opens the row at character `start` ('Prime Minister
    Balewa'), and the character where it ends."""
    pats = load_patterns("tables.json")["visitor_titles"]
    first = row.doc.char_span(start, row.end_char, alignment_mode="expand")
    found = words_at(first[0], titles(tuple(pats), ())) if first else None
    if found is None:
        return None
    last = row.doc[found[1] - 1]
    return found[0], last.idx + len(last)


def row_visitor(index: DocIndex, row: Span, when) -> Participant | None:
    """'King Faisal Saudi Arabia State visit. …', 'Prime Minister BalewaMet with …':
    the title that opens a visit list's row and the capitalised words after it, up
    to the visitor's country cell or the description."""
    text = row.text.lstrip()
    dated = LEAD_DATE.match(text)  # 'Date Visitor Country Description' lists
    text = text[dated.end() :] if dated else text
    head = _title_at(row, row.start_char + len(row.text) - len(text))
    if head is None:
        return None
    title, start = head
    pats = load_patterns("tables.json")
    stops = set(pats["description_words"])
    former = _former_states()
    words: list[str] = []
    country = None
    text = doc_text(index.doc)
    tokens = row.doc.char_span(start, row.end_char, alignment_mode="expand") or []
    for token in tokens:
        place = index.place_at.get(token.i)
        if words and place is not None and place.place.kind == "country":
            country = place.place.country  # (a surname first: 'Prime Minister
            break  # Holland New Zealand', not the Netherlands)
        cell = words and _country_cell(index, tokens, token.i - tokens.start)
        if cell:  # 'President Goulart Brazil': a country cell the NER ran on
            country = cell
            break
        if former.match(text, token.idx):  # 'King Kalakaua Hawaii In U.S.'
            break
        if not words and token.text in pats["honorifics"]:
            continue  # 'Emperor Dom Pedro II'
        if _name_joint(token, words):  # 'Ben-Gurion', 'de Gaulle'
            words[-1] += token.text if token.text == "-" else token.text_with_ws
            continue
        glued = re.match(r"([A-Z][a-zà-ÿ’'-]+)([A-Z][a-z]+)$", token.text)
        if glued and glued.group(2).lower() in stops:  # 'BalewaMet'
            words.append(glued.group(1))
            break
        if _particle(index, token):  # 'President de Gaulle'
            words.append(token.text_with_ws)
            continue
        if not token.text[:1].isupper() or token.lower_ in stops:
            break
        words.append(token.text)
    words = [w.strip() for w in words]
    if not words:
        return None
    name = " ".join(words)
    known = index.kb.people_named(name, on=when, country_hint=country)
    if len(words) == 1:  # 'King Faisal': only a leader of the day, not a namesake
        known = [p for p in known if p.is_leader_on(when)]
    if not known and len(words) > 1:  # 'Harold E. Holt', 'Umaru Yar’Adua'
        known = [
            p
            for p in index.kb.people_with_surname(words[-1], on=when)
            if p.name.split()[0].lower() == words[0].lower()
        ]
    if known:
        return participant(known[0], when)
    royal = load_patterns("tables.json")["royal_titles"]
    if len(words) == 1:
        person = index.kb.resolve_person(name, on=when, country_hint=country)
        if person is not None and (when is None or person.is_leader_on(when)):
            return participant(person, when)
        if title.lower() not in royal and not dated:
            return None  # 'Prime Minister Balewa': a surname is no full name (rule 19)
        if title.lower() not in royal:  # the Visitor column: the person as named
            return Participant(name, None, country, title)
    return named(index, name, title, country, when)


MAX_COUNTRY_WORDS = 4  # 'Congo (Leopoldville)', 'Germany, Federal Republic of'


def _country_cell(index: DocIndex, tokens: Span, at: int) -> str | None:
    """The country a visit list's From/Country cell names from token `at` on, when
    the NER ran it into the visitor's name ('Goulart Brazil', 'Menzies Australia')
    and so marked no place there."""
    for n in range(MAX_COUNTRY_WORDS, 0, -1):
        words = tokens[at : at + n]
        if len(words) == n and words[0].text[:1].isupper():
            code = index.kb.country_code(words.text)
            if code is not None:
                return code
    return None


def _particle(index: DocIndex, token: Token) -> bool:
    """'de' of 'President de Gaulle', 'van' of 'Premier van Zeeland': a name
    particle (the KB's spelling data) with a capitalised word right after it."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        token.lower_ in index.kb.spelling.particles
        and after is not None
        and after.text[:1].isupper()
    )


def _name_joint(token: Token, words: list[str]) -> bool:
    """Part of the last word read: a hyphen inside a name ('Ben-Gurion',
    'Mendes-France': no space either side), the word right after it, or the word
    after a particle ('de Gaulle')."""
    if not words:
        return False
    if token.text == "-":
        return not token.whitespace_ and not token.nbor(-1).whitespace_
    before = token.nbor(-1)
    joined = before.text == "-" and not before.whitespace_
    return token.text[:1].isupper() and (joined or words[-1].endswith(" "))


@cache
def _former_states() -> re.Pattern:
    """A state of another era in a list's Country column ('Hawaii', 'Prussia')."""
    names = sorted(load_patterns("tables.json")["former_states"], key=len)
    alternatives = "|".join(re.escape(n) for n in reversed(names))
    return re.compile(rf"(?:{alternatives})\b")


@cache
def _titled() -> re.Pattern:
    """A title and the surname after it: 'President Johnson', 'General Secretary
    Brezhnev', 'First Secretary Gierek' (the visit lists' titles, longest first)."""
    titles = sorted(load_patterns("tables.json")["visitor_titles"], key=len)
    alternatives = "|".join(re.escape(t) for t in reversed(titles))
    return re.compile(
        rf"\b(?:{alternatives})\s+([^\W\d_][\w’'-]+)((?:\s+[^\W\d_][\w’'-]+){{0,2}})"
    )  # the surname, or the given name and up to two words after it


def _full_titled(index: DocIndex, found: re.Match, title: str, days, country):
    """'President Porfirio Díaz', 'Prime Minister Vittorio Orlando': a given name
    after the title, the surname after it (capitalised words only)."""
    more = [w.rstrip(".,;:") for w in found.group(2).split() if w[:1].isupper()]
    if more and found.group(2).split()[0] == more[0]:  # 'President López Portillo':
        person = titled_holder(  # a surname of two words (Spanish double surnames)
            index.kb, f"{found.group(1)} {more[0]}", title, days, country,
            otherwise=TOP_ROLES,
        )  # fmt: skip
        if person is not None:
            return person
    for n in range(len(more), 0, -1):
        person = titled_holder(
            index.kb, more[n - 1], title, days, country, otherwise=TOP_ROLES
        )
        if person is not None:
            return person
    return None


def titled_counterparts(
    index: DocIndex, row: Span, country: str | None, when, *, cue: str = "meeting"
):
    """'Met with President Johnson', 'Informal meetings with President Johnson':
    a leader by title and surname after a meeting word, which the NER misses in
    run-on rows; resolved by the KB on the row's date. With cue="accompany", the
    leader a row's traveller went along with ('Accompanied President Carter')."""
    words = load_patterns("tables.json")[f"{cue}_words"]
    out: list[tuple[int, Participant]] = []
    for found in _titled().finditer(row.text):
        if not found.group(1)[0].isupper():  # 'Ōhira', not 'President of'
            continue
        before = row.text[: found.start()].lower()
        last = before[-40:]
        if not phrase_in(last, words):
            continue
        title = row.text[found.start() : found.start(1)].strip()
        days = (when, when) if when else None
        token = row.doc.char_span(
            row.start_char + found.start(1),
            row.start_char + found.end(1),
            alignment_mode="expand",
        )
        at = token.start if token else row.start
        person = titled_holder(  # 'Marshal Tito': any leader of the day
            index.kb, found.group(1), title, days, country, otherwise=TOP_ROLES
        ) or _full_titled(index, found, title, days, country)
        if person is None:
            continue
        named = _named_in_full(index, token)  # 'King Mohammed Zahir Shah': the
        # name the mention index read whole, not 'King Mohammed' of another country;
        # a lookup that read the surname ('Prime Minister Ōhira Masayoshi') stands
        read_surname = person.name.split()[-1] == found.group(1)
        out.append(
            (at, named if named and not read_surname else participant(person, when))
        )
    return out


def _named_in_full(index: DocIndex, word: Span | None) -> Participant | None:
    """The person the mention index resolved from a full name that starts at the
    word after the title and goes on past it ('Mohammed Zahir Shah')."""
    if word is None:
        return None
    mention = index.person_at.get(word.start)
    if mention is None or mention.start != word.start or mention.end <= word.end:
        return None
    return mention.participant
