"""A journey told by the road it is on: 'made a stopover in Harare on his way to the
Commonwealth summit in Kampala', 'met President Vargas en route to the conference in
Montevideo', 'is en route to the United States', 'returned through Washington on his
way home from London'. The traveller is going to the place after 'to' (or has been at
the one after 'home from'): a trip there, told by no travel verb (SCHEMA.md: a visit
is a named person travelling to a place). Words: `triggers.json: en_route_nouns,
en_route_turns`."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from summitwatch.nlp.lexicon import lexicon, word_set
from summitwatch.nlp.mentions import PLACE_LABELS


def on_the_way(token: Token) -> bool:
    """'way' as the object of 'on' ('on his way to X'), 'route' of 'en', with a
    'to' phrase naming where, or 'home'/'back' … 'from' naming where it began."""
    words = lexicon().triggers
    preps = words["en_route_nouns"].get(token.lower_)
    if not preps or token.dep_ != "pobj" or token.head.lower_ not in preps:
        return False
    turns = word_set("triggers.json", "en_route_turns")
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "to" and _has_object(child):
            return True
        if child.lower_ in turns and any(
            g.dep_ == "prep" and g.lower_ == "from" and _has_object(g)
            for g in child.children
        ):
            return True
    return False


def _has_object(prep: Token) -> bool:
    """A place after the preposition, or a gathering ('to the G8 summit in
    Okinawa'): 'on his way to a historic deal with Iran' is no road."""
    gatherings = word_set("triggers.json", "meeting_nouns")
    return any(
        c.ent_type_ in PLACE_LABELS or c.lemma_.lower() in gatherings
        for c in prep.children
        if c.dep_ == "pobj"
    )


def route_places(trigger: Token, places: list) -> list:
    """The places of the road's own phrase ('on his way home from London'), not
    those of the verb it hangs on ('returned through Washington'); and for any other
    trigger, not those of a road phrase ('X, on his way to the summit in Addis
    Ababa, held talks with Y in Entebbe': the talks are in Entebbe). All of them
    when the choice would leave none."""
    if on_the_way(trigger):
        own = {t.i for t in trigger.subtree}
        return [p for p in places if p.start in own] or places
    doc = trigger.doc
    return [p for p in places if not _on_a_road(doc[p.start : p.end].root)] or places


def _on_a_road(token: Token) -> bool:
    return any(on_the_way(a) for a in token.ancestors)


def bound_for(trigger: Token) -> bool:
    """A meeting word inside a road phrase ('on his way to the African Union summit
    in Addis Ababa') is where the traveller is going: the road's trip tells it, not
    a meeting of the sentence's people held there."""
    return _on_a_road(trigger)


def routed_to(doc: Doc, at: int, *, coming_from: bool = True) -> bool:
    """Whether the place at token `at` is where a journey was heading or came from,
    not where it stopped: 'Overnight stop en route from Casablanca', 'Stopover on
    the way to Italy' (a trip table's remarks; real 461). A row continuing a row
    span above names no place of its own, so the route's end was read as its stop.
    Without `coming_from`, only where it was heading ('en route to London': a stop
    beyond a visit list's destination, `row_onward`)."""
    nouns = lexicon().triggers["en_route_nouns"]
    turns = word_set("triggers.json", "en_route_turns")
    i = at - 1
    if i < 0 or doc[i].lower_ not in (("to", "from") if coming_from else ("to",)):
        return False
    i -= 1
    if i >= 0 and doc[i].lower_ in turns and doc[i + 1].lower_ == "from":
        i -= 1  # 'on his way home from London'
    if i < 0 or doc[i].lower_ not in nouns:
        return False
    return any(doc[j].lower_ in nouns[doc[i].lower_] for j in range(max(0, i - 3), i))
