"""Trip lists and visit tables: one row, one trip (issue #10, class 6).

Encyclopedia trip lists ("Saudi Arabia | Madina, Makkah, Jeddah | 18–19 September
2018 | State visit | …") and the Office of the Historian's visit lists ("President
Shehu Shagari Official visit. October 3–8, 1980") do not parse as sentences. A row
is read by its cells instead: who travelled (the row's first person, else the list's
subject named in its title), where (the row's places, else the destination its title
implies), when (the row's date) and whom they met (people after "met with", or the
host's leader named in the row).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from summitwatch.kb.places import Place
from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.assemble import merge_pair, same_event
from summitwatch.nlp.dates import latest_published, parse_iso, resolve_date
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.frame import Frame, frame_event, listed_meeting, party_leaders
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import location_of, participant
from summitwatch.nlp.presence import gathering_attended
from summitwatch.nlp.table_cells import (
    after_date_cells,
    leading_name,
    person_column,
    row_range,
    stacked_rows,
    title_destination,
    title_year,
    wrapped_rows,
)
from summitwatch.nlp.table_context import (
    LEAD_DATE,
    ROW_DATE,
    header_rows,
    heading_person,
    heading_year,
    named,
    row_visitor,
    titled_counterparts,
    with_year,
)

MIN_ROWS = 3  # fewer dated lines is prose, not a list
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_ROW_END_DATE = re.compile(
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:\s*[–-]\s*(?:{_MONTH}\s+)?\d{{1,2}})?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{_MONTH}\s+\d{{4}})\s*$"
)


_DATE_CELL = re.compile(
    rf"(?:\d{{1,2}}\s*(?:[–-]\s*\d{{1,2}}\s*)?{_MONTH}|{_MONTH}\s+\d{{1,2}}"
    rf"(?:\s*[–-]\s*(?:{_MONTH}\s+)?\d{{1,2}})?)(?:,?\s+\d{{4}})?"
)


@dataclass
class Row:
    span: Span  # the row's tokens
    date: str | None
    lead: Participant | None = None  # the traveller its section heading names
    columned: bool = False  # under a table's column header or rule, not a dated line


def _line_spans(index: DocIndex) -> list[Span]:
    """The doc's non-empty lines as token spans, in one pass over the tokens."""
    doc, out, start = index.doc, [], 0
    for token in doc:
        if "\n" in token.text or "\n" in token.whitespace_:
            end = token.i if token.is_space else token.i + 1
            if end > start:
                out.append(doc[start:end])
            start = token.i + 1
    if start < len(doc):
        out.append(doc[start:])
    return [line for line in out if line.text.strip()]


def _is_rule(line: Span) -> bool:
    """A table's header rule: '---|---|---|'."""
    return bool(re.fullmatch(r"[-|:\s]+", line.text.strip())) and "|" in line.text


def _is_cell_row(line: Span) -> bool:
    return len([c for c in line.text.split("|") if c.strip()]) >= 3


def _row_date(index: DocIndex, line: Span) -> str | None:
    """The date cell: the Start and End cells' range, the date that ends the
    line, else the row's last date."""
    found, when = row_range(line.text, index.published)
    if found:
        return when
    end = _ROW_END_DATE.search(line.text.strip())
    if end:
        return resolve_date(end.group(0), index.published)
    for cell in line.text.split("|"):  # the date cell of a marked-up table
        if _DATE_CELL.fullmatch(cell.strip()):
            return resolve_date(cell.strip(), index.published)
    found = None
    for i in range(line.start, line.end):
        if i in index.date_at and index.date_at[i][1]:
            found = index.date_at[i][1]  # the last date: the row's date cell
    return found


