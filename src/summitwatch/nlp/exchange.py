"""A visit told inside a face-to-face exchange is a meeting of the two who speak
(SCHEMA.md rule 1; issue #10, speakers and hosts as participants).

In a transcript of statements after talks, the speaker addresses the other party:
"Your current visit to Mongolia, Mr President, is of great importance", "thank you
for your visit to our country". The visit is told by its host to its guest, so the
two are together: the trip met a named counterpart and is a meeting, not a visit.
Only a visit of one of the two to the other's country that is the exchange's own
(where the text is given, or, when the text's place is unknown, dated to the day's
year or closer by the addressee's host): a recalled trip ('my state visit to
Finland', said in Moscow; 'since you last came to Russia, 15 years ago') stays a
visit, and so does a stop elsewhere in the host's country ('after Moscow, your
agenda includes a visit to Kazan').
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from summitwatch.models import Event, Participant
from summitwatch.nlp.dates import dates_agree, parse_iso
from summitwatch.nlp.doc_index import DocIndex
from summitwatch.nlp.doc_text import token_at
from summitwatch.nlp.frame import Frame
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.references import persons_under


def exchange_meetings(
    index: DocIndex, events: list[Event], frame: Frame
) -> list[Event]:
    """`events` with each visit of a turn's speaker or addressee to the other's
    country, at the exchange itself, made a meeting of both, and each visit a host
    tells of a guest's trip to the host's country in the host's time made a meeting
    of host and guest (the visit's sentence found by its evidence's first
    character)."""
    return [_exchanged(index, e, frame) or _host_told(index, e) or e for e in events]


def _told_at(index: DocIndex, event: Event) -> Token | None:
    """The first token of the visit's evidence: the sentence that told it."""
    if event.type != "visit" or event.status != "occurred" or event.start_char is None:
        return None
    return token_at(index.doc, event.start_char)


def _exchanged(index: DocIndex, event: Event, frame: Frame) -> Event | None:
    told = _told_at(index, event)
    turn = index.turns.at(told.i) if told is not None and index.turns else None
    if turn is None or turn.speaker is None or turn.addressee is None:
        return None
    if turn.speaker.name == turn.addressee.name:
        return None
    return _as_meeting(index, event, (turn.speaker, turn.addressee), frame)


def _host_told(index: DocIndex, event: Event) -> Event | None:
    """'Prime Minister Abe stated that … since Prime Minister Netanyahu's visit to
    Japan last year': the one who tells it led the visited country on the visit's
    date, so received the guest. A trip before the teller's time ('President Putin
    said that Lula had visited Russia in 1995') stays a visit; so does one of the
    day's own trip, which `_exchanged` decides by the text's place."""
    told = _told_at(index, event)
    if told is None or not _before_the_text(index, event.date):
        return None
    tellers = _tellers(index, told)
    guest = event.participants[0]
    country = event.location.country
    on = parse_iso(event.date)
    for host in tellers:
        if (
            host.name != guest.name
            and country
            and host.country == country
            and guest.country != country
            and index.leads_country_on(host, on, titled=False)
        ):
            return replace(event, type="meeting", participants=[guest, host])
    return None


def _before_the_text(index: DocIndex, when: str | None) -> bool:
    """A visit dated before the text's day, at the precision it is given."""
    if not when or index.published is None:
        return False
    day = index.published.isoformat()
    start = parse_iso(when)
    return not dates_agree(when, day) and start is not None and start < index.published


def _tellers(index: DocIndex, told: Token) -> list[Participant]:
    """Who tells the sentence: the subject of a telling verb at its root. Not a
    turn's speaker: 'last year, you personally attended the celebrations' said to
    the guest recalls a trip the gold keeps as a visit (held-out2 008)."""
    root = told.sent.root
    if root.lemma_.lower() not in word_set("exchange.json", "telling_verbs"):
        return []
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    return [p for s in subjects for p in persons_under(index, s)]


def _as_meeting(
    index: DocIndex,
    event: Event,
    pair: tuple[Participant, Participant],
    frame: Frame,
) -> Event | None:
    speaker, addressee = pair
    traveller = event.participants[0].name
    if traveller == addressee.name:
        host, guest = speaker, addressee
    elif traveller == speaker.name:
        host, guest = addressee, speaker
    else:
        return None
    country = event.location.country
    if not country or host.country != country or guest.country == country:
        return None
    if not _at_the_exchange(index, event, frame, guest is addressee):
        return None
    return replace(event, type="meeting", participants=[guest, host])


def _at_the_exchange(
    index: DocIndex, event: Event, frame: Frame, guest_addressed: bool
) -> bool:
    """The visit is the one the exchange takes place on, told as made: the text's
    own place is in the visited country (the visited city, when both are named),
    or, the place unknown, the host speaks of the guest's visit to the country (no
    city: a city may be another stop of the trip) dated to the day the text was
    given (a speaker's own trip is recalled more often than not, so it needs the
    place)."""
    if frame.place is not None:
        city = frame.place.venue_city
        return (
            frame.place.country == event.location.country
            and (not city or not event.location.city or event.location.city == city)
            and dates_agree(event.date, frame.date)
        )
    if not guest_addressed or index.published is None or not event.date:
        return False
    if event.location.city:  # 'I know that you have visited Kazan': another stop
        return False
    return dates_agree(event.date, index.published.isoformat())
