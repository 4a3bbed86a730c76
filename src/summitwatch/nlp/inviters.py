"""Who extends an invitation the text leaves without an inviter: the government that
hosts the summit it is to (SCHEMA.md rules 4 and 15).

Readouts and reports name the summit, not the host: "expressed his gratitude for the
invitation to the Outreach Meeting of the G7 Summit", "you were also invited to the
BRICS summit", "might not get an invitation" in a report on the Lisbon EU-AU summit.
The KB's summit calendar knows who hosted that edition. A stance on an invitation
("defended inviting Mugabe") says nothing of who extended it.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Token

from summitwatch.kb.summits import Summit
from summitwatch.models import Event, Participant
from summitwatch.nlp.clause_subjects import governing_verb, subjects
from summitwatch.nlp.dates import parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.frame import Frame
from summitwatch.nlp.invitation_roles import thanked_for
from summitwatch.nlp.lexicon import load_patterns
from summitwatch.nlp.references import persons_under

_TARGET_PREPS = ("to", "for", "at")


def named_summit(
    index: DocIndex,
    token: Token,
    preps: tuple[str, ...] = _TARGET_PREPS,
    clauses: tuple[str, ...] = ("xcomp", "advcl"),
) -> Summit | None:
    """The summit a phrase hanging on `token` names: 'to the BRICS summit', 'for
    the G7 Hiroshima Summit', 'to attend the SADC summit' (a phrase led by one of
    `preps`, or a clause of one of the `clauses` relations)."""
    named = getattr(index.kb, "summit_named", None)
    if named is None:
        return None
    doc = index.doc
    for child in token.children:
        if (child.dep_ == "prep" and child.lower_ in preps) or child.dep_ in clauses:
            phrase = doc[child.left_edge.i : child.right_edge.i + 1].text
            summit = named(phrase, near=index.published)
            if summit is not None:
                return summit
    return None


def invited_summit(index: DocIndex, trigger: Token) -> Summit | None:
    """The summit the invitation of `trigger` is to, when its own words name one."""
    verb = governing_verb(trigger)
    for head in (trigger, verb) if verb is not trigger else (trigger,):
        summit = named_summit(index, head)
        if summit is not None:
            return summit
    return None


def frame_summit(index: DocIndex, frame: Frame) -> Summit | None:
    """The calendar's edition of the article's own gathering, when the frame places
    and dates it at least to the month (the 2007 EU-AU summit in Lisbon)."""
    between = getattr(index.kb, "summits_between", None)
    if (
        between is None
        or not frame.gathering
        or frame.place is None
        or not frame.date
        or len(frame.date) < 7
    ):
        return None
    first, last = _month_span(frame.date)
    found = [s for s in between(first, last) if s.country == frame.place.country]
    if len(found) > 1:  # two editions in one country that month: the city decides
        found = [s for s in found if s.city == frame.place.name]
    return found[0] if len(found) == 1 else None


def _month_span(value: str) -> tuple[date, date]:
    """The days a date prefix covers: a day, or a whole month."""
    day = parse_iso(value)
    if len(value) >= 10 and day is not None:
        return day, day
    year, month = int(value[:4]), int(value[5:7])
    following = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(following.toordinal() - 1)


def government(index: DocIndex, code: str) -> Participant:
    """A government as a party, by the country's short name ('Japan')."""
    info = index.kb.countries_info.get(code, {})
    if info.get("names"):
        return Participant(info["names"][0], None, code, None)
    country = index.kb.places.countries.get(code)
    return Participant(country.name if country else code, None, code, None)


def host_government(
    index: DocIndex, summit: Summit | None, guests: list[Participant]
) -> Participant | None:
    """The hosting government of `summit`, never one of the guests' own."""
    if summit is None or not summit.country:
        return None
    if any(g.country == summit.country for g in guests):
        return None
    return government(index, summit.country)


def held_before(summit: Summit, published: date | None) -> bool:
    """Was the edition over when the text was published? An invitation to it was
    then extended at some earlier time the text may not give."""
    last = (summit.dates or (None, None))[1]
    return bool(published and last and last < published)


def keep_undated(events: list[Event], undated: list[Event]) -> None:
    """Undo the dates the article-level tidying gave the `undated` events (the
    publication year, the day's news), found again by type, people and sentence:
    an invitation to a summit already held was not extended on the day of the
    report (SCHEMA.md rule 4: dated when extended, if its own sentence says so)."""
    keys = {_key(e) for e in undated}
    for event in events:
        if _key(event) in keys:
            event.date = None


def _key(event: Event) -> tuple:
    return event.type, frozenset(event.names), event.start_char


def thanked_acceptance(invitation: Token) -> bool:
    """'thank you for accepting our invitation to come here', 'thanked Sirisena for
    accepting the invitation to attend the celebrations': the guest is there, so
    the trip invited to has been made."""
    accept = invitation.head
    return accept.lemma_.lower() == "accept" and thanked_for(accept)


def requested_visit(
    index: DocIndex, trip: Token
) -> tuple[list[Participant], list[Participant]] | None:
    """(who asks, who is asked) for 'Prime Minister Bettel also asked Prime Minister
    Abe to visit Luxembourg', 'requested President X to visit at an early date': a
    request to come is an invitation (SCHEMA.md rule 4), and the trip is not made
    by being asked."""
    verb = trip.head
    requesting = load_patterns("readouts.json")["requesting_verbs"]
    if verb.lemma_.lower() not in requesting:
        return None
    askers = [p for s in subjects(verb) for p in persons_under(index, s)]
    if trip.dep_ == "dobj" and trip.pos_ == "NOUN":
        if not _to_home_of(index, trip, askers):
            return None  # 'Kim requested a visit to Moscow': to go, not to receive
        asked = _whose_visit(index, trip, askers)
    elif trip.dep_ == "xcomp":
        asked = [
            p
            for c in verb.children
            if c.dep_ == "dobj"
            for p in persons_under(index, c)
        ]
    else:
        return None
    if len(asked) != 1 or len(askers) != 1 or asked == askers:
        return None
    return askers, asked


def _to_home_of(index: DocIndex, trip: Token, askers: list[Participant]) -> bool:
    """A visit noun 'to' the asker's own country: a request to receive a guest."""
    homes = {a.country for a in askers if a.country}
    return any(
        (m := index.place_at.get(t.i)) is not None and m.place.country in homes
        for c in trip.children
        if c.dep_ == "prep" and c.lower_ == "to"
        for t in c.subtree
    )


def _whose_visit(
    index: DocIndex, trip: Token, askers: list[Participant]
) -> list[Participant]:
    """Who is asked to come when the request is for a visit noun: its named owner
    ('requested President Zhu's visit to Japan', 'an early visit by X'), else, for
    'his visit' or 'an early visit', the one other person the sentence names ('had
    his first meeting with Premier Zhu in London and requested his visit to Japan':
    no leader asks for his own trip home)."""
    for child in trip.children:
        if child.dep_ == "poss" and child.i in index.person_at:
            return [index.person_at[child.i].participant]
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            named = [p for g in child.children for p in persons_under(index, g)]
            if named:
                return named
    sent = trip.sent
    named = index.people_in(sent.start, sent.end, same_name=True, latest=True)
    return [p for _, p in named if p.name not in {a.name for a in askers}]
