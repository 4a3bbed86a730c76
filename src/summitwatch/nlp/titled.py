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
    if not holders and ever:  # the nearest in time of those who ever held it
        holders = [p for p in namesakes if any(o.role in roles for o in p.offices)]
        return min(
            holders,
            key=lambda p: (not _ever_fits(p, words), _distance(p, roles, first)),
            default=None,
        )
    return max(
        holders,
        key=lambda p: (_fits(p, words, first, last), country in _countries(p)),
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
    words = " {} ".format(" ".join(re.findall("[a-z]+", title.lower())))
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


def _fits(person: Person, words: set[str], first: date, last: date) -> bool:
    """The office held then shares a word with the title ('Premier' for
    'Premier Zhou', 'Prime Minister' for 'Prime Minister Kim')."""
    return any(
        _overlaps(o, first, last) and words & _title_words(o.title)
        for o in person.offices
    )


def _ever_fits(person: Person, words: set[str]) -> bool:
    """An office of any time shares a word with the title: undated, 'President
    Johnson' is the Johnson who was a president (Lyndon B.), not the nearer Prime
    Minister (Boris)."""
    return any(words & _title_words(o.title) for o in person.offices)


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