def find_rows(index: DocIndex) -> list[Row]:
    """The dated rows of a list or table, if the document has at least MIN_ROWS."""
    lines = _line_spans(index)
    wrapped = wrapped_rows(lines) + stacked_rows(lines)  # rows over several lines
    inside = {i for row in wrapped for i in range(row.start, row.end)}
    ruled = any(_is_rule(line) for line in lines)  # a marked-up table: every row counts
    cells = [
        Row(row, _row_date(index, row), heading_person(index, row.start_char), True)
        for row in wrapped
    ]
    cells += [
        Row(line, _row_date(index, line), columned=True)
        for line in lines
        if ruled
        and _is_cell_row(line)
        and not _is_rule(line)
        and line.start not in inside
    ]
    listed = [
        Row(line, _row_date(index, line))
        for line in lines
        if _ROW_END_DATE.search(line.text.strip())
        and not _is_cell_row(line)
        and line.start not in inside
    ]
    rows = [r for r in cells if r.date]
    rows += listed if len(listed) >= MIN_ROWS else []
    rows += _dated_entries(index, lines, {r.span.start for r in rows} | inside)
    taken = {i for r in rows for i in range(r.span.start, r.span.end)}
    for line in header_rows(index.doc.text):
        span = index.doc.char_span(line.start, line.end, alignment_mode="expand")
        if span is None or not span.text.strip() or taken & set(range(*_ends(span))):
            continue
        cell = next(  # the date column, before the notes; not 'October 19|64'
            (m for m in _DATE_CELL.finditer(span.text)
             if not span.text[m.end() : m.end() + 1].isdigit()),
            None,
        )  # fmt: skip
        first = resolve_date(cell.group(0), index.published) if cell else None
        ranged, when = row_range(span.text, index.published)  # Start and End cells
        first = when if ranged else first
        dated = [index.date_at[i][1] for i in range(span.start, span.end)
                 if i in index.date_at and index.date_at[i][1]]  # fmt: skip
        first = first or (None if ranged else next(iter(dated), None))
        rows.append(Row(span, first, heading_person(index, line.start), True))
    text = index.doc.text
    titled = title_year(text)  # '… trips made by Joe Biden (2023)'
    for row in rows:  # '21–22 August' under the heading '2019'
        year = heading_year(text, row.span.start_char) or titled
        row.date = with_year(row.date, row.span.text, year)
    return sorted(rows, key=lambda r: r.span.start)


def _dated_entries(index: DocIndex, lines: list[Span], taken: set[int]) -> list[Row]:
    """'Gerald Ford (1974–77)' then 'November 18–22, 1974  State guest. Meets with
    Prime Minister Tanaka Kakuei.': entries that open with their date under a
    heading that names the traveller with the years of his office (nippon.com's
    and the Historian's presidential visit pages). Lines that merely open with a
    date (a timeline) are no rows without such a heading."""
    out: list[Row] = []
    for line in lines:
        found = LEAD_DATE.match(line.text)
        if found is None or line.start in taken or "|" in line.text:
            continue
        lead = heading_person(index, line.start_char)
        if lead is not None:
            when = resolve_date(found.group(0).strip(), index.published)
            out.append(Row(line, when, lead, True))
    return out if len(out) >= MIN_ROWS else []


def _ends(span: Span) -> tuple[int, int]:
    return span.start, span.end


def _people(index: DocIndex, span: Span) -> list[tuple[int, Participant]]:
    out: list[tuple[int, Participant]] = []
    for mention in index.persons:
        if span.start <= mention.start < span.end:
            if all(p != mention.participant for _, p in out):
                out.append((mention.start, mention.participant))
    return out


def _places(
    index: DocIndex, span: Span, destination: str | None = None, home: str | None = None
) -> list[tuple[int, Place]]:
    """The row's places; a city re-read in the row's country ('Madina' in a Saudi
    Arabia row is Medina, Saudi Arabia, not Medina, Ohio). The country is the list's
    destination when its title implies one (the row's own country cell is then the
    visitor's); a union that no longer exists ('Soviet Union Tashkent') lets its
    cities keep today's country (SCHEMA.md rule 7)."""
    mentions = [
        m
        for i in range(span.start, span.end)
        if (m := index.place_at.get(i)) and m.start == i
    ]
    first = next(  # not the traveller's own: a 'Country Represented' cell
        (m for m in mentions if m.place.kind == "country" and m.place.country != home),
        None,
    ) or next(  # no country cell: the first place's country, not home's
        (m for m in mentions if m.place.country != home), None
    )
    # ('| Kentucky | Covington | … Brent Spence Bridge': no London borough)
    former = load_patterns("tables.json")["former_unions"]
    if destination is None and first is not None and first.text in former:
        return [(m.start, m.place) for m in mentions]
    country = destination or (first.place.country if first else None)
    out: list[tuple[int, Place]] = []
    titles = {t.split()[-1] for t in load_patterns("tables.json")["visitor_titles"]}
    for m in mentions:
        if m.start > 0 and index.doc[m.start - 1].text in titles:
            continue  # 'Met with Premier Laval': a person, not the town
        place = m.place
        if country and place.country != country:
            place = index.kb.place(m.text, country=country)
            if place is None or place.country != country:
                continue  # a namesake abroad, not a stop on this trip
        out.append((m.start, place))
    return out


