"""Write the record as CSV, JSONL, Parquet, GeoJSON or PLOVER-style JSON.

Every format starts from the same flat rows (`event_rows`), so they cannot drift.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summitwatch.errors import BadArgument, require
from summitwatch.store.answers import EventView
from summitwatch.store.plover import plover_records

if TYPE_CHECKING:
    from summitwatch.store.base import Store

FORMATS = ("csv", "jsonl", "parquet", "geojson", "plover")
COLUMNS = (
    "id", "type", "status", "status_disputed", "date", "date_precision", "city",
    "country", "region", "lat", "lon", "travel_mode", "participants",
    "participant_countries", "n_sources", "first_reported", "statuses",
)  # fmt: skip


# OWASP CSV injection: a cell that starts with one of these is read as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: Any) -> Any:
    """A text cell that a spreadsheet would run as a formula, prefixed with a single
    quote (OWASP's advice); numbers and other values are left as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def event_row(view: EventView) -> dict[str, Any]:
    """One event as a flat record; lists stay lists (CSV joins them)."""
    data = view.to_dict()
    data["participants"] = view.names
    data["participant_countries"] = [p.country for p in view.participants]
    return {name: data[name] for name in COLUMNS}


def content_order(view: EventView) -> tuple:
    """Events in date order, ties broken by what they are rather than by their ids,
    so that the same record exports the same whatever order it was ingested in."""
    return (
        view.date is None, view.date or "", view.type, view.names,
        view.city or "", view.country or "", view.status, view.n_sources,
    )  # fmt: skip


def export(store: Store, fmt: str, out: str | Path) -> int:
    """Write every event to `out` in `fmt`; return how many records were written."""
    if fmt not in FORMATS:
        raise BadArgument(f"--format: {fmt!r} is not one of {', '.join(FORMATS)}")
    views = sorted(store.events(), key=content_order)
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    return _WRITERS[fmt](store, views, out)


def _csv(store: Store, views: list[EventView], out: Path) -> int:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS)
        writer.writeheader()
        for view in views:
            row = event_row(view)
            row["participants"] = "; ".join(row["participants"])
            row["participant_countries"] = "; ".join(
                c or "" for c in row["participant_countries"]
            )  # noqa: E501
            row["statuses"] = json.dumps(row["statuses"], sort_keys=True)
            writer.writerow({k: spreadsheet_safe(v) for k, v in row.items()})
    return len(views)


def _jsonl(store: Store, views: list[EventView], out: Path) -> int:
    """Each event with every source's account (evidence included)."""
    accounts: dict[str, list[dict]] = defaultdict(list)
    for mention in store.mentions():
        accounts[mention.event_id].append(mention.event.to_record())
    for records in accounts.values():
        records.sort(key=lambda r: json.dumps(r, sort_keys=True, default=str))
    with out.open("w", encoding="utf-8") as fh:
        for view in views:
            record = event_row(view) | {"sources": accounts.get(view.id, [])}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(views)


def _parquet(store: Store, views: list[EventView], out: Path) -> int:
    pa = require("pyarrow", extra="export")
    pq = require("pyarrow.parquet", extra="export")
    rows = [event_row(v) | {"statuses": json.dumps(v.statuses)} for v in views]
    table = pa.Table.from_pylist(rows, schema=_arrow_schema(pa))
    pq.write_table(table, out)
    return len(rows)


def _arrow_schema(pa: Any) -> Any:
    text, real = pa.string(), pa.float64()
    types = dict.fromkeys(COLUMNS, text)
    types |= {"status_disputed": pa.bool_(), "lat": real, "lon": real}
    types |= {"n_sources": pa.int64(), "first_reported": text}
    types |= {"participants": pa.list_(text), "participant_countries": pa.list_(text)}
    return pa.schema([(name, types[name]) for name in COLUMNS])


def _geojson(store: Store, views: list[EventView], out: Path) -> int:
    """One Point per venue with coordinates, with its events listed."""
    venues: dict[tuple, list[EventView]] = defaultdict(list)
    for view in views:
        if view.lat is not None and view.lon is not None:
            key = (view.city, view.country, round(view.lat, 4), round(view.lon, 4))
            venues[key].append(view)
    features = [_feature(key, events) for key, events in venues.items()]
    collection = {"type": "FeatureCollection", "features": features}
    out.write_text(json.dumps(collection, ensure_ascii=False), encoding="utf-8")
    return len(features)


def _feature(key: tuple, events: list[EventView]) -> dict[str, Any]:
    city, country, lat, lon = key
    props = {
        "city": city, "country": country, "events": len(events),
        "occurred": sum(e.status == "occurred" for e in events),
        "event_ids": [e.id for e in events],
        "dates": [e.date for e in events],
    }  # fmt: skip
    geometry = {"type": "Point", "coordinates": [lon, lat]}
    return {"type": "Feature", "geometry": geometry, "properties": props}


def _plover(store: Store, views: list[EventView], out: Path) -> int:
    records = plover_records(views)
    out.write_text(json.dumps(records, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(records)


_WRITERS = {
    "csv": _csv, "jsonl": _jsonl, "parquet": _parquet, "geojson": _geojson,
    "plover": _plover,
}  # fmt: skip
