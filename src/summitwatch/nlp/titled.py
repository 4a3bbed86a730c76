"""A leader named by title and surname ('President Johnson', 'Premier Zhou',
'Chancellor Schmidt') is whoever held that office on the event's date.

The surname alone says little: the KB holds a Lyndon B. Johnson (President,
1963–69) and a Mike Johnson (Speaker, 2023–), a Park Chung-hee (President,
1963–79) and a Park Jin (Foreign Minister, 2022–24). The title and the date
decide: the person in a head of state's or government's office of the kind the
title names on the day the sentence talks about (its own date, else the latest
one before it in the paragraph, else the publication's), of the country the
context gives when it gives one. A title the person did not hold that day never
picks them: in 2024 'President Johnson' is nobody the KB knows, not the Speaker.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span

from summitwatch.kb import KnowledgeBase, Person
from summitwatch.kb.people import TOP_ROLES
from summitwatch.models import PartialDate
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import leader_roles

Days = tuple[date, date]  # first and last day of the date a sentence is about


def sentence_days(doc: Doc, date_at: dict[int, tuple[Span, str]]) -> dict[int, Days]:
    """Sentence start → the days its event is on, when the text dates it: the
    sentence's first date, else the latest one earlier in the same paragraph."""
    found: dict[int, Days] = {}
    at = sorted(date_at.items())
    last: Days | None = None
    prev_end = k = 0
    text = doc_text(doc)
    for sent in doc.sents:
        if "\n" in text[prev_end : sent.start_char]:
            last = None  # a new paragraph forgets the last one's date
        prev_end = sent.end_char
        while k < len(at) and at[k][0] < sent.start:
            k += 1
        own = []
        while k < len(at) and at[k][0] < sent.end:
            own.append(at[k][1][1])
            k += 1
        last = next((d for v in own if (d := _days(v))), None) or last
        if last is not None:
            found[sent.start] = last
    return found


def _days(value: str) -> Days | None:
    parsed = PartialDate.prefix(value)
    return (parsed.first, parsed.last) if parsed else None


def titled_holder(
    kb: KnowledgeBase,
    surname: str,
    title: str | None,
    days: Days | None,
    country: str | None,
    *,
    ever: bool = False,
    otherwise: tuple[str, ...] | None = None,
) -> Person | None:
    """The person of `surname` holding a leader's office of the kind `title` names
    during `days`, best fitting the title's words and `country`; with `ever`, else
    the one whose term of it was nearest. None when the title is no leader's or
    nobody of that name held such an office (then). A title that is no leader's
    ('Marshal Tito', 'Colonel Gaddafi') counts as `otherwise` roles when given."""
    roles = _roles(title) or otherwise
    if roles is None or days is None or title is None:
        return None
    first, last = days
    namesakes = kb.people_with_surname(surname, on=first, country_hint=country)
    holders = [
        p
        for p in namesakes
        if any(o.role in roles and _overlaps(o, first, last) for o in p.offices)
    ]
    words = _title_words(title)
    if not holders and ever:  # the nearest in time of those who ever held it,
        # first of those whose office the title names: 'President Johnson' in a
        # note of 2000 is Lyndon Johnson, not the nearer Prime Minister Johnson
        holders = [p for p in namesakes if any(o.role in roles for o in p.offices)]
        return min(
            holders,
            key=lambda p: (
                not _named_office(p, words, roles=roles),
                _distance(p, roles, first),
            ),
            default=None,
        )
    return max(
        holders,
        key=lambda p: (
            _named_office(p, words, days=days),
            country in _countries(p),
        ),
        default=None,
    )


def _distance(person: Person, roles: tuple[str, ...], day: date) -> int:
    """Days between `day` and the nearest term of `person` in one of `roles`."""
    return min(
        0
        if o.held_on(day)
        else min(abs(((o.start or day) - day).days), abs(((o.end or day) - day).days))
        for o in person.offices
        if o.role in roles
    )


def is_holder(person: Person, title: str | None, days: Days | None) -> bool:
    """Whether `person` held a leader's office of the kind `title` names during
    `days`, or ever when the text gives no date (a publication date may be far
    from the events told); True when the title is no leader's."""
    roles = _roles(title)
    if roles is None:
        return True
    return any(
        o.role in roles and (days is None or _overlaps(o, *days))
        for o in person.offices
    )


def _roles(title: str | None) -> tuple[str, ...] | None:
    """The KB roles a leader's title is held in: a head of state's or
    government's, or a ruling party's ('General Secretary Brezhnev')."""
    if not title:
        return None
    words = _padded_words(title)
    if any(
        f" {w} " in words for w in load_patterns("mentions.json")["party_leader_titles"]
    ):
        return TOP_ROLES
    return leader_roles(title)


def _overlaps(office, first: date, last: date) -> bool:
    return (office.start is None or office.start <= last) and (
        office.end is None or first <= office.end
    )


def _title_words(title: str) -> set[str]:
    text = re.sub(r"[^a-z]+", " ", f" {title.lower()} ").replace(
        " prime minister ", " premier "
    )
    return set(text.split()) - {"of", "the", "mr", "mrs", "ms"}