def list_subject(index: DocIndex) -> Participant | None:
    """'List of international trips made by Imran Khan': whose trips the list holds."""
    first = next(iter(index.doc.sents), None)
    if first is None:
        return None
    people = _people(index, first)
    return people[0][1] if len(people) == 1 else None


def list_destination(index: DocIndex, columned: bool = True) -> str | None:
    """The country every row is a trip to, when the title implies it: 'Visits by
    Foreign Leaders of Nigeria' (to the United States), or a title that is just a
    country ('Nigeria': Secretaries' travels there)."""
    first_line = index.doc.text.lstrip().split("\n", 1)[0].strip()
    for rule in load_patterns("tables.json")["implied_destinations"]:
        if re.search(rule["pattern"], first_line, re.I):
            return rule["country"]
    place = index.kb.place(first_line) if len(first_line) < 40 else None
    if place is not None and place.kind == "country":
        return place.country
    if not columned:  # 'Kim Jong-un's visits to China' over an infobox's 'Date:'
        return None
    return title_destination(index.kb, first_line)  # '… visits to Japan'


def _leading_name(index: DocIndex, row: Row) -> Participant | None:
    """A row that opens with a full name ('William Pierce Rogers Lagos …'): the KB
    person of its first and last words, where the NER cut it up."""
    words = []
    for token in row.span:
        if token.i in index.place_at or not token.text[:1].isupper():
            break
        words.append(token.text)
    for n in range(len(words), 1, -1):
        for name in (" ".join(words[:n]), f"{words[0]} {words[n - 1]}"):
            found = index.kb.people_named(name)
            if len(found) == 1:
                return participant(found[0], parse_iso(row.date))
    return None


def _spanned_person_cell(index: DocIndex, row: Row) -> bool:
    """'March 29 – April 11, 1934 | Elbow Cay, Gun Cay | …' in a table whose first
    column holds the President: a row that opens with its date left that cell to
    the row above, so the name after the date is no traveller."""
    text = row.span.text.lstrip(" |\n")
    opens_dated = bool(LEAD_DATE.match(text + " ") or ROW_DATE.match(text))
    return opens_dated and person_column(index.doc.text, row.span.start_char)


def _person_cell(
    index: DocIndex, row: Row, when, destination: str | None
) -> Participant | None:
    """The name in a table's first column when its header says the column holds
    people ('President Start End …', 'Name Locale Remarks Date'), the KB's person
    or the name as written (a President-elect the KB lacks, a Secretary)."""
    if not person_column(index.doc.text, row.span.start_char):
        return None
    name = leading_name(index, row.span, destination)
    return named(index, name, None, None, when) if name else None


def _cut_name(lead: Participant, cell: Participant) -> bool:
    """'John Milton' read by the NER in the cell 'John Milton Hay': one word short."""
    words = cell.name.split()
    return lead.person_id is None and " ".join(words[:-1]) == lead.name


def _whole_name(index: DocIndex, row: Row, who: Participant) -> Participant:
    """'Ellen Johnson' of 'Ellen Johnson-Sirleaf', which the NER split at the
    hyphen: the row's KB person whose name goes on from it."""
    if who.person_id is not None:
        return who
    for _, other in _people(index, row.span):
        if other.person_id and other.name.startswith(who.name + " "):
            return other
    return who


def _without_remark(who: Participant) -> Participant:
    """'Balewa Met', 'Obasanjo Working': the NER ran the name into the remarks cell."""
    words = who.name.split()
    remarks = set(load_patterns("tables.json")["remark_words"])
    if who.person_id is None and len(words) > 1 and words[-1] in remarks:
        return replace(who, name=" ".join(words[:-1]))
    return who


def _is_minister(index: DocIndex, at: int) -> bool:
    before = index.doc[max(0, at - 4) : at].text.lower()
    return ("minister" in before and "prime" not in before) or "secretary" in before


def _counterparts(
    index: DocIndex, row: Row, traveller: Participant
) -> tuple[list[tuple[int, Participant]], list[Participant]]:
    """(people met, people travelling along) in a row."""
    pats = load_patterns("tables.json")
    text = row.span.text
    met: list[tuple[int, Participant]] = []
    along: list[Participant] = []
    for at, who in _people(index, row.span):
        if who.name == traveller.name or _is_minister(index, at):
            continue
        if at > 0 and index.doc[at - 1].lower_ == "the":
            continue  # 'At the invitation of the President': rows lend no antecedents
        before = _clause_before(index, row, at).lower()  # not the last remark's
        if any(re.search(rf"\b{w}\b", before) for w in pats["accompany_words"]):
            along.append(who)
        elif any(re.search(rf"\b{w}\b", before) for w in pats["meeting_words"]):
            met.append((at, who))
        elif _leader(index, who, row.date) and who.country != traveller.country:
            met.append((at, who))
        elif _talks_after(index, row, at) and who.country != traveller.country:
            if _in_office(index, who, parse_iso(row.date)):
                met.append((at, who))
    del text
    return met, along


