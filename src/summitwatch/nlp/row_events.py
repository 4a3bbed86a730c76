"""One table row into its events: the trip, its stops and its meetings (#10, class 6).

Given the row's traveller (`row_people`), places (`row_places`) and counterparts
(`row_counterparts`), this decides the events: a meeting where the row met someone
(at the city that follows, else the one city, else the capital among the stops), a
visit to each further stop (a list itemises its stops, SCHEMA.md rule 1), and a
country-level visit when the row names no city or only extra stops.
"""

from __future__ import annotations

from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.dates import latest_published, parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns, phrase_in
from summitwatch.nlp.presence import gathering_attended
from summitwatch.nlp.row_counterparts import (
    at_occasions,
    row_counterparts,
    with_companions,
    with_spouses,
)
from summitwatch.nlp.row_invitations import row_inviters
from summitwatch.nlp.row_onward import onward_stops
from summitwatch.nlp.row_people import clause_before, clause_end, row_traveller
from summitwatch.nlp.row_places import (
    capital_among,
    in_country,
    places_in,
    row_cities,
    row_location,
)
from summitwatch.nlp.table_cells import header_above, itemising_header, locale_header
from summitwatch.nlp.table_rows import Row
from summitwatch.nlp.told import told_event


def row_event(
    kind: str, people: list[Participant], loc: Location, row: Row, index: DocIndex
) -> Event:
    """An event of the row, dated by it: planned when the row's date is after the
    article's publication bound (a list of upcoming trips), else occurred."""
    status = "occurred"
    if row.date and index.published:
        bound = latest_published(index.published)[: len(row.date)]
        status = "planned" if row.date > bound else "occurred"
    return told_event(
        kind, people, loc, row.date, row.span, status=status, confidence=0.6
    )


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
    when = parse_iso(row.date)
    traveller = row_traveller(index, row, subject, destination, carried)
    if traveller is None:
        return []
    found = places_in(index, row.span, destination, traveller.country)
    places = [
        (i, p) for i, p in found if destination is None or in_country(p, destination)
    ]
    places = [(i, p) for i, p in places if p.country != traveller.country]
    elsewhere = (  # the row's own places, not re-read in the destination
        _own_country(index, row, destination, traveller)
        if destination and not places
        else None
    )
    if elsewhere:  # '| Ireland | Dublin, Cork |' in visits to the UK and Ireland
        destination = elsewhere
        found = places_in(index, row.span, destination, traveller.country)
        places = [(i, p) for i, p in found if in_country(p, destination)]
    country = destination or next((p.country for _, p in places), None)
    if country is None and row.columned and "![" not in row.span.text:
        country = carried_country  # '| March 29 – April 11, 1934 | Elbow Cay |':
        # the Country cell spans this row from the row above (a flag cell of its
        # own, '![]() |', says the row has its own country, unnamed)
    if country is None:
        return []
    cities = row_cities(index, row, places, country)
    met, along = row_counterparts(index, row, traveller, country, when)
    stop_words = load_patterns("tables.json")["extra_stop_words"]
    extra = {  # 'visited Williamsburg and New York City': stops beyond the trip
        i
        for i, _ in cities
        if phrase_in(clause_before(index, row, i), stop_words, ignore_case=True)
    }
    events: list[Event] = []
    used: set[str] = set()
    groups = with_companions(index, row, traveller, with_spouses(index, met))
    groups = at_occasions(index, row, groups)
    for at, group in groups:
        end = clause_end(index, row, at)  # 'attended the coronation of X. … met
        # with Y at Windsor Castle': a city of the next clause is no place of X's
        after = [p for i, p in cities if at < i < end and i not in extra]  # 'Met
        # with X. Arrived in New York March 29.': a stop of its own
        main = list(dict.fromkeys(p for i, p in cities if i not in extra))  # once:
        # '| Casablanca | Attended Casablanca Conference with …' names one town twice
        where = after[0] if after else (main[-1] if len(main) == 1 else None)
        where = where or capital_among(index, country, main)
        if where is not None:
            used.add(where.name)
        loc = row_location(where, country)
        events.append(row_event("meeting", [traveller, *group], loc, row, index))
    stops = list(dict.fromkeys(p for _, p in cities))
    only = stops[0] if len(stops) == 1 else None  # 'Lagos | Accompanied President …'
    for who in [traveller, *along] if along else []:
        events.append(
            row_event("visit", [who], row_location(only, country), row, index)
        )
    named = [p.name for i, p in cities if i not in extra]
    # A flattened list's locale cell ('Abuja, Kano Met with President Obasanjo')
    # places the meeting; a marked-up trip table's 'Areas visited' cell itemises
    # stops (dev gold 044 vs 007).
    locale_only = "|" not in row.span.text and not _stacked_towns(index, cities)
    header = header_above(doc_text(index.doc), row.span.start_char)
    locale_only = locale_only and not itemising_header(header)
    # Several towns in such a locale cell and no one met: the row is one trip to
    # the country, as its meeting would be (dev 044, held-out3 020); a town the
    # remarks add ('Afterwards visited …') is a stop of its own.
    whole_locale = locale_only and not met and len(set(named)) > 1
    whole_locale = whole_locale and locale_header(header)
    for city in dict.fromkeys(p for _, p in cities):
        single = named.count(city.name) == 1 and city.name not in used
        if (met or whole_locale) and locale_only and single:
            continue  # a locale cell of a trip met on: the meeting is the trip (rule 1)
        if city.name not in used and not along:
            loc = row_location(city, country)
            events.append(row_event("visit", [traveller], loc, row, index))
    if whole_locale and not along:
        events.insert(
            0, row_event("visit", [traveller], Location(country=country), row, index)
        )
    events += _gathering_stop(index, row, traveller, country, events)
    stay = any(
        p.kind == "country" for _, p in places
    )  # 'Visited U.S. April 15–July 12'
    whole_trip = destination is not None and not met
    whole_trip = whole_trip and (len(extra) == len(cities) or stay)
    whole_trip = whole_trip and not _capital_trip(index, row, cities, country)
    if not events or (whole_trip and not along):  # the stay, then its extra stops
        events.insert(
            0, row_event("visit", [traveller], Location(country=country), row, index)
        )
    if destination is not None:  # 'Informal discussions en route to London'
        events += [
            row_event("visit", [traveller], loc, row, index)
            for loc in onward_stops(index, row, traveller, destination)
        ]
    return events + [  # 'At the invitation of President Hoover' (rule 4)
        row_event(
            "invitation", [host, traveller], Location(country=country), row, index
        )
        for host in row_inviters(index, row, traveller, country)
    ]


