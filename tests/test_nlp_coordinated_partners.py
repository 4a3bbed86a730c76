"""A counterpart named in a second phrase coordinated with the first 'with' phrase
(session 10's anatomy: the counterpart is in the sentence but the meeting came out as
a visit, or one of two meetings was missing). Hand-written sentences."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import meeting_pairs

pytestmark = [pytest.mark.model]

DAY = date(2017, 5, 10)


def test_second_with_hung_on_an_earlier_preposition(nlp):
    # the parser hangs 'and with B' on the 'before' phrase, not on the first 'with'
    text = (
        "Chancellor Angela Merkel opened the fair in Hanover, before holding talks "
        "with Prime Minister Justin Trudeau of Canada, and with President Emmanuel "
        "Macron of France."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Justin Trudeau") in pairs
    assert ("Angela Merkel", "Emmanuel Macron") in pairs


def test_second_with_after_a_place_phrase(nlp):
    text = (
        "Chancellor Angela Merkel had separate meetings with President Vladimir Putin "
        "in Sochi on the Black Sea and with President Recep Tayyip Erdogan in Ankara."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Recep Tayyip Erdoğan") in pairs


def test_as_well_as_after_an_unnamed_group(nlp):
    text = (
        "While in Canberra, Prime Minister Shinzo Abe will also meet with senior "
        "Australian officials, as well as Prime Minister Malcolm Turnbull."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Malcolm Turnbull", "Shinzo Abe") in pairs


def test_second_with_on_the_verb_after_an_unnamed_group(nlp):
    text = (
        "President Emmanuel Macron travelled to Berlin, where he held talks with "
        "members of the Bundestag and with Chancellor Angela Merkel."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs


def test_a_second_clause_keeps_its_own_with(nlp):
    # the second 'with' belongs to another verb: no meeting of Abe and the minister
    text = (
        "Prime Minister Shinzo Abe met with President Donald Trump in Washington, "
        "and Foreign Minister Taro Kono later dined with his staff."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Donald Trump", "Shinzo Abe") in pairs
    assert not any("Taro Kono" in p and "Shinzo Abe" in p for p in pairs)


def test_gapped_object_after_a_place(nlp):
    # 'and B in Berlin' leaves out the verb: the parser makes B a conjunct of it
    text = (
        "President Emmanuel Macron will meet Prime Minister Justin Trudeau in Paris, "
        "and Chancellor Angela Merkel in Berlin."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs
    assert ("Emmanuel Macron", "Justin Trudeau") in pairs


def test_gapped_object_after_a_day(nlp):
    # 'B on Tuesday' is parsed as a conjunct of 'Monday'
    text = (
        "President Emmanuel Macron met in Paris with Prime Minister Justin Trudeau "
        "on Monday and Chancellor Angela Merkel on Tuesday."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs


def test_separately_between_two_objects(nlp):
    text = (
        "President Emmanuel Macron met Prime Minister Justin Trudeau and, separately, "
        "Chancellor Angela Merkel in Paris on Monday."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs


def test_places_after_and_add_no_one(nlp):
    # a second place or day is no person: the one meeting stays one
    text = (
        "President Emmanuel Macron met Chancellor Angela Merkel in Paris on Monday "
        "and in Berlin on Tuesday."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert set(pairs) == {("Angela Merkel", "Emmanuel Macron")}


def test_a_leader_described_by_country_where_the_head_of_state_ranks_first(nlp):
    # the KB's top leader of India is its president; 'the Indian leader' named
    # before is the prime minister
    text = (
        "Prime Minister Narendra Modi arrived in Tokyo on Friday. The Indian leader "
        "held talks with Prime Minister Shinzo Abe on Saturday."
    )
    assert ("Narendra Modi", "Shinzo Abe") in meeting_pairs(nlp, text, DAY)


def test_a_described_leader_needs_a_named_holder(nlp):
    # no Indian office holder is named: the description stays no one (rule 3)
    text = (
        "Foreign Minister Taro Kono arrived in New Delhi on Friday. The Indian leader "
        "held talks with Prime Minister Shinzo Abe on Saturday."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert not any("Taro Kono" in p and "Shinzo Abe" in p for p in pairs)
    assert not any(
        len(p) == 2 and "Shinzo Abe" in p and "Narendra Modi" in p for p in pairs
    )


# Session 11 (helper split12): the names a counterpart phrase that names no one
# stands for, 'along with' on a meeting's verb, a second act of the trip.


def test_names_after_an_unnamed_counterpart_and_a_dash(nlp):
    # the parser hangs the named list elsewhere, not on 'principals' (real 048's
    # construction, paraphrased)
    text = (
        "An aide said the South African leader Jacob Zuma ended up holding talks "
        "with the three principals in the unity government - President Robert "
        "Mugabe, Prime Minister Morgan Tsvangirai and Deputy Prime Minister Arthur "
        "Mutambara."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Jacob Zuma", "Robert Mugabe") in pairs
    assert ("Jacob Zuma", "Morgan Tsvangirai") in pairs
    assert ("Arthur Mutambara", "Jacob Zuma") in pairs


def test_names_after_an_unnamed_counterpart_and_a_comma(nlp):
    # the parser makes the list an apposition of the subject: they are whom he met
    text = (
        "President Emmanuel Macron met with the leaders of the region, Chancellor "
        "Angela Merkel, Prime Minister Mark Rutte and Prime Minister Charles Michel."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert ("Angela Merkel", "Emmanuel Macron") in pairs
    assert ("Charles Michel", "Emmanuel Macron") in pairs
    assert ("Emmanuel Macron", "Mark Rutte") in pairs


def test_a_clause_after_an_unnamed_counterpart_adds_no_one(nlp):
    # ', Rutte said' is a clause of its own: Rutte was not met
    text = (
        "President Emmanuel Macron met with senior officials in Berlin, Prime "
        "Minister Mark Rutte said on Monday."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert not any("Mark Rutte" in p for p in pairs)


def test_along_with_on_a_meeting_is_one_gathering(nlp):
    # held-out3 006's construction, paraphrased: those 'along with' the subject
    # took part too, one meeting of all (rule 2)
    text = (
        "Chancellor Angela Merkel and President Emmanuel Macron took part in the "
        "meeting in Brussels, along with Prime Minister Mark Rutte of the "
        "Netherlands."
    )
    assert ("Angela Merkel", "Emmanuel Macron", "Mark Rutte") in meeting_pairs(
        nlp, text, DAY
    )


def test_along_with_on_a_trip_is_no_counterpart(nlp):
    # the traveller's own minister, companion of the trip: no meeting with him
    text = (
        "President Emmanuel Macron visited the Chancellery in Berlin, along with "
        "Foreign Minister Jean-Yves Le Drian."
    )
    assert not meeting_pairs(nlp, text, DAY)


def test_a_second_act_of_the_trip_with_the_host(nlp):
    # 'and signed … with Abe': the traveller met the host, not only visited
    text = (
        "President Joko Widodo visited Japan in March and signed an agreement "
        "with Prime Minister Shinzo Abe at the Kantei."
    )
    assert ("Joko Widodo", "Shinzo Abe") in meeting_pairs(nlp, text, DAY)


def test_a_second_act_with_its_own_trigger_is_not_read_twice(nlp):
    # 'and had dinner with Pompeo' is a meeting of its own (in Manhattan), not
    # also the trip to New York made into a second meeting
    text = (
        "Kim Yong-chol flew into New York from Beijing on Wednesday and had "
        "dinner with Secretary of State Mike Pompeo in Manhattan that evening."
    )
    pairs = meeting_pairs(nlp, text, DAY)
    assert pairs.count(("Kim Yong-chol", "Mike Pompeo")) == 1


@pytest.mark.parametrize(
    "text",
    [
        # the names after a comma that closes the verb's object (dash_names)
        "President Barack Obama welcomed two foreign leaders to the White House, "
        "Prime Minister Theresa May and Chancellor Angela Merkel.",
        # the names after a dash that closes a 'with' phrase (the appositive list)
        "President Barack Obama held talks with the two European leaders - Prime "
        "Minister Theresa May and Chancellor Angela Merkel.",
    ],
)
def test_one_set_of_marks_before_the_names_a_description_stands_for(nlp, text):
    # `APPOSITIVE_MARKS`: one set for both readers (session 12, helper dup13)
    pairs = {p for row in meeting_pairs(nlp, text, DAY) for p in _two(row)}
    assert ("Barack Obama", "Theresa May") in pairs
    assert ("Angela Merkel", "Barack Obama") in pairs


def _two(row: tuple[str, ...]) -> list[tuple[str, str]]:
    return [(a, b) for a in row for b in row if a < b]