def _talks_after(index: DocIndex, row: Row, at: int) -> bool:
    """'Mohammed bin Zayed in Abu Dhabi, holding talks on …': the clause that opens
    with a person goes on to a meeting word ('with' alone says nothing here)."""
    text = index.doc[at : row.span.end].text
    clause = re.split(r"[.;|]\s", text)[0].lower()
    words = [w for w in load_patterns("tables.json")["meeting_words"] if w != "with"]
    return any(re.search(rf"\b{w}\b", clause) for w in words)


def _leader(index: DocIndex, who: Participant, when: str | None) -> bool:
    person = index.kb.person(who.person_id) if who.person_id else None
    return bool(person and person.is_leader_on(parse_iso(when) or index.published))


def _surname(index: DocIndex, who: Participant) -> str:
    """The KB's surname ('Park' of Park Chung-hee), else the name's last word."""
    person = index.kb.person(who.person_id) if who.person_id else None
    return (person.surname if person else None) or who.name.split()[-1]


def _spouse(index: DocIndex, who: Participant) -> str | None:
    person = index.kb.person(who.person_id) if who.person_id else None
    return person.relations.get("spouse") if person else None


def _with_spouses(
    index: DocIndex, met: list[tuple[int, Participant]]
) -> list[tuple[int, list[Participant]]]:
    """'meeting with President Joko Widodo and First Lady Iriana': a couple met in
    one row is one meeting of the three, not two (rule 2: they are received
    together, as the project's gold has 'Xi and his wife Peng Liyuan')."""
    groups: list[tuple[int, list[Participant]]] = []
    for at, who in met:
        partner = _spouse(index, who)
        joined = next(
            (group for _, group in groups
             if any(p.person_id == partner or _spouse(index, p) == who.person_id
                    for p in group if p.person_id)),
            None,
        )  # fmt: skip
        if joined is not None and who.person_id:
            joined.append(who)
        else:
            groups.append((at, [who]))
    return groups


def _untagged_city_cell(index: DocIndex, row: Row, country: str) -> list:
    """'2  France Biarritz 24–26 August …': the cell after the country names a town
    too small for the entity ruler, which the NER left untagged; the KB's city of
    that name in the row's country, when it has one."""
    mention = next(
        (m for i in range(row.span.start, row.span.end)
         if (m := index.place_at.get(i)) and m.place.country == country),
        None,
    )  # fmt: skip
    if mention is None or mention.place.kind != "country":
        return []
    words = []
    for token in index.doc[mention.end : row.span.end]:
        if token.is_space or token.text == "|" and not words:
            continue
        if not token.text[:1].isupper() or token.i in index.place_at:
            break
        words.append(token)
    for n in range(len(words), 0, -1):
        name = " ".join(t.text for t in words[:n])
        place = index.kb.place(name, country=country)
        if place is not None and place.kind == "city" and place.country == country:
            return [(words[0].i, place)]
    return []


def _capital_among(index: DocIndex, country: str, stops: list[Place]) -> Place | None:
    """'Sokoto, Abuja | Met with … in Sokoto, and with President Buhari': a row of
    several cities that does not say where the meeting was; the government sits
    in the capital, so the meeting is there when the capital is one of the stops."""
    capital = index.kb.capital(country)
    return next((p for p in stops if p.name == capital), None)


def _location(place: Place | None, country: str | None) -> Location:
    if place is None:
        return Location(country=country)
    return location_of(place, region=False)


def _event(kind: str, people: list[Participant], loc: Location, row: Row, index):
    status = "occurred"
    if row.date and index.published:
        bound = latest_published(index.published)[: len(row.date)]
        status = "planned" if row.date > bound else "occurred"
    return Event(
        type=kind,
        status=status,
        participants=people,
        location=loc,
        date=row.date,
        evidence=row.span.text.strip(),
        start_char=row.span.start_char,
        end_char=row.span.end_char,
        confidence=0.6,
    )


