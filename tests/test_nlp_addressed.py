"""Documents addressed to one leader: the heading's writer says 'I', its addressee
is 'you' (nlp/addressed.py, through nlp/speakers.py), and a plan its owner has
carries the owner's trip (nlp/infinitive_owner.py, nlp/status.py). Hand-written
paraphrases of FRUS memoranda and presidential cablegrams; every test but the
two guards (a plan naming no trip, a heading from an office) fails at 431ebe2."""

from __future__ import annotations

from datetime import date

from conftest import article_events, meeting_pairs, visit_rows


def test_a_memorandums_you_is_the_president_it_is_to(nlp):
    text = (
        "Memorandum From the President's Assistant for National Security Affairs "
        "(Scowcroft) to President Ford\n\n"
        "The Secretary of State recommends that you add Warsaw to your travels. "
        "Your trip to Helsinki next month gives an occasion for it.\n"
    )
    rows = visit_rows(nlp, text, date(1975, 6, 20))
    assert any(r[0] == "Gerald Ford" and r[1] == "FIN" for r in rows)
    assert not any(r[0] == "Brent Scowcroft" for r in rows)


def test_a_cablegram_signed_below_speaks_for_its_signer(nlp):
    text = (
        "Cablegram to Prime Minister Nehru of India\n"
        "His Excellency\n"
        "Jawaharlal Nehru\n"
        "I was delighted to learn that you will come to Washington next month, "
        "and I look forward to your visit.\n"
        "DWIGHT D. EISENHOWER\n"
    )
    rows = visit_rows(nlp, text, date(1956, 6, 1))
    assert ("Jawaharlal Nehru", "USA", "planned") in rows


def test_a_plan_its_owner_abandons_is_a_trip_called_off(nlp):
    text = "President Sukarno has abandoned his plan to travel to Tokyo next week."
    rows = visit_rows(nlp, text, date(1958, 1, 10))
    assert ("Sukarno", "JPN", "not_occurred") in rows


def test_an_announced_plan_is_its_owners_trip(nlp):
    text = "Chancellor Adenauer announced his decision to visit Paris in the spring."
    rows = visit_rows(nlp, text, date(1958, 1, 10))
    assert ("Konrad Adenauer", "FRA", "planned") in rows


def test_a_plan_that_names_no_trip_gives_nothing(nlp):
    text = "Chancellor Adenauer announced his plan to expand trade with France."
    assert article_events(nlp, text, date(1958, 1, 10)) == []


def test_a_heading_from_an_office_names_no_writer(nlp):
    text = (
        "Telegram From the Department of State to the Embassy in India\n\n"
        "Please tell the Prime Minister that we look forward to his visit. "
        "You may also recall your own trip to Delhi last year.\n"
    )
    rows = visit_rows(nlp, text, date(1965, 4, 1))
    assert not any(r[1] == "IND" and r[2] == "occurred" for r in rows)


def test_a_signature_closed_by_an_end_of_text_marker_signs(nlp):
    text = (
        "Telegram From the Department of State to the Embassy in Japan\n\n"
        "1. Please pass the following message to the Prime Minister.\n\n"
        "2. Begin text. Dear Mr. Prime Minister: I regret that urgent business "
        "obliges me to postpone my visit to Japan. I will be in touch about a new "
        "date. Sincerely, Gerald Ford. End text.\n"
    )
    rows = visit_rows(nlp, text, date(1974, 10, 1))
    assert ("Gerald Ford", "JPN", "not_occurred") in rows


def test_the_question_of_a_visit_is_no_trip_of_the_one_who_discusses_it(nlp):
    text = (
        "Kissinger expressed Nixon's interest in Iran but was noncommittal on the "
        "question of a visit or its timing."
    )
    rows = visit_rows(nlp, text, date(1971, 6, 1))
    assert not any(r[0] == "Henry Kissinger" for r in rows)
    text = "The two leaders discussed the question of a visit by Putin to Tokyo."
    assert ("Vladimir Putin", "JPN", "hypothetical") in visit_rows(
        nlp, text, date(2016, 5, 1)
    )


def test_a_trip_as_someones_guest_meets_the_host(nlp):
    text = (
        "President Sukarno will come to Washington as the guest of President "
        "Eisenhower later this month."
    )
    assert ("Dwight D. Eisenhower", "Sukarno") in meeting_pairs(
        nlp, text, date(1956, 5, 1)
    )
    text = "Nehru will spend three days in Washington as the guest of the Government."
    assert ("Jawaharlal Nehru", "USA", "planned") in visit_rows(
        nlp, text, date(1956, 5, 1)
    )
