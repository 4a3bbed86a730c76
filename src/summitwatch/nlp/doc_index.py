"""Per-document lookups the argument readers share: who, where and when sits at each
token, and whom a pronoun or "the two leaders" refers to."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Participant
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import (
    PRONOUNS,
    PersonMention,
    PersonResolver,
    PlaceMention,
    leader_roles,
    mentions_between,
)
from summitwatch.nlp.speakers import (
    Turns,
)

SUBJECT_DEPS = ("nsubj", "nsubjpass")
OBJECT_DEPS = ("dobj", "dative", "attr", "oprd", "appos")
FALLBACK_WINDOW = 12  # tokens: a loose place further away belongs to another clause
COUNTERPART_PREPS = ("with", "between", "among", "alongside", "beside", "to", "by",
                     "of", "next")  # fmt: skip


@dataclass
class DocIndex:
    """Per-document lookups from token index to the person, place or date there."""

    doc: Doc
    kb: KnowledgeBase
    published: date | None
    resolver: PersonResolver
    persons: list[PersonMention] = field(default_factory=list)
    person_at: dict[int, PersonMention] = field(default_factory=dict)
    # the dead the text names ('the funeral of former Prime Minister X', 'the late
    # King Y'): no party to any event, so not in `person_at`, but their country
    # places the occasion held for them (`occasion_places`)
    dead_at: dict[int, PersonMention] = field(default_factory=dict)
    place_at: dict[int, PlaceMention] = field(default_factory=dict)
    date_at: dict[int, tuple[Span, str]] = field(default_factory=dict)
    on: date | None = None  # the date of the event being read, for descriptions
    turns: Turns | None = None  # speaker turns: who 'I', 'you' and 'we' are
    home: str | None = None  # whose 'The President' (the writing office's country)
    # where a document was written, by its head's sender (`desk.desk_country`): the
    # destination of a trip it names none for, not whose 'the President'
    desk: str | None = None
    # what several readers derive from the whole document once (its lines, its table
    # rows), kept so that each reader does not rebuild it
    memo: dict[str, object] = field(default_factory=dict)

    def place_after(
        self, heads: Iterable[Token], prep: str, kinds: Collection[str]
    ) -> PlaceMention | None:
        """The first place of one of `kinds` that is the object of a `prep` phrase on
        one of `heads` ('is in Canada', 'went to Cairo as envoy', 'the air base in
        Syria'): one reader for every 'where, after which preposition' question."""
        for head in heads:
            phrases = [c for c in head.children if c.dep_ == "prep"]
            for p in (c for c in phrases if c.lower_ == prep):
                for obj in (c for c in p.children if c.dep_ == "pobj"):
                    mention = self.place_at.get(obj.i)
                    if mention is not None and mention.place.kind in kinds:
                        return mention
        return None

    def dates_in(
        self, start: int, end: int, *, text_order: bool = False
    ) -> list[tuple[int, str]]:
        """(token, value) of every resolved date that starts in tokens [start, end),
        in the order the dates were resolved, or in text order with `text_order`:
        a range's end is resolved with its start and stored first, so the two
        orders differ ('28 June – 1 July'). One reader for every 'the first, the
        last, any date of this span' question."""
        keys, order = self._date_keys()
        picked = order[bisect_left(keys, start) : bisect_left(keys, end)]
        found = [(i, v) for _, i in sorted(picked) if (v := self.date_at[i][1])]
        return sorted(found) if text_order else found

    def mentions_in(self, start: int, end: int) -> list[PersonMention]:
        """The person mentions that start in tokens [start, end), in the order read."""
        return mentions_between(self.persons, start, end)

    def _date_keys(self) -> tuple[list[int], list[tuple[int, int]]]:
        """The dates' tokens sorted, beside (resolution order, token) pairs in the
        same order: a range of tokens is a slice, and the slice can be put back in
        the order the dates were resolved."""
        cached = self.memo.get("_date_keys")
        if not isinstance(cached, tuple) or len(cached[0]) != len(self.date_at):
            order = sorted((i, n) for n, i in enumerate(self.date_at))
            cached = ([i for i, _ in order], [(n, i) for i, n in order])
            self.memo["_date_keys"] = cached
        return cached

    def people_in(
        self, start: int, end: int, *, same_name: bool = False, latest: bool = False
    ) -> list[tuple[int, Participant]]:
        """Each person named in tokens [start, end) once, with the token of the first
        mention, in the order first named. One person is one Participant (a name read
        with two offices is two) or, with `same_name`, one name; `latest` keeps the
        Participant of the last mention instead of the first's."""
        found: dict[object, tuple[int, Participant]] = {}
        for m in self.mentions_in(start, end):
            key = m.participant.name if same_name else m.participant
            if key not in found or latest:
                found[key] = (found.get(key, (m.start,))[0], m.participant)
        return list(found.values())

    def countries_in(self, tokens: Iterable[Token]) -> list[str]:
        """The countries named at `tokens`, each once, in text order ('between
        Egypt, Israel and Jordan', 'leaders of A, B and C')."""
        found: list[str] = []
        for token in tokens:
            mention = self.place_at.get(token.i)
            if mention and mention.place.kind == "country":
                if mention.place.country not in found:
                    found.append(mention.place.country)
        return found

    def add_person(self, mention: PersonMention) -> None:
        self.persons.append(mention)
        for i in range(mention.start, mention.end):
            self.person_at[i] = mention

    def last_two(self, token: Token) -> list[Participant]:
        """'the two leaders' / 'they': the last two people named in this or the last two
        sentences, when exactly two (or, for 'the two', at least two) were named."""
        sent = token.sent
        start = window_start(sent, 2, over_headings=True)
        named = [p for _, p in self.people_in(start, token.i)]
        # "the two leaders": not aides (`mentions.json: pair_nouns`)
        if token.lemma_.lower() in word_set("mentions.json", "pair_nouns"):
            leaders = [p for p in named if self.leads_country(p)]
            if len(leaders) >= 2:
                named = leaders
        if token.lower_ == "their":  # 'A and B recalled their meeting in Potsdam'
            return self.joint_subject(token) or (named[-2:] if len(named) >= 2 else [])
        if token.lower_ in ("they", "them"):
            joint = self.joint_subject(token)
            if joint:
                return joint
            if self._staff_named_after(token):
                return []
            previous = window_start(sent, 1)
            recent = {
                m.participant.name for m in self.mentions_in(previous, sent.start)
            }
            if len(recent) == 2:
                return named[-2:]
            return self._pair_carried(token, named) if sent.start > 0 else []
        return named[-2:] if len(named) >= 2 else []

    def _pair_carried(
        self, token: Token, named: list[Participant]
    ) -> list[Participant]:
        """'Dulles and Stassen embarked … the Secretary and the Administrator visited
        Egypt … They then proceeded to India. Thereafter they traveled to Pakistan'
        (real 170): a 'they' whose last sentence names no pair carries that
        sentence's subject on — its own subject 'they' (resolved the same way, so a
        chain of 'they' keeps the pair), or a subject of two coordinated words
        ('the Secretary and the Administrator') when exactly two people are named
        in the window."""
        before = self.doc[token.sent.start - 1].sent
        for subject in (t for t in before if t.dep_ in SUBJECT_DEPS):
            if subject.head.i != before.root.i:
                continue
            if subject.lower_ == "they" and subject.tag_ == "PRP":
                return self.last_two(subject)
            pair = [subject, *subject.conjuncts]
            if len(pair) == 2 and len({p.name for p in named}) == 2:
                return named[-2:]
        return []

    def joint_subject(self, token: Token) -> list[Participant]:
        """'A and B discussed trade when they met', 'When they meet, A and B will
        …': the named people coordinated as the subject of a clause above the
        pronoun, in its own sentence (wire reports' usual way of pairing them)."""
        for verb in token.ancestors:
            for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
                if subject.i == token.i or token in subject.subtree:
                    continue
                if not any(c.dep_ == "conj" for c in subject.children):
                    continue
                people: list[Participant] = []
                for t in subject.subtree:
                    mention = self.person_at.get(t.i)
                    if mention and mention.participant not in people:
                        people.append(mention.participant)
                if len(people) >= 2:
                    return people
        return []

    def _staff_named_after(self, token: Token) -> bool:
        """'Both Netanyahu and Abbas have assigned outstanding negotiators. They
        have been engaging in serious conversations': 'they' are the people the
        sentence before named last by a plural noun (`triggers.json:
        people_nouns`), not the two leaders named before them."""
        sent = token.sent
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        nouns = word_set("triggers.json", "people_nouns") - word_set(
            "mentions.json", "pair_nouns"
        )
        last_person = max(
            (m.start for m in self.mentions_in(before.start, before.end)),
            default=-1,
        )
        return any(
            t.tag_ == "NNS"
            and t.lemma_.lower() in nouns
            and t.dep_ in ("dobj", "pobj")
            and t.i > last_person >= 0
            for t in before
        )

    def leads_country(self, who: Participant) -> bool:
        """`who` leads a country on the text's day."""
        return self.leads_country_on(who, self.on or self.published)

    def leads_country_on(
        self, who: Participant, on: date | None, *, titled: bool = True
    ) -> bool:
        """`who` held a head of state's or government's office on `on` (ever, when
        undated): the KB says so, or, for someone it does not know and when
        `titled`, the office written with the name ('President X'). The one test
        of 'is a leader' the readers share."""
        person = self.kb.person(who.person_id or "")
        if person is not None:
            return person.is_leader_on(on)
        return titled and leader_roles(who.office) is not None

    def surname_of(self, who: Participant) -> str:
        """The KB's surname of `who` ('Park' of Park Chung-hee, 'Moon' of Moon
        Jae-in), else the name's last word: how a table row or a caption names
        someone by surname alone."""
        person = self.kb.person(who.person_id) if who.person_id else None
        return (person.surname if person else None) or who.name.split()[-1]

    def antecedent(
        self, token: Token, exclude: tuple[str, ...] = ()
    ) -> Participant | None:
        """The person a pronoun refers to: the latest mention in this or the last
        sentence, other than the people in `exclude` (an object is not its subject)."""
        gender = PRONOUNS.get(token.lower_)
        candidates: list[PersonMention] = []
        other_gender = False  # someone named nearby, but not of the pronoun's gender
        sent = token.sent
        earliest = window_start(sent, 1)
        for mention in self.persons:
            if mention.start >= token.i:
                break
            if mention.start < earliest or mention.participant.name in exclude:
                continue
            if self._speaks_for_another(mention):
                continue
            person = self.kb.person(mention.participant.person_id or "")
            if (
                gender
                and person is not None
                and getattr(person, "gender", None) not in (None, gender)
            ):
                other_gender = True
                continue
            candidates.append(mention)
        if not candidates:  # 'Sunday she meets Abbas and Olmert. Monday she goes …'
            chained = self._subject_pronoun(earliest, token) if other_gender else None
            found = self._named_subject(chained) if chained is not None else None
            if found is None and other_gender and token.dep_ in SUBJECT_DEPS:
                found = self._named_subject(token, reach=2)  # past a woman named
            if found is not None or token.dep_ not in SUBJECT_DEPS:
                return found
            from summitwatch.nlp.diary import activity_owner  # (it reads this index)

            return activity_owner(self)  # 'Abe continues … In November, he met …'
        above = {a.i for a in token.ancestors}
        governing = [m for m in candidates if _subject_of(self.doc, m, above)]
        if governing:  # "Obama called Najib to inform him that he will not …"
            return governing[-1].participant
        if self._unnamed_title_above(token):
            return None
        kept = self._kept_topic(token, candidates)
        if kept is not None:  # 'He arrived … for talks with Norstad; he discussed'
            return self.antecedent(kept, exclude) or candidates[-1].participant
        if token.sent.start > candidates[-1].start:  # only earlier sentences: their
            subjects = [m for m in candidates if is_subject(self.doc, m)]  # subject
            chained = self._subject_pronoun(earliest, token)
            if chained is not None and (not subjects or subjects[-1].start < chained.i):
                return self.antecedent(chained, exclude) or candidates[-1].participant
            if subjects:
                return subjects[-1].participant
        return candidates[-1].participant

    def _unnamed_title_above(self, token: Token) -> bool:
        """'the President will use the April 8 State visit of Prime Minister
        Chretien; his travel in May to Mexico': a possessive after a clause whose
        subject is a bare title nobody in the text holds is that title's holder
        (rule 3: unnamed), not the last person named."""
        if token.dep_ != "poss":
            return False
        before = [t for t in token.sent if t.i < token.i and t.dep_ in SUBJECT_DEPS]
        if not before or before[-1].i in self.person_at:
            return False
        subject = before[-1]
        titles = load_patterns("speakers.json")["definite_titles"]
        words = [c.lower_ for c in subject.lefts if c.dep_ == "compound"]
        the = any(c.lower_ == "the" for c in subject.lefts)
        return the and " ".join([*words, subject.lower_]) in {t.lower() for t in titles}

    def _kept_topic(
        self, token: Token, candidates: list[PersonMention]
    ) -> Token | None:
        """An earlier subject pronoun of the same sentence that `token` (a subject
        pronoun too) continues, when the people named between them are no
        subjects: 'He arrived in London … for talks with General Norstad at 3 p.m.
        At 5 p.m., he discussed Berlin with Lloyd, and at 9 p.m. he met with
        Macmillan' (real 172, one sentence to the parser) is the traveller
        throughout, not the last man he met."""
        if token.dep_ not in SUBJECT_DEPS or token.tag_ != "PRP":
            return None
        gender = PRONOUNS.get(token.lower_)
        for i in range(token.i - 1, token.sent.start - 1, -1):
            other = self.doc[i]
            if (
                other.dep_ in SUBJECT_DEPS
                and other.tag_ == "PRP"
                and PRONOUNS.get(other.lower_) == gender
            ):
                later = [m for m in candidates if m.start > other.i]
                if not any(is_subject(self.doc, m) for m in later):
                    return other
                return None
        return None

    def _speaks_for_another(self, mention: PersonMention) -> bool:
        """'Spokeswoman Dana Perino said he will …': a spokesperson's 'he' is the
        principal (`mentions.json: spokesperson_titles`)."""
        titles = load_patterns("mentions.json")["spokesperson_titles"]
        start = max(mention.start - 3, self.doc[mention.start].sent.start)
        words = " ".join(t.lower_ for t in self.doc[start : mention.end])
        return any(title in words for title in titles)

    def _named_subject(self, pronoun: Token, reach: int = 1) -> Participant | None:
        """The person a subject pronoun continues: the latest named subject of its
        own or the last sentence, of its gender ('Rice goes first to Aswan. Sunday
        she has meetings with Abbas and Olmert. Monday she goes to Amman'); a name
        that is no subject there (an object, an agent) is not the topic. With
        `reach` 2, the sentence before that too: 'Abe held a summit meeting with H.E.
        Ms. Yingluck … She appeared … He also had an audience with the King' (real
        173, a sentence split inside the honorific)."""
        gender = PRONOUNS.get(pronoun.lower_)
        earliest = window_start(pronoun.sent, reach)
        found = None
        for mention in self.persons:
            if mention.start >= pronoun.i:
                break
            person = self.kb.person(mention.participant.person_id or "")
            if (
                mention.start >= earliest
                and is_subject(self.doc, mention)
                and getattr(person, "gender", None) in (None, gender)
            ):
                found = mention.participant
        return found

    def _subject_pronoun(self, start: int, token: Token) -> Token | None:
        """The latest pronoun like `token` that is a subject in the sentences before
        it: the topic a report keeps ('She said he will also hold meetings,
        including with President Lee. She said he is to leave for Japan'), which
        a name later in that sentence does not take over."""
        for i in range(token.sent.start - 1, start - 1, -1):
            other = self.doc[i]
            if (
                other.dep_ in SUBJECT_DEPS
                and other.tag_ == "PRP"
                and PRONOUNS.get(other.lower_) == PRONOUNS.get(token.lower_)
            ):
                return other
        return None


def _subject_of(doc: Doc, mention: PersonMention, verbs: set[int]) -> bool:
    """The mention is the subject of one of `verbs` (the clauses above a pronoun)."""
    token = doc[mention.start : mention.end].root
    while token.dep_ in ("appos", "compound") and token.head is not token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and token.head.i in verbs


def is_subject(doc: Doc, mention: PersonMention) -> bool:
    """The mention is (in apposition to) the subject of its clause."""
    token = doc[mention.start : mention.end].root
    for _ in range(2):
        if token.dep_ in ("nsubj", "nsubjpass"):
            return True
        if token.dep_ not in ("appos", "compound") or token.head is token:
            return False
        token = token.head
    return False