def _named_office(
    person: Person,
    words: set[str],
    *,
    roles: tuple[str, ...] | None = None,
    days: Days | None = None,
) -> bool:
    """An office of `person` (of `roles`, held during `days`, when given) whose
    title shares a word with the title's `words` ('Premier' for 'Premier Zhou',
    'Prime Minister' for 'Prime Minister Kim')."""
    return any(
        (roles is None or o.role in roles)
        and (days is None or _overlaps(o, *days))
        and words & _title_words(o.title)
        for o in person.offices
    )


def _countries(person: Person) -> set[str | None]:
    return {person.country, *(o.country for o in person.offices)}


def titled_namesake(
    kb: KnowledgeBase, surname: str, title: str | None, days: Days | None
) -> Person | None:
    """'Vice President Duterte' in September 2022 (a Kantei heading, real 292) is
    Sara Duterte, not her father, President until June: for a title that is no
    leader's, the one namesake who held an office of exactly that title then."""
    if title is None or days is None or leader_roles(title) is not None:
        return None
    words = _title_words(title)
    first, last = days
    found = [
        p
        for p in kb.people_with_surname(surname, on=first)
        if any(
            _title_words(o.title or "") == words and _overlaps(o, first, last)
            for o in p.offices
        )
    ]
    return found[0] if len(found) == 1 else None


def role_of_title(title: str | None) -> str | None:
    """The one KB role a title that is no leader's names ('Foreign Minister',
    'Secretary of State' → foreign_minister; `mentions.json: role_titles`)."""
    if not title:
        return None
    text = _padded_words(title)
    return next((role for role, name in _role_titles() if name in text), None)


def _padded_words(text: str) -> str:
    """The text's lower-case words, space-separated and padded, so a title is
    found in it as whole words (' foreign minister ' in ' the foreign minister ')."""
    return " {} ".format(" ".join(re.findall("[a-z]+", text.lower())))


@cache
def _role_titles() -> tuple[tuple[str, str], ...]:
    """(role, padded title) of `mentions.json: role_titles`, in the file's order,
    normalised once rather than for every titled name."""
    return tuple(
        (role, _padded_words(name))
        for role, titles in load_patterns("mentions.json")["role_titles"].items()
        for name in titles
    )


def role_namesake(
    kb: KnowledgeBase,
    surname: str,
    title: str | None,
    days: Days | None,
    country: str | None = None,
    named: tuple[str, ...] = (),
) -> Person | None:
    """'Foreign Minister Moreno' in 2011: the one namesake (of `country`, when
    given) who held the role the title names then (Alfredo Moreno), over a
    namesake in another office that day (Vice President Lenín Moreno). Of
    several holders (two foreign ministers Yang in 2010, of China and Taiwan) the
    one the text named (`named`, ids), else the first ranked: a holder of the
    role, never the namesake in another office whom the surname alone would
    give (Prime Minister Philemon Yang)."""
    role = role_of_title(title)
    if role is None or days is None:
        return None
    first, last = days
    found = [
        p
        for p in kb.people_with_surname(surname, on=first)
        if any(o.role == role and _overlaps(o, first, last) for o in p.offices)
    ]
    if len(found) > 1 and country is not None:
        found = [p for p in found if country in _countries(p)]
    if len(found) > 1:
        return next((p for i in named for p in found if p.id == i), found[0])
    return found[0] if found else None


def holds_title_then(person: Person, title: str, days: Days) -> bool:
    """Whether an office `person` held during `days` shares a word with the
    title ('King' for a king, not for a crown prince who was prime minister)."""
    return _named_office(person, _title_words(title), days=days)


def in_office_during(person: Person, days: Days) -> bool:
    """Whether `person` held any office the KB records during `days`."""
    return any(_overlaps(o, *days) for o in person.offices)


def held_before(person: Person, title: str | None, day: date) -> bool:
    """Whether `person` held an office of the kind `title` names and left it
    before `day` ('former Chancellor Kohl' in 2005); any office when the title
    is no leader's."""
    roles = _roles(title)
    return any(
        (roles is None or o.role in roles) and o.end is not None and o.end < day
        for o in person.offices
    )


def former_holder(
    kb: KnowledgeBase,
    surname: str,
    title: str | None,
    day: date,
    country: str | None,
    named: list[str],
) -> Person | None:
    """'former President Bush' in 2002: of the namesakes who held the title's
    office before `day` and left it, the one the text named (`named`, ids, the
    latest first); else the one whose past office the title's words name
    ('former President Wilson' is Woodrow, not Prime Minister Harold Wilson),
    then one still in a leader's office on the day ('former Prime Minister
    Abbas' in 2017 is the President, Mahmoud Abbas), then the one who left last."""
    found = [
        p
        for p in kb.people_with_surname(surname, on=day, country_hint=country)
        if held_before(p, title, day)
    ]
    for person_id in named:
        for person in found:
            if person.id == person_id:
                return person
    if country is not None and any(country in _countries(p) for p in found):
        found = [p for p in found if country in _countries(p)]
    words = _title_words(title or "")
    return max(
        found,
        key=lambda p: (
            _left_office_named(p, words, day),
            p.is_leader_on(day),
            _left(p, day),
        ),
        default=None,
    )


def _left_office_named(person: Person, words: set[str], day: date) -> bool:
    return any(
        o.end is not None and o.end < day and words & _title_words(o.title)
        for o in person.offices
    )


def _left(person: Person, day: date) -> date:
    return max(
        (o.end for o in person.offices if o.end and o.end < day), default=date.min
    )
