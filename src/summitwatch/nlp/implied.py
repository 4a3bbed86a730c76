"""Meetings a readout implies without saying "met" (issue #10, class 2).

- Thanks for someone's presence at a gathering: "Prime Minister Abe expressed his
  gratitude to Prime Minister Phuc for his presence on the occasion of the G7
  Ise-Shima Summit Meeting" — both were there, so they met, at the summit's venue
  (the text's place, else the calendar's host country).
- Time spent together, said by one of the two: "Yesterday we had the opportunity to
  spend several hours together", "when we were in South Africa during the BRICS
  summit" — "we" being the speaker and the one addressed (a Kremlin transcript).
- A first meeting since a date: "celebrated their first reunion since last
  September", "at their first summit meeting since November last year" — the two
  met then. Where is left to a trip of the same month ("his visit to Japan last
  September"), which the article-level tidying folds into it (SCHEMA.md rule 1).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from summitwatch.kb.summits import Summit
from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.clause_subjects import governing_verb, subjects
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.implicit_agent import implicit_agent
from summitwatch.nlp.inviters import held_before, named_summit
from summitwatch.nlp.lexicon import word_set, word_union
from summitwatch.nlp.mentions import PlaceMention, location_of
from summitwatch.nlp.references import persons_under
from summitwatch.nlp.speakers import FIRST_PLURAL
from summitwatch.nlp.told import told_event
from summitwatch.nlp.venue import places_for

_OCCASION_PREPS = ("on", "at", "in", "during", "to", "for")


def _cues() -> frozenset[str]:
    """Every lemma `implied_meetings` reads on."""
    return word_union(
        "readouts.json", "presence_nouns", "reunion_nouns", "together_verbs"
    )


def implied_meetings(index: DocIndex, sent: Span, undated: list[Event]) -> list[Event]:
    """The meetings this sentence implies. A meeting at a summit already held when
    the text was published goes to `undated`: the text does not say when."""
    presence, reunion = (
        word_set("readouts.json", "presence_nouns"),
        word_set("readouts.json", "reunion_nouns"),
    )
    out: list[Event] = []
    for token in with_lemma(sent, _cues()):
        lemma = token.lemma_.lower()
        if lemma in presence and token.pos_ == "NOUN":
            found = _presence(index, token)
            if found is not None:
                event, summit = found
                out.append(event)
                if summit is not None and held_before(summit, index.published):
                    undated.append(event)
        elif lemma in reunion and token.pos_ in ("NOUN", "PROPN"):
            event = _reunion(index, token)
            if event is not None:
                out.append(event)
        elif token.pos_ in ("VERB", "AUX") and lemma in word_set(
            "readouts.json", "together_verbs"
        ):
            event = _together(index, token)
            if event is not None:
                out.append(event)
    return out


def _together(index: DocIndex, verb: Token) -> Event | None:
    """'we spent several hours together', 'when we were in South Africa': in a
    speaker's turn, 'we' are the speaker and the one addressed, and they met."""
    place = None
    if verb.lemma_.lower() == "spend":
        if not any(c.lower_ == "together" for c in verb.children):
            return None
    else:
        places = [
            index.place_at[g.i]
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in ("in", "at")
            for g in c.children
            if g.i in index.place_at
        ]
        if not places:
            return None
        place = places[0]
    subject = _clause_subject(verb)
    if subject is None or subject.lower_ != "we" or not index.turns:
        return None
    if not _told_as_past(verb):
        return None
    people = index.turns.resolve("we", subject.i)
    if len(people) != 2:
        return None
    location = _location(place) if place is not None else Location()
    return _meeting(people, location, _sentence_date(index, verb), verb.sent)


def _clause_subject(verb: Token) -> Token | None:
    """The subject of the verb, or of the clause an infinitive hangs in ('we had
    the opportunity to spend …')."""
    token = verb
    for _ in range(4):
        found = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found[0]
        if token.head is token:
            return None
        token = token.head
    return None


def _told_as_past(verb: Token) -> bool:
    """A past tense on the verb or on the finite verb above it."""
    token = verb
    for _ in range(4):
        if token.tag_ == "VBD":
            return True
        if token.head is token or token.tag_ in ("VBZ", "VBP", "MD"):
            return False
        token = token.head
    return False


