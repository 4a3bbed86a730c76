"""Doc → events, the pipeline of one article: index its mentions, read each sentence
(the sentence reader's triggers, then captions, presence, envoys, itineraries,
attendance), then tidy the article's events (rules 1, 4 and 5 of SCHEMA.md).
The rules themselves live in the modules this one calls, in that order."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from summitwatch.kb import KnowledgeBase
from summitwatch.models import Event, Participant
from summitwatch.nlp.assemble import abroad, finish_events
from summitwatch.nlp.attendance import attendance_events
from summitwatch.nlp.attendees import (
    drop_their_visits,
    in_attendance,
    join_meetings,
    join_sides,
    meeting_attendees,
)
from summitwatch.nlp.captions import caption_meeting
from summitwatch.nlp.city_state import fill_city_states
from summitwatch.nlp.confidence import confident_events
from summitwatch.nlp.current_trip import date_current_trip
from summitwatch.nlp.diary import (
    caption_line,
    guest_line,
    line_meetings,
    settle_guest_line,
    settle_line,
)
from summitwatch.nlp.earlier import earlier_meetings, fold_host_visits, met_again_before
from summitwatch.nlp.exchange import exchange_meetings
from summitwatch.nlp.expected import expected_visits
from summitwatch.nlp.fallback import Guess, add_guesses, fallback_events
from summitwatch.nlp.firsts import first_visits
from summitwatch.nlp.frame import drop_heading_visits, find_frame, note_recalled
from summitwatch.nlp.gathered import gathered_leaders
from summitwatch.nlp.go_between import envoy_trips, mediated_meetings
from summitwatch.nlp.groups import fold_pairs_into_group
from summitwatch.nlp.hosts import hospitality_meetings
from summitwatch.nlp.implied import implied_meetings
from summitwatch.nlp.inviters import keep_undated
from summitwatch.nlp.itinerary import expand as expand_itinerary
from summitwatch.nlp.itinerary import pronoun_trips
from summitwatch.nlp.joint_acts import joint_act_meetings
from summitwatch.nlp.meals import attended_meals
from summitwatch.nlp.memo_header import read_memo_head
from summitwatch.nlp.mention_index import build_index
from summitwatch.nlp.occasion_places import frame_occasion, place_at_occasion
from summitwatch.nlp.occasions import met_on_visits
from summitwatch.nlp.page_furniture import furniture
from summitwatch.nlp.plans import (
    date_trip_references,
    drop_borrowed_past,
    place_at_host_stop,
    place_on_trip,
)
from summitwatch.nlp.presence import (
    frame_presence,
    guest_visits,
    presence_events,
    visiting_guests,
)
from summitwatch.nlp.programme import hosted_line
from summitwatch.nlp.remarks import remarks_visits
from summitwatch.nlp.retold import drop_retold
from summitwatch.nlp.seat_guests import seat_meetings
from summitwatch.nlp.seats import place_at_seats
from summitwatch.nlp.sentence_reader import SentenceReader
from summitwatch.nlp.site_visits import site_visits
from summitwatch.nlp.standin import replaced_visits
from summitwatch.nlp.stood_in import stand_in_trips
from summitwatch.nlp.superseded import drop_superseded
from summitwatch.nlp.tables import add_rows, itemized_rows, read_tables
from summitwatch.nlp.trip_course import course_stops
from summitwatch.nlp.trip_legs import departures
from summitwatch.nlp.trips import (
    DATED,
    GUESTS,
    LEFT,
    OUTCOME,
    TOLD,
    TRIP,
    dated_context,
    departure_context,
    fold_trips,
    settle_stops,
    told_context,
)


def extract_events(doc: Doc, kb: KnowledgeBase, published: date | None) -> list[Event]:
    """Every meeting, visit and invitation the doc reports, with status and evidence."""
    index = build_index(doc, kb, published)
    frame = find_frame(index)
    frame_occasion(index, frame)  # 'who have come to attend the funeral of X'
    read_memo_head(index, frame)  # a memorandum's participants block
    reader = SentenceReader(index)
    reader.doc_frame = frame
    per_sentence, stops, guests, left = [], [], [], []
    guesses: list[Guess] = []
    joins: list[tuple[Event, list[Participant]]] = []
    for sent in doc.sents:
        if furniture(sent):  # 'FILE - X speaks …', 'keep track … at https://…'
            continue
        before = reader.last_meeting
        found = reader.read(sent)  # attendance first: its status wins (rule 12)
        kept = drop_retold(index, sent, found, before)  # 'the two leaders will …'
        if len(kept) < len(found) and reader.last_meeting not in kept:
            reader.last_meeting = before
        found = kept
        found += line_meetings(index, sent, found, reader.event)  # 'Attended … with X'
        found = settle_line(index, sent, found)  # 'Met with X … (November 2019)'
        found += guest_line(index, sent, reader.event)  # 'March 25  Mr. X, Prime …'
        found += hosted_line(index, sent, found, reader.event)  # 'Luncheon Hosted by X'
        found += caption_line(index, sent, found, reader.event)  # 'With X (May 2016)'
        found = met_on_visits(index, sent, found, reader.last_meeting)  # 'during'
        place_at_seats(index, sent, found)  # 'at the Prime Minister's Office'
        seated, seat = seat_meetings(index, sent, found, reader.event)  # 'due at'
        if seat is not None and reader.frame[0] is None:  # the next sentence's
            reader.frame = (seat, reader.frame[1])  # 'He and Bush will discuss'
        found += seated
        place_at_occasion(index, sent, found)  # 'at the funeral of X', 'at APEC'
        drop_borrowed_past(found, sent, index.date_at, published)
        found += caption_meeting(index, sent, reader.event, found)  # 'X (l), Y (r)'
        found += joint_act_meetings(index, sent, reader.event)  # 'signed by A and B'
        found += gathered_leaders(index, sent, reader.event)  # 'Leaders of … met'
        meals = attended_meals(index, sent, reader.event)  # 'attended by A, B'
        if meals:  # those at the table made no trip of their own (rule 1)
            seated = [p for meal in meals for p in meal.participants]
            found = drop_their_visits(seated, found) + meals
        found = fold_pairs_into_group(found)  # one gathering read twice
        found += presence_events(index, sent, reader.event)  # 'X is in Canada'
        found += envoy_trips(index, sent, reader.event)  # 'sent envoy X to Harare'
        found += mediated_meetings(index, sent, reader.event)  # 'brokered between'
        found += first_visits(index, sent, reader.event)  # 'the first … to visit X was'
        found += course_stops(index, sent, found, reader.event)  # 'the trip began in'
        guests += [(sent, who) for who in visiting_guests(index, sent)]
        left += [(sent, country) for country in departures(index, sent)]
        stops += expand_itinerary(index, sent, found)  # 'went to A, B and C'
        stops += pronoun_trips(index, sent, found)
        note_recalled(frame, sent)
        found += frame_presence(index, sent, frame)  # 'Bashir will be here'
        found += implied_meetings(index, sent, reader.undated)  # 'their first reunion'
        found += hospitality_meetings(index, sent, frame)  # 'for his hospitality'
        earlier = earlier_meetings(index, sent, reader.last_meeting)  # 'held last year'
        earlier += met_again_before(  # 'meet again since'
            index, sent, reader.last_meeting, frame
        )
        found = fold_host_visits(found + earlier) if earlier else found
        present = attendance_events(index, sent, frame)
        present += expected_visits(index, sent, frame)
        present += replaced_visits(index, sent, frame)
        present += remarks_visits(index, sent)
        found, meeting, sided = join_sides(  # 'The Russian side was represented …'
            index, sent, found, before, reader.last_meeting
        )
        if sided and meeting is not None:
            joins.append((meeting, sided))
            reader.last_meeting = meeting
            present = drop_their_visits(sided, present)
        joined = meeting_attendees(index, sent)  # 'attending the meeting are X, Y'
        attending = in_attendance(index, sent, found, reader.last_meeting, frame)
        joined += [p for p in attending if p not in joined]  # 'in attendance were'
        if joined and reader.last_meeting is not None:
            joins.append((reader.last_meeting, joined))
            present, found = (
                drop_their_visits(joined, present),
                drop_their_visits(joined, found),
            )
        settle_guest_line(index, sent, found)  # '… At the meeting, both leaders …'
        guesses += [  # what no reader proposed: decided by a learned filter below
            (len(per_sentence), *guess)
            for guess in fallback_events(index, sent, reader.event, present + found)
        ]
        per_sentence.append((sent, present + found))
    join_meetings(joins, [e for _, found in per_sentence for e in found])
    per_sentence = add_guesses(per_sentence, guesses)
    stand_in_trips(index, per_sentence)  # 'will be represented by X' (rule 12)
    per_sentence = drop_heading_visits(per_sentence)
    per_sentence = drop_superseded(per_sentence)
    events = finish_events(
        read_tables(index, per_sentence, frame), published, frame, dates=index.date_at
    )
    keep_undated(events, reader.undated)
    dated = dated_context(events, index)  # 'the visit by Faisal in 1971'
    events = fold_trips(events, DATED, dated)
    events = fold_host_visits(events)  # 'since the summit meeting held last year'
    events = guest_visits(events, guests, published)  # after call-offs (rule 1)
    events = fold_trips(events, LEFT, departure_context(left))  # 'left South Africa'
    stops = [e for e in stops if e.type != "visit" or abroad(e)]  # not at home
    table = itemized_rows(index)
    rows = table + settle_stops(stops, events)
    events = fold_trips(add_rows(events, rows, len(table)), TRIP)
    events = fold_trips(events, GUESTS)  # "X's visit to Washington"
    events = fold_trips(events, TOLD, told_context(events, index))  # 'This is his'
    events = fill_city_states(events, index.kb)
    events = site_visits(index, events, reader.event)  # 'visited Angkor Wat, a … site'
    events = date_trip_references(place_at_host_stop(place_on_trip(events), index))
    events = date_current_trip(events, published)  # 'is due to end the tour in …'
    events = fold_trips(events, OUTCOME)  # 'will travel to Beijing', 'in Beijing'
    events = exchange_meetings(index, events, frame)  # 'your visit to Mongolia'
    return confident_events(events, doc, kb, published)  # a learned filter, if on
