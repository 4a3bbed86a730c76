"""Read a summit-history CSV (../shared/data/README.md columns) into occurred meetings.

A bad row is reported with its line number and reason; good rows are kept.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

from summitwatch.errors import UnreadableInput
from summitwatch.models import TRAVEL_MODES, Event, Location, PartialDate, Participant

REQUIRED = (
    "date_start", "date_end", "leader_a", "country_a", "leader_b", "country_b",
    "city", "country_venue",
)  # fmt: skip
_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass
class HistoryRow:
    """One parsed row: the meeting plus the columns that have no place in `Event`."""

    line: int
    event: Event
    date_end: str
    kind: str | None
    host: str | None
    stops: list[str] = field(default_factory=list)


@dataclass
class HistoryFile:
    rows: list[HistoryRow]
    errors: list[str]


def venue_city(cell: str) -> tuple[str | None, list[str]]:
    """'Beijing; Shanghai' → ('Beijing', [...]); 'Panmunjom (Peace House)' →
    'Panmunjom'.
    """
    stops = [re.sub(r"\s*\(.*?\)\s*", "", s).strip() for s in cell.split(";")]
    stops = [s for s in stops if s]
    return (stops[0] if stops else None), stops


def _real_date(value: str) -> bool:
    """'2001-13-04' has the right shape but is no date."""
    try:
        PartialDate.parse(value)
    except ValueError:
        return False
    return True


def _parse_row(line: int, row: dict[str, str], source: str) -> HistoryRow:
    missing = [c for c in REQUIRED if not (row.get(c) or "").strip()]
    if missing:
        raise ValueError(f"missing value for {', '.join(missing)}")
    start, end = row["date_start"].strip(), row["date_end"].strip()
    for value in (start, end):
        if not _DATE.match(value):
            raise ValueError(f"bad date {value!r} (want YYYY-MM-DD or YYYY-MM)")
        if not _real_date(value):
            raise ValueError(f"bad date {value!r} (no such day)")
    if end[:10] < start[:10]:
        raise ValueError(f"date_end {end} is before date_start {start}")
    for col in ("country_a", "country_b", "country_venue"):
        if not _ISO3.match(row[col].strip()):
            raise ValueError(f"bad {col} {row[col]!r} (want an ISO3 code)")
    mode = (row.get("travel_mode") or "").strip().lower()
    city, stops = venue_city(row["city"])
    event = Event(
        type="meeting",
        status="occurred",
        participants=[
            Participant(row["leader_a"].strip(), country=row["country_a"].strip()),
            Participant(row["leader_b"].strip(), country=row["country_b"].strip()),
        ],
        location=Location(city=city, country=row["country_venue"].strip()),
        date=start,
        travel_mode=mode if mode in TRAVEL_MODES else None,
        evidence=(row.get("notes") or "").strip(),
        confidence=1.0,
        source=f"{source}#L{line}",
        published=end,
    )
    return HistoryRow(line, event, end, row.get("kind"), row.get("host"), stops)


def read_history_csv(path: str | Path) -> HistoryFile:
    """Parse the file; raise `UnreadableInput` only when no row can be read at all."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise UnreadableInput(str(path), f"cannot read CSV ({e})") from None
    reader = csv.DictReader(text.splitlines())
    header = reader.fieldnames or []
    absent = [c for c in REQUIRED if c not in header]
    if absent:
        raise UnreadableInput(str(path), f"missing columns: {', '.join(absent)}")
    rows, errors = [], []
    for row in reader:
        line = reader.line_num
        if None in row or any(v is None for v in row.values()):
            errors.append(f"{path.name}:{line}: wrong number of fields")
            continue
        try:
            rows.append(_parse_row(line, row, path.name))
        except ValueError as e:
            errors.append(f"{path.name}:{line}: {e}")
    return HistoryFile(rows, errors)