def _capital_trip(index: DocIndex, row: Row, cities: list, country: str) -> bool:
    """'State visit to Washington', 'At Washington and at Camp David': a row whose
    first town is the capital, named as the trip's own place, went there; that is
    the trip to the country (the Historian's dates are the days in Washington), no
    second visit with no city. 'Revisited Washington January 16–19' after the
    stay, or 'visited Miami … Private visit to Washington', is a further stop."""
    if not cities or capital_among(index, country, [cities[0][1]]) is None:
        return False
    further = load_patterns("tables.json")["further_stay_words"]
    return not phrase_in(
        clause_before(index, row, cities[0][0]), further, ignore_case=True
    )


def _own_country(
    index: DocIndex, row: Row, destination: str, traveller: Participant
) -> str | None:
    """The one country a row names as a place cell or after a town ('Dorado Beach,
    Puerto Rico' in a list of visits to the United States; an 'Ireland' cell under a
    title that names the United Kingdom first), neither the list's destination nor
    the traveller's own, when the row names no place in the destination: the row's
    trip went there. Not a country its notes talk about ('a force to Haiti')."""
    found = places_in(index, row.span, None, traveller.country)
    others = {
        p.country
        for i, p in found
        if p.kind == "country"
        and p.country not in (destination, traveller.country)
        and _placed(index, i)
    }
    return others.pop() if len(others) == 1 else None


def _placed(index: DocIndex, at: int) -> bool:
    """A country written as a cell of its own or after a town and a comma."""
    doc = index.doc
    end = index.place_at[at].end
    cell = (
        at > 0 and doc[at - 1].text == "|" and end < len(doc) and doc[end].text == "|"
    )
    after_town = at > 1 and doc[at - 1].text == "," and doc[at - 2].text[:1].isupper()
    return cell or after_town


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
    return [row_event("visit", [traveller], row_location(seat, country), row, index)]


def _stacked_towns(index: DocIndex, cities: list) -> bool:
    """'… South Korea Seoul,' / 'Suwon' / 'State visit. Met with …': a Locations
    cell wrapped one town a line is a table's places column, which itemises the
    trip's stops (rule 1), as a marked-up row's cell does; unlike a flattened
    list's locale run into its remarks ('Abuja, Kano Met with …')."""
    doc = index.doc
    return any(
        i > 0 and "\n" in doc[i - 1].text + doc[i - 1].whitespace_ for i, _ in cities
    )
