"""The head of a memorandum of conversation, and participants tables whose names
the NER missed (nlp/memo_header.py, nlp/listed_person.py)."""

from __future__ import annotations

from datetime import date

from conftest import article_events

LABELLED = """MEMORANDUM OF CONVERSATION

PARTICIPANTS:     President Kennedy
                  Secretary Rusk
                  The Secretary of the Treasury
                  Prime Minister Harold Macmillan
                  Lord Home, Foreign Secretary

DATE AND TIME:    Tuesday, April 28, 1962 - 10:00-11:30 a.m.

PLACE:            The White House, Washington

The President opened the discussion by reviewing the situation in Laos.
"""

COLUMNS = """Memorandum of Conversation

Bonn, June 24, 1963, 4 p.m.

PARTICIPANTS
    U.S.                               Germany
    President Kennedy                  Chancellor Adenauer
    Secretary Rusk                     Foreign Minister Schroeder
    The Ambassador                     Vice Chancellor Erhard

SUBJECT
    Berlin

The President said he wished to speak about Berlin and the coming talks.
"""

SIDES_ONLY = """Memorandum of Conversation

  • Berlin
  • Disarmament

  • UK
    • Prime Minister Macmillan
    • Foreign Secretary Lloyd
  • US
    • President Eisenhower
    • Secretary of State Herter

The Prime Minister said that he had given much thought to the summit.
"""


def test_labelled_head_is_one_meeting_at_its_place_and_day(nlp):
    events = article_events(nlp, LABELLED, date(1993, 1, 1))
    [meeting] = [e for e in events if e.type == "meeting"]
    names = set(meeting.names)
    assert {"John F. Kennedy", "Dean Rusk", "Harold Macmillan"} <= names
    assert len(names) == 4  # Lord Home too; the unnamed Secretary is nobody
    assert (meeting.location.city, meeting.location.country) == ("Washington", "USA")
    assert meeting.date == "1962-04-28"  # the hours are no range of days
    assert meeting.status == "occurred"


def test_side_by_side_columns_are_read_cell_by_cell(nlp):
    events = article_events(nlp, COLUMNS, date(1997, 1, 1))
    [meeting] = [e for e in events if e.type == "meeting"]
    assert {"John F. Kennedy", "Konrad Adenauer", "Ludwig Erhard"} <= set(meeting.names)
    assert len(meeting.names) == 5  # 'The Ambassador' names nobody
    assert meeting.date == "1963-06-24"


def test_side_headings_start_a_block_whose_label_was_lost(nlp):
    events = article_events(nlp, SIDES_ONLY, date(1993, 1, 1))
    meetings = [e for e in events if e.type == "meeting"]
    assert any(
        {"Harold Macmillan", "Dwight D. Eisenhower", "Christian Herter"} <= set(e.names)
        for e in meetings
    )


def test_a_participants_table_goes_on_past_a_row_it_cannot_read(nlp):
    text = (
        "The 1965 Commonwealth Prime Ministers' Conference was held in London in "
        "June 1965.\n\nParticipants\n\nNation Name Portfolio\n"
        "United Kingdom Harold Wilson Prime Minister\n"
        "Australia Robert Menzies Prime Minister\n"
        "Ghana K.W.R. Abakah Finance Minister\n"
        "India Lal Bahadur Shastri Prime Minister\n"
        "Canada Lester Pearson Prime Minister\n"
    )
    events = article_events(nlp, text, date(2020, 1, 1))
    [meeting] = [e for e in events if e.type == "meeting"]
    assert {"Harold Wilson", "Lal Bahadur Shastri"} <= set(meeting.names)
    assert "Nation Name" not in meeting.names


def test_the_party_an_office_belongs_to_is_no_venue(nlp):
    """'General Secretary of the Communist Party of the Soviet Union' qualifies the
    man; the talks held nowhere named are not in the Soviet Union."""
    text = (
        "President Carter and Leonid Brezhnev, General Secretary of the Communist "
        "Party of the Soviet Union, held two long discussions on arms control."
    )
    [meeting] = article_events(nlp, text, date(1979, 6, 20))
    assert meeting.location.country is None


LEADER_TABLE = """List of United Kingdom–France summits

| Date | Place | Prime Minister of the United Kingdom | President of France | Notes |
| June 2-3, 1962 | Paris | Harold Macmillan | Charles de Gaulle | |
| December 15-16, 1962 | Rambouillet | | | |
| May 20-21, 1971 | Paris | Edward Heath | Georges Pompidou | |
| November 15-17, 1973 | Chequers | | | Also in attendance Chancellor Willy Brandt. |
"""


def test_a_table_of_two_offices_gives_one_meeting_a_row(nlp):
    """Cells a row span left empty take the leaders of the row above; a name in
    the notes joins that row only."""
    events = article_events(nlp, LEADER_TABLE, date(2024, 1, 1))
    meetings = [(e.date[:4], frozenset(e.names)) for e in events if e.type == "meeting"]
    pair = ("1962", frozenset({"Harold Macmillan", "Charles de Gaulle"}))
    assert meetings.count(pair) == 2  # Paris, and Rambouillet under the row span
    assert (
        "1973",
        frozenset({"Edward Heath", "Georges Pompidou", "Willy Brandt"}),
    ) in meetings


BULLETS_ONLY = """Memorandum of Conversation

  • Talks on Trade and the Alliance

  • President Richard Nixon
  • Secretary of State William P. Rogers
  • Chancellor Willy Brandt, Federal Republic of Germany
  • Walter Scheel, Minister of Foreign Affairs

After greetings, the Chancellor asked about the President's view of the coming talks.
"""


def test_a_bullet_list_without_its_label_is_the_participants_block(nlp):
    """The Office of the Historian's pages print the block as bare bullets; the
    subject bullet above it names nobody and is no row."""
    events = article_events(nlp, BULLETS_ONLY, date(1970, 4, 1))
    [meeting] = [e for e in events if e.type == "meeting"]
    assert {"Richard Nixon", "Willy Brandt", "Walter Scheel"} <= set(meeting.names)
    assert not any("Talks" in n or "Trade" in n for n in meeting.names)
    assert meeting.date == "1970-04"  # the document's month, from its header


def test_a_subject_bullet_that_names_someone_starts_no_block(nlp):
    text = (
        "Memorandum From the Secretary of State to the President\n\n"
        "  • Proposed Meeting Between you and King Hussein\n\n"
        "King Hussein has asked whether he could call on you in the spring.\n"
    )
    events = article_events(nlp, text, date(1970, 4, 1))
    assert not any(
        e.type == "meeting"
        and e.status == "occurred"
        and e.location.country is None
        and len(e.names) > 2
        for e in events
    )


def test_a_subject_bullet_with_a_possessive_name_is_no_row(nlp):
    text = (
        "Memorandum of Conversation\n\n"
        "  • President Kekkonen's Dinner\n"
        "  • Reaction to the Summit\n\n"
        "  • UK\n"
        "    • Prime Minister Wilson\n"
        "  • US\n"
        "    • President Ford\n"
        "    • Secretary Kissinger\n\n"
        "The Prime Minister asked the President about the dinner.\n"
    )
    events = article_events(nlp, text, date(1975, 7, 1))
    meetings = [e for e in events if e.type == "meeting" and len(e.names) >= 3]
    assert meetings and all("Urho Kekkonen" not in e.names for e in meetings)
