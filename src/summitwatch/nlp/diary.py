"""Activity lists of one leader: a government page about its leader ("Prime
Minister Abe continues to …", "Moments of Prime Minister X") lists what he did,
one line each, without a subject: "Met with H.E. X, President of Y, at the Prime
Minister's Office. (November 2019)", "Attended an event in Tokyo … with H.E. X".
The unstated subject of such a line is the page's owner: the leader the page
names first as the subject of a sentence or as the owner of its heading (found in
JapanGov's "Prime Minister in Action", the Kantei's and Highlighting Japan's
diaries, the embassies' translated "Prime minister's schedule"). The same pages
list their owner's meetings as date-first guest lines and photo captions."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from summitwatch.models import Event, Location, Participant
from summitwatch.nlp.clause_subjects import has_finite_verb
from summitwatch.nlp.courtesy_calls import in_person_call
from summitwatch.nlp.doc_index import SUBJECT_DEPS, DocIndex, is_subject
from summitwatch.nlp.doc_text import at_line_start, span_text
from summitwatch.nlp.lexicon import word_set
from summitwatch.nlp.mentions import PersonMention, PlaceMention
from summitwatch.nlp.references import persons_under, unique_people
from summitwatch.nlp.seats import seat_country
from summitwatch.nlp.venue import places_for

# the page's owner is named in its lead: within this many sentences of the start
LEAD_SENTENCES = 6


def opens_a_line(verb: Token) -> bool:
    """A past-tense verb that opens its line and has no subject: 'Met with …',
    'Attended …, and met with …' (its coordinated verbs too). An imperative
    ('Meet with …') or a participle caption ('Meeting with …') is not one."""
    top = verb
    while top.dep_ == "conj" and top.head is not top:
        top = top.head
    if top.tag_ != "VBD" or any(c.dep_ in SUBJECT_DEPS for c in top.children):
        return False
    first = next((t for t in top.sent if not (t.is_punct or t.is_space)), None)
    if first is None or first.i != top.i:
        return False
    return at_line_start(first)


def page_owner(index: DocIndex) -> Participant | None:
    """The leader the page is about: the first person in its lead who leads a
    country on the page's date and is the subject of a sentence or the owner a
    heading names ('News of Prime Minister Noda's meetings …')."""
    if "page_owner" not in index.memo:
        index.memo["page_owner"] = _find_owner(index)
    return index.memo["page_owner"]  # type: ignore[return-value]


def _find_owner(index: DocIndex) -> Participant | None:
    sentences = list(index.doc.sents)[:LEAD_SENTENCES]
    if not sentences:
        return None
    end = sentences[-1].end
    for mention in index.persons:
        if mention.start >= end:
            break
        if not index.leads_country(mention.participant):
            continue
        if is_subject(index.doc, mention) or _heading_owner(index, mention):
            return mention.participant
    return None


def _heading_owner(index: DocIndex, mention: PersonMention) -> bool:
    """'News of Prime Minister Noda's meetings with …', 'Moments of Prime Minister
    Abe': the possessor or the 'of' object of an activity noun."""
    nouns = word_set("diary.json", "owner_nouns")
    root = index.doc[mention.start : mention.end].root
    if root.dep_ == "poss":
        return root.head.lemma_.lower() in nouns
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in nouns
    return False


def diary_agent(index: DocIndex, verb: Token) -> list[Participant]:
    """The owner of the page, for a subjectless line of its activity list."""
    if not opens_a_line(verb):
        return []
    owner = page_owner(index)
    return [owner] if owner is not None else []


def settle_line(index: DocIndex, sent: Span, events: list[Event]) -> list[Event]:
    """A diary line's events take the line's own date, the bracketed month closing
    it ('… (November 2019)'), and the line's own place: the owner's seat ('at the
    Japanese Prime Minister's Office') is in the owner's country; a place read
    from an earlier paragraph is not the line's. A line on the owner's own
    ministers ('Met with Finance Minister Taro Aso, …' in a prime minister's
    schedule) is no diplomatic meeting (SCHEMA rule 20)."""
    if not opens_a_line(sent.root):
        return events
    owner = page_owner(index)
    if owner is None:
        return events
    events = [e for e in events if not _at_home_only(e, owner)]
    line = _line_tokens(sent)
    closing = [index.date_at.get(t.i) for t in line if t.i >= sent.end]
    when = next((d[1] for d in closing if d and d[1]), None)
    seat = seat_country(index, sent, [owner])
    named = {
        (m.place.venue_city, m.place.country)
        for t in line
        if (m := index.place_at.get(t.i)) is not None
    }
    for event in events:
        if owner not in event.participants:
            continue
        if when:
            event.date = when
        if seat is not None:
            event.location = Location(None, seat)
        elif not any(
            event.location.country == country and event.location.city in (None, city)
            for city, country in named
        ):
            event.location = Location()
    return events


def _at_home_only(event: Event, owner: Participant) -> bool:
    """A meeting of the owner with no one from another country."""
    return (
        event.type == "meeting"
        and owner in event.participants
        and all(
            p.country in (None, owner.country) for p in event.participants if p != owner
        )
    )


def _line_tokens(sent: Span) -> list[Token]:
    """The sentence and what follows it on its line ('(November 2019)')."""
    doc = sent.doc
    out = list(sent)
    i = sent.end
    while (
        i < len(doc)
        and "\n" not in doc[i - 1].whitespace_
        and not (doc[i].is_space and "\n" in doc[i].text)
    ):
        out.append(doc[i])
        i += 1
    return out


def line_meetings(
    index: DocIndex, sent: Span, found: list[Event], build: Callable[..., Event]
) -> list[Event]:
    """'Attended an event in Tokyo to commemorate …, with H.E. Mr. X, President of
    Y': a diary line on a gathering the owner attended with a named leader is their
    meeting (SCHEMA rule 2), at the line's place."""
    verb = sent.root
    gathering = word_set("diary.json", "gathering_line_verbs")
    if verb.lemma_.lower() not in gathering or not opens_a_line(verb):
        return []
    owner = page_owner(index)
    if owner is None:
        return []
    met = {p.name for e in found if e.type == "meeting" for p in e.participants}
    others = unique_people(
        [
            p
            for t in verb.subtree
            if t.dep_ == "prep"
            and t.lower_ == "with"
            and not any(a.dep_ == "relcl" for a in t.ancestors if a.i > verb.i)
            for p in persons_under(index, t)
            if p != owner and p.name not in met
        ]
    )
    if not others:
        return []
    places = places_for(index, verb)
    place = places[0] if places else None
    return [build("meeting", verb, [owner, *others], place, None)]


MIN_LINES = 2  # lines opening with a subjectless past verb that make a diary


def activity_owner(index: DocIndex) -> Participant | None:
    """The owner of a page that is a leader's activity list (at least two of its
    lines open with a subjectless past verb): the one its lead's pronouns stand
    for, two or more sentences after his name ('Prime Minister Abe continues … He
    met … In November, he met with …')."""
    if "activity_owner" not in index.memo:
        lines = sum(opens_a_line(s.root) for s in index.doc.sents)
        index.memo["activity_owner"] = page_owner(index) if lines >= MIN_LINES else None
    return index.memo["activity_owner"]  # type: ignore[return-value]


def guest_line(index: DocIndex, sent: Span, build: Callable[..., Event]) -> list[Event]:
    """'March 25  Mr. Stephen Harper, Prime Minister of Canada. At the meeting, both
    leaders …': a line of the owner's list of meetings that opens with a date and
    names a guest, without a verb, is their meeting that day. The rest of the line
    tells of it (`settle_guest_line`)."""
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or first.i not in index.date_at or not index.date_at[first.i][1]:
        return []
    mention = next(iter(index.mentions_in(sent.start, sent.end)), None)
    dated = index.date_at[first.i][0]  # 'May 9': a date, not a modal verb
    if mention is None or any(
        t.pos_ in ("VERB", "AUX") for t in sent if not dated.start <= t.i < dated.end
    ):
        return []
    if "|" in span_text(sent) or not index.leads_country(mention.participant):
        return []  # a table's row ('March 29 – April 11, 1934 | Elbow Cay'), a cay
    if not at_line_start(first):
        return []
    owner = page_owner(index)
    guest = mention.participant
    if owner is None or guest == owner:
        return []
    when = index.date_at[first.i][1]
    index.memo["guest_line"] = (owner, guest, _line_tokens(sent)[-1].i, when)
    trigger = sent.doc[mention.end - 1]
    return [build("meeting", trigger, [owner, guest], None, when)]


def settle_guest_line(index: DocIndex, sent: Span, found: list[Event]) -> None:
    """The sentences after a guest line, on the same line ('At the meeting, both
    leaders shared the view …'), tell of that meeting: theirs, that day."""
    line = index.memo.get("guest_line")
    if line is None:
        return
    owner, guest, end, when = line  # type: ignore[misc]
    if sent.start > end:
        return
    for event in found:
        if event.type == "meeting" and (
            guest in event.participants or owner in event.participants
        ):
            event.participants = [owner, guest]
            event.date = when
            event.location = Location()  # the list says where no more than when


def caption_line(
    index: DocIndex, sent: Span, found: list[Event], build: Callable[..., Event]
) -> list[Event]:
    """'Meeting with President Barack Obama of the United States (March 2016).',
    'With Prime Minister Justin Trudeau of Canada (March 2016).', 'Strolling in the
    garden with Chancellor Angela Merkel (May 2016).': a photo caption of the page
    owner's, one line without a finite verb, dated in brackets, is his meeting with
    the people of its 'with' (one occasion: 'With A and B' is one meeting)."""
    if found or has_finite_verb(sent):
        return []
    first = next((t for t in sent if not (t.is_space or t.is_punct)), None)
    if first is None or not at_line_start(first):
        return []
    owner = page_owner(index)
    if owner is None:
        return []
    when = next(
        (
            index.date_at[t.i][1]
            for t in sent
            if t.i in index.date_at and index.date_at[t.i][1] and _bracketed(t)
        ),
        None,
    )
    if when is None:
        return []
    people = unique_people(
        [
            p
            for t in sent
            if t.lower_ == "with" and t.dep_ in ("prep", "ROOT")
            for p in persons_under(index, t)
            if p != owner
        ]
    )
    if not people:
        return []
    meeting = build("meeting", first, [owner, *people], None, when)
    return [] if _at_home_only(meeting, owner) else [meeting]


def line_owner(
    index: DocIndex, trigger: Token, others: list[Participant]
) -> Participant | None:
    """'(1) France: Meetings with President Jacques Chirac and Prime Minister Lionel
    Jospin', 'Audience with Pope John Paul II, meeting with Cardinal Angelo Sodano':
    a verbless line of a page about one leader (the key events of his trip) names
    its meetings by a noun with their counterparts in a 'with' phrase. The
    unstated party is the page's owner; the counterparts did not meet one another
    (MOFA trip summary, real 785; session 14, gov18)."""
    if not others or has_finite_verb(trigger.sent):  # a noun, or 'meeting with'
        return None
    owner = page_owner(index)
    if owner is None or owner in others or not _named_before(index, owner, trigger):
        return None  # a title above the lede ('Meeting with X') is no such line
    sent = trigger.sent
    at = [
        index.doc[m.start : m.end].root
        for m in index.mentions_in(sent.start, sent.end)
        if m.participant in others
    ]
    if not at or not all(_under_with(root) for root in at):
        return None
    return owner


def line_label(index: DocIndex, trigger: Token) -> PlaceMention | None:
    """'(2) Italy: Courtesy call on …': the place a list line opens with, before a
    colon, which the sentence splitter may have cut from the line's sentence. It
    is where the line's meetings were held."""
    doc = index.doc
    i = trigger.sent.start - 1
    while i >= 0 and "\n" not in doc[i].text and "\n" not in doc[i].whitespace_:
        i -= 1
    for j in range(i + 1, trigger.i):
        mention = index.place_at.get(j)
        if (
            mention is not None
            and mention.end < len(doc)
            and doc[mention.end].text == ":"
        ):
            return mention
    return None


def _named_before(index: DocIndex, owner: Participant, trigger: Token) -> bool:
    """The page named its owner before the line: the line is one of his list."""
    return any(m.participant == owner for m in index.mentions_in(0, trigger.sent.start))


def _under_with(token: Token) -> bool:
    """The token sits in a counterpart's phrase: 'with X', or a courtesy call's
    'on X' (`courtesy_calls.in_person_call`)."""
    return any(
        a.dep_ == "prep"
        and (a.lower_ == "with" or (a.lower_ == "on" and in_person_call(a.head)))
        for a in token.ancestors
    )


def _bracketed(token: Token) -> bool:
    """The token stands inside round brackets on its line."""
    doc = token.doc
    i = token.i - 1
    while i >= token.sent.start and doc[i].text != ")":
        if doc[i].text == "(":
            return True
        i -= 1
    return False
