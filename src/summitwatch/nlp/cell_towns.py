"""Towns the KB lacks in a marked-up row's place cell (#10, class 6: multi-city cells).

An "Areas visited" cell lists a trip's stops: "Ottawa, Montebello", "London, Balmoral,
Chequers". The KB knows the first (the cell is a place cell), but not a small town or
estate after it, or knows only a namesake abroad (a Montebello in California for a
row in Canada). Every other item of such a cell is a stop in the row's country, when
it reads as a name and is not a country or region.
"""

from __future__ import annotations

import re

from summitwatch.kb.places import Place
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.table_rows import Row

_NAME = re.compile(r"[A-Z][\w'’-]{2,}(?:\s+[A-Z][\w'’-]+){0,2}")


def cell_towns(
    index: DocIndex, row: Row, cities: list[tuple[int, Place]], country: str
) -> list[tuple[int, Place]]:
    """The unknown items of the row's place cell, as (token, town in `country`)."""
    text = row.span.text
    if "|" not in text:
        return listed_towns(index, row, cities, country)
    known = {i for i, _ in cities}  # ('Madina' read as Medina: known by place)
    out: list[tuple[int, Place]] = []
    at = 0
    for cell in text.split("|"):
        items = [_item_span(index, row, cell, at, i) for i in cell.split(",")]
        items = [s for s in items if s is not None]
        if len(items) > 1 and any(s.start in known for s in items):
            out += [
                (s.start, Place(s.text, "city", country))
                for s in items
                if s.start not in known and _unknown_town(index, s)
            ]
        at += len(cell) + 1
    return out


def _item_span(index: DocIndex, row: Row, cell: str, at: int, item: str):
    """The tokens of one comma-separated item of a cell."""
    item = item.strip()
    if not item:
        return None
    start = row.span.start_char + at + cell.index(item)
    return index.doc.char_span(start, start + len(item), alignment_mode="expand")


def _unknown_town(index: DocIndex, span) -> bool:
    """A name the row did not read as one of its places: untagged, or a town the
    KB places abroad ('Montebello'); not a country or region ('Paris, France')."""
    tagged = index.place_at.get(span.start)
    named = bool(_NAME.fullmatch(span.text))
    return named and (tagged is None or tagged.place.kind in ("city", "site"))


LIST_ITEM_WORDS = 3  # 'Bad Homburg', 'The Hague': the longest town name tried


def listed_towns(
    index: DocIndex, row: Row, cities: list[tuple[int, Place]], country: str
) -> list[tuple[int, Place]]:
    """'Belgium Brussels, Bruges King Baudouin': in a flattened row, the tagger
    often leaves untagged the last town of a comma list run into the next cell (a
    host's title). An item after a town of the row, a comma between, is a stop
    when the KB knows it as a town of the row's country (never a namesake
    abroad); the list goes on from it ('Bonn, Bochum, Bad Homburg, Nuremberg')."""
    doc = index.doc
    known = {i for i, _ in cities}
    out: list[tuple[int, Place]] = []
    todo = sorted(known)
    while todo:
        at = todo.pop(0)
        end = index.place_at[at].end if at in index.place_at else at + 1
        if end + 1 >= row.span.end or doc[end].text != ",":
            continue
        start = end + 1
        for width in range(LIST_ITEM_WORDS, 0, -1):
            words = doc[start : min(start + width, row.span.end)]
            if not all(w.text[:1].isupper() for w in words) or start in known:
                continue
            place = index.kb.place(words.text, country=country)
            if place is not None and place.kind == "city" and place.country == country:
                out.append((start, place))
                known.add(start)
                todo.append(start + len(words) - 1)
                break
    return out
