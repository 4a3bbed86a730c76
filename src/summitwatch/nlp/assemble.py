"""Article-level tidying of sentence events: one event per trip or encounter (SCHEMA.md
rule 1), later sentences settling earlier ones, invitations leading to trips (rule 4),
and duplicates folded into one with the latest status (rule 5)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from spacy.tokens import Span

from summitwatch.models import REALISED, STATUS_PRIORITY, Event
from summitwatch.nlp.current_trip import on_current_trip
from summitwatch.nlp.dates import (
    YEAR,
    dates_agree,
    known_by_year,
    lent_by_publication,
    reported_as_past,
)
from summitwatch.nlp.doc_text import doc_text, span_text
from summitwatch.nlp.event_dates import paragraph_year
from summitwatch.nlp.frame import (
    Frame,
    drop_nationality_twins,
    fill_from_frame,
    fold_into_listed,
    given_date,
    recalled_event,
)
from summitwatch.nlp.guessed import (
    Told,
    fold_guessed,
    recalling,
    told_before,
    told_now,
)
from summitwatch.nlp.lexicon import cue_in, load_patterns
from summitwatch.nlp.section_dates import DatedSections
from summitwatch.nlp.trips import ARTICLE, PLANS, Context, fold_trips, would_fold
from summitwatch.nlp.trips.same import same_event

_REFUTED = re.compile(r"\b(rumou?rs?|reports?|claims?)\b.*"
                      r"\b(proved|proven|turned out|were|was)"
                      r"\b.*\b(untrue|false|wrong|baseless|unfounded)\b")  # fmt: skip
_UNVERIFIED = re.compile(
    r"\b(no (published )?(photographic )?(evidence|confirmation|proof)|"
    r"yet to be (confirmed|verified)|remains? (a )?(mystery|unconfirmed)|"
    r"could not be (confirmed|verified)|unverified|unconfirmed)\b"
)
_BACK_REF = re.compile(
    r"\b(the|that|this|those|these|such an?|his|her|their) (meetings?|visits?|trips?|"
    r"summits?|encounters?|talks|rumou?rs?|journeys?|appearances?)\b"
)


def merge_pair(
    a: Event, b: Event, plan_stands: Callable[[Event, Event], bool] | None = None
) -> Event:
    """The more precise date and place; the stronger status (rule 5: latest wins),
    unless `plan_stands` finds the plan itself the latest news (see `plan_stands`):
    the one place the status of two reports of one event is decided."""
    date_ = max((a.date, b.date), key=lambda d: len(d or ""))
    loc = (
        a.location
        if (a.location.city or not b.location.city)
        and (a.location.country or not b.location.country)
        else b.location
    )
    if plan_stands is not None and plan_stands(a, b):
        status = "planned"
    else:
        status = min((a.status, b.status), key=STATUS_PRIORITY.index)
    mode = a.travel_mode or b.travel_mode
    return replace(
        a,
        date=date_,
        location=loc,
        status=status,
        travel_mode=mode,
        confidence=max(a.confidence, b.confidence),
    )


def dedupe(
    events: list[Event],
    apart: Callable[[Event, Event], bool] | None = None,
    plan_stands: Callable[[Event, Event], bool] | None = None,
) -> list[Event]:
    """Reports of one event told twice are one; not two that `apart` tells are two
    occasions (the speaker's present and a recalled meeting, `guessed.Told`). The
    merged event's status is `merge_pair`'s, with `plan_stands` keeping the plan."""
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            if same_event(kept, event) and not (apart and apart(kept, event)):
                out[i] = merge_pair(kept, event, plan_stands)
                break
        else:
            out.append(event)
    return out


def plan_stands(
    undated: set[tuple[int | None, str]], published: date | None
) -> Callable[[Event, Event], bool]:
    """Whether a plan the text dates itself, to the report's day or later ('Biden
    hosts King Abdullah at the White House Monday', 'will be in Washington
    Wednesday'), keeps its status when it merges with a telling read as held only
    by default, with no time in its own sentence ('Abdullah's in-person visit with
    Biden is the first …', 'during Mr. Calderon's visit'): a noun says nothing of
    whether the day has come (rule 5 lets the latest *news* win, and there is none).
    Only a telling after the plan, which refers back to it: a headline above it
    ('Xi holds talks with Kim in Pyongyang' over 'Xi will wrap up the visit on
    Friday') is the news itself. `undated` holds (start, type) of the events their
    sentences left undated."""
    today = published.isoformat() if published else None

    def stands(a: Event, b: Event) -> bool:
        if {a.status, b.status} != {"planned", "occurred"} or today is None:
            return False
        plan, held = (a, b) if a.status == "planned" else (b, a)
        return (
            (held.start_char, held.type) in undated
            and (plan.start_char, plan.type) not in undated
            and (plan.start_char or 0) < (held.start_char or 0)
            and plan.date is not None
            and len(plan.date) == len(today)
            and plan.date >= today
        )

    return stands


def _drop_covered_visits(events: list[Event]) -> list[Event]:
    """A traveller who meets someone on the trip gets the meeting, not also a visit;
    a meeting placed in another country is no part of the trip ('I've had the
    pleasure of hosting him [in Washington] … the visit that I had in Israel')."""
    met = {
        (n, e.status, e.location.country)
        for e in events
        if e.type == "meeting"
        for n in e.names
    }

    def covered(visit: Event) -> bool:
        key = (visit.names[0], visit.status)
        return any(
            (name, status) == key and country in (None, visit.location.country)
            for name, status, country in met
        ) or (visit.location.country is None and any(k[:2] == key for k in met))

    return [e for e in events if not (e.type == "visit" and covered(e))]


def _one_per_sentence(events: list[Event]) -> list[Event]:
    """Two triggers of one sentence for the same people and place ('will not travel
    to Moscow …, what would have been his first trip') are one event; the first
    trigger's clause, the main one, gives the status."""
    out: list[Event] = []
    for event in events:
        for i, kept in enumerate(out):
            if (
                (kept.type, set(kept.names)) == (event.type, set(event.names))
                and (dates_agree(kept.date, event.date))
                and (event.location.country in (None, kept.location.country))
                and not _two_cities(kept, event)  # 'met in San Diego, …, Washington'
            ):
                out[i] = replace(
                    kept,
                    date=kept.date or event.date,
                    travel_mode=kept.travel_mode or event.travel_mode,
                )
                break
        else:
            out.append(event)
    return out


def _two_cities(a: Event, b: Event) -> bool:
    """Events of one sentence at two named cities, not both of one day: two stops
    ('met in San Diego, Belfast, …'), not a dateline and the venue of one event."""
    return (
        bool(a.location.city and b.location.city)
        and a.location.city != b.location.city
        and not (a.date and a.date == b.date)
    )


def _valid(event: Event) -> bool:
    names = event.names
    if len(set(names)) != len(names):
        return False
    need = 2 if event.type in ("meeting", "invitation") else 1
    return len(names) >= need


_ANSWER = re.compile(
    r"\b(accept(?:ed|s)?|declin(?:ed|es?)|turn(?:ed|s)? down|reject(?:ed|s)?)"
    r" (?:the|this|that|his|her|their) invitation\b"
)


def _answer_trip(sent: Span, recent: list[Event]) -> Event | None:
    """'Xi accepted the invitation.': the trip invited to, planned or not_occurred."""
    match = _ANSWER.search(span_text(sent).lower())
    invitations = [e for e in recent if e.type == "invitation"]
    if not match or not invitations:
        return None
    inv = invitations[-1]
    status = "planned" if match[1].startswith("accept") else "not_occurred"
    return replace(
        inv,
        type="visit",
        status=status,
        participants=inv.participants[1:2],
        evidence=f"{inv.evidence} {span_text(sent).strip()}",
    )


_CALLED_OFF = re.compile(
    "|".join(re.escape(p) for p in load_patterns("frame.json")["called_off_phrases"])
)


def _called_off(sent: Span) -> int | None:
    """Where 'that meeting did not happen', 'the summit was called off' starts in the
    sentence (issue #10, class 7), or None."""
    text = span_text(sent).lower()
    if not _CALLED_OFF.search(text):
        return None
    for phrase in load_patterns("frame.json")["called_off_phrases"]:
        at = text.find(phrase)
        if at < 0:
            continue
        refs = list(_BACK_REF.finditer(text[:at]))
        if refs and at - refs[-1].end() <= 12:  # 'those meetings did not …'
            return sent.start_char + refs[-1].start()
    return None


def _call_off_own(sent: Span, found: list[Event]) -> None:
    """'Xi would meet Thorning-Schmidt on Monday, but that meeting did not happen.'
    'those meetings were canceled' calls off meetings only: the trip of 'visiting
    Secretary Clinton' in the same sentence was made."""
    at = _called_off(sent)
    if at is None:
        return
    ref = _BACK_REF.match(doc_text(sent.doc).lower(), at)
    noun = ref.group(2) if ref else ""
    kinds = ("meeting",) if noun.startswith(("meeting", "talk", "encounter")) else ()
    for event in found:
        if event.type != "invitation" and (not kinds or event.type in kinds):
            event.status = "not_occurred"


def _settle(sent: Span, recent: list[Event]) -> None:
    """A sentence with no event of its own that refutes or doubts the last one."""
    text = span_text(sent).lower()
    if not recent:
        return
    if _REFUTED.search(text) or _called_off(sent) is not None:
        recent[-1].status = "not_occurred"
    elif (
        _UNVERIFIED.search(text)
        and _BACK_REF.search(text)
        and recent[-1].status in ("occurred", "unconfirmed")
    ):
        recent[-1].status = "unconfirmed"


def _invited_trips(events: list[Event]) -> list[Event]:
    """A trip the invitee has yet to make, after an invitation from a named person, is
    a prospective meeting with the inviter at the invited-to place (rule 4)."""
    out = []
    invitations = []
    for event in events:
        if event.type == "invitation":
            invitations.append(event)
        elif (
            event.type == "visit"
            and event.status in ("planned", "hypothetical")
            and (event.location.country is None or event.confidence < 0.5)
        ):
            for inv in reversed(invitations):
                host, guest = inv.participants[:2]
                if (
                    guest.name != event.names[0]
                    or host.person_id is None
                    and (host.office is None)
                ):
                    continue
                if event.location.country not in (None, inv.location.country):
                    continue
                event = replace(
                    event,
                    type="meeting",
                    participants=[guest, host],
                    location=inv.location,
                    date=event.date or inv.date,
                )
                break
        out.append(event)
    return out


def _verbless(sent: Span) -> bool:
    """A heading: 'Statement by the Press Secretary on the Visit of President Hu'
    (a table's row is verbless too, but dated, or ends in a full stop)."""
    return not span_text(sent).rstrip().endswith(".") and not any(
        t.pos_ in ("VERB", "AUX") or t.ent_type_ == "DATE" or t.like_num for t in sent
    )


LEDE_SENTENCES = 3


def _new_paragraph(sent: Span) -> bool:
    doc = sent.doc
    before = doc[max(0, sent.start - 1) : sent.start]
    return (
        sent.start == 0
        or "\n" in before.text_with_ws
        or "\n" in (doc[sent.start - 1].whitespace_ if sent.start else "")
    )


def _anchor_dates(
    found: list[Event],
    recent: list[Event],
    *,
    lede: bool,
    published: date | None,
    frame_date: str | None = None,
    earlier_year: str | None = None,
    section_date: str | None = None,
    past: bool = False,
    recalled: bool = False,
) -> None:
    """An undated event takes the time the paragraph is about: that of the event just
    before it, that of its dated entry (a diary's 'Thursday April 2'), or, in a news
    lede, the publication date, unless the lede recalls it ('I remember our meetings
    in Hamburg': an earlier occasion, not the day's)."""
    for event in found:
        if event.date:
            continue
        dated = [
            e
            for e in recent
            if e.date
            and (e.status in REALISED) == (event.status in REALISED)
            and _may_take_time_of(event, e)
        ]
        if dated:
            event.date = dated[-1].date
        elif section_date and event.status != "hypothetical":
            event.date = section_date
        elif lede and frame_date and event.status != "hypothetical":
            event.date = frame_date  # an encyclopedia lede: the page's own event
        elif lede and earlier_year and event.status != "hypothetical":
            event.date = earlier_year  # a lede on the past: the year it has named
        elif lede and not recalled and event.status != "hypothetical":
            event.date = lent_by_publication(published, past=past)


def _may_take_time_of(event: Event, before: Event) -> bool:
    """May `before` lend its time to `event`? Any event may, but an invitation only
    takes that of an event of both its people (extended at their meeting): "Peña
    Nieto visited Japan in April last year" does not date the invitation to Abe
    renewed at today's call (held-out 6 018)."""
    if event.type != "invitation":
        return True
    return set(event.names[:2]) <= set(before.names)


def _year_before_publication(
    dates: dict[int, tuple[Span, str]], start: int, sent: Span, published: date | None
) -> str | None:
    """The year a paragraph on the past has named before this sentence; None in a
    report on the year it was published, whose lede is the day's news."""
    year = paragraph_year(dates, start, sent.start)
    if year is None or published is None or year >= str(published.year):
        return None
    return year


def finish_events(
    per_sentence: list[tuple[Span, list[Event]]],
    published: date | None,
    frame: Frame | None = None,
    *,
    dates: dict[int, tuple[Span, str]] | None = None,
) -> list[Event]:
    events: list[Event] = []
    window: list[tuple[int, Event]] = []
    paragraph: list[Event] = []
    paragraph_start = 0
    guessed: list[Event] = []  # dated by their context, not by their text
    now: set[int] = set()  # told in the speaker's present ('welcome you')
    before: set[int] = set()  # told before it ('Yesterday we had')
    told = Told(month=published.isoformat()[:7] if published else None)
    untimed: set[tuple[int | None, str]] = set()  # no time in their own sentence
    body_sentence = 0
    sections = DatedSections(
        doc_text(per_sentence[0][0].doc) if per_sentence else "", published
    )
    for n, (sent, found) in enumerate(per_sentence):
        found = _one_per_sentence(_drop_covered_visits([e for e in found if _valid(e)]))
        if _new_paragraph(sent):
            paragraph, paragraph_start = [], sent.start
        body_sentence += len(sent) > 8  # titles and bylines do not count
        undated = [e for e in found if not e.date]
        untimed |= {(e.start_char, e.type) for e in undated}
        _anchor_dates(
            found,
            paragraph[-2:],
            lede=body_sentence <= LEDE_SENTENCES,
            published=published,
            frame_date=given_date(frame)
            if frame is not None and frame.gathering
            else None,
            earlier_year=_year_before_publication(
                dates or {}, paragraph_start, sent, published
            )
            if undated and body_sentence <= LEDE_SENTENCES
            else None,
            section_date=sections.date_at(sent.start_char) if undated else None,
            past=reported_as_past(sent.root),
            recalled=recalling(sent),
        )
        guessed += [e for e in undated if e.date]
        told.note(sent)
        if told_now(sent):
            now.update(id(e) for e in undated if e.date)
        elif told_before(sent):
            before.update(
                id(e) for e in found if e.date and not any(e is u for u in undated)
            )
        _call_off_own(sent, found)
        paragraph += found
        window = [(m, e) for m, e in window if n - m <= 3]
        if not found:
            trip = _answer_trip(sent, [e for _, e in window])
            found = [trip] if trip else []
            _settle(sent, [e for _, e in window])
        events += found
        window += [(n, e) for e in found]
    events = _invited_trips(  # before the frame (seed)
        fold_guessed(events, guessed, now=frozenset(now), before=frozenset(before))
    )
    headings = [(s.start_char, s.end_char) for s, _ in per_sentence if _verbless(s)]
    if frame is not None:
        fill_from_frame(events, frame)
        twins = drop_nationality_twins(events, frame, headings)
        events = fold_into_listed(twins, frame)
    _date_invitations(events)  # their own meeting's day, before the report's year
    _date_invitations_at_meetings(events)
    placed = frame is not None and frame.place is not None
    if frame is not None and (placed or _days_report(dates or {}, published)):
        news = [e for e in events if not recalled_event(e, frame)]
        _date_news(news, published, placed=placed)
    events = fold_trips(events, ARTICLE, Context(headings=headings))
    events = dedupe(events, told.apart, plan_stands(untimed, published))
    events = fold_trips(events, PLANS, Context(apart=told.apart))
    return [e for e in events if e.type != "visit" or abroad(e)]  # #10


def _date_invitations(events: list[Event]) -> None:
    """An accepted invitation the text does not date or place ('thank you for the
    invitation', said at the talks) is dated and placed by the trip it brought
    about: the realised meeting of the invitee with the inviter, in that country."""
    for invitation in events:
        if invitation.type != "invitation" or invitation.status != "occurred":
            continue
        if invitation.date and invitation.location.city:
            continue
        for meeting in events:
            if (
                meeting.type != "meeting"
                or meeting.status != "occurred"
                or not set(invitation.names[:2]) <= set(meeting.names)
                or meeting.location.country is None
            ):
                continue
            if invitation.location.country not in (None, meeting.location.country):
                continue
            if invitation.location.city not in (None, meeting.location.city):
                continue  # 'invite you to visit Moscow' is no talk at Vostochny
            if invitation.date and not dates_agree(invitation.date, meeting.date):
                continue
            invitation.date = invitation.date or meeting.date
            invitation.location = meeting.location
            break


@cache
def _at_the_meeting() -> re.Pattern[str]:
    """'during the meeting', 'at their talks' (`at_the_meeting` in status_cues)."""
    words = load_patterns("status_cues.json")["at_the_meeting"]
    alt = {k: "|".join(re.escape(w) for w in v) for k, v in words.items()}
    return re.compile(
        rf"\b(?:{alt['before']}) (?:{alt['determiners']}) (?:{alt['nouns']})\b", re.I
    )


def _date_invitations_at_meetings(events: list[Event]) -> None:
    """'President Bush invited Prime Minister Koizumi to Crawford several times during
    the meeting' (held-out4 017), 'the invitation came during a meeting between Biden
    and Sunak in San Diego' (AFP): an invitation with no time of its own was extended
    at the two people's meeting told before it, and is dated by it (rule 4); its
    place stays the invited-to one."""
    for n, invitation in enumerate(events):
        if invitation.type != "invitation" or invitation.date:
            continue
        if not _at_the_meeting().search(invitation.evidence):
            continue
        pair = set(invitation.names[:2])
        held = [
            e
            for e in events[:n]
            if e.type == "meeting" and e.date and e.status in REALISED
            and pair <= set(e.names)
        ]  # fmt: skip
        if held:
            invitation.date = held[-1].date


def abroad(visit: Event) -> bool:
    """A visit needs a country (the dev gold has no visit without one), and one that
    is not the traveller's own, wherever the place was filled from ('Abe … a fruitful
    visit' in a text about Japan): a leader travelling at home is no visit."""
    home = visit.participants[0].country if visit.participants else None
    return bool(visit.location.country) and visit.location.country != home


EARLIER_YEARS = 2  # precedents a report of the day may recall by their year


def _days_report(dates: dict[int, tuple[Span, str]], published: date | None) -> bool:
    """A text whose top names no place is still the report of its day (a transcript,
    a readout, a caption, a memorandum: real 087, 141, 201, 293) unless it tells a
    history: an essay written that day names the years of what it recalls (the
    seed, dated 2015-02-23, names eight earlier years; those reports none, a VOA
    report two, real 110)."""
    if published is None:
        return False
    earlier = {
        m.group(0)
        for span, _ in dates.values()
        if (m := YEAR.search(span.text)) and int(m.group(0)) < published.year
    }
    return len(earlier) <= EARLIER_YEARS


def _date_news(
    events: list[Event], published: date | None, *, placed: bool = False
) -> None:
    """An undated trip or meeting in a news report happened around its publication:
    the year of a header dated to the day (SCHEMA.md rule 6, approximate dates at
    year precision), the month of a header dated to the month. A planned one only
    when its sentence says it is near ('later Saturday', 'soon'): 'his turn to
    visit India next time' has no year.

    The caller decides that the text is a report (a place at its top, or
    `_days_report`). A header of a month alone lends only when the lede places the
    day's event ('failed to arrive in Gaborone', real 048; held-out3 008 and
    held-out4 017 at the time they were blind); without one it may be a list page
    ('As of April 2022, Khan had made 34 foreign trips', dev 007)."""
    if published is None or known_by_year(published):
        return
    if published.day == 1 and not placed:
        return
    when = published.strftime("%Y-%m") if published.day == 1 else str(published.year)
    for event in events:
        if event.date or event.status == "hypothetical":
            continue
        if _guests_trip(event, events) or on_current_trip(event, events, published):
            continue  # its trip's meeting or month will date it, not the report
        if event.status == "planned" and not cue_in(
            event.evidence, "status_cues.json", "planned_time_cues"
        ):
            continue  # 'the first state visit … of the incoming emperor': no date
        event.date = when


def _guests_trip(visit: Event, events: list[Event]) -> bool:
    """'Obama will meet Kenyan President Kenyatta on Tuesday. … Kenyatta's visit to
    Washington is …': the guest's undated visit is the trip of the one meeting the
    text places nowhere, and the trip fold ("guest's undated visit", rule 1) places
    that meeting by it; the report's year would keep the two apart (real 139)."""
    return would_fold("guest's undated visit", visit, events)
