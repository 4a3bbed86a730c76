"""nlp.lexicon: a word list lives in one pattern file; the lists that hold it too
refer to it ("@meals.json#meal_nouns") and read its words (#13)."""

from importlib import resources

import pytest

from summitwatch.nlp.lexicon import lexicon, load_patterns, whole_word, word_set

FILES = sorted(
    p.name
    for p in resources.files("summitwatch.nlp").joinpath("patterns").iterdir()
    if p.name.endswith(".json")
)


@pytest.mark.parametrize("name", FILES)
def test_no_reference_is_left_unread(name):
    for value in load_patterns(name).values():
        if isinstance(value, list):
            assert not any(str(item).startswith("@") for item in value)


def test_meal_nouns_are_meeting_nouns():
    meals = word_set("meals.json", "meal_nouns")
    assert meals and meals <= set(lexicon().triggers["meeting_nouns"])
    assert meals <= word_set("triggers.json", "meeting_nouns")


def test_gathering_words_hold_the_gathering_nouns():
    nouns = word_set("frame.json", "gathering_nouns")
    assert nouns < word_set("gathered.json", "gathering_words")


@pytest.mark.parametrize(
    "text, ignore_case, found",
    [
        ("He also visited Lima", False, True),
        ("He Also Visited Lima", False, False),
        ("He Also Visited Lima", True, True),
        ("the revisited plan", True, False),  # whole words only
        ("a visit to Quito", False, True),  # a phrase of the list
    ],
)
def test_one_alternation_per_word_list(text, ignore_case, found):
    from summitwatch.nlp.lexicon import phrase_in

    words = ["also visited", "visit to"]
    assert phrase_in(text, words, ignore_case=ignore_case) is found


def test_several_lists_of_a_file_read_as_one_set():
    from summitwatch.nlp.lexicon import word_union

    both = word_union("joint_acts.json", "signing_lemmas", "agreeing_lemmas")
    assert both == word_set("joint_acts.json", "signing_lemmas") | word_set(
        "joint_acts.json", "agreeing_lemmas"
    )
    assert word_union("joint_acts.json", "signing_lemmas", "agreeing_lemmas") is both


def test_a_whole_word_pattern_is_compiled_once_and_says_where():
    pattern = whole_word("invitation of", ignore_case=True)
    assert pattern is whole_word("invitation of", ignore_case=True)
    found = pattern.search("At the Invitation of the King; invitations of old")
    assert found is not None and found.start() == 7
    assert whole_word("visit").search("revisited") is None
