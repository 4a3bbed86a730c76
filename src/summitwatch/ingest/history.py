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


def is_country_code(code: str) -> bool:
    """A current ISO 3166-1 alpha-3 code ('SUN' and 'XXX' are not)."""
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


def fold(name: str) -> str:
    """Enough folding to see one leader named twice; ingest sits beside `kb` in the
    layers and may not import its `names.fold`."""
    return "".join(c for c in name.casefold() if c.isalnum())


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
        if not is_country_code(row[col].strip()):
            raise ValueError(f"unknown {col} {row[col]!r} (not an ISO 3166 country)")
    if fold(row["leader_a"]) == fold(row["leader_b"]):
        raise ValueError(f"leader_a and leader_b are both {row['leader_a'].strip()!r}")
    mode = (row.get("travel_mode") or "").strip().lower()
    if mode not in ("", "unknown", *TRAVEL_MODES):
        raise ValueError(
            f"unknown travel_mode {mode!r} (want {', '.join(TRAVEL_MODES)} or unknown)"
        )
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
    """Parse the file; raise `UnreadableInput` only when no row can be read at all.

    The format has one record a line, so each line is parsed alone: an unclosed
    quote, an oversized cell or a cut-off last line is a bad row at its own line
    number and never swallows the rows after it.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise UnreadableInput(str(path), f"cannot read CSV ({e})") from None
    lines = text.splitlines()
    header = _fields(lines[0]) if lines else []
    absent = [c for c in REQUIRED if c not in (header or [])]
    if header is None or absent:
        why = "unreadable header" if header is None else "missing columns: "
        raise UnreadableInput(str(path), why + ", ".join(absent))
    rows, errors = [], []
    for line, raw in enumerate(lines[1:], 2):
        if not raw.strip():
            continue
        try:
            cells = _fields(raw)
            if cells is None or len(cells) != len(header):
                raise ValueError("wrong number of fields")
            rows.append(
                _parse_row(line, dict(zip(header, cells, strict=True)), path.name)
            )
        except ValueError as e:
            errors.append(f"{path.name}:{line}: {e}")
    return HistoryFile(rows, errors)


def _fields(line: str) -> list[str] | None:
    """The cells of one CSV line; ValueError for an unclosed quote or a cell past
    the csv module's size limit."""
    try:
        return next(csv.reader([line], strict=True), None)
    except csv.Error as e:
        if "field larger" in str(e):
            raise ValueError(
                f"a cell is longer than {csv.field_size_limit():,} characters"
            ) from None
        raise ValueError(f"unclosed quote or stray quote ({e})") from None
