"""A surname alone that the NER tagged as nothing, after its bearer was named in
full (nlp/mention_index.py `_untagged_surnames`)."""

from __future__ import annotations

from datetime import date

from conftest import article_events


def test_an_untagged_surname_opening_a_sentence_is_the_person_named_before(nlp):
    text = (
        "Secretary Kissinger met President Kenyatta in the afternoon. Kenyatta was "
        "invited by Kissinger to visit the United States.\n"
    )
    events = article_events(nlp, text, date(1976, 4, 1))
    assert any(
        e.type == "invitation" and set(e.names) == {"Henry Kissinger", "Jomo Kenyatta"}
        for e in events
    )


def test_a_capitalised_word_nobody_was_named_by_stays_nothing(nlp):
    text = (
        "Secretary Kissinger met President Kenyatta in the afternoon. Harambee was "
        "praised by Kissinger as a model.\n"
    )
    events = article_events(nlp, text, date(1976, 4, 1))
    assert all("Harambee" not in " ".join(e.names) for e in events)
