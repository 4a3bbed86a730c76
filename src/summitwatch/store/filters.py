"""`EventFilter`: which events a question is about, the same for the CLI, the API
and the pages (one set of names, one set of messages for bad values)."""

from __future__ import annotations

from dataclasses import dataclass

from summitwatch.errors import BadArgument
from summitwatch.models import EVENT_TYPES, STATUSES, PartialDate


@dataclass(frozen=True)
class EventFilter:
    """Events of a person (name or alias) or country (a participant's or the
    venue's), of a status and type, overlapping `since`..`until`."""

    person: str | None = None
    country: str | None = None
    status: str | None = None
    type: str | None = None
    since: PartialDate | None = None
    until: PartialDate | None = None

    @classmethod
    def of(
        cls,
        *,
        person: str | None = None,
        country: str | None = None,
        status: str | None = None,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> EventFilter:
        """From what a user typed (an option or a query parameter; empty = not
        given); a bad value is a `BadArgument` naming the field."""
        given = {
            k: v.strip() if isinstance(v, str) and v.strip() else None
            for k, v in dict(
                person=person, country=country, status=status, type=type,
                since=since, until=until,
            ).items()
        }  # fmt: skip
        for name, allowed in (("status", STATUSES), ("type", EVENT_TYPES)):
            value = given[name]
            if value is not None and value not in allowed:
                raise BadArgument(
                    f"{name}: {value!r} is not one of {', '.join(allowed)}"
                )
        country = given["country"]
        if country is not None:
            if len(country) != 3 or not country.isalpha():
                raise BadArgument(f"country: {country!r} is not an ISO3 code")
            country = country.upper()
        return cls(
            person=given["person"], country=country, status=given["status"],
            type=given["type"],
            since=_day(given["since"], "since"), until=_day(given["until"], "until"),
        )  # fmt: skip

    def params(self) -> dict[str, str]:
        """The filter as query parameters (for links), only what is set."""
        values = {
            "person": self.person, "country": self.country, "status": self.status,
            "type": self.type, "since": self.since and str(self.since),
            "until": self.until and str(self.until),
        }  # fmt: skip
        return {k: v for k, v in values.items() if v}

    def __bool__(self) -> bool:
        return bool(self.params())


def _day(value: str | None, name: str) -> PartialDate | None:
    return PartialDate.argument(value, name) if value else None
