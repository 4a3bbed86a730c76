"""The people a token stands for: those named in its subtree, or the one a pronoun,
'the two leaders', a relation ('my grandfather'), a bare title ('The President')
or a description ('the Chinese president') refers to. Shared by every role reader."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from summitwatch.models import Participant
from summitwatch.nlp.clause_subjects import who_clause
from summitwatch.nlp.described import described_people
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.entities import ent_around
from summitwatch.nlp.groups import leaders_of
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.mentions import PRONOUNS, description_country
from summitwatch.nlp.speakers import (
    FIRST_PERSON,
    FIRST_PLURAL,
    SECOND_PERSON,
    we_without_you,
)
from summitwatch.nlp.time_clause import time_clause


def _conjuncts(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def persons_under(
    index: DocIndex,
    token: Token,
    *,
    skip: Token | None = None,
    exclude: tuple[str, ...] = (),
) -> list[Participant]:
    """People named in `token`'s subtree, plus a pronoun or description at its head."""
    out: list[Participant] = []
    for head in _conjuncts(token):
        out.extend(_reference(index, head, exclude))
    for t in _subtree_without_possessors(token):
        if skip is not None and t.i == skip.i:
            continue
        mention = index.person_at.get(t.i)
        if mention and mention.participant not in out:
            out.append(mention.participant)
    return unique_people(out)


def _subtree_without_possessors(token: Token) -> list[Token]:
    """'Kim's envoy Choe': Choe is the argument, Kim only qualifies him. 'Erdogan,
    who met with Rouhani and Khamenei, …': the relative clause is a clause of its
    own, and its people are not Erdogan (held-out3 012)."""
    out = [token]
    for child in token.children:
        if child.dep_ == "poss" and child.i not in range(*_ent_bounds(token)):
            continue
        if child.dep_ == "relcl" and (
            token.ent_type_ == "PERSON" or _name_with_who_clause(token)
        ):
            continue  # also a name the NER left untagged ('Samak, who met …')
        if child.dep_ == "compound" and _institution(token):
            continue  # 'the Marcos administration': no one of the event
        out.extend(_subtree_without_possessors(child))
    return out


def _name_with_who_clause(token: Token) -> bool:
    """A one-word proper name with a relative 'who' clause on it."""
    return token.pos_ == "PROPN" and any(who_clause(c) for c in token.children)


def _institution(token: Token) -> bool:
    """'administration', 'government' …: a leader's name before it only dates it."""
    return token.lemma_.lower() in word_set("mentions.json", "institution_nouns")


def _ent_bounds(token: Token) -> tuple[int, int]:
    ent = ent_around(token)
    return (ent.start, ent.end) if ent is not None else (token.i, token.i + 1)


def _reference(
    index: DocIndex, head: Token, exclude: tuple[str, ...] = ()
) -> list[Participant]:
    if head.i in index.person_at:
        return []
    if _the_two(head):
        return index.last_two(head)
    if head.lower_ in _PERSONAL and head.tag_ in ("PRP", "PRP$"):
        if index.turns and we_without_you(head):  # 'we met with <someone else>'
            return index.turns.resolve("i", head.i)
        return index.turns.resolve(head.lower_, head.i) if index.turns else []
    if head.lower_ in PRONOUNS and head.tag_ in ("PRP", "PRP$"):
        who = _cataphor(index, head) or index.antecedent(head, exclude)
        return [who] if who else []
    relations = lexicon().triggers["relation_words"]
    if head.lemma_.lower() in relations:
        named = _named_before(index, head)
        if named is not None:  # 'My grandfather, X, …' then 'my grandfather'
            return [named]
        anchors = [c for c in head.children if c.dep_ == "poss"]
        for anchor in anchors:
            base = _reference(index, anchor) or [
                m.participant
                for i in range(anchor.i, anchor.i + 1)
                if (m := index.person_at.get(i))
            ]
            if base:
                who = index.resolver.relative(base[0], relations[head.lemma_.lower()])
                return [who] if who else []
    if partner := _titled_partner(index, head):
        return partner
    if _bare_title(head) and index.home:  # White House readouts: "The President"
        who = index.resolver.country_leader(index.home, index.on)
        return [who] if who else []
    if group := leaders_of(index, head):  # 'the leaders of A and B'
        return group
    if head.pos_ == "NOUN":  # 'the Iranian president', 'his counterparts from A'
        owner = [
            p for c in head.children if c.dep_ == "poss" for p in _reference(index, c)
        ]
        if (described := described_people(index, head, owner)) is not None:
            return described
    described = head.pos_ == "NOUN" or _capitalised_office(head)
    code = description_country(head, index.kb) if described else None
    if code:
        who = index.resolver.described_leader(code, index.on)
        return [who] if who else []
    return []


def _capitalised_office(head: Token) -> bool:
    """'the Venezuelan President', 'The Japanese Prime Minister': official texts
    capitalise the office, and the parser then tags it a proper noun, not the noun
    'the Venezuelan president' is; with 'the' and a nationality before it, and no
    name, it is the same description (Public Papers, real 793; White House and
    State Department texts write 'the Mexican President', 'the Indian Prime
    Minister'). `description_country` still asks for an office word at its end."""
    return (
        head.pos_ == "PROPN"
        and not head.ent_type_
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and any(
            c.dep_ == "amod" and c.ent_type_ in ("NORP", "GPE") for c in head.children
        )
    )


