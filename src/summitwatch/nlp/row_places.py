"""Where a table row's trip went: its country and stops (issue #10, class 6).

A row's place cells are read in the row's country ('Madina' in a Saudi Arabia row
is Medina, Saudi Arabia, not Medina, Ohio), or in the country the list's title
implies ('Visits by Foreign Leaders of Nigeria' are trips to the United States).
Towns too small for the KB are found by the state in brackets after them or by
the cell after the country; a state in brackets is no stop of its own.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

from summitwatch.kb.places import Place
from summitwatch.models import Location
from summitwatch.nlp.cell_towns import cell_towns
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text, inside
from summitwatch.nlp.en_route import routed_to
from summitwatch.nlp.image_names import flag_name_spans
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import location_of
from summitwatch.nlp.table_cells import title_destination
from summitwatch.nlp.table_rows import Row


def places_in(
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
        if (m := index.place_at.get(i))
        and m.start == i
        and not routed_to(index.doc, i)  # 'Overnight stop en route from Casablanca'
        and not _in_flag_name(index, i)  # 'Flag of France (…).svg … Dakar': an icon
    ]
    first = next(  # not the traveller's own: a 'Country Represented' cell
        (
            m
            for m in mentions
            if m.place.kind == "country"
            and m.place.country != home
            and not _after_a_town(mentions, m, home)
        ),
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
        if country and not in_country(place, country):
            place = index.kb.place(m.text, country=country)
            if place is None or place.country != country:
                continue  # a namesake abroad, not a stop on this trip
        out.append((m.start, place))
    return out


def _in_flag_name(index: DocIndex, at: int) -> bool:
    """Whether the place at token `at` is part of a flag icon's file name; the
    country cell after the icon names where the row went (image_names.py)."""
    if "flag_names" not in index.memo:
        index.memo["flag_names"] = flag_name_spans(doc_text(index.doc))
    token = index.doc[at]
    spans = index.memo["flag_names"]
    return inside(spans, token.idx, token.idx + len(token))  # type: ignore[arg-type]


def _after_a_town(mentions: list, country, home: str | None) -> bool:
    """'| | Beijing | … Also met with Prince Sihanouk of Cambodia', '| | Tokyo | …
    Met with Emperor Akihito of Japan, the kings of Belgium, …': a country the
    notes name after the row's town (its country cell an empty flag cell) is
    whose the people are, not where the row went."""
    return any(
        m.start < country.start and m.place.kind == "city" and m.place.country != home
        for m in mentions
    )


def in_country(place: Place, country: str) -> bool:
    """In `country`, or a town or island of one of its territories: 'Met with
    President Nixon at Midway Island' in a list of visits to the United States is a
    stop on the trip, and keeps its own code (UMI)."""
    if place.country == country:
        return True
    sovereign = load_patterns("territories.json")["sovereign_of"]
    return place.kind != "country" and sovereign.get(place.country) == country


def list_destination(index: DocIndex, columned: bool = True) -> str | None:
    """The country every row is a trip to, when the title implies it: 'Visits by
    Foreign Leaders of Nigeria' (to the United States), or a title that is just a
    country ('Nigeria': Secretaries' travels there)."""
    first_line = doc_text(index.doc).lstrip().split("\n", 1)[0].strip()
    for rule in load_patterns("tables.json")["implied_destinations"]:
        if re.search(rule["pattern"], first_line, re.I):
            return rule["country"]
    place = index.kb.place(first_line) if len(first_line) < 40 else None
    if place is not None and place.kind == "country":
        return place.country
    if not columned:  # 'Kim Jong-un's visits to China' over an infobox's 'Date:'
        return None
    return title_destination(index.kb, first_line)  # '… visits to Japan'


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


def capital_among(index: DocIndex, country: str, stops: list[Place]) -> Place | None:
    """'Sokoto, Abuja | Met with … in Sokoto, and with President Buhari': a row of
    several cities that does not say where the meeting was; the government sits
    in the capital, so the meeting is there when the capital is one of the stops."""
    capital = index.kb.capital(country)
    return next((p for p in stops if p.name == capital), None)


def row_location(place: Place | None, country: str | None) -> Location:
    """The place as a Location at city precision, else just the row's country."""
    if place is None:
        return Location(country=country)
    return location_of(place, region=False)


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


def row_cities(
    index: DocIndex, row: Row, places: list[tuple[int, Place]], country: str
) -> list[tuple[int, Place]]:
    """The row's towns and sites in `country`, in row order: tagged ones that are
    no state in brackets, bracketed towns, else an untagged city cell."""
    cities = [
        (i, p)
        for i, p in places
        if p.kind in ("city", "site") and not _qualifier(index, i)
    ]
    cities += _bracketed_towns(index, row, country)
    cities += cell_towns(index, row, cities, country)  # 'Ottawa, Montebello'
    cities.sort(key=lambda c: c[0])
    names = {p.name for _, p in cities}
    cities = [  # 'West Berlin | … Berlin's 750th anniversary': one city, named
        (i, p)  # in full in the place cell
        for i, p in cities
        if not any(p.name != n and p.name in n.split() for n in names)
    ]
    return cities or _untagged_city_cell(index, row, country)
