"""Leaders who met as a body the text does not name, and the ones it then names at
work there: one meeting of those named (SCHEMA.md rules 2, 3 and 16; issue #10).

"Leaders of thirty-four countries in the Americas met this week in Monterrey, Mexico.
… Mexican President Vicente Fox led the special Summit of the Americas. … President
Bush wanted the leaders to set a time limit … Brazilian President Lula said the main
goal should be to help the poor" (VOA Special English); "Presidents of the five
Central American nations agreed Friday on principles … President Vinicio Cerezo of
Guatemala closed the two-day meeting …" (Los Angeles Times, 1987); "The presidents of
five Central American countries Friday signed a regional peace agreement … said
Guatemalan President Vinicio Cerezo in closing the summit" (Washington Post, 1987).
The body's sentence names nobody (rule 3); the leaders the following sentences show
at the gathering — leading, closing or praising it, speaking, pressing 'the leaders'
— were there, and together they are the meeting. One named leader is no meeting.

Someone is at work at the gathering when he is the subject of an active past-tense
clause that names the gathering, the body or its talks ('led the summit', 'wanted
the leaders to …', 'During the talks, Bush promised …') or of a saying verb; a clause
that is negated, passive ('was not invited') or dated to another year is not.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.references import unique_people
from summitwatch.nlp.status import negated
from summitwatch.nlp.venue import places_for

_REACH = 20  # sentences after the body's own: one report's length


def gathered_leaders(
    index: DocIndex, sent: Span, make_event: Callable[..., Event]
) -> list[Event]:
    """The meeting of the named leaders a body of unnamed leaders that 'met' at a
    place in this sentence turns out to hold."""
    lemmas = word_set("gathered.json", "meeting_lemmas")
    for verb in with_lemma(sent, lemmas):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lemmas:
            continue
        if not _unnamed_body(index, verb) or negated(verb):
            continue
        places = places_for(index, verb, fallback=False)
        if not places:
            continue
        when = date_for(index, verb, [])
        people = _at_work(index, sent, when)
        if len(people) >= 2:
            return [make_event("meeting", verb, people, places[0], when)]
    return []


def _unnamed_body(index: DocIndex, verb: Token) -> bool:
    """The subject is a plural of leaders that names no one ('Leaders of thirty-four
    countries', 'The presidents of five Central American nations')."""
    nouns = word_set("groups.json", "leader_nouns")
    for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS):
        if subject.tag_ != "NNS" or subject.lemma_.lower() not in nouns:
            continue
        if not any(t.i in index.person_at for t in subject.subtree):
            return True
    return False


def _at_work(index: DocIndex, sent: Span, when: str | None) -> list[Participant]:
    """The leaders the next sentences show at the gathering."""
    doc = sent.doc
    sentences = []
    token = sent.end
    while token < len(doc) and len(sentences) < _REACH:
        nxt = doc[token].sent
        sentences.append(nxt)
        token = nxt.end
    found: list[Participant] = []
    on = parse_iso(when) if when else None
    for other in sentences:
        if _another_year(index, other, when):
            continue
        for mention in index.mentions_in(other.start, other.end):
            head = doc[mention.start : mention.end].root
            while head.dep_ in ("conj", "appos") and head.head is not head:
                head = head.head  # 'President Bush and President Fox noted'
            if head.dep_ != "nsubj" or not _at_the_gathering(head.head):
                continue
            if index.leads_country_on(mention.participant, on):
                found.append(mention.participant)
    return unique_people(found)


def _at_the_gathering(verb: Token) -> bool:
    """An active, past, affirmed clause about the gathering, or a saying."""
    if verb.tag_ not in ("VBD",) or negated(verb):
        return False
    if any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.lemma_.lower() in lexicon().status["reporting_verbs"]:
        return True
    words = word_set("gathered.json", "gathering_words")
    return any(t.lemma_.lower() in words for t in verb.subtree)


def _another_year(index: DocIndex, sent: Span, when: str | None) -> bool:
    """The sentence is dated to a year other than the gathering's."""
    if not when:
        return False
    return any(v[:4] != when[:4] for _, v in index.dates_in(sent.start, sent.end))
