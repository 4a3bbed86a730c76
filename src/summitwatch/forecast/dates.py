"""Month arithmetic for the forecaster: time is counted in whole calendar months.

A month is an integer (`year * 12 + month - 1`), so "months since" is a subtraction.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from summitwatch.errors import BadArgument
from summitwatch.models import PartialDate

_HORIZON = re.compile(r"^\s*(\d+)\s*(m|mo|month|months|y|yr|year|years)?\s*$", re.I)


def month_index(day: date) -> int:
    return day.year * 12 + day.month - 1


def month_start(month: int) -> date:
    return date(month // 12, month % 12 + 1, 1)


def month_end(month: int) -> date:
    year, mon = month // 12, month % 12 + 1
    return date(year, mon, calendar.monthrange(year, mon)[1])


def month_label(month: int) -> str:
    return f"{month // 12:04d}-{month % 12 + 1:02d}"


def parse_prefix(value: str | None) -> tuple[date, date] | None:
    """'2015' → (2015-01-01, 2015-12-31); '2015-02-23' → that day twice; junk → None."""
    found = PartialDate.prefix(value)
    return found.bounds() if found else None


def parse_month(value: str) -> int:
    """'2005-01' → month index; a clear error for anything else."""
    try:
        found = PartialDate.parse(value)
    except ValueError:
        found = None
    if found is None or found.precision != "month":
        raise BadArgument(f"bad month {value!r} (want YYYY-MM)")
    return month_index(found.first)


def parse_day(value: str, *, name: str = "--as-of") -> date:
    """A whole day, with the message every date option gives."""
    return PartialDate.argument(value, name, precision="day").first


def parse_horizon(value: str | int) -> int:
    """'12m' / '1y' / '18' / 12 → months; zero or junk is a `BadArgument`."""
    match = _HORIZON.match(str(value))
    if not match:
        raise BadArgument(f"bad horizon {value!r} (want e.g. 12m, 6m or 1y)")
    months = int(match.group(1)) * (12 if (match.group(2) or "m")[0] in "yY" else 1)
    if months < 1:
        raise BadArgument(f"horizon must be at least one month, got {value!r}")
    if months > 120:
        raise BadArgument(
            f"horizon {value!r} is longer than 10 years; use 120m or less"
        )
    return months


def remaining_fraction(day: date) -> float:
    """Share of `day`'s month still ahead once `day` is over (as-of = end of day)."""
    days = calendar.monthrange(day.year, day.month)[1]
    return (days - day.day) / days
