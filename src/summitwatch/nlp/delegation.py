"""A leader met with his own people: one meeting, not one with each (SCHEMA.md rule
2; issue #10).

"he met with President Eisenhower and Secretary Dulles at the White House that
afternoon" (FRUS editorial note on Macmillan's 1958 visit), "the President met with
the Prime Minister, Foreign Secretary Lloyd, Admiral Strauss, Secretary Dulles" (FRUS
on Bermuda, 1957), "was received by King Faisal and his Foreign Minister": a leader
with the ministers of his own government is one side of one meeting — the minister
sits in on his leader's talks. "A met B, C and D", leaders of different countries,
stays pairwise (rule 2).
"""

from __future__ import annotations

from datetime import date

from summitwatch.models import Participant
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.mentions import leader_roles


def one_side(index: DocIndex, people: list[Participant], on: date | None) -> bool:
    """Two or more people of one country, exactly one of them its leader on `on`."""
    if len(people) < 2:
        return False
    countries = {p.country for p in people}
    if len(countries) != 1 or None in countries:
        return False
    return sum(1 for p in people if leads_on(index, p, on)) == 1


def leads_on(index: DocIndex, who: Participant, on: date | None) -> bool:
    """`who` held a head of state's or government's office on `on` (ever, when
    undated), or the text titles a person the KB lacks as one."""
    person = index.kb.person(who.person_id or "")
    if person is not None:
        return person.is_leader_on(on)
    return leader_roles(who.office) is not None