def _sentence_date(index: DocIndex, verb: Token) -> str | None:
    """A date in the verb's own clause ('Yesterday we had …')."""
    top = verb
    while top.dep_ not in ("ROOT", "advcl") and top.head is not top:
        top = top.head
    for token in top.subtree:
        found = index.date_at.get(token.i)
        if found is not None and found[1]:
            return found[1]
    return None


def _presence(index: DocIndex, noun: Token) -> tuple[Event, Summit | None] | None:
    """'thanked Phuc for his presence at the G7 Summit': a meeting of the two at it."""
    pair = thanker_and_thanked(index, noun)
    if pair is None:
        return None
    summit = _occasion_summit(index, noun)
    places = places_for(index, noun, fallback=False)
    place = places[0] if places else None
    if place is None and summit is None:
        return None  # 'thank you for your presence here today': the day's meeting
    location = (
        _location(place) if place is not None else Location(country=summit.country)
    )
    return _meeting(pair, location, None, noun.sent), summit


def thanker_and_thanked(index: DocIndex, noun: Token) -> list[Participant] | None:
    """[thanker, thanked] when `noun` is what someone is thanked for."""
    if noun.head.lower_ != "for":
        return None
    anchor = noun.head.head
    thanking = word_set("readouts.json", "thanking_lemmas")
    if anchor.pos_ == "VERB" and anchor.lemma_.lower() not in thanking:
        anchor = next(
            (c for c in anchor.children if c.lemma_.lower() in thanking), anchor
        )  # 'expressed his gratitude to X for …': 'for' hangs on the verb
    if anchor.lemma_.lower() not in thanking:
        return None
    thanked = [
        p
        for c in anchor.children
        if c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ == "to")
        for p in (
            persons_under(index, c)
            if c.dep_ != "prep"
            else [q for g in c.children for q in persons_under(index, g)]
        )
    ]
    verb = governing_verb(anchor)
    thanker = [p for s in subjects(verb) for p in persons_under(index, s)]
    thanker = thanker or implicit_agent(index, verb)
    if len(thanked) != 1 or len(thanker) != 1 or thanked[0] == thanker[0]:
        return None
    return [thanker[0], thanked[0]]


def _occasion_summit(index: DocIndex, noun: Token) -> Summit | None:
    """The summit named in 'on the occasion of …', 'at …', 'in …' after the noun."""
    return named_summit(index, noun, preps=_OCCASION_PREPS, clauses=()) or named_summit(
        index, noun
    )


def _reunion(index: DocIndex, noun: Token) -> Event | None:
    """'their first reunion since last September': the two met last September."""
    if not any(c.lower_ == "first" for c in noun.children):
        return None
    when = _since_date(index, noun)
    if when is None:
        return None
    people = _owners(index, noun)
    if len(people) != 2:
        return None
    return _meeting(people, Location(), when, noun.sent)


def _since_date(index: DocIndex, noun: Token) -> str | None:
    """The date of a 'since' phrase on the noun, or on the verb it is the object of."""
    heads = [noun] + ([noun.head] if noun.dep_ in ("dobj", "pobj") else [])
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ != "since":
                continue
            for ent in noun.doc.ents:
                if ent.label_ != "DATE" or ent.start <= child.i:
                    continue
                if ent.start > child.right_edge.i or ent.end - 1 < child.right_edge.i:
                    break  # 'since the end of the 1994 agreement': not the date
                found = index.date_at.get(ent.start)
                return found[1] if found is not None and found[1] else None
    return None


def _owners(index: DocIndex, noun: Token) -> list[Participant]:
    """'their' (the two people named last), 'our' (a speaker and the addressee)."""
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ == "their":
            return index.last_two(child)
        if child.lower_ in FIRST_PLURAL and index.turns:
            return index.turns.resolve(child.lower_, child.i)
    return []


def _meeting(
    people: list[Participant], location: Location, when: str | None, sent: Span
) -> Event:
    return told_event("meeting", people, location, when, sent)


def _location(place: PlaceMention) -> Location:
    return location_of(place.place, region=False)
