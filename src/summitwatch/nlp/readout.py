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

from summitwatch.models import Participant
from summitwatch.nlp.addressed import document_heads
from summitwatch.nlp.cue_tokens import with_lower
from summitwatch.nlp.definite_titles import holder, title_at, titles
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import doc_text
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.mentions import PersonMention
from summitwatch.nlp.speakers import holds_title

ELECT_DAYS = 120  # an election to the office's start: US presidents, 11 weeks

_THE = frozenset({"the"})


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
    own = titles((), ("President", *pats["readout_titles"])) if index.home else []
    bare = titles(
        tuple(pats["definite_titles"]), tuple(pats["definite_titles_capitalised"])
    )
    added: list[PersonMention] = []
    unnamed: set[str] = set()
    text = doc_text(index.doc)
    doc = index.doc
    heads = _head_tokens(index)
    for the in with_lower(doc[:-1], _THE):  # a title starts after 'the' (`title_at`)
        token = doc[the.i + 1]
        if token.text.isupper() or token.i in index.person_at or token.i in heads:
            continue
        found = title_at(token, own, text)
        if found is not None:
            who = _readout_holder(index, *found, token.i)
        elif (found := title_at(token, bare, text)) is not None:
            who = holder(index, found[0], token.i, unnamed)
        if found is not None and who is not None:
            added.append(PersonMention(who, token.i, found[1]))
    for mention in added:
        insort(index.persons, mention, key=lambda m: m.start)
        for i in range(mention.start, mention.end):
            index.person_at[i] = mention


def _head_tokens(index: DocIndex) -> set[int]:
    """The tokens of the document heads ('Memorandum From Thornton to the
    President's Special Emissary (Clifford)', `addressed.document_heads`). A title
    there names an office of the sender's or addressee's, not a person the text
    leaves unnamed (rule 3): read as a bare title before any holder is named, it
    would leave every 'the President' of the body unresolved (real 722, 433)."""
    return {
        i
        for start, end, _, _ in document_heads(index.doc, index.persons)
        for i in range(start, end)
    }


def _a_president(index: DocIndex, who: Participant) -> bool:
    person = index.kb.person(who.person_id) if who.person_id else None
    if person is None:
        return (who.office or "").startswith("President")
    held = person.office_on(index.on or index.published)
    return held is not None and held.title.startswith("President")


def _readout_holder(
    index: DocIndex, title: str, end: int, start: int
) -> Participant | None:
    """Whom a readout's title is: its own president, a leader-elect, or the holder
    of the title (Downing Street's 'the Prime Minister' is its own, named
    anywhere)."""
    if title.endswith("-elect"):
        return _elect(index, title.removesuffix("-elect"), start)
    if title == "President":
        who = index.resolver.country_leader(index.home, index.on or index.published)
        if who is None or _a_president(index, who):
            return who
        # 'the President' of a country a queen leads (a note naming Downing Street)
        return holder(index, title, start, set())
    who = _named_with(index, title, len(index.doc), index.home)
    return who or _named_with(index, title, start)


def addressee_titles(index: DocIndex) -> None:
    """A bare title ('the President', 'the Prime Minister') said in the turn of its
    holder is the other holder he speaks to: 'I am especially excited that the
    President extended an invitation for me to visit Moscow' (Obama on Medvedev, a
    joint transcript; real 122). `readout_titles` reads the title before the turns
    are known (the turns need its mentions) and gives it to the home leader or the
    latest holder named, who may be the speaker; a speaker does not call himself
    by his title, so once the turns are read, such a mention goes to the turn's
    addressee when the addressee holds that title too (session 11, helper
    split12)."""
    if not index.turns:
        return
    doc = index.doc
    on = index.on or index.published
    for k, mention in enumerate(index.persons):
        if mention.start == 0 or doc[mention.start - 1].lower_ != "the":
            continue
        title = doc[mention.start : mention.end]
        if not all(t.text[:1].isupper() and t.ent_type_ != "PERSON" for t in title):
            continue  # a bare capitalised title, not 'the Kims', not a name
        turn = index.turns.at(mention.start)
        if turn is None or turn.speaker is None or turn.addressee is None:
            continue
        if turn.speaker.name != mention.participant.name:
            continue
        if turn.addressee.name == turn.speaker.name:
            continue
        if not holds_title(index.kb, turn.addressee, title.text, on):
            continue
        other = PersonMention(turn.addressee, mention.start, mention.end)
        index.persons[k] = other
        for i in range(other.start, other.end):
            index.person_at[i] = other
