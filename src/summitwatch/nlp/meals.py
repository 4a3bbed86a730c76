"""A meal given for a guest and 'attended by' a list: one meeting of the host, the
guest and the people listed (SCHEMA.md rule 2: people present at one gathering;
issue #10).

"At 1:46 p.m. the President gave a luncheon in the Prime Minister's honor which was
attended by Secretary Dulles, Foreign Secretary Lloyd, Governor Woodall, and others",
"The President hosted a dinner which began at 8:25 and was attended by Secretary
Dulles, Prime Minister Macmillan, and Foreign Secretary Lloyd" (FRUS editorial note on
Bermuda, 1957); "The dinner was also attended by External Affairs Minister S
Jaishankar, … US Secretary of State Antony Blinken" (2023 state dinner reports). The
host and guests of a small table met together; a banquet for hundreds is no meeting
of everyone named at it, so a list longer than `_TABLE` people is left alone, as is
one without two countries and a leader.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.joint_acts import named_from
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under, unique_people
from summitwatch.nlp.venue import places_for

_TABLE = 8  # people at one table, at most


def attended_meals(
    index: DocIndex, sent: Span, make_event: Callable[..., Event]
) -> list[Event]:
    """One meeting per meal of the sentence that was 'attended by' named people."""
    out: list[Event] = []
    for meal in with_lemma(sent, word_set("meals.json", "meal_nouns")):
        if meal.pos_ != "NOUN" or meal.lemma_.lower() not in word_set(
            "meals.json", "meal_nouns"
        ):
            continue
        scope = _scope(meal)
        attend = _attending(meal, scope)
        if attend is None:
            continue
        agent = next(c for c in attend.children if c.dep_ == "agent")
        people = unique_people(
            [*_host(index, meal), *_honoured(index, scope), *named_from(index, agent)]
        )
        when = date_for(index, meal, people)
        if not _a_table(index, people, parse_iso(when) if when else None):
            continue
        place = next(iter(places_for(index, meal, fallback=False)), None)
        out.append(make_event("meeting", meal, people, place, when))
    return out


def _scope(meal: Token) -> list[Token]:
    """The meal's words, or the giving clause's when the meal is its object: the
    parser hangs 'in X's honor which was attended by …' on 'gave'."""
    if meal.dep_ == "dobj" and meal.head.lemma_.lower() in word_set(
        "meals.json", "giving_lemmas"
    ):
        return list(meal.head.subtree)
    return list(meal.subtree)


def _attending(meal: Token, scope: list[Token]) -> Token | None:
    """'a luncheon … which was attended by', 'The dinner was attended by'."""
    if meal.dep_ == "nsubjpass" and meal.head.lemma_ == "attend":
        heads = [meal.head]
    else:
        heads = [t for t in scope if t.lemma_ == "attend"]
    return next((t for t in heads if any(c.dep_ == "agent" for c in t.children)), None)


def _host(index: DocIndex, meal: Token) -> list[Participant]:
    """The subject of the verb that gives the meal ('the President gave a luncheon')."""
    verb = meal.head
    if meal.dep_ != "dobj" or verb.lemma_.lower() not in word_set(
        "meals.json", "giving_lemmas"
    ):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return [p for s in subjects for p in persons_under(index, s)]


def _honoured(index: DocIndex, scope: list[Token]) -> list[Participant]:
    """'in the Prime Minister's honor', 'in honor of Dulles'."""
    out: list[Participant] = []
    for honor in (t for t in scope if t.lemma_.lower() in ("honor", "honour")):
        for child in honor.children:
            if child.dep_ == "poss":
                out += persons_under(index, child)
            if child.dep_ == "prep" and child.lower_ == "of":
                out += [p for o in child.children for p in persons_under(index, o)]
    return out


def _a_table(index: DocIndex, people: list[Participant], on) -> bool:
    if not 2 <= len(people) <= _TABLE:
        return False
    if len({p.country for p in people if p.country}) < 2:
        return False
    return any(index.leads_country_on(p, on) for p in people)