def _titled_partner(index: DocIndex, head: Token) -> list[Participant]:
    """'Secretary of State Dulles and Director for Mutual Security Stassen embarked
    … the Secretary and the Mutual Security Administrator visited Egypt' (real
    170): a second bare title coordinated with one that resolved to someone the
    last two sentences named in a pair ('A and B') is the other of that pair,
    whatever the title is called the second time."""
    if head.dep_ != "conj" or not head.text[:1].isupper() or head.pos_ != "PROPN":
        return []
    if not any(c.lower_ == "the" for c in head.children):
        return []
    first = index.person_at.get(head.head.i)
    if first is None or head.i in index.place_at:
        return []
    start = window_start(head.sent, 2)
    pairs = []
    for mention in index.mentions_in(start, head.sent.start):
        if mention.participant != first.participant:
            continue
        root = index.doc[mention.start : mention.end].root
        others = {  # 'and Director for Mutual Security Harold E. Stassen'
            m.participant.name: m.participant
            for t in root.conjuncts
            for x in t.subtree
            if (m := index.person_at.get(x.i)) is not None
            and m.participant != first.participant
        }
        if len(others) == 1:
            pairs.extend(others.values())
    return pairs[-1:]


def _named_before(index: DocIndex, head: Token) -> Participant | None:
    """A relation the text named once in apposition ('My grandfather, Nobusuke
    Kishi, made efforts …') is that person when it comes back ('a meal with my
    grandfather')."""
    poss = [c.lower_ for c in head.children if c.dep_ == "poss"]
    for mention in reversed(index.persons):
        root = index.doc[mention.start : mention.end].root
        noun = root.head
        if mention.start >= head.i or root.dep_ != "appos" or noun.i == head.i:
            continue
        same_poss = [c.lower_ for c in noun.children if c.dep_ == "poss"] == poss
        if noun.lemma_.lower() == head.lemma_.lower() and same_poss:
            return mention.participant
    return None


def _cataphor(index: DocIndex, pronoun: Token) -> Participant | None:
    """'Following his meeting with Mugabe, the South African president said …':
    a possessive in a phrase fronted before the subject refers ahead to it, and so
    does the subject of a fronted time clause ('When he meets Kishida, Biden will
    …')."""
    fronted_subject = (
        pronoun.dep_ == "nsubj"
        and pronoun.head.dep_ == "advcl"
        and pronoun.head.head.i == pronoun.sent.root.i
        and time_clause(pronoun.head)
    )
    if pronoun.tag_ != "PRP$" and not fronted_subject:
        return None
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or pronoun.i >= subject.left_edge.i:
        return None
    if not any(a.i == root.i for a in pronoun.ancestors):
        return None
    people = persons_under(index, subject)
    return people[0] if len(people) == 1 else None


def _bare_title(head: Token) -> bool:
    """'The President' with a capital and nothing else: the writing office's own."""
    return (
        head.lower_ == "president"
        and head.text[0].isupper()
        and not head.ent_type_  # not part of a name
        and [c.lower_ for c in head.children] == ["the"]
    )


_PERSONAL = FIRST_PERSON | SECOND_PERSON | FIRST_PLURAL


def _the_two(head: Token) -> bool:
    """'the two leaders', 'both men', and 'they' (checked against the text later)."""
    if head.lower_ in ("they", "them") and head.tag_ == "PRP":
        return True
    if any(c.dep_ == "appos" for c in head.children):
        return False  # 'two previous American presidents, Nixon and Ford': named
    if head.lower_ == "their" and head.dep_ == "poss":  # 'their first summit was …'
        return _their_summit_was(head.head) or _their_meeting_there(head.head)
    if _the_two_alone(head):
        return True
    return head.lemma_.lower() in word_set("mentions.json", "pair_nouns") and any(
        c.lower_ in ("two", "both") for c in head.children
    )


def _the_two_alone(head: Token) -> bool:
    """'the two are expected to meet again in Hanoi', 'where the two attend a G20
    summit': the numeral with 'the' and nothing else, a subject, is the pair just
    named (own 004, real 083, 402)."""
    return (
        head.lower_ == "two"
        and head.dep_ in ("nsubj", "nsubjpass")
        and [c.lower_ for c in head.children] == ["the"]
    )


def _their_summit_was(noun: Token) -> bool:
    """'their first summit was in Bonn', 'their last meeting had been held in
    Paris': a summit or meeting the pair's own, as the subject of its clause —
    not 'their talks' or 'their negotiations', what two sides do."""
    return noun.lemma_.lower() in word_set(
        "mentions.json", "own_meeting_nouns"
    ) and noun.dep_ in (
        "nsubj",
        "nsubjpass",
    )


@cache
def _earlier_words() -> frozenset[str]:
    """'their first meeting', 'their previous summit': an earlier one."""
    return word_set("status_cues.json", "precedent_modifiers") | {"first"}


def _their_meeting_there(noun: Token) -> bool:
    """'recalled their meeting in Potsdam', 'following their first meeting in
    Vladivostok': a summit or meeting the pair's own, marked by its place or as an
    earlier one — again not 'their talks', what two delegations hold."""
    if noun.lemma_.lower() not in word_set("mentions.json", "own_meeting_nouns"):
        return False
    earlier = _earlier_words()
    return any(
        (c.dep_ == "amod" and c.lower_ in earlier)
        or (c.dep_ == "prep" and c.lower_ in ("in", "at"))
        for c in noun.children
    )


def unique_people(people: list[Participant]) -> list[Participant]:
    seen: set[str] = set()
    out = []
    for p in people:
        if p.name not in seen:
            seen.add(p.name)
            out.append(p)
    return out