def _in_office(index: DocIndex, who: Participant | None, when) -> bool:
    """A KB person who held an office on the row's date: not a namesake of another
    era ('King Faisal' in 1966 is not the foreign minister Faisal bin Farhan)."""
    person = index.kb.person(who.person_id) if who and who.person_id else None
    return bool(person) and (
        when is None or any(o.held_on(when) for o in person.offices)
    )


def _clause_before(index: DocIndex, row: Row, at: int) -> str:
    """The row's text from its last '.' or ';' before token `at` up to it; not the
    stop of an abbreviation ('St. Louis (Missouri), and Omaha', 'In U.S. May 3')."""
    text = index.doc[row.span.start : at].text
    return _CLAUSE_END.split(text)[-1]


_CLAUSE_END = re.compile(r"(?<=[a-z)\d]{2})[.;]\s+|;\s+")


def _met_before(index: DocIndex, row: Row, at: int) -> bool:
    """'Spain Madrid Met with Generalissimo Franco': a person after a meeting word
    is the row's counterpart, not its traveller, however early in the row."""
    words = load_patterns("tables.json")["meeting_words"]
    before = index.doc[row.span.start : at].text.lower()
    return any(re.search(rf"\b{w}\b", before) for w in words)


def row_events(
    index: DocIndex,
    row: Row,
    subject: Participant | None,
    destination: str | None,
    carried: Participant | None = None,
    carried_country: str | None = None,
) -> list[Event]:
    """The trips and meetings of one row. `carried` is the traveller of the row
    above, for a row whose traveller cell a row span left out."""
    people = _people(index, row.span)
    first = people[0] if people else None
    spanned = _spanned_person_cell(index, row)
    starts_with_person = (
        first is not None
        and (
            first[0] - row.span.start <= 4
            or after_date_cells(index.doc[row.span.start : first[0]].text)
        )
        and not _met_before(index, row, first[0])
        and not spanned
    )
    when = parse_iso(row.date)
    lead = first[1] if starts_with_person and first else None
    cell = _person_cell(index, row, when, destination)  # 'John Milton Hay Paris':
    if cell and (lead is None or _cut_name(lead, cell)):
        lead = cell  # the NER cut the name the first column holds whole
    named = _leading_name(index, row)
    traveller = (
        (named if _in_office(index, named, when) else None)
        or (lead if _in_office(index, lead, when) else None)
        or row_visitor(index, row.span, when)
        or lead
        or named  # 'William Howard Taft 29-Jan-1909 …': a President-elect's trip
        or row.lead
        or subject
        or carried
    )
    if traveller is None:
        return []
    traveller = _whole_name(index, row, _without_remark(traveller))
    places = [
        (i, p)
        for i, p in _places(index, row.span, destination, traveller.country)
        if destination is None or p.country == destination
    ]
    places = [(i, p) for i, p in places if p.country != traveller.country]
    country = destination or next((p.country for _, p in places), None)
    if country is None and row.columned and "![" not in row.span.text:
        country = carried_country  # '| March 29 – April 11, 1934 | Elbow Cay |':
        # the Country cell spans this row from the row above (a flag cell of its
        # own, '![]() |', says the row has its own country, unnamed)
    if country is None:
        return []
    cities = [
        (i, p)
        for i, p in places
        if p.kind in ("city", "site") and not _qualifier(index, i)
    ]
    cities += _bracketed_towns(index, row, country)
    cities.sort(key=lambda c: c[0])
    cities = cities or _untagged_city_cell(index, row, country)
    met, along = _counterparts(index, row, traveller)
    along += [  # 'Accompanied President Carter': the NER missed the title's name
        who
        for _, who in titled_counterparts(
            index, row.span, traveller.country, when, cue="accompany"
        )
        if who.name != traveller.name and who not in along
    ]
    names = {traveller.name} | {w.name for _, w in met}
    titled = [
        (at, who)
        for at, who in titled_counterparts(index, row.span, country, when)
        if who.name not in names
    ]
    surnames = {_surname(index, who) for _, who in titled}
    # 'Met President Johnson' in 1966 is the leader of the row's date, not the
    # namesake the name alone resolved to
    met = [
        (at, w)
        for at, w in met
        if _surname(index, w) not in surnames
        and not (w.person_id is None and surnames & set(w.name.split()))
    ] + titled  # 'Prime Minister Ōhira Masayoshi': the KB's, in its name order
    met.sort(key=lambda m: m[0])
    stop_words = load_patterns("tables.json")["extra_stop_words"]
    extra = {  # 'visited Williamsburg and New York City': stops beyond the trip
        i
        for i, _ in cities
        if any(re.search(rf"\b{w}\b", _clause_before(index, row, i), re.I)
               for w in stop_words)
    }  # fmt: skip
    events: list[Event] = []
    used: set[str] = set()
    for at, group in _with_spouses(index, met):
        after = [p for i, p in cities if i > at and i not in extra]  # 'Met with X.
        # Arrived in New York March 29.': a stop of its own, not where they met
        main = [p for i, p in cities if i not in extra]
        where = after[0] if after else (main[-1] if len(main) == 1 else None)
        where = where or _capital_among(index, country, main)
        if where is not None:
            used.add(where.name)
        loc = _location(where, country)
        events.append(_event("meeting", [traveller, *group], loc, row, index))
    stops = list(dict.fromkeys(p for _, p in cities))
    only = stops[0] if len(stops) == 1 else None  # 'Lagos | Accompanied President …'
    for who in [traveller, *along] if along else []:
        events.append(_event("visit", [who], _location(only, country), row, index))
    named = [p.name for i, p in cities if i not in extra]
    # A flattened list's locale cell ('Abuja, Kano Met with President Obasanjo')
    # places the meeting; a marked-up trip table's 'Areas visited' cell itemises
    # stops (dev gold 044 vs 007).
    locale_only = "|" not in row.span.text
    for city in dict.fromkeys(p for _, p in cities):
        single = named.count(city.name) == 1 and city.name not in used
        if met and locale_only and single:
            continue  # a locale cell of a trip met on: the meeting is the trip (rule 1)
        if city.name not in used and not along:
            loc = _location(city, country)
            events.append(_event("visit", [traveller], loc, row, index))
    events += _gathering_stop(index, row, traveller, country, events)
    stay = any(
        p.kind == "country" for _, p in places
    )  # 'Visited U.S. April 15–July 12'
    whole_trip = destination is not None and not met
    whole_trip = whole_trip and (len(extra) == len(cities) or stay)
    if not events or (whole_trip and not along):  # the stay, then its extra stops
        events.insert(
            0, _event("visit", [traveller], Location(country=country), row, index)
        )
    return events


