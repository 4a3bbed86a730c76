"""A named site visited on a stop (issue #10, visits on unseen text).

"the Secretary departed for Cambodia where she met with … leaders in Phnom Penh and
visited Angkor Wat, a UNESCO World Heritage site" (held-out 3 008), "Prime
Minister Kishida visited Arlington National Cemetery, attended breakfast with …"
(held-out 3 017), "He also had an audience with His Majesty the King Bhumibol, …,
visited the Thai-Nichi Institute of Technology" (real 173). The gold of each has a
visit whose city is the site (SCHEMA.md rule 7: named sites stand in for the city;
rule 1: a separate stop with its own place). The NER tags such names as a person
('Angkor Wat'), an organisation or a town ('Arlington'), so the sentence reader
made a meeting with the site, or a visit the trip's meeting then absorbed. Read
over the parse, after the article's folds: the capitalised object of 'visit' whose
head noun, or the noun of its apposition, is a site noun (`sites.json`) is a site;
the traveller is the verb's subject; the country is that of the traveller's other
event told in the same sentence, else of the sentence's one country.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from summitwatch.kb.names import one_city
from summitwatch.models import Event, Location
from summitwatch.nlp.cue_tokens import with_lemma
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import span_text
from summitwatch.nlp.entities import ent_around
from summitwatch.nlp.event_dates import date_for
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.roles import agents_and_counterparts

_VISIT = frozenset({"visit"})


def site_visits(
    index: DocIndex, events: list[Event], make_event: Callable[..., Event]
) -> list[Event]:
    """`events` with a visit for each named site a traveller visited, and without
    the meeting the sentence reader made with the site taken for a person."""
    doc = index.doc
    out = list(events)
    for verb in with_lemma(doc[:], _VISIT):  # the cue index, not a scan of the doc
        if verb.pos_ != "VERB":
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            site = _site(doc, obj)
            if site is None:
                continue
            agents, _ = agents_and_counterparts(index, verb)
            if len(agents) != 1:
                continue
            traveller = agents[0]
            name = _name(site)
            out = [_the_stop(e, name) for e in out]
            mine = [e for e in out if e.type == "visit" and e.names == [traveller.name]]
            if any(one_city(e.location.city or "", name) for e in mine):
                continue
            country, dated = _stop(index, out, verb.sent, traveller.name)
            if country is None or country == traveller.country:
                continue
            bare = [  # 'plans to visit the Kaesong Industrial Complex': that trip's
                i  # place is the site (rule 7)
                for i, e in enumerate(out)
                if e in mine
                and e.location.country == country
                and not e.location.city
                and _told_in(e, verb.sent)
            ]
            if bare:
                e = out[bare[0]]
                out[bare[0]] = replace(e, location=replace(e.location, city=name))
                continue
            when = date_for(index, verb, [traveller]) or dated
            event = make_event("visit", verb, [traveller], None, when)
            out.append(replace(event, location=Location(city=name, country=country)))
    return out


def _site(doc: Doc, obj: Token) -> Span | None:
    """The site's name when `obj` is a capitalised site: its head or its
    apposition's head a site noun."""
    nouns = word_set("sites.json", "site_nouns")
    if not obj.text[:1].isupper():
        return None
    if any(c.dep_ == "prep" and c.lower_ in ("in", "at") for c in obj.children):
        return None  # 'the Prophet's Mosque in Medina': the stop is the town
    appositions = [c for c in obj.children if c.dep_ == "appos"]
    if obj.lemma_.lower() not in nouns and not any(
        a.lemma_.lower() in nouns for a in appositions
    ):
        return None
    ent = ent_around(obj)
    if ent is not None and ent.label_ in ("ORG", "FAC", "PERSON", "LOC"):
        return ent
    start = min(
        (c.i for c in obj.lefts if c.dep_ in ("compound", "amod", "nmod")),
        default=obj.i,
    )
    return doc[start : obj.i + 1]


def _name(site: Span) -> str:
    words = [t.text for t in site if not (t.i == site.start and t.lower_ == "the")]
    return " ".join(words)


def _the_stop(event: Event, name: str) -> Event:
    """A meeting whose other side is the site read as a person is the traveller's
    visit to the stop it was placed at."""
    if event.type != "meeting" or len(event.names) != 2 or name not in event.names:
        return event
    traveller = [p for p in event.participants if p.name != name]
    return replace(event, type="visit", participants=traveller)


def _stop(
    index: DocIndex, events: list[Event], sent: Span, who: str
) -> tuple[str | None, str | None]:
    """The country and date of the traveller's other event told in this sentence,
    else the one country the sentence names."""
    for event in events:
        if (
            event.names[:1] == [who]
            and event.location.country
            and _told_in(event, sent)
        ):
            return event.location.country, event.date
    countries = {
        m.place.country
        for i, m in index.place_at.items()
        if sent.start <= i < sent.end and m.place.country
    }
    return (countries.pop() if len(countries) == 1 else None), None


def _told_in(event: Event, sent: Span) -> bool:
    evidence, text = event.evidence or "", span_text(sent)
    return bool(evidence) and (evidence in text or text[:60] in evidence)
