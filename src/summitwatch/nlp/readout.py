"""Bare titles in a government's readout (issue #10, class 5): 'The President met
with Prime Minister Mulroney', '… looked forward to receiving the Prime Minister in
Washington'.

A press office writes 'the President' for its own head of state or government and,
once a guest is named, 'the Prime Minister' for the guest. These become person
mentions, so pronouns, subjects and objects resolve through them like through any
name. Strict on purpose: only in a text whose header names the writing office
(`speakers.home_country`), and only for people the text names (rule 3).
"""

from __future__ import annotations

from bisect import insort

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.definite_titles import holder, title_at
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PersonMention
from summitwatch.nlp.speakers import holds_title


def _title_at(token: Token, titles: list[str]) -> tuple[str, int] | None:
    """The title starting at `token` after 'the' ('the Prime Minister'), and its
    end, when nothing follows that would make it a name or another country's office
    ('the President of Guatemala', 'the Prime Minister Narendra Modi')."""
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lower_ != "the" or token.ent_type_:
        return None
    for title in titles:
        words = title.split()
        end = token.i + len(words)
        if end > len(doc) or [t.text for t in doc[token.i : end]] != words:
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
            return None
        if nxt is not None and nxt.text in ("-", "–") and end + 1 < len(doc):
            if doc[end + 1].lower_ != "elect":
                return None
            return f"{title}-elect", end + 2  # 'the President-elect'
        return title, end
    return None


ELECT_DAYS = 120  # an election to the office's start: US presidents, 11 weeks


def _elect(index: DocIndex, title: str, before: int) -> Participant | None:
    """'the President-elect': the latest person named who takes up a leading office
    of the writing government's country within a few months."""
    on = index.on or index.published
    if on is None:
        return None
    for mention in reversed(index.persons):
        who = mention.participant
        person = index.kb.person(who.person_id) if who.person_id else None
        if mention.start >= before or person is None:
            continue
        for office in person.offices:
            if (
                office.start is not None
                and 0 < (office.start - on).days <= ELECT_DAYS
                and title.lower() in office.title.lower()
            ):
                return who
    return None


def _named_with(
    index: DocIndex, title: str, before: int, country: str | None = None
) -> Participant | None:
    """The latest person named before token `before` who holds `title` (of
    `country`, when given)."""
    on = index.on or index.published
    for mention in reversed(index.persons):
        if mention.start >= before:
            continue
        who = mention.participant
        if country is not None and who.country != country:
            continue
        if holds_title(index.kb, who, title, on):
            return who
    return None


def readout_titles(index: DocIndex) -> None:
    """Add 'the President' / 'the Prime Minister' of a readout, and elsewhere a bare
    title of someone named before ('The Secretary', 'the Colonel'), as person
    mentions."""
    pats = load_patterns("speakers.json")
    titles = ["President", *pats["readout_titles"]] if index.home else []
    added: list[PersonMention] = []
    unnamed: set[str] = set()
    text = index.doc.text
    for token in index.doc:
        if token.text.isupper() or token.i in index.person_at:
            continue
        found = _title_at(token, titles) if token.text[:1].isupper() else None
        if found is not None:
            who = _readout_holder(index, *found, token.i)
        elif (found := title_at(token, pats, text)) is not None:
            who = holder(index, found[0], token.i, unnamed)
        if found is not None and who is not None:
            added.append(PersonMention(who, token.i, found[1]))
    for mention in added:
        insort(index.persons, mention, key=lambda m: m.start)
        for i in range(mention.start, mention.end):
            index.person_at[i] = mention


def _readout_holder(
    index: DocIndex, title: str, end: int, start: int
) -> Participant | None:
    """Whom a readout's title is: its own president, a leader-elect, or the holder
    of the title (Downing Street's 'the Prime Minister' is its own, named
    anywhere)."""
    if title.endswith("-elect"):
        return _elect(index, title.removesuffix("-elect"), start)
    if title == "President":
        return index.resolver.country_leader(index.home, index.on or index.published)
    who = _named_with(index, title, len(index.doc), index.home)
    return who or _named_with(index, title, start)