_BRACKETED = re.compile(
    r"(?<![\w.])((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+\(([A-Z][\w .]+)\)"
)


def _bracketed_towns(index: DocIndex, row: Row, country: str) -> list:
    """'Hampton (Virginia)', 'White Sulphur Springs (West Virginia)': a town too
    small for the KB, named by the state the list puts after it in brackets."""
    out = []
    text, base = row.span.text, row.span.start_char
    for found in _BRACKETED.finditer(text):
        name = found.group(1)
        if text[: found.start()].rstrip().endswith(" the"):
            continue  # 'the Grand Canyon (Arizona)': a sight, not a town
        span = index.doc.char_span(
            base + found.start(1), base + found.end(1), alignment_mode="expand"
        )
        if span is None or span.start <= row.span.start:
            continue
        tagged = index.place_at.get(span.start)
        if tagged is not None and tagged.place.country == country:
            continue  # the entity ruler's own stop
        town = index.kb.place(name, country=country)  # 'Hampton', read as a person
        state = index.kb.place(found.group(2), country=country)
        if town is not None and town.kind == "city" and town.country == country:
            out.append((span.start, town))
        elif state is not None and state.kind == "region" and state.country == country:
            out.append((span.start, Place(name, "city", country)))
    return out


def _qualifier(index: DocIndex, at: int) -> bool:
    """'Buffalo (New York)': a place in brackets right after another names the
    state the first lies in, not a stop of its own."""
    doc = index.doc
    if at < 2 or doc[at - 1].text != "(":
        return False
    before = index.place_at.get(at - 2)
    if before is not None:
        return before.place.kind in ("city", "site")
    return doc[at - 2].text[:1].isupper()  # 'Niagara Falls (New York)': a town the
    # KB lacks


def _gathering_stop(
    index: DocIndex, row: Row, traveller: Participant, country: str, found: list[Event]
) -> list[Event]:
    """'… in Washington while attending UN General Assembly': the gathering's city
    is a stop of its own (rule 1), unless the row already has it."""
    seat = gathering_attended(index, row.span.text, parse_iso(row.date))
    if seat is None or seat.country != country:
        return []
    cities = [e.location.city for e in found if e.location.city]
    if any(seat.name in c or c in seat.name for c in cities):
        return []
    return [_event("visit", [traveller], _location(seat, country), row, index)]


