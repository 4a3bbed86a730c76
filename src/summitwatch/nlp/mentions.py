"""Who and where: link PERSON and place entities of a Doc to the knowledge base.

Surnames and given names ("Kim", "Mr. Xi", "Jong-un") resolve to the person of that
name mentioned most recently; descriptions ("the North Korean leader", "his father")
resolve through countries, offices and family relations in the KB.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase, Person, Place, fold
from summitwatch.kb.base import rank_people
from summitwatch.kb.people import TOP_ROLES
from summitwatch.models import Location, Participant
from summitwatch.nlp.dates import known_by_year
from summitwatch.nlp.doc_text import doc_text, window_start
from summitwatch.nlp.entities import PLACE_LABELS, ent_around, ents_within
from summitwatch.nlp.lexicon import lexicon, load_patterns, word_set
from summitwatch.nlp.person_tagged_places import person_tagged_place
from summitwatch.nlp.regnal import monarch

TITLES = frozenset(
    "mr mr. mrs mrs. ms ms. dr dr. president premier chairman chancellor king queen "
    "prime minister vice secretary general supreme leader comrade marshal foreign "
    "former late then sir lord emperor crown prince princess sheikh state counselor "
    "envoy ambassador special representative senator governor mayor shri sri smt "
    "h.e. excellency his her majesty highness honourable honorable hon. general "
    "gen. col. colonel field marshal chief executive emir amir crown pm "
    "generalissimo".split()
)
PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f",
            "hers": "f", "herself": "f"}  # fmt: skip


@dataclass
class PersonMention:
    participant: Participant
    start: int  # token offsets in the doc
    end: int


def mentions_between(
    persons: list[PersonMention], start: int, end: int
) -> list[PersonMention]:
    """The mentions that start in tokens [start, end), in the order read: `persons`
    is sorted by start once the mention index is built, so a range is a slice."""
    lo = bisect_left(persons, start, key=_start)
    return persons[lo : bisect_left(persons, end, lo, key=_start)]


def _start(mention: PersonMention) -> int:
    return mention.start


@dataclass
class PlaceMention:
    place: Place
    start: int
    end: int
    text: str


def location_of(place: Place, *, region: bool = True) -> Location:
    """The event location a known place gives: its venue city, country and, for a
    region ('Europe'), the region's name. `region=False` keeps the region name out
    (the readers that called it so before the copies were merged; see the review
    report of issue #10)."""
    name = place.name if region and place.kind == "region" else None
    return Location(place.venue_city, place.country, name, place.lat, place.lon)


_TITLE_KEYS = frozenset(w.strip(".") for w in TITLES)


def _more_titles() -> frozenset[str]:
    """Title words TITLES lacks that a name entity may begin with ('Taoiseach
    Kenny', 'State Councillor Dai'; `mentions.json: more_title_words`)."""
    return word_set("mentions.json", "more_title_words")


@cache
def _name_title_keys() -> frozenset[str]:
    """The words `_strip_titles` takes off the front of a name, built once."""
    return _TITLE_KEYS | _more_titles()


# 'bin', 'von', 'da': lower-case words a name may hold (mentions.json)
NAME_PARTICLES = frozenset(load_patterns("mentions.json")["name_particles"])


def _strip_titles(span: Span) -> tuple[str, list[str]]:
    """The name without its leading titles, spelt as written: a hyphen keeps its
    spacing ('Abdel-Aziz', never 'Abdel - Aziz')."""
    tokens = list(span)
    titles = []
    while len(tokens) > 1 and tokens[0].lower_.strip(".") in _name_title_keys():
        titles.append(tokens.pop(0).text)
    name = "".join(t.text_with_ws for t in tokens).strip()
    name = re.sub(r"\s*[’']s$", "", name).strip(" ,.;:’'\"“”")
    return name, titles


def _princely(span: Span, titles: list[str]) -> str | None:
    """A prince's or princess's style, in the name or just before it: the word after
    it is a given name, which the titled alias lookup has already tried ('Prince
    Sihanouk'); no surname lookup."""
    words = set(load_patterns("mentions.json")["princely_titles"])
    before = span.doc[span.start - 1] if span.start > 0 else None
    style = titles[-1] if titles else (before.text if before is not None else "")
    return style if style.lower().strip(".") in words else None


def _untitled_or_royal(office: str | None) -> bool:
    """No office before the name, or a royal one: a name 'of' a country may be a
    monarch's; a President's or Prime Minister's is a surname spelt otherwise."""
    return office is None or office.lower() in word_set("tables.json", "royal_titles")


def _of_country_cut(
    span: Span, country_in: Callable[[Span], str | None]
) -> tuple[Span, str] | None:
    """A name the model ran on into its country ('Yanukovich of Ukraine'): the name
    before 'of' and the country's code, when the words after 'of' are a country."""
    words = [t.lower_ for t in span]
    if "of" not in words[1:-1]:
        return None
    at = span.start + words.index("of", 1)
    code = country_in(span.doc[at + 1 : span.end])
    return (span.doc[span.start : at], code) if code else None


def _trailing_word(token: Token) -> bool:
    """A capitalised word the NER swept into a name at its end ('Balewa Met',
    'Obasanjo Working'): a verb, an adjective or an event word, not a name."""
    words = lexicon().triggers
    events = {*words["meeting_verbs"], *words["visit_verbs"], *words["visit_nouns"]}
    events |= {"official", "working", "state", "private", "met", "accompanied"}
    w = token.lower_
    stems = {w, w[:-1], w[:-2]} if w.endswith(("ed", "s")) else {w}
    return token.pos_ in ("VERB", "AUX", "ADJ") or bool(stems & events)


def name_variants(name: str) -> list[str]:
    """Shorter forms to look up when the full name is unknown: without the middle
    names ('Yoweri Kaguta Museveni' → 'Yoweri Museveni'), then without trailing
    words ('Mohammad bin Salman Al Saud' → 'Mohammad bin Salman')."""
    words = name.split()
    if len(words) > 3 and words[-1] in word_set("mentions.json", "generation_suffixes"):
        # 'Ferdinand R. Marcos Jr.' → 'Ferdinand Marcos Jr.': the suffix stays, or
        # the shorter name would be the father's
        return [f"{words[0]} {words[-2]} {words[-1]}"]
    if len(words) < 3:
        return []
    out = [f"{words[0]} {words[-1]}"]
    out += [" ".join(words[:n]) for n in range(len(words) - 1, 1, -1)]
    return [v for v in out if v.split()[-1].lower() not in NAME_PARTICLES]


def surname_alone(name: str) -> bool:
    """One word, or a surname with its particles ('de Gaulle', 'von Weizsäcker',
    'de la Rúa'): read as a surname, by title, date and the people named, not as
    a full name nobody has."""
    words = name.split()
    return len(words) == 1 or all(w in NAME_PARTICLES for w in words[:-1])


def plausible_name(name: str) -> bool:
    """A person's name, not a fragment the NER cut ('Custodian of', 'El-'): every
    word but a particle is capitalised and the name ends in a letter."""
    words = name.split()
    return (
        bool(words)
        and name[-1].isalpha()
        and all(
            w.lower() in NAME_PARTICLES
            or any(part[:1].isupper() for part in w.split("-"))
            for w in words
        )
        and words[-1].lower() not in NAME_PARTICLES | {"of", "the"}
    )


def participant(person: Person, on: date | None) -> Participant:
    office = person.office_on(on) or person.office_on(None)
    return Participant(
        person.name, person.id, person.country, office.title if office else None
    )


class PersonResolver:
    """Resolves person references in reading order, remembering who was named."""

    def __init__(self, kb: KnowledgeBase, published: date | None) -> None:
        self.kb = kb
        self.published = published
        self.seen: list[Participant] = []
        self.last_sentence: dict[str, int] = {}  # name → sentence of the latest mention
        self.sentence = 0
        self.days: dict[int, tuple[date, date]] = {}  # sentence start → its date

    def remember(self, who: Participant, *, possessive: bool = False) -> Participant:
        self.seen = [p for p in self.seen if p.name != who.name] + [who]
        if not possessive:
            self.last_sentence[who.name] = self.sentence
        return who

    def seen_surname(self, name: str) -> Participant | None:
        """The one person named so far whose surname is `name`, if exactly one."""
        matches = [w for w in self._matching(name) if w.person_id]
        matches = self._bare_surname_first(matches, name)
        return matches[0] if len({w.name for w in matches}) == 1 else None

    def _from_seen(self, name: str) -> Participant | None:
        """A short name: the person just mentioned if recent, else the one in office."""
        matches = self._bare_surname_first(self._matching(name), name)
        if len(matches) <= 1:
            return matches[0] if matches else None
        recent = [
            w
            for w in matches
            if self.sentence - self.last_sentence.get(w.name, -99) <= 1
        ]
        if recent:
            return max(recent, key=lambda w: self.last_sentence[w.name])
        for who in matches:
            person = self.kb.person(who.person_id) if who.person_id else None
            if person and self.published and person.is_leader_on(self.published):
                return who
        return matches[0]

    def _bare_surname_first(
        self, matches: list[Participant], name: str
    ) -> list[Participant]:
        """'Sharif' after 'Nawaz Sharif' and 'General Raheel Sharif': a KB person
        whose `surname` is his whole name (SOURCES.md: the surname alone is
        another's) is meant by the bare surname only when no one else named is
        of that surname."""
        key = fold(name)

        def whole(who: Participant) -> bool:
            person = self.kb.person(who.person_id) if who.person_id else None
            surname = person.surname if person is not None else None
            return bool(surname) and " " in surname and fold(surname) != key

        kept = [w for w in matches if not whole(w)]
        return kept if kept and len(kept) < len(matches) else matches

    def _matching(self, name: str) -> list[Participant]:
        key = fold(name)
        found = []
        for who in reversed(self.seen):
            parts = [fold(x) for x in re.split(r"[\s]+", who.name)]
            given = fold(who.name.split(" ", 1)[1]) if " " in who.name else ""
            person = self.kb.person(who.person_id) if who.person_id else None
            surname = fold(person.surname) if person and person.surname else parts[-1]
            if key in (surname, given, parts[-1], parts[0]) or (
                person and any(fold(a) == key for a in person.aliases)
            ):
                found.append(who)
        return found

    def resolve_name(self, span: Span, sentence: int = 0) -> Participant | None:
        """Who `span` names, remembered for the references that follow."""
        who = self.peek_name(span, sentence)
        if who is not None:
            self.remember(who, possessive=span.root.dep_ == "poss")
        return who

    def peek_name(self, span: Span, sentence: int = 0) -> Participant | None:
        """Who `span` names, without remembering it: a reading to weigh against
        another ('Joseph Ejercito' or 'Joseph Ejercito Estrada')."""
        self.sentence = sentence
        return self._resolve_name(span)

    def _resolve_name(self, span: Span, after: str | None = None) -> Participant | None:
        cut = _of_country_cut(span, self._country_in)
        if cut is not None:  # 'Yanukovich of Ukraine' taken as one name
            return self._resolve_name(cut[0], cut[1])
        name, titles = _strip_titles(span)
        if not name or not any(c.isupper() for c in name):  # 'Ōhira', 'İnönü' too
            return None
        hint = self._country_before(span) or after or self._country_after(span)
        on = self.day_of(span)
        found = []
        if suffix := generation_after(span):  # 'Ferdinand Marcos, Jr.' is the son
            found = self.kb.people_named(f"{name} {suffix}", on=on, country_hint=hint)
        found = found or self.kb.people_named(name, on=on, country_hint=hint)
        for variant in name_variants(name) if not found else ():
            found = self.kb.people_named(variant, on=on, country_hint=hint)
            if found:
                break
        if not found and titles:  # 'King Faisal' in 2017: an alias with its title
            titled = " ".join([*titles, name])
            found = self.kb.people_named(titled, on=on, country_hint=hint)
        found = found or self._given_and_surname(name, hint, on)
        found = self._rerank_unheld(found, on, hint)
        if found and not surname_alone(name):
            found = self._generation_holder(span, name, titles, found)
        if found and surname_alone(name):
            found = [
                self._namesake_in_office(span, name, titles)
                or self._holder_over_alias(span, name, titles, hint, found[0])
                or found[0]
            ]
        if found:
            return participant(found[0], self.published)
        if (tail := self._tail_of_seen(name)) is not None:
            return tail  # 'da Silva' after 'Luiz Inacio Lula da Silva'
        style = _princely(span, titles)
        if style and len(name.split()) == 1:  # 'Prince Philip', 'Prince Sihanouk'
            titled = f"{style} {name}"
            royal = self.kb.people_named(titled, on=self.published, country_hint=hint)
            if royal:
                return participant(royal[0], self.published)
            if (held := self._royal_then(span, name, titles)) is not None:
                return participant(held, self.published)
            return self._unknown(span, titled, titles)
        if span.end - span.start > 1 and _trailing_word(span[-1]):
            return self._resolve_name(span[:-1])  # "Balewa Met with …", table rows
        if surname_alone(name) or len(fold(name)) <= 4:
            office = office_before(span, titles)
            hint = hint or self._namesake_country_near(span, name)
            seen = self._titled(span, name, office, hint)
            if seen:
                return seen
            person = self._namesake_in_office(span, name, titles)
            person = person or self.kb.resolve_person(
                name, on=self.day_of(span), country_hint=hint
            )
            if person is not None:
                person = self._held_then(person, span, office)
            if person is None and _untitled_or_royal(office):
                # 'King Mahendra of Nepal': a monarch the KB lacks
                return monarch(self.kb, span, name, hint) or self._spelt_like(
                    span, name, titles, hint
                )
            if person is None:  # 'President Yanukovich of Ukraine': a spelling
                return self._spelt_like(span, name, titles, hint) or monarch(
                    self.kb, span, name, hint
                )
            return participant(person, self.published)
        if name.split()[-1] == "of" and span.end - span.start > 1:
            return self._resolve_name(span[:-1])  # 'Mahendra of' + 'Nepal'
        if not plausible_name(name):
            return None
        return self._spelt_like(span, name, titles, hint) or self._unknown(
            span, name, titles
        )

    def day_of(self, span: Span) -> date | None:
        """The day namesakes are told apart on: the middle of the days the
        sentence talks about (its own date, else the paragraph's), else the
        publication's. 'George Bush' in a timeline's 2004 line of a page published
        in 2011 is George W. Bush; 'Secretary of State Condoleeza Rice' in its
        2005 line is the Secretary of that year."""
        told = self.days.get(span.sent.start)
        if told is None:
            return self.published
        first, last = told
        return first + (last - first) / 2

    def _rerank_unheld(
        self, found: list[Person], on: date | None, hint: str | None
    ) -> list[Person]:
        """Namesakes none of whom held any office on the sentence's day (a date
        of something else: 'George Bush, born in 1946, …') are ranked on the
        publication's day, as before the sentence's date was read."""
        if len(found) < 2 or on == self.published or on is None:
            return found
        if any(p.office_on(on) for p in found):
            return found
        return rank_people(found, on=self.published, country_hint=hint)

    def _generation_holder(
        self, span: Span, name: str, titles: list[str], found: list[Person]
    ) -> list[Person]:
        """'President Ferdinand Marcos' in 2023 is the son, whom the KB names
        with his 'Jr.' (the father's name is the one written): when a namesake
        whose name is this one plus a generation suffix held an office (of the
        title's kind, when titled) on the sentence's date and the people the name
        found did not, he is meant. Needs the sentence's own date or a title."""
        from summitwatch.nlp.titled import holds_title_then, in_office_during

        suffixes = word_set("mentions.json", "generation_suffixes")
        others = {
            p.id: p
            for s in suffixes
            for p in self.kb.people_named(f"{name} {s}")
            if p not in found
        }
        office = office_before(span, titles)
        told = self.days.get(span.sent.start)
        days = told or (_day(self.published) if office else None)
        if not others or days is None or _former(span, titles):
            return found

        def fits(person: Person) -> bool:
            if office is not None:
                return holds_title_then(person, office, days)
            return in_office_during(person, days)

        if any(fits(p) for p in found):
            return found
        holders = [p for p in others.values() if fits(p)]
        return holders + found if len(holders) == 1 else found

    def _namesake_in_office(
        self, span: Span, name: str, titles: list[str]
    ) -> Person | None:
        """'Vice President Duterte' in 2022: the namesake who held that very office
        on the sentence's date, over the better-known one the alias names."""
        from summitwatch.nlp.titled import role_namesake, titled_namesake

        told = self.days.get(span.sent.start) or _day(self.published)
        office = office_before(span, titles)
        if _former(span, titles):
            return None  # the office held before the day: `_titled`
        named = tuple(w.person_id for w in reversed(self.seen) if w.person_id)
        return titled_namesake(self.kb, name, office, told) or role_namesake(
            self.kb, name, office, told, self._country_before(span), named
        )

    def _holder_over_alias(
        self, span: Span, name: str, titles: list[str], hint: str | None, alias: Person
    ) -> Person | None:
        """'King Frederik' in 1957, 'President Torrijos' in 2007: an alias that is
        a surname alone, titled or not, names one person of the surname; the
        namesake who held the title's office on the sentence's date (the
        publication's, else) is meant when the alias's own person did not."""
        from summitwatch.nlp.titled import holds_title_then, titled_holder

        office = office_before(span, titles)
        if office is None or _former(span, titles):
            return None
        told = self.days.get(span.sent.start) or _day(self.published)
        if told is None or holds_title_then(alias, office, told):
            return None
        holder = titled_holder(self.kb, name.split()[-1], office, told, hint)
        if holder is None or holder.id == alias.id:
            return None
        return holder if holds_title_then(holder, office, told) else None

    def _royal_then(self, span: Span, name: str, titles: list[str]) -> Person | None:
        """'Crown Prince Fahd' in 1981, 'Crown Prince Mohammed' in 2018, 'Prince
        Albert' in 1913: no alias has the style, but one person of that given name
        held an office the style names on the sentence's date."""
        from summitwatch.nlp.titled import holds_title_then

        office = office_before(span, titles)
        told = self.days.get(span.sent.start) or _day(self.published)
        if office is None or told is None:
            return None
        found = [
            p
            for p in self.kb.people_with_surname(name)
            if holds_title_then(p, office, told)
        ]
        return found[0] if len(found) == 1 else None

    def _tail_of_seen(self, name: str) -> Participant | None:
        """A surname of two or more words ('da Silva', 'bin Salman', 'Van Rompuy')
        that ends the full name of someone the text already named is that person,
        not a newcomer nor a namesake the KB knows by that surname."""
        words = [fold(w) for w in name.split()]
        if len(words) < 2:
            return None
        for who in reversed(self.seen):
            full = [fold(w) for w in who.name.split()]
            if len(full) > len(words) and full[-len(words) :] == words:
                return who
        return None

    def _titled(
        self, span: Span, name: str, office: str | None, hint: str | None
    ) -> Participant | None:
        """A surname: the person just named if he held the title's office on the
        sentence's date, else that office's holder of the day ('President Park'
        in 1974 is Park Chung-hee), else whoever of the name the text named."""
        from summitwatch.nlp.titled import is_holder, titled_holder

        told = self.days.get(span.sent.start)  # the date the text gives
        if _former(span, []) and (told or self.published):
            return self._former_holder(name, office, hint, told)
        seen = self._from_seen(name)
        person = self.kb.person(seen.person_id) if seen and seen.person_id else None
        if seen and (person is None or is_holder(person, office, told)):
            return seen
        on = told[0] if told else self.published
        holder = titled_holder(  # undated: a past holder ('Prime Minister Abe')
            self.kb, name, office, told or _day(on), hint, ever=told is None
        )
        if holder is None and told and known_by_year(self.published):
            # the page is known only by its year (an archive's note "published" in
            # 1993 about 1958): a yearless day's year is a guess, and 'Prime Minister
            # Macmillan' is not refused the holder of the office for it
            holder = titled_holder(self.kb, name, office, told, hint, ever=True)
        if holder is not None:
            return participant(holder, on)
        return seen

    def _former_holder(
        self, name: str, office: str | None, hint: str | None, told
    ) -> Participant | None:
        """'former President Bush' in 2002, 'former Chancellor Kohl' in 2005: the
        namesake who held the title's office before the sentence's date and left
        it, the one the text named first."""
        from summitwatch.nlp.titled import former_holder

        day = told[1] if told else self.published  # left by the period's end
        named = [w.person_id for w in reversed(self.seen) if w.person_id]
        holder = former_holder(self.kb, name, office, day, hint, named)
        return participant(holder, day) if holder is not None else None

    def _held_then(self, person: Person, span: Span, office: str | None):
        """`person` if he held the title's office on the sentence's date, or ever
        when the text gives none: 'President Johnson' is never Mike Johnson."""
        from summitwatch.nlp.titled import held_before, is_holder

        days = self.days.get(span.sent.start)
        day = days[1] if days else self.day_of(span)
        if _former(span, []) and day is not None:
            return person if held_before(person, office, day) else None
        if office and day is not None and not person.adult_on(day):
            return None  # 'Ambassador Cooper' in 1955 is no one born in 1969
        return person if is_holder(person, office, days) else None

    def _spelt_like(
        self, span: Span, name: str, titles: list[str], hint: str | None
    ) -> Participant | None:
        """A known person's name written otherwise than the KB writes it ('President
        Olesegun Obsanjo', 'Algerian President Abdel Aziz Buteflika'): someone the
        text already named, else, with a title or a country, a holder of that office
        on the day (see `KnowledgeBase.person_spelt_like`)."""
        office = office_before(span, titles)
        if office is None:
            office, after = office_after(span)
            hint = hint or (self._country_in(after) if after is not None else None)
        person = spelt_like(
            self.kb,
            name,
            on=self.day_of(span),
            country=hint,
            office=office,
            among=[who.person_id for who in self.seen if who.person_id],
        )
        return participant(person, self.published) if person else None

    def _given_and_surname(
        self, name: str, hint: str | None, on: date | None
    ) -> list[Person]:
        """'George Bush' → the Bush named George in office on the date (George W.);
        'P. Ochirbat', 'A. B. Vajpayee' → the namesakes whose given names those
        initials begin (the style of Mongolian, Russian and Indian pages)."""
        words = name.split()
        if len(words) < 2:
            return []
        namesakes = self.kb.people_with_surname(words[-1], on=on, country_hint=hint)
        initials = name_initials(words[:-1])
        if initials:
            return [p for p in namesakes if _initials_agree(p, initials)]
        return [p for p in namesakes if fold(p.name.split()[0]) == fold(words[0])]

    def _country_before(self, span: Span) -> str | None:
        """The country in the title right before a name ('Danish Prime Minister …',
        'the President of Ghana, John Mahama'): the hint for namesakes and
        newcomers. The title stops at another person or a verb, and at a comma
        that does not stand right before the name: in 'President Ziaur Rahman of
        Bangladesh, Prime Minister Malcom Fraser' Bangladesh is the last item's."""
        doc = span.doc
        i = span.start
        while i > max(span.sent.start, span.start - 6):
            t = doc[i - 1]
            if (
                t.ent_type_ == "PERSON"
                or t.pos_ in ("VERB", "AUX", "ADP")
                and (t.lower_ != "of")
                or (t.text in (",", ";") and i < span.start)
            ):
                break
            i -= 1
        return self._country_in(doc[i : span.start])

    def _namesake_country_near(self, span: Span, name: str) -> str | None:
        """Namesakes a surname alone cannot tell apart ('King Abdullah', of Saudi
        Arabia or of Jordan, both kings in 2008): the country, named in this
        sentence or the one before, of exactly one of them is the hint."""
        doc = span.doc
        start = window_start(span.sent, 1)
        near = {
            self.kb.country_code(ent.text)
            for ent in ents_within(doc[start : span.sent.end])
            if ent.label_ in ("GPE", "NORP")
        } - {None}
        if not near:
            return None
        theirs = {p.country for p in self.kb.people_with_surname(name)} & near
        return theirs.pop() if len(theirs) == 1 else None

    def _country_after(self, span: Span) -> str | None:
        """'King Abdullah of Jordan', 'President Yanukovich of Ukraine': the country
        in an 'of' phrase right after the name, the White House's way of writing a
        guest (hint for namesakes and other spellings)."""
        doc = span.doc
        if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
            return None
        nxt = doc[span.end + 1]
        ent = ent_around(nxt)
        if ent is None or ent.start != nxt.i or ent.label_ != "GPE":
            return None
        return self.kb.country_code(ent.text)

    def _unknown(self, span: Span, name: str, titles: list[str]) -> Participant:
        """A person not in the KB: office and country from the title before the name
        ('Finance Minister Nirmala Sitharaman', 'the President of Ghana, John
        Mahama') or from an apposition after it ('X, President of Uganda')."""
        office, country = office_before(span, titles), None
        if office is None:
            office, after = office_after(span)
            country = self._country_in(after) if after is not None else None
        country = self._country_before(span) or country
        return Participant(name, None, country, office)

    def _country_in(self, window: Span) -> str | None:
        code = None
        for ent in ents_within(window):
            if ent.label_ in ("GPE", "NORP"):
                code = self.kb.country_code(ent.text) or code
        return code

    def country_leader(self, country: str, on: date | None) -> Participant | None:
        """A leader of `country` already named in the text (rule 3: named people
        only).
        """
        leader = self.kb.leader_of(country, on or self.published)
        for who in reversed(self.seen):
            if leader and who.person_id == leader.id:
                return who
        for who in reversed(self.seen):  # people the KB lacks, titled in the text
            if (
                who.person_id is None
                and who.country == country
                and leader_roles(who.office) is not None
            ):
                return who
        return None

    def described_leader(self, country: str, on: date | None) -> Participant | None:
        """'the Indian leader': the country's top leader if the text named them, else
        the person named most recently who held a top office of that country then
        (its head of government where the KB ranks the head of state first: India,
        Japan, Germany). Session 10's probes: the top leader alone missed them."""
        found = self.country_leader(country, on)
        if found is not None:
            return found
        day = on or self.published
        for who in reversed(self.seen):
            person = self.kb.person(who.person_id) if who.person_id else None
            if person is not None and person.is_leader_on(day, country):
                return who
        return None

    def relative(self, anchor: Participant, relation: str) -> Participant | None:
        person = self.kb.person(anchor.person_id) if anchor.person_id else None
        target = person and person.relations.get(relation)
        found = self.kb.person(target) if target else None
        return self.remember(participant(found, self.published)) if found else None


# 'P.', 'Ts.', 'A.B.', and with the letters of other alphabets ('Ó.', 'Đ.', 'Á.')
_INITIAL = re.compile(r"(?:[^\W\d_][^\W\d_]?\.)+")


def name_initials(words: list[str]) -> list[str]:
    """'D.', 'Ts.', 'A.B.' → their letters folded (['d'], ['ts'], ['a', 'b']),
    or [] when some word is no initial."""
    found: list[str] = []
    for word in words:
        if not _INITIAL.fullmatch(word) or word.lower() in TITLES:
            return []  # 'Mr.', 'Dr.', 'Gen.' are titles, not initials
        parts = [part for part in word.split(".") if part]
        if not all(p[0].isupper() and (len(p) == 1 or p[1].islower()) for p in parts):
            return []
        # a letter NFKD does not fold ('Đ') is kept as an empty initial: any given
        # name then agrees with it, the other initials still have to
        found += [fold(part) for part in parts]
    return found


def _initials_agree(person: Person, initials: list[str]) -> bool:
    """The initials begin, in order, the words before the surname in one of the
    person's names ('P.' Punsalmaagiin Ochirbat, 'A. B.' Atal Bihari Vajpayee)."""
    surname = fold(person.surname or "")
    for form in (person.name, *person.aliases):
        given = [fold(w) for w in form.split()]
        if not given or given[-1] != surname:
            continue
        given = given[:-1]
        if len(given) >= len(initials) and all(
            g.startswith(i) for g, i in zip(given, initials, strict=False)
        ):
            return True
    return False


def _former(span: Span, titles: list[str]) -> bool:
    """A word that puts the title's office in the past ('former President Bush',
    'ex-Chancellor Kohl'), right before the capitalised title run or in the name."""
    words = word_set("mentions.json", "former_words")
    if any(t.lower() in words for t in titles):
        return True
    doc = span.doc
    i = span.start
    while i > span.sent.start and (
        doc[i - 1].text[:1].isupper() or doc[i - 1].lower_ in ("of", "-")
    ):
        i -= 1
    return i > span.sent.start and doc[i - 1].lower_.strip("-") in words


def _day(on: date | None) -> tuple[date, date] | None:
    return (on, on) if on else None


def spelt_like(
    kb: KnowledgeBase,
    name: str,
    *,
    on: date | None,
    country: str | None,
    office: str | None,
    among: list[str],
) -> Person | None:
    """The KB's person for a name written otherwise, tried whole and then shorter
    ('Nursultan Nazarbaev Kazakhstan' → 'Nursultan Nazarbaev'), among the people
    the text named (`among`) and the holders of the `office` it gives."""
    for form in (name, *name_variants(name)):
        person = kb.person_spelt_like(
            form,
            on=on,
            country=country,
            roles=leader_roles(office),
            among=among,
            cue=office is not None,
        )
        if person is not None:
            return person
    return None


def leader_roles(office: str | None) -> tuple[str, ...] | None:
    """The KB roles a title is held in: a head of state's or government's for
    'President', 'Prime Minister'; any (None) for other titles ('Foreign Minister',
    'Vice President') and for no title."""
    words = load_patterns("mentions.json")
    text = f" {office.lower()} " if office else ""
    text = re.sub(r"[^a-z]+", " ", text).replace(" prime minister ", " premier ")
    if not text or any(f" {w} " in text for w in words["not_leader_words"]):
        return None
    if any(f" {w} " in text for w in words["leader_titles"]):
        return TOP_ROLES
    return None


_COURTESY = frozenset("mr mrs ms dr former late then h.e. his her excellency".split())


def _office_words(tokens: list[Token]) -> str | None:
    words = [t.text for t in tokens if t.lower_.strip(".") not in _COURTESY]
    offices = set(lexicon().triggers["head_of_state_words"]) | TITLES | _more_titles()
    if not any(w.lower() in offices for w in words):
        return None
    return " ".join(words) or None


def generation_after(span: Span) -> str | None:
    """The generation suffix a comma sets off after a name ('Ferdinand Marcos,
    Jr.'), which the name entity leaves out."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    word = doc[span.end + 1].text
    if word == "Jr" and span.end + 2 < len(doc) and doc[span.end + 2].text == ".":
        word = "Jr."  # the tokenizer split the abbreviation's point off
    return word if word in word_set("mentions.json", "generation_suffixes") else None


def office_before(span: Span, titles: list[str]) -> str | None:
    """The capitalised title run right before a name ('Finance Minister', 'Prime
    Minister of Japan,'), plus the title words stripped from the name itself."""
    doc = span.doc
    i = span.start - (1 if span.start and doc[span.start - 1].text == "," else 0)
    run: list[Token] = []
    while i > span.sent.start and (
        doc[i - 1].text[:1].isupper()
        or doc[i - 1].lower_ == "of"
        or _title_hyphen(doc, i - 1)
    ):
        if doc[i - 1].ent_type_ in ("PERSON", "DATE"):
            break
        i -= 1
        run.insert(0, doc[i])
    words = [t for t in run if t.ent_type_ not in ("GPE", "NORP")]
    while words and words[-1].lower_ in ("of", "the"):
        words.pop()
    return _office_words(words + [t for t in span if t.text in titles])


def _title_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen of a title spelt with one ('Vice-President Mujuru',
    'Vice-Chancellor Erhard'): the run of title words goes on through it."""
    return (
        doc[i].text == "-"
        and i > 0
        and doc[i - 1].text[:1].isupper()
        and not doc[i - 1].whitespace_
    )


def office_after(span: Span) -> tuple[str | None, Span | None]:
    """'Yoweri Museveni, President of the Republic of Uganda': the apposition's
    office, and the words that may name its country."""
    doc = span.doc
    if span.end >= len(doc) - 1 or doc[span.end].text != ",":
        return None, None
    run = []
    for t in doc[span.end + 1 : min(span.end + 5, span.sent.end)]:
        if not t.text[:1].isupper() or t.ent_type_ in ("GPE", "NORP", "PERSON"):
            break
        run.append(t)
    office = _office_words(run)
    end = min(span.end + 10, span.sent.end)
    return office, (doc[span.end + 1 : end] if office else None)


def person_spans(doc: Doc) -> list[list[Span]]:
    """PERSON entities, adjacent pieces grouped: the NER cuts long names in two
    ('Yoweri Kaguta' + 'Museveni', 'Abdel Fattah El-' + 'Sisi')."""
    groups: list[list[Span]] = []
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and ent.start == last.end:
            groups[-1].append(ent)
        else:
            groups.append([ent])
    return groups


def coordinated_surname(ent: Span, kb: KnowledgeBase) -> bool:
    """'Nixon and Ford both went …', 'two presidents, Carter and Ford': a surname the
    NER took for a company ('Ford' ORG) is a person when it is coordinated with, or
    in apposition to, a name tagged PERSON, and the KB knows someone of that surname;
    or when it is a verb's subject or object and the text names that someone in full."""
    if ent.label_ != "ORG" or len(ent) != 1 or not kb.people_with_surname(ent.text):
        return False
    root = ent.root
    if root.dep_ in _ARGUMENT_DEPS and _surname_of_someone_named(ent.text, ent.doc, kb):
        return True  # 'Ford traveled to Vladivostok' on a page naming Gerald Ford
    linked = [t for t in (root.head, *root.children) if t.i != root.i]
    linked += [t for t in root.head.children if t.dep_ == "conj" and t.i != root.i]
    return root.dep_ in ("conj", "appos") and any(
        t.ent_type_ == "PERSON" and t.dep_ in ("conj", "appos", *_CORE_DEPS)
        for t in linked
    )


_CORE_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj")
_ARGUMENT_DEPS = ("nsubj", "nsubjpass", "dobj", "poss")


def _surname_of_someone_named(text: str, doc: Doc, kb: KnowledgeBase) -> bool:
    """'Austin' is Lloyd Austin only where the text names him; else it is the city."""
    whole = doc_text(doc)  # asked once per name: Doc.text joins every token
    return any(
        person.name in whole or any(a in whole for a in person.aliases if " " in a)
        for person in kb.people_with_surname(text)
    )


def link_places(doc: Doc, kb: KnowledgeBase) -> list[PlaceMention]:
    """Place entities (and NORP/ORG metonyms like 'the Kremlin') resolved in the KB."""
    out = []
    for ent in doc.ents:
        if ent.label_ == "PERSON":  # 'visited Apia': a town the NER took for a name
            found = person_tagged_place(ent, kb, _name_title_keys())
            if found is not None:
                out.append(PlaceMention(found, ent.start, ent.end, ent.text))
            continue
        if ent.label_ not in (*PLACE_LABELS, "ORG", "NORP"):
            continue
        text = re.sub(r"^(the|The)\s+", "", ent.text)
        text = re.sub(r"[’']s$", "", text).strip()
        if _inside_name(ent):
            continue
        place = kb.place(text)
        if place is None or (
            ent.label_ in ("ORG", "NORP", "PERSON")
            and place.kind in ("country", "region")
            and ent.label_ != "ORG"
        ):
            continue
        if kb.people_named(text) or _surname_of_someone_named(text, doc, kb):
            continue
        out.append(PlaceMention(place, ent.start, ent.end, ent.text))
    return out


_NAME_HEADS = frozenset(
    "organisation organization council treaty agreement accord accords declaration "
    "party "
    "pact bank initiative group process communique communiqué university institute "
    "cooperation statement times post herald daily news agency".split()
)


def _inside_name(ent: Span) -> bool:
    """'Shanghai Cooperation Organisation', 'New York Times', 'Fuji TV': a name, not
    a venue; 'Harare sources confirmed', 'Beijing officials': a source, not a venue."""
    doc = ent.doc
    words = load_patterns("mentions.json")
    heads = _NAME_HEADS | set(words["media_heads"])
    if ent.end < len(doc) and doc[ent.end].lower_ in words["source_nouns"]:
        return True
    i = ent.end
    while i < len(doc) and doc[i].text[:1].isupper() and doc[i].pos_ == "PROPN":
        if doc[i].lower_ in heads:
            return True
        i += 1
    return False


_NOT_CURRENT = frozenset("incoming future next".split())


def description_country(token: Token, kb: KnowledgeBase) -> str | None:
    """'the North Korean leader' → 'PRK' (the head noun must be an office word)."""
    words = lexicon().triggers["head_of_state_words"]
    if any(c.lower_ in _NOT_CURRENT for c in token.children):
        return None  # "the incoming emperor": not the one in office
    phrase = " ".join(t.lower_ for t in token.subtree if t.i <= token.i)
    if not any(phrase.endswith(w) for w in words):
        return None
    for prep in token.children:  # "the President of Russia"
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                code = kb.country_code(pobj.text) or (
                    kb.country_code(
                        pobj.sent[
                            pobj.left_edge.i - pobj.sent.start : pobj.i
                            - pobj.sent.start
                            + 1
                        ].text
                    )
                )
                if code:
                    return code
    for child in token.subtree:
        if child.i >= token.i:
            break
        if child.ent_type_ in ("NORP", "GPE"):
            ent_text = " ".join(
                t.text
                for t in token.doc[child.i : token.i]
                if t.ent_type_ == child.ent_type_
            )
            code = kb.country_code(ent_text) or kb.country_code(child.text)
            if code:
                return code
    return None
