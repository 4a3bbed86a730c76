"""'The first … to visit X was Y in 1913': the firsts a list page's lede names
(issue #10, class 6).

Pages that list visits ("List of diplomatic visits to the United States from
Europe", "State visits to the United States") open with the first visitors: "The
first international visit to the United States was made by King Kalakaua of Hawaii
in 1874", "The first European head of state to visit the United States was Prince
Albert I of Monaco in 1913". The visitor is no subject of a travel verb: he is the
complement of "was" (or the agent of "was made"), and the verb or noun "visit" sits
in the subject. Read over the parse: the subject carries "first", the visit's
object (or "to" phrase) is the place, the complement or agent is the person.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma, with_lower
from summitwatch.nlp.dates import YEAR, parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import window_start
from summitwatch.nlp.lexicon import load_patterns, word_set
from summitwatch.nlp.mentions import PlaceMention
from summitwatch.nlp.table_context import named
from summitwatch.nlp.venue import is_title

_VISIT = frozenset({"visit"})


def _records() -> frozenset[str]:
    return word_set("firsts.json", "record_words")


def first_visits(index: DocIndex, sent: Span, make_event) -> list[Event]:
    """The visits 'the first … to visit X was Y' sentences report, `make_event`
    being the sentence reader's builder."""
    if not with_lower(sent, _records()):
        return []
    out: list[Event] = []
    for visit in with_lemma(sent, _VISIT):
        if visit.lemma_.lower() != "visit":
            continue
        subject, place = _subject_and_place(index, visit)
        if subject is None or place is None:
            continue
        if not any(_records() & {c.lower_, *_modifiers(c)} for c in subject.children):
            continue
        clause = subject.head  # 'was' or 'made'
        person = _complement(clause)
        if person is None or not _past(clause):
            continue
        when = _year(index, clause)
        who = _person(index, person, when)
        if who is None or who.country == place.place.country:
            continue
        event = make_event("visit", visit, [who], place, when)
        out.append(replace(event, status="occurred"))  # a first is history
    return out


def _subject_and_place(
    index: DocIndex, visit: Token
) -> tuple[Token | None, PlaceMention | None]:
    """'the first head of state to visit the United States': (head, United
    States); 'The first visit to the United States was made': (visit, United
    States)."""
    if visit.pos_ == "VERB" and visit.dep_ in ("relcl", "acl"):
        target = next((c for c in visit.children if c.dep_ == "dobj"), None)
        subject = visit.head
    elif visit.pos_ == "NOUN":
        to = next((c for c in visit.children if c.lower_ == "to"), None)
        objects = [c for c in to.children if c.dep_ == "pobj"] if to else []
        target = next(iter(objects), None)
        subject = visit
        if to is None and subject.dep_ in ("nsubj", "nsubjpass"):
            return subject, _context_country(index, visit)  # 'the last visit was …'
    else:
        return None, None
    if subject.dep_ not in ("nsubj", "nsubjpass") or target is None:
        return None, None
    place = index.place_at.get(target.i)
    if place is None or place.place.kind != "country":
        return None, None
    return subject, place


def _modifiers(token: Token) -> set[str]:
    """'most recent': the words below a modifier."""
    return {c.lower_ for c in token.children}


def _context_country(index: DocIndex, visit: Token) -> PlaceMention | None:
    """'The most recent visit of a Japanese Prime Minister was …' after '… the first
    Japanese Prime Minister to visit New Zealand': the country the text last named,
    in this sentence or the two before."""
    start = window_start(visit.sent, 2)
    for i in range(visit.i - 1, start - 1, -1):
        mention = index.place_at.get(i)
        if mention is not None and mention.place.kind == "country":
            return None if is_title(index, mention) else mention
    return None


def _past(clause: Token) -> bool:
    """'was', 'was made': told as history."""
    return clause.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children
    )


def _complement(clause: Token) -> Token | None:
    """'was Prince Albert I' (attr) or 'was made by King Kalakaua' (agent)."""
    for child in clause.children:
        if child.dep_ == "attr":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _year(index: DocIndex, clause: Token) -> str | None:
    """'… in 1913' on the clause (or on the person it names)."""
    for token in clause.subtree:
        found = index.date_at.get(token.i)
        if found and found[1]:
            return found[1]
    for token in clause.subtree:  # '1913.[2]': a citation mark glued to the year
        year = YEAR.match(token.text)
        if year and token.head.lower_ == "in":
            return year.group(1)
    return None


def _person(index: DocIndex, head: Token, when: str | None) -> Participant | None:
    """The person the complement names: the NER's, else 'King Kalakaua of Hawaii'
    read as a title, a name and the country after 'of' (a state of another era is
    no country: no hint then)."""
    for mention in index.persons:
        if mention.start <= head.i < mention.end:
            return mention.participant
    words = [t for t in head.doc[head.left_edge.i : head.i + 1] if not t.is_punct]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    titles = {t.lower() for t in load_patterns("tables.json")["visitor_titles"]}
    title = words[0].text if words[0].lower_ in titles and len(words) > 1 else None
    name = " ".join(t.text for t in (words[1:] if title else words))
    of = next((c for c in head.children if c.lower_ == "of"), None)
    land = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    place = index.place_at.get(land.i) if land is not None else None
    country = place.place.country if place and place.place.kind == "country" else None
    return named(index, name, title, country, parse_iso(when))