_BULLET = re.compile(r"^\s*[-*•–]+\s")
MIN_ATTENDEES = 3


def attendance_list(index: DocIndex, frame: Frame) -> Event | None:
    """'Leaders in attendance:' followed by bullet lines of one person each: the
    people present at the frame's gathering, one group meeting (SCHEMA.md rules 2,
    16)."""
    if not frame.gathering or frame.place is None:
        return None
    people: list[Participant] = []
    first: Span | None = None
    for line in _line_spans(index):
        if not _BULLET.match(line.text) or len(line) > 20:
            continue
        found = _people(index, line)
        if len(found) == 1 and found[0][1] not in people:
            people.append(found[0][1])
            first = first or line
    if len(people) < MIN_ATTENDEES or first is None:
        return None
    return frame_event(frame, people, first, confidence=0.6)


def _row_of_one(index: DocIndex, line: Span, limit: int) -> Participant | None:
    """The one person of a short verbless line ('Canada Stephen Harper Prime
    Minister'), or None."""
    if _BULLET.match(line.text) or len(line) > limit or "|" in line.text:
        return None
    if any(t.pos_ in ("VERB", "AUX") or t.like_num for t in line):
        return None
    found = _people(index, line)
    return found[0][1] if len(found) == 1 else None


def participant_table(index: DocIndex, frame: Frame) -> Event | None:
    """'The participants will be …' / 'Member Represented by Title' followed by one
    line per leader ('Canada Stephen Harper Prime Minister'): a participants table
    flattened to lines, the people present at the frame's gathering (SCHEMA.md rules
    2, 16), one group meeting."""
    if not frame.gathering or frame.place is None:
        return None
    pats = load_patterns("groups.json")
    cues = pats["participant_list_cues"]
    since_cue: int | None = None
    people: list[Participant] = []
    first: Span | None = None
    for line in _line_spans(index):
        who = _row_of_one(index, line, pats["participant_row_max_tokens"])
        if who is not None and since_cue is not None:
            people += [who] if who not in people else []
            first = first or line
            continue
        if len(people) >= MIN_ATTENDEES:
            break
        people, first = [], None
        text = line.text.lower()
        if any(re.search(rf"\b{re.escape(c)}\b", text) for c in cues):
            since_cue = 0
        elif since_cue is not None:
            since_cue += 1
            if since_cue > pats["participant_list_lookahead"]:
                since_cue = None
    if len(people) < MIN_ATTENDEES or first is None:
        return None
    return frame_event(frame, people, first, confidence=0.6)


_ITINERARY = re.compile(r"^\s*(?:travel|trip|tour|visits?|journey) to\b", re.I)


def title_itinerary(index: DocIndex) -> list[Event]:
    """'Travel to Kenya, Nigeria, …, India and China, August 22-September 5, 2016':
    a title that lists a trip's countries gives one visit to each, by the person the
    page is about (the first one its body names)."""
    lines = _line_spans(index)
    if len(lines) < 2 or not _ITINERARY.match(lines[0].text):
        return []
    title = lines[0]
    names = re.split(r",|\band\b", _ITINERARY.sub("", title.text))
    found = (index.kb.place(n.strip()) for n in names if n.strip())
    countries = [p for p in found if p is not None and p.kind == "country"]
    body_people = [p for line in lines[1:4] for _, p in _people(index, line)]
    if len(countries) < 2 or not body_people:
        return []
    traveller = body_people[0]
    row = Row(title, _row_date(index, title))
    return [
        _event("visit", [traveller], Location(country=c.country), row, index)
        for c in dict.fromkeys(countries)
        if c.country != traveller.country
    ]


def read_tables(
    index: DocIndex,
    per_sentence: list[tuple[Span, list[Event]]],
    frame: Frame | None = None,
) -> list[tuple[Span, list[Event]]]:
    """Replace the sentence readings of table rows by the rows' own events; add the
    gathering of an attendance list."""
    groups = (
        [
            attendance_list(index, frame) or participant_table(index, frame),
            party_leaders(index, frame),
            listed_meeting(frame, next(index.doc.sents)),
        ]
        if frame
        else []
    )
    groups += title_itinerary(index)
    if any(groups):
        per_sentence = [*per_sentence, (index.doc[-1:], [g for g in groups if g])]
    rows = find_rows(index)
    if not rows:
        return per_sentence
    out: list[tuple[Span, list[Event]]] = []
    for sent, events in per_sentence:
        inside = [r for r in rows if r.span.start <= sent.start < r.span.end]
        if not inside:
            out.append((sent, events))
            continue
        row = inside[0]
        kept = events if "|" in row.span.text else []  # prose in a details cell
        out.append((sent, kept))
    return out


