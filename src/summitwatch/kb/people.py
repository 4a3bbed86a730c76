"""People: canonical names, aliases, countries and dated offices
(kb/data/people.jsonl).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from summitwatch.models import PartialDate

TOP_ROLES = ("head_of_state", "head_of_government", "leader")


def _parse_day(value: str | None, *, end: bool = False) -> date | None:
    """'2011-12-17', '2011-12' or '2011' → its first day (or last, for `end`): an
    office that ends in September 2018 is held until the 30th."""
    if not value:
        return None
    found = PartialDate.parse(value)
    return found.last if end else found.first


@dataclass(frozen=True)
class Office:
    title: str
    role: str
    country: str | None
    start: date | None
    end: date | None

    def held_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (
            self.end is None or day <= self.end
        )

    def held_then(self, day: date | None) -> bool:
        """Held on `day`; with no day, held still (no end): the KB's leaders on a
        date or today, asked the same way by each lookup."""
        return self.held_on(day) if day is not None else self.end is None

    @classmethod
    def from_dict(cls, data: dict) -> Office:
        return cls(
            title=data.get("title", ""),
            role=data.get("role", "other"),
            country=data.get("country"),
            start=_parse_day(data.get("start")),
            end=_parse_day(data.get("end"), end=True),
        )


ADULT_YEARS = 18  # no one younger holds a title a text gives with a surname


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    country: str | None
    surname: str | None = None
    gender: str | None = None
    aliases: tuple[str, ...] = ()
    offices: tuple[Office, ...] = ()
    relations: dict[str, str] = field(default_factory=dict, hash=False, compare=False)
    born: date | None = field(default=None, compare=False)

    def adult_on(self, day: date) -> bool:
        """Whether `day` falls after the person came of age (unknown birth: yes):
        'Ambassador Cooper' in 1955 is nobody born in 1969."""
        return self.born is None or day.year >= self.born.year + ADULT_YEARS

    def office_on(self, day: date | None) -> Office | None:
        """The most senior office held on `day` (or the latest one when day is None)."""
        offices = [o for o in self.offices if day is None or o.held_on(day)]
        if not offices:
            return None
        rank = {role: i for i, role in enumerate((*TOP_ROLES, "vice_head_of_state"))}
        return min(
            offices,
            key=lambda o: (rank.get(o.role, 9), -(o.start or date.min).toordinal()),
        )

    def is_leader_on(self, day: date | None, country: str | None = None) -> bool:
        """Held a top office on `day` (any day when None), of `country` if given:
        'the Indian leader' is whoever led India then, head of state or government."""
        return any(
            o.role in TOP_ROLES
            and (day is None or o.held_on(day))
            and (country is None or o.country == country)
            for o in self.offices
        )

    def first_top_office(self) -> Office | None:
        tops = [o for o in self.offices if o.role in TOP_ROLES and o.start]
        return min(tops, key=lambda o: o.start) if tops else None  # type: ignore[arg-type,return-value]

    @classmethod
    def from_dict(cls, data: dict) -> Person:
        return cls(
            id=data["id"],
            name=data["name"],
            country=data.get("country"),
            surname=data.get("surname")
            or data["name"].split(" ")[
                0 if data.get("country") in ("PRK", "KOR", "CHN") else -1
            ],
            gender=data.get("gender"),
            aliases=tuple(data.get("aliases", ())),
            offices=tuple(Office.from_dict(o) for o in data.get("offices", ())),
            relations=dict(data.get("relations", {})),
            born=_parse_day(data.get("born")),
        )