def itemized_rows(index: DocIndex) -> list[Event]:
    """Every row's events. They stay apart from the sentence events' folding: a
    list itemises its stops (SCHEMA.md rule 1), so a row's country-level stay, its
    extra cities and its meeting are separate events."""
    rows = find_rows(index)
    if not rows:
        return []
    from summitwatch.nlp.summit_rows import participant_headers, summit_row

    subject = list_subject(index)
    destination = list_destination(index, any(r.columned for r in rows))
    starts = participant_headers(index)
    out: list[Event] = []
    country: str | None = None  # the Country cell a row span carries down
    carried: Participant | None = None  # 'December 9, 1994 … Attended …': the
    # Guest or President cell spans this row from the row above
    for row in rows:
        group = summit_row(index, row, starts)  # one summit a row (rule 16)
        events = (
            [group]
            if group
            else row_events(index, row, subject, destination, carried, country)
        )
        if group is None:
            carried = events[0].participants[0] if events else carried
            country = events[0].location.country if events else None
        for event in events:
            if not any(_same_row_event(event, e) for e in out):
                out.append(event)
    return out


def _same_row_event(a: Event, b: Event) -> bool:
    return (a.type, a.names, a.location.city, a.location.country, a.date) == (
        b.type, b.names, b.location.city, b.location.country, b.date)  # fmt: skip


def add_rows(
    events: list[Event], rows: list[Event], tabled: int | None = None
) -> list[Event]:
    """The sentence events plus the rows' own, a sentence event that retells a
    row's trip or meeting folded into it. The first `tabled` rows are a table's
    (the rest are a prose itinerary's stops): only theirs overrule the reading of
    their own cells."""
    out = list(rows)
    table = rows[: len(rows) if tabled is None else tabled]
    for event in events:
        if _garbled_row_reading(event, table):
            continue
        same = [
            i
            for i, row in enumerate(out[: len(rows)])
            if same_event(row, event) or _part_of_row_meeting(event, row)
        ]
        city = event.location.city
        exact = [i for i in same if city in (None, out[i].location.city)]
        cityless = [i for i in same if not out[i].location.city]
        taken = bool(city) and any(e.location.city == city for e in out[: len(rows)])
        if exact or (cityless and not taken):  # 'Japan' listed, 'Tokyo' in prose
            i = (exact or cityless)[0]
            out[i] = merge_pair(out[i], event)
        else:
            out.append(event)
    return out


def _garbled_row_reading(event: Event, rows: list[Event]) -> bool:
    """A sentence reading of a row's notes cell that the row itself reads
    better: 'met with Emperor Hirohito and Prime Minister Ohira' without its
    subject (the row's traveller) is no meeting of the two; 'Attended the funeral
    …' is the row's own trip, which the row gives as its meeting (rule 1)."""
    at = event.start_char
    mine = [
        r for r in rows
        if at is not None and r.start_char is not None
        and r.start_char <= at < (r.end_char or 0)
    ]  # fmt: skip
    if not mine:
        return False
    travellers = {r.participants[0].name for r in mine if r.participants}
    names = set(event.names)
    if any(
        r.type == event.type
        and set(r.names) == names
        and r.location.country == event.location.country
        and event.location.city in (None, r.location.city)
        for r in mine
    ):
        return True  # the row's own event, read without the row's year
    if event.type == "meeting":
        return not names & travellers
    met_there = any(
        r.type == "meeting" and r.location.country == event.location.country
        for r in mine
    )
    return event.type == "visit" and names <= travellers and met_there


def _part_of_row_meeting(event: Event, row: Event) -> bool:
    """A reading of the row's own prose that the row already holds: a pairwise
    reading of 'meeting with President X and First Lady Y' inside the row's group
    meeting of the couple, or 'Met President Johnson' resolved on the publication
    date to a namesake the row, read on its own date, did not take."""
    inside = row.start_char is not None and event.start_char is not None
    inside = inside and row.start_char <= event.start_char < (row.end_char or 0)
    if not inside or not event.type == row.type == "meeting":
        return False
    ours = list(row.names)
    for name in event.names:
        same = [n for n in ours if n == name or n.split()[-1] == name.split()[-1]]
        if not same:
            return False
        ours.remove(same[0])
    return same_event(replace(event, participants=row.participants), row)
